#pragma once

#include "couchrequest.h"
#include "couchresponse.h"
#include "principal.h"

class DatabaseFolder;

// POST /_cards: a referrer's phone asks the server, which holds the organisation's secret key,
// to issue a Kijk op de Wijk card. Body {"initiatives": [ids], "validFrom", "validUntil",
// "language", "shareProgress"}; answer 201 {"ok", "code", "display", "payload", "validFrom",
// "validUntil"}. Only a coordinator, for their own organisation (the server admin names one
// with "org"); the new card reaches every worker's phone through `cards` like any document.
namespace CardEndpoint {
[[nodiscard]] CouchResponse issue(DatabaseFolder &folder, const CouchRequest &request, const Principal &who);
}
