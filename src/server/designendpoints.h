#pragma once

#include "couchrequest.h"
#include "couchresponse.h"

class DocumentDatabase;

// /db/_design/{ddoc}/_view/…, _info, _show, _list, _update, _rewrite: the parts of a design
// document that run JavaScript. This server runs none (docs/SYNC-PROTOCOL.md, "Design
// documents"): each is answered 501 not_implemented, after the 404s CouchDB gives for a
// missing design document or view, so a client learns at once instead of reading nothing.
// The design documents themselves are ordinary documents (stored and replicated).
namespace DesignEndpoints {
// /db/_design/{ddoc}/_something (an attachment of a design document is not one of these).
[[nodiscard]] bool handles(const CouchRequest &request);
[[nodiscard]] CouchResponse handle(const CouchRequest &request, DocumentDatabase &db);
// A design document with a validate_doc_update, which this server would not run: refused
// (403 forbidden, this reason) wherever it is written, so no validation is silently skipped.
[[nodiscard]] bool holdsValidation(const QString &id, const QByteArray &text);
[[nodiscard]] QString validationRefusal();
}
