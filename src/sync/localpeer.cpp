#include "localpeer.h"

#include "documentdatabase.h"
#include "mangoselector.h"
#include "storethread.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <memory>

namespace {
StoreError closed()
{
    return StoreError::make(StoreError::Code::IoError, QStringLiteral("database closed"));
}

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

// "sample": true at the top level; the text is parsed only when it names the field at all.
bool isSample(const QByteArray &json)
{
    if (!json.contains("\"sample\""))
        return false;
    return QJsonDocument::fromJson(json).object().value(QLatin1String("sample")).toBool();
}

// The pages of the feed at most one filtered request reads, so one call stays short; the
// replicator goes on from lastSeq.
constexpr int maxFilteredPages = 20;

// The store's feed through a filter: pages are read until `limit` documents passed or the feed
// ends (or maxFilteredPages were read).
Result<ChangesPage> filteredChanges(DocumentDatabase &db, ChangesOptions options, const ReplicationFilter &filter)
{
    QString why;
    const MangoSelector selector = MangoSelector::parse(filter.selector, &why);
    if (!filter.selector.isEmpty() && !why.isEmpty())
        return StoreError::make(StoreError::Code::BadRequest, why);
    const QSet<QString> ids(filter.docIds.cbegin(), filter.docIds.cend());
    const int limit = options.limit > 0 ? options.limit : 500;
    options.includeDocs = !filter.selector.isEmpty();
    ChangesPage out;
    out.lastSeq = options.since;
    for (int page = 0; page < maxFilteredPages; ++page) {
        Result<ChangesPage> read = db.changes(options);
        if (!read.ok())
            return read.error();
        for (ChangeRow &row : read.value().rows) {
            out.lastSeq = row.seq;
            // A tombstone is matched as CouchDB matches it: its id, its revision, deleted.
            if (row.deleted && !filter.selector.isEmpty())
                row.doc = QJsonObject { { "_id", row.id }, { "_rev", row.revs.value(0) }, { "_deleted", true } };
            if ((ids.isEmpty() || ids.contains(row.id)) && (filter.selector.isEmpty() || selector.matches(row.doc))) {
                row.doc = {};
                out.rows.append(std::move(row));
                if (out.rows.size() >= limit)
                    break;
            }
        }
        const bool stoppedEarly = out.rows.size() >= limit && out.lastSeq < read.value().lastSeq;
        out.hasMore = stoppedEarly || read.value().hasMore;
        if (!stoppedEarly)
            out.lastSeq = read.value().lastSeq;
        if (!out.hasMore || out.rows.size() >= limit)
            break;
        options.since = out.lastSeq;
    }
    out.pending = out.hasMore ? 1 : 0;
    return out;
}

ChangesOptions changesFrom(const QJsonValue &since, int limit)
{
    ChangesOptions options;
    options.since = since.isDouble() ? qint64(since.toDouble()) : since.toString().section(u'-', 0, 0).toLongLong();
    options.limit = limit;
    options.allLeaves = true;
    return options;
}
}

LocalPeer::LocalPeer(DocumentDatabase *db, QObject *parent) : QObject(parent), m_db(db) { }

LocalPeer::~LocalPeer() = default;

template<typename T>
void LocalPeer::onStore(std::function<Result<T>(DocumentDatabase &)> work, Done<T> done)
{
    if (!m_db) {
        QTimer::singleShot(0, this, [done = std::move(done)]() { done(closed()); });
        return;
    }
    if (!m_store)
        m_store = std::make_unique<StoreThread>(*m_db);
    m_store->run<T>(this, std::move(work), std::move(done));
}

QString LocalPeer::describe() const
{
    return m_db ? QStringLiteral("local database %1").arg(m_db->name()) : QStringLiteral("closed local database");
}

void LocalPeer::identity(Done<QString> done)
{
    const QString uuid = m_db ? m_db->instanceUuid() : QString();
    QTimer::singleShot(0, this, [uuid, done = std::move(done)]() {
        done(uuid.isEmpty() ? Result<QString>(closed()) : Result<QString>(QStringLiteral("local:") + uuid));
    });
}

void LocalPeer::updateSeq(Done<qint64> done)
{
    onStore<qint64>([](DocumentDatabase &db) {
        Result<DatabaseInfo> info = db.info();
        return info.ok() ? Result<qint64>(info.value().updateSeq) : Result<qint64>(info.error());
    }, std::move(done));
}

void LocalPeer::getCheckpoint(const QString &id, Done<QJsonObject> done)
{
    onStore<QJsonObject>([id](DocumentDatabase &db) { return db.getLocal(QStringLiteral("_local/") + id); }, std::move(done));
}

void LocalPeer::putCheckpoint(const QJsonObject &doc, Done<QString> done)
{
    onStore<QString>([doc](DocumentDatabase &db) {
        const WriteResult written = db.putLocal(doc);
        return written.error.ok() ? Result<QString>(written.rev) : Result<QString>(written.error);
    }, std::move(done));
}

void LocalPeer::changes(const QJsonValue &since, int limit, int waitMs, const ReplicationFilter &filter, Done<ChangeBatch> done)
{
    const ChangesOptions options = changesFrom(since, limit);
    onStore<ChangesPage>([options, filter](DocumentDatabase &db) { return filter.isEmpty() ? db.changes(options) : filteredChanges(db, options, filter); },
                         [this, options, filter, waitMs, done = std::move(done)](Result<ChangesPage> page) {
                             if (!page.ok() || !page.value().rows.isEmpty() || page.value().hasMore || waitMs <= 0 || !m_db)
                                 return done(batchOf(std::move(page)));
                             waitForChange(options, filter, waitMs, done);
                         });
}

// Waits for a write, or the end of the wait, then reads again once.
void LocalPeer::waitForChange(const ChangesOptions &options, const ReplicationFilter &filter, int waitMs, const Done<ChangeBatch> &done)
{
    auto answered = std::make_shared<bool>(false);
    auto timer = new QTimer(this);
    timer->setSingleShot(true);
    auto respond = [this, answered, timer, options, filter, done]() {
        if (*answered)
            return;
        *answered = true;
        timer->deleteLater();
        onStore<ChangesPage>([options, filter](DocumentDatabase &db) { return filter.isEmpty() ? db.changes(options) : filteredChanges(db, options, filter); },
                             [done](Result<ChangesPage> page) { done(batchOf(std::move(page))); });
    };
    connect(m_db, &DocumentDatabase::documentsChanged, timer, respond);
    connect(timer, &QTimer::timeout, this, respond);
    timer->start(waitMs);
}

void LocalPeer::revsDiff(const QHash<QString, QStringList> &revs, Done<QHash<QString, RevsDiffEntry>> done)
{
    onStore<QHash<QString, RevsDiffEntry>>([revs](DocumentDatabase &db) { return db.revsDiff(revs); }, std::move(done));
}

void LocalPeer::fetch(const QList<RevisionRequest> &wanted, Done<QList<TransferredDoc>> done)
{
    onStore<QList<TransferredDoc>>([wanted, withholdSample = m_withholdSample](DocumentDatabase &db) -> Result<QList<TransferredDoc>> {
        DocumentDatabase::ReadScope scope(db);
        QList<TransferredDoc> docs;
        for (const RevisionRequest &request : wanted) {
            Result<QList<OpenRevision>> answers = db.openRevs(request.id, request.revs, true, true, DocumentDatabase::Form::Text);
            if (!answers.ok()) {
                if (answers.error().code == StoreError::Code::NotFound)
                    continue;
                return answers.error();
            }
            for (const OpenRevision &answer : answers.value()) {
                if (answer.missing || (withholdSample && isSample(answer.json)))
                    continue;
                Result<DocumentWithBytes> sent = db.withFollowingAttachments(answer.json, request.attsSince);
                if (!sent.ok())
                    return sent.error();
                docs.append({ request.id, answer.rev, {}, std::move(sent.value().json), std::move(sent.value().attachments) });
            }
        }
        return docs;
    }, std::move(done));
}

void LocalPeer::write(const QList<TransferredDoc> &transferred, Done<QList<WriteResult>> done)
{
    // Split and indexed here, on the replication's thread, while the store thread writes the
    // batch before: it then only runs SQL. What came as text is stored without a parse.
    const Indexer indexer = m_db ? m_db->indexer() : Indexer();
    QList<DocumentParts> split;
    split.reserve(transferred.size());
    QList<WriteResult> refused;
    for (const TransferredDoc &doc : transferred) {
        const QByteArray text = doc.toJson();
        Result<DocumentParts> parts = DocumentParts::fromText(text);
        if (!parts.ok()) {
            refused.append({ doc.id.isEmpty() ? DocumentParts::idOf(text) : doc.id, doc.rev, parts.error() });
            continue;
        }
        parts.value().following = doc.attachments;
        if (indexer && !parts.value().deleted && !parts.value().id.isEmpty())
            parts.value().indexes = indexer.derive(parts.value().id, parts.value().bodyObject());
        split.append(std::move(parts).value());
    }
    onStore<QList<WriteResult>>([split, refused](DocumentDatabase &db) -> Result<QList<WriteResult>> {
        QList<WriteResult> failures = refused;
        for (const WriteResult &result : db.bulkDocs(split, false)) {
            if (result.error.ok())
                continue;
            // A storage failure is not a refusal of one document: the whole batch failed.
            const StoreError::Code code = result.error.code;
            if (code == StoreError::Code::DiskFull || code == StoreError::Code::ReadOnly || code == StoreError::Code::IoError
                || code == StoreError::Code::Busy || code == StoreError::Code::Corrupt || code == StoreError::Code::Internal)
                return result.error;
            failures.append(result);
        }
        return failures;
    }, std::move(done));
}
