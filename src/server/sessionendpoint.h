#pragma once

#include "couchrequest.h"
#include "couchresponse.h"

class Authenticator;
class SessionStore;

// /_session as CouchDB answers it: POST {name, password} (JSON or a form) opens a cookie
// session (Set-Cookie: AuthSession=…), GET tells who the caller is (by cookie or Basic) and
// how, DELETE ends the session. The admin signs in with its password, a device with its id
// and token.
namespace SessionEndpoint {
[[nodiscard]] CouchResponse handle(const CouchRequest &request, const Authenticator &authenticator, SessionStore &sessions);
}
