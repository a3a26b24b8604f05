#pragma once

#include "replicationpeer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QMap>
#include <QObject>

#include <memory>
#include <optional>

struct ReplicationOptions
{
    int batchSize = 500;
    // The bytes of documents (their attachments' data included) one fetch may bring: a batch
    // of larger documents is fetched and written in parts, and read ahead no further than one
    // batch, so a replication of photos holds about two parts in memory, not three batches.
    qint64 batchBytes = 8 * 1024 * 1024;
    bool continuous = false;
    int waitMs = 25000; // continuous: how long one longpoll waits for a change
    // Only these documents (CouchDB's _doc_ids / _selector); empty: all.
    ReplicationFilter filter;
};

// A document the target refused (403, a validation failure, too large). It stays in the
// source, is reported by name, and is listed in the source's checkpoint until a later
// version of it is accepted — never skipped silently.
struct RejectedDocument
{
    QString id;
    QString rev;
    QString reason;
};

struct ReplicationStats
{
    int docsRead = 0;
    int docsWritten = 0;
    int docWriteFailures = 0;
    int missingChecked = 0;
    int missingFound = 0;
    int batches = 0;
    QJsonValue startSeq;
    QJsonValue lastSeq;
    QList<RejectedDocument> rejected;
};

// Replicates one source database into one target following the CouchDB replication
// protocol: a replication id from both peers' identities, checkpoints (_local/<id>) on both
// sides with a session history, then per batch: changes → revs_diff → fetch the missing
// revisions with their history → write with new_edits=false → checkpoint. Interrupted at
// any point, the next run resumes from the last checkpoint; writing is idempotent, so nothing
// is duplicated. One-shot by default; continuous keeps listening for changes.
class Replicator : public QObject
{
    Q_OBJECT

public:
    Replicator(ReplicationPeer &source, ReplicationPeer &target, ReplicationOptions options = {},
               QObject *parent = nullptr);

    void start();
    // Stops after the current step; emits finished(false) with no error.
    void stop();
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] const ReplicationStats &stats() const { return m_stats; }
    [[nodiscard]] const QString &replicationId() const { return m_replicationId; }

signals:
    void progress(int docsRead, int docsWritten);
    void documentRejected(const QString &id, const QString &rev, const QString &reason);
    void caughtUp();
    void finished(bool ok, const StoreError &error);

private:
    ReplicationPeer &m_source;
    ReplicationPeer &m_target;
    ReplicationOptions m_options;
    ReplicationStats m_stats;
    bool m_running = false;
    bool m_stopping = false;
    bool m_waiting = false;
    QString m_replicationId;
    QString m_sessionId;
    QString m_startTime;
    QJsonValue m_since;
    QJsonObject m_sourceCheckpoint;
    QJsonObject m_targetCheckpoint;
    QList<RejectedDocument> m_pendingRejected; // from earlier runs, kept until accepted

    // The pipeline: the reader keeps up to readAhead batches read or being read (changes →
    // revs_diff → fetch; the next changes page is asked for as soon as the previous one is in),
    // the writer writes them one at a time in order, and the checkpointer records the newest
    // written sequence on both sides, one checkpoint in flight. While the target writes one
    // batch the source is already read for the next ones, so both ends work at once; a
    // checkpoint only ever names a sequence whose batch, and every batch before it, is written.
    static constexpr int readAhead = 3;
    struct Prepared
    {
        QJsonValue seq;
        QList<TransferredDoc> docs;
        QList<RevisionRequest> rest; // of this batch, not fetched yet (fetched part by part while it is written)
    };
    // How many documents one fetch asks for: starts at 32 (a first part of small documents
    // costs a round trip, not nine), doubles while parts stay well inside batchBytes, shrinks to
    // fit when one is larger.
    int m_fetchDocs = 32;
    // Read no further ahead than one batch: until a part has been measured, and while parts are large.
    bool m_heavy = true;
    QMap<quint64, Prepared> m_read;        // read batches by ticket; one may finish before an earlier one
    quint64 m_nextTicket = 0;              // numbers the batches in reading order
    quint64 m_nextWrite = 0;               // the ticket the writer takes next
    int m_readsInFlight = 0;
    bool m_askingChanges = false;          // one changes request at a time: it needs the last seq
    bool m_writing = false;
    bool m_checkpointing = false;
    bool m_drained = false;    // one-shot: the source had no more changes
    bool m_lastReadEmpty = false;
    std::optional<QJsonValue> m_checkpointDue; // written up to here, not yet checkpointed
    std::optional<StoreError> m_deferredError; // a read failed: finish what is in flight first
    std::shared_ptr<int> m_alive = std::make_shared<int>(0); // callbacks check it is still here
    QJsonValue m_readSeq; // where reading has got to (ahead of m_since while writing)

    // Wraps a peer callback so it does nothing once this replicator is gone or has finished.
    template<typename F>
    auto guarded(F f)
    {
        return [alive = std::weak_ptr<int>(m_alive), this, f](auto result) {
            if (!alive.expired() && m_running)
                f(std::move(result));
        };
    }
    void readCheckpoints();
    void pump();
    void read();
    // A read failed; ticketed when its batch was counted in flight (after its _changes page).
    void readFailed(const StoreError &error, bool ticketed = false);
    void readDone(quint64 ticket, Prepared batch);
    void write(Prepared batch);
    // Writes the part of a batch that is fetched, then fetches and writes the rest part by part;
    // the batch's sequence is due for a checkpoint once all of it is written.
    void writePart(Prepared batch);
    void continueBatch(Prepared batch);
    // The next part of a batch's wanted revisions, sized by m_fetchDocs.
    [[nodiscard]] QList<RevisionRequest> takePart(QList<RevisionRequest> &rest) const;
    // Adapts m_fetchDocs and m_heavy to the bytes of a part just fetched.
    void noteFetched(qsizetype asked, const QList<TransferredDoc> &docs);
    void checkpoint();
    void fail(const StoreError &error);
    void finish();
    [[nodiscard]] QJsonObject checkpointDoc(const QJsonObject &previous, const QJsonValue &seq, bool forSource) const;
    [[nodiscard]] static QJsonValue commonSeq(const QJsonObject &source, const QJsonObject &target);
};
