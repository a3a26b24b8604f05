#pragma once

#include "couchrequest.h"
#include "couchresponse.h"
#include "principal.h"

#include <optional>

// What every coordinator-only endpoint (card changes, posters) checks first: a POST (405), a
// signed-in caller (401), a coordinator of an organisation or the server's admin (403, with
// `forbidden` as the reason). nullopt when the call may go on.
namespace CoordinatorCall {
[[nodiscard]] std::optional<CouchResponse> refusal(const CouchRequest &request, const Principal &who, const QString &forbidden);
}
