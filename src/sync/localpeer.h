#pragma once

#include "replicationpeer.h"

#include <QObject>
#include <QPointer>

#include <memory>

class DocumentDatabase;
class StoreThread;

// The local store as a replication peer. Reads and writes run on a StoreThread (a second
// connection to the same file) and answer on this object's thread, so requests to a remote
// peer leave while a batch is written; the database's own listeners are told of every write
// (StoreThread announces it). A waiting changes request is answered by the database's documentsChanged signal or
// a timer.
class LocalPeer : public QObject, public ReplicationPeer
{
    Q_OBJECT

public:
    explicit LocalPeer(DocumentDatabase *db, QObject *parent = nullptr);
    ~LocalPeer() override;

    void identity(Done<QString> done) override;
    void updateSeq(Done<qint64> done) override;
    void getCheckpoint(const QString &id, Done<QJsonObject> done) override;
    void putCheckpoint(const QJsonObject &doc, Done<QString> done) override;
    void changes(const QJsonValue &since, int limit, int waitMs, const ReplicationFilter &filter,
                 Done<ChangeBatch> done) override;
    void revsDiff(const QHash<QString, QStringList> &revs, Done<QHash<QString, RevsDiffEntry>> done) override;
    void fetch(const QList<RevisionRequest> &wanted, Done<QList<TransferredDoc>> done) override;
    void write(const QList<TransferredDoc> &docs, Done<QList<WriteResult>> done) override;
    [[nodiscard]] QString describe() const override;
    // As a source: documents marked "sample": true are never sent (left out of fetch, as
    // unknown revisions are), so the sample neighbourhood cannot leave the phone.
    void setWithholdSample(bool withhold) { m_withholdSample = withhold; }

private:
    QPointer<DocumentDatabase> m_db;
    std::unique_ptr<StoreThread> m_store; // made at the first request
    bool m_withholdSample = false;

    // Runs work on the store thread and answers done on this thread; a closed database is an error.
    template<typename T>
    void onStore(std::function<Result<T>(DocumentDatabase &)> work, Done<T> done);
    void waitForChange(const ChangesOptions &options, const ReplicationFilter &filter, int waitMs, const Done<ChangeBatch> &done);
};
