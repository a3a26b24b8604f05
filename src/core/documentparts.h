#pragma once

#include "result.h"
#include "revision.h"

#include <QJsonObject>
#include <QList>

// A CouchDB document split into what the store keeps apart: the id, the revision it claims,
// its history, the deletion flag and the user body (every field not starting with "_").
struct DocumentParts
{
    QString id;
    std::optional<Revision> rev;
    QList<Revision> history; // from _revisions, newest first; empty when not given
    bool deleted = false;
    QJsonObject body;


    // Splits and validates: id shape, special fields CouchDB knows, rev syntax, _revisions
    // consistent with _rev. An empty id is allowed here; the caller decides whether to make one.
    [[nodiscard]] static Result<DocumentParts> fromJson(const QJsonObject &doc);
    // Checks a document id the way CouchDB does: non-empty, no leading "_" except the
    // reserved _design/ and _local/ prefixes, a sane length.
    [[nodiscard]] static StoreError validateId(const QString &id);
};
