#include "localpeer.h"

#include "documentdatabase.h"

#include <QTimer>

#include <memory>

LocalPeer::LocalPeer(DocumentDatabase *db, QObject *parent) : QObject(parent), m_db(db) { }

template<typename T>
void LocalPeer::later(Done<T> done, Result<T> result)
{
    QTimer::singleShot(0, this, [done = std::move(done), result = std::move(result)]() mutable { done(std::move(result)); });
}

QString LocalPeer::describe() const
{
    return m_db ? QStringLiteral("local database %1").arg(m_db->name()) : QStringLiteral("closed local database");
}

void LocalPeer::identity(Done<QString> done)
{
    later<QString>(std::move(done), QStringLiteral("local:") + m_db->instanceUuid());
}

void LocalPeer::updateSeq(Done<qint64> done)
{
    Result<DatabaseInfo> info = m_db->info();
    later<qint64>(std::move(done), info.ok() ? Result<qint64>(info.value().updateSeq) : Result<qint64>(info.error()));
}

void LocalPeer::getCheckpoint(const QString &id, Done<QJsonObject> done)
{
    later<QJsonObject>(std::move(done), m_db->getLocal(QStringLiteral("_local/") + id));
}

void LocalPeer::putCheckpoint(const QJsonObject &doc, Done<QString> done)
{
    const WriteResult written = m_db->putLocal(doc);
    later<QString>(std::move(done), written.error.ok() ? Result<QString>(written.rev) : Result<QString>(written.error));
}

namespace {
Result<ChangeBatch> batchOf(Result<ChangesPage> page)
{
    if (!page.ok())
        return page.error();
    ChangeBatch batch;
    batch.lastSeq = page.value().lastSeq;
    batch.hasMore = page.value().hasMore;
    batch.rows = std::move(page.value().rows);
    return batch;
}
}

void LocalPeer::changes(const QJsonValue &since, int limit, int waitMs, Done<ChangeBatch> done)
{
    ChangesOptions options;
    options.since = since.isDouble() ? qint64(since.toDouble()) : since.toString().section(u'-', 0, 0).toLongLong();
    options.limit = limit;
    options.allLeaves = true;
    Result<ChangesPage> page = m_db->changes(options);
    if (!page.ok() || !page.value().rows.isEmpty() || waitMs <= 0) {
        later<ChangeBatch>(std::move(done), batchOf(std::move(page)));
        return;
    }
    // Wait for a write, or the end of the wait, then read again once.
    auto answered = std::make_shared<bool>(false);
    auto timer = new QTimer(this);
    timer->setSingleShot(true);
    auto respond = [this, answered, timer, options, done]() {
        if (*answered)
            return;
        *answered = true;
        timer->deleteLater();
        done(m_db ? batchOf(m_db->changes(options)) : Result<ChangeBatch>(StoreError::make(StoreError::Code::IoError, QStringLiteral("database closed"))));
    };
    connect(m_db, &DocumentDatabase::documentsChanged, timer, respond);
    connect(timer, &QTimer::timeout, this, respond);
    timer->start(waitMs);
}

void LocalPeer::revsDiff(const QHash<QString, QStringList> &revs, Done<QHash<QString, RevsDiffEntry>> done)
{
    later<QHash<QString, RevsDiffEntry>>(std::move(done), m_db->revsDiff(revs));
}

void LocalPeer::fetch(const QList<RevisionRequest> &wanted, Done<QList<QJsonObject>> done)
{
    DocumentDatabase::ReadScope scope(*m_db);
    QList<QJsonObject> docs;
    for (const RevisionRequest &request : wanted) {
        Result<QList<OpenRevision>> answers = m_db->openRevs(request.id, request.revs, true, true);
        if (!answers.ok()) {
            if (answers.error().code == StoreError::Code::NotFound)
                continue;
            later<QList<QJsonObject>>(std::move(done), answers.error());
            return;
        }
        for (const OpenRevision &answer : answers.value()) {
            if (!answer.missing)
                docs.append(answer.doc);
        }
    }
    later<QList<QJsonObject>>(std::move(done), docs);
}

void LocalPeer::write(const QList<QJsonObject> &docs, Done<QList<WriteResult>> done)
{
    QList<WriteResult> failures;
    for (const WriteResult &result : m_db->bulkDocs(docs, false)) {
        if (result.error.ok())
            continue;
        // A storage failure is not a refusal of one document: the whole batch failed.
        const StoreError::Code code = result.error.code;
        if (code == StoreError::Code::DiskFull || code == StoreError::Code::ReadOnly || code == StoreError::Code::IoError
            || code == StoreError::Code::Busy || code == StoreError::Code::Corrupt || code == StoreError::Code::Internal) {
            later<QList<WriteResult>>(std::move(done), result.error);
            return;
        }
        failures.append(result);
    }
    later<QList<WriteResult>>(std::move(done), failures);
}
