#pragma once

#include "replicationpeer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QObject>

#include <memory>
#include <optional>

struct ReplicationOptions
{
    int batchSize = 500;
    bool continuous = false;
    int waitMs = 25000; // continuous: how long one longpoll waits for a change
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

    // A batch read from the source and ready to be written. While the target writes one,
    // the next is being read (two batches in flight); checkpoints stay strictly in order.
    struct Prepared
    {
        QJsonValue seq;
        QList<QJsonObject> docs;
        bool empty = false; // the source had no more changes
    };
    std::optional<Prepared> m_prepared;
    std::optional<StoreError> m_deferredError; // a read failed while a write was in flight
    std::shared_ptr<int> m_alive = std::make_shared<int>(0); // callbacks check it is still here
    bool m_preparing = false;
    bool m_writerIdle = true;
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
    void readFailed(const StoreError &error);
    void readCheckpoints();
    void nextBatch();
    void prepare();
    void onPrepared(Prepared batch);
    void writeBatch(Prepared batch);
    void writeCheckpoint(const QJsonValue &seq, std::function<void()> then);
    void fail(const StoreError &error);
    void finish();
    [[nodiscard]] QJsonObject checkpointDoc(const QJsonObject &previous, const QJsonValue &seq, bool forSource) const;
    [[nodiscard]] static QJsonValue commonSeq(const QJsonObject &source, const QJsonObject &target);
};
