#pragma once

#include "couchrequest.h"
#include "couchresponse.h"

#include <QStringList>

class DocumentDatabase;

// Mango (json) indexes, kept as CouchDB keeps them: a design document with "language":"query"
// whose views hold {"map":{"fields":{...}}, "options":{"def":{"fields":[...]}}}, so they
// replicate to and from a CouchDB peer unchanged. This server keeps no separate index data:
// an index decides which documents a _find examines and in which order (FindEndpoint).
// GET /db/_index lists them, POST creates one (admin), DELETE /db/_index/ddoc/json/name
// removes it (admin).
struct MangoIndex
{
    QString ddoc; // "_design/…"
    QString name;
    QStringList fields;
    bool descending = false;
    [[nodiscard]] QJsonObject json() const;
};

namespace MangoIndexes {
[[nodiscard]] QList<MangoIndex> read(DocumentDatabase &db);
[[nodiscard]] CouchResponse handle(const CouchRequest &request, bool isAdmin, DocumentDatabase &db);
}
