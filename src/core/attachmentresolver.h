#pragma once

#include "documenttypes.h"
#include "result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

// An attachment a stored leaf revision holds: its metadata as CouchDB shows it (the stub) and
// the MD5 (hex) of its bytes, which names the stored content.
struct StoredAttachment
{
    QString rev; // the leaf revision that holds it
    QString name;
    QJsonObject stub;
    QByteArray md5;
};

// What a write keeps of a document's "_attachments": the stubs its body stores, the content
// each attachment names, and the content that is new (stored once per MD5).
struct ResolvedAttachments
{
    QJsonObject stubs;
    QList<QPair<QString, QByteArray>> refs; // name → MD5 (hex)
    QList<QPair<QByteArray, QByteArray>> contents; // MD5 (hex) → bytes, for inline data
};

// Turns the "_attachments" a client or a peer wrote into what the store keeps, as CouchDB does:
// inline base64 "data" (optionally gzip "encoding") becomes content with digest, length and
// revpos; a "stub" names an attachment of the revision it extends (new_edits=true) or of a
// stored leaf of the document (new_edits=false, as a replication sends with atts_since).
// Bad base64, a digest that does not match the data (on a client's own write), a stub that
// names nothing (412 missing_stub) and data over maxBytes (413) are refused.
namespace AttachmentResolver {
struct Context
{
    QString docId;                 // for the error a missing stub gets, worded as CouchDB words it
    QList<StoredAttachment> known; // what stubs may name
    QList<QString> ancestry;       // new_edits=false: the written revision's history, newest first
    int revpos = 1;                // the depth of the written revision
    bool newEdits = true;
    qint64 maxBytes = 0;           // 0: no limit
    // The length of stored content with this MD5 (hex), or -1: a replicated stub whose
    // digest is our own MD5 is found by its content even when no leaf names it.
    std::function<qint64(const QByteArray &md5)> contentLength;
};
// An attachment marked "follows" takes its bytes from following (a multipart part, or bytes a
// replication fetched raw); a length it gives must match them.
[[nodiscard]] Result<ResolvedAttachments> resolve(const QJsonObject &attachments, const Context &context,
                                                  const FollowingBytes &following = {});
// atts_since: the depth of the newest revision in attsSince that is on the path of a revision
// with these _revisions ({start, ids}); attachments with a larger revpos are the ones its holder
// lacks. 0 when none is (everything is sent).
[[nodiscard]] int sincePosition(const QJsonObject &revisions, const QStringList &attsSince);
// "md5-" + base64 of the MD5 of data: the digest of identity-encoded content.
[[nodiscard]] QString digestOf(const QByteArray &data);
// The compact body text with "_attachments" as its first member (body unchanged when empty).
[[nodiscard]] QByteArray withStubs(const QByteArray &bodyText, const QJsonObject &stubs);
}
