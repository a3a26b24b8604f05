#pragma once

#include "couchrequest.h"
#include "couchresponse.h"
#include "principal.h"

class DatabaseFolder;

// POST /_cards/<code>/extend {"validUntil"} → 200, /_cards/<code>/revoke {} → 200 and
// /_cards/<code>/replace {} → 201: a coordinator changes a card of their own organisation
// where the organisation's key is (CardChanges). A card of another organisation is 404, as if
// it did not exist, and nothing is stored; other roles 403. The server admin may change any card.
// Answers carry the card's code and, when it was signed again, its new payload.
namespace CardChangeEndpoint {
[[nodiscard]] bool handles(const CouchRequest &request);
[[nodiscard]] CouchResponse handle(DatabaseFolder &folder, const CouchRequest &request, const Principal &who);
}
