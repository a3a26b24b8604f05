#pragma once

#include "couchrequest.h"
#include "couchresponse.h"
#include "principal.h"

class DatabaseFolder;

// POST /_posters {"initiatives": [ids or slugs]} → 200 {"ok", "posters": [{"initiative",
// "payload"}]}: the signed poster payloads of an organisation's initiatives, for a
// coordinator's device to print the posters (the key stays on the server). Only a coordinator,
// for their own organisation (the admin names one with "org"); at most 50 initiatives, each in
// the directory (404 names the first that is not); other roles 403.
namespace PosterEndpoint {
inline constexpr int maxInitiatives = 50;
[[nodiscard]] CouchResponse handle(DatabaseFolder &folder, const CouchRequest &request, const Principal &who);
}
