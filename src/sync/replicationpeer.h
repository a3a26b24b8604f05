#pragma once

#include "documenttypes.h"
#include "result.h"

#include <QJsonObject>

#include <functional>

template<typename T>
using Done = std::function<void(Result<T>)>;

// A page of a peer's changes feed. Sequences are opaque (CouchDB 3 sends strings, this store
// and PouchDB numbers): they are only stored and sent back.
struct ChangeBatch
{
    QList<ChangeRow> rows; // row.seq is not used; lastSeq is what counts
    QJsonValue lastSeq;
    bool hasMore = false;
};

// One revision of a document on its way from source to target, with its _revisions: as JSON
// text when it came in a _bulk_get answer or was read from the local store, parsed when a
// peer without _bulk_get sent it by open_revs; attachments the target lacks travel beside it as
// bytes. Each form is made from the other only when a
// target needs it, so a push sends the stored bytes as they are and a pull stores the bytes
// that arrived.
struct TransferredDoc
{
    QString id;
    QString rev;
    QJsonObject object;
    QByteArray json;
    // The bytes of the attachments the JSON marks "follows", raw rather than base64 inside it.
    FollowingBytes attachments;

    [[nodiscard]] QJsonObject toObject() const;
    [[nodiscard]] QByteArray toJson() const;
    // The bytes it holds (its attachments' data included): what a batch is bounded by.
    [[nodiscard]] qsizetype byteSize() const;
};

// Which documents a replication takes, as CouchDB's built-in filters _doc_ids and _selector do
// (both may be set: a document passes both). Empty: every document. Part of the replication id,
// so a filtered replication keeps a checkpoint of its own. A selector sees the winning revision;
// a deletion's tombstone usually has no fields left, so removals travel by id, not by selector.
struct ReplicationFilter
{
    QStringList docIds;
    QJsonObject selector;
    // A filter that changes often (the photos of the places a person looked at) names its
    // checkpoint instead: one checkpoint document each side, whatever the filter is now; it
    // records the filter, and one made for another filter counts as none (the run starts at 0).
    QString checkpointName;

    [[nodiscard]] bool isEmpty() const { return docIds.isEmpty() && selector.isEmpty(); }
    // What the replication id is made of: the checkpoint's name, or else the filter itself.
    [[nodiscard]] QByteArray idKey() const { return checkpointName.isEmpty() ? key() : "named:" + checkpointName.toUtf8(); }
    // The same text for the same filter (ids sorted).
    [[nodiscard]] QByteArray key() const;
};

// Revisions of one document that the target lacks and the source must send.
struct RevisionRequest
{
    QString id;
    QStringList revs;
    // Revisions the target holds (revs_diff's possible_ancestors): attachments written up to
    // them are sent as stubs, so only the data the target lacks travels (CouchDB's atts_since).
    QStringList attsSince;
};

// One side of a replication: the local store or a CouchDB-compatible server over HTTP.
// Every operation is asynchronous and answers exactly once through its callback, never
// synchronously from inside the call (so a replication of many batches does not nest).
class ReplicationPeer
{
public:
    virtual ~ReplicationPeer() = default;

    // A stable name for this database, the input of the replication id.
    virtual void identity(Done<QString> done) = 0;
    // The current update sequence (also checks the database exists).
    virtual void updateSeq(Done<qint64> done) = 0;
    // _local/<id>; NotFound when there is none.
    virtual void getCheckpoint(const QString &id, Done<QJsonObject> done) = 0;
    virtual void putCheckpoint(const QJsonObject &doc, Done<QString> done) = 0;
    // One page of the changes feed with every leaf revision (style=all_docs), only documents
    // that pass the filter. With wait set, an empty feed is held open until a change arrives or
    // the wait ends (continuous mode). A filtered page may be empty with hasMore set: nothing
    // passed in the part read; lastSeq is where to go on.
    virtual void changes(const QJsonValue &since, int limit, int waitMs, const ReplicationFilter &filter,
                         Done<ChangeBatch> done) = 0;
    virtual void revsDiff(const QHash<QString, QStringList> &revs, Done<QHash<QString, RevsDiffEntry>> done) = 0;
    // The asked revisions with their _revisions history; unknown revisions are left out.
    virtual void fetch(const QList<RevisionRequest> &wanted, Done<QList<TransferredDoc>> done) = 0;
    // Writes with new_edits=false; answers the refused documents only.
    virtual void write(const QList<TransferredDoc> &docs, Done<QList<WriteResult>> done) = 0;
    // A human name for logs and errors, without credentials.
    [[nodiscard]] virtual QString describe() const = 0;
};
