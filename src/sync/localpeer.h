#pragma once

#include "replicationpeer.h"

#include <QObject>
#include <QPointer>

class DocumentDatabase;

// The local store as a replication peer. Answers on the next turn of the event loop; a
// waiting changes request is answered by the database's documentsChanged signal or a timer.
class LocalPeer : public QObject, public ReplicationPeer
{
    Q_OBJECT

public:
    explicit LocalPeer(DocumentDatabase *db, QObject *parent = nullptr);

    void identity(Done<QString> done) override;
    void updateSeq(Done<qint64> done) override;
    void getCheckpoint(const QString &id, Done<QJsonObject> done) override;
    void putCheckpoint(const QJsonObject &doc, Done<QString> done) override;
    void changes(const QJsonValue &since, int limit, int waitMs, Done<ChangeBatch> done) override;
    void revsDiff(const QHash<QString, QStringList> &revs, Done<QHash<QString, RevsDiffEntry>> done) override;
    void fetch(const QList<RevisionRequest> &wanted, Done<QList<QJsonObject>> done) override;
    void write(const QList<QJsonObject> &docs, Done<QList<WriteResult>> done) override;
    [[nodiscard]] QString describe() const override;

private:
    QPointer<DocumentDatabase> m_db;

    template<typename T>
    void later(Done<T> done, Result<T> result);
};
