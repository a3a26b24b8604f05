#pragma once

#include "documenttypes.h"
#include "result.h"
#include "revision.h"

#include <QJsonObject>
#include <QList>

// A CouchDB document split into what the store keeps apart: the id, the revision it claims,
// its history, the deletion flag and the user body (every field not starting with "_").
// The body is held in the form it came in: parsed (fromJson) or as compact JSON text
// (fromText). bodyObject() and bodyText() make the other form only when it is asked for, so
// a replicated document can be stored as the bytes it arrived in.
struct DocumentParts
{
    QString id;
    std::optional<Revision> rev;
    QList<Revision> history; // from _revisions, newest first; empty when not given
    bool deleted = false;
    QJsonObject body;  // set by fromJson
    QByteArray text;   // set by fromText: the body's compact JSON text
    // "_attachments" as given (inline data, stubs); the write turns it into stored stubs
    // and content (AttachmentResolver). Empty when the document has none.
    QJsonObject attachments;
    // The bytes of attachments marked "follows" in attachments (not base64 in the JSON).
    FollowingBytes following;
    // The body's index entries, when the caller derived them before the write (off the
    // thread that writes); else the write derives them if the revision wins.
    std::optional<DocumentIndexes> indexes;

    [[nodiscard]] QJsonObject bodyObject() const;
    [[nodiscard]] QByteArray bodyText() const;


    // Splits and validates: id shape, special fields CouchDB knows, rev syntax, _revisions
    // consistent with _rev. An empty id is allowed here; the caller decides whether to make one.
    [[nodiscard]] static Result<DocumentParts> fromJson(const QJsonObject &doc);
    // The same from JSON text, with the same checks and errors (invalid UTF-8 and invalid
    // JSON included), without building a QJsonObject of the document. Compact text keeps its
    // bytes; text with whitespace between tokens or escaped member names is parsed instead.
    [[nodiscard]] static Result<DocumentParts> fromText(QByteArrayView doc);
    // The _id of a document given as text, for reporting a document fromText refused.
    [[nodiscard]] static QString idOf(QByteArrayView doc);
    // Checks a document id the way CouchDB does: non-empty, no leading "_" except the
    // reserved _design/ and _local/ prefixes, a sane length.
    [[nodiscard]] static StoreError validateId(const QString &id);
};
