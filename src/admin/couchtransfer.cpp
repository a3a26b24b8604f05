#include "couchtransfer.h"

#include "couchdeployment.h"
#include "couchlayout.h"
#include "databasefolder.h"
#include "domainindexer.h"
#include "personerasure.h"
#include "replicatecommand.h"

#include <QDate>
#include <QHash>
#include <QTemporaryDir>

#include <QJsonArray>
#include <QJsonDocument>

namespace {
bool movesAsIs(const QString &name)
{
    return name == CouchLayout::directory() || name == CouchLayout::cardsHub()
            || (name.startsWith(QLatin1String("org-")) && CouchLayout::isValidSlug(name.mid(4)));
}

// One database each way; the failures (documents the other side refused) are named.
Result<QJsonObject> move(const QString &data, const QString &source, const QString &target, bool createTarget)
{
    ReplicateRequest request;
    request.data = data;
    request.source = source;
    request.target = target;
    request.createTarget = createTarget;
    request.options.batchSize = 500;
    return ReplicateCommand::run(request);
}

QString withCredentials(CouchClient &client, const QString &database)
{
    return client.databaseUrlWithCredentials(database).toString(QUrl::FullyEncoded);
}

// The revisions before each leaf of the document as the cluster has it (a leaf itself is kept).
Result<QStringList> ancestorsOnTheCluster(CouchClient &client, const QString &database, const QString &id)
{
    const Result<CouchClient::Answer> leaves = client.request("GET", CouchClient::path(database, id), QJsonValue::Undefined,
                                                              { { QStringLiteral("open_revs"), QStringLiteral("all") },
                                                                { QStringLiteral("revs"), QStringLiteral("true") } });
    if (!leaves.ok())
        return leaves.error();
    if (!leaves.value().ok())
        return StoreError::make(StoreError::Code::IoError, leaves.value().problem());
    QStringList older;
    for (const QJsonValue &leaf : leaves.value().body.toArray()) {
        const QJsonObject history = leaf.toObject().value("ok").toObject().value("_revisions").toObject();
        const int start = history.value("start").toInt();
        const QJsonArray ids = history.value("ids").toArray();
        for (int i = 1; i < ids.size(); ++i) {
            const QString rev = QStringLiteral("%1-%2").arg(start - i).arg(ids.at(i).toString());
            if (!older.contains(rev))
                older.append(rev);
        }
    }
    return older;
}

// Whether no copy of any shard still has a body for one of the revisions: read from all copies
// (r = the cluster's n), so that a lagging copy is not outvoted.
Result<bool> noCopyHolds(CouchClient &client, const QString &database, int copies, const QHash<QString, QStringList> &revisions)
{
    for (auto it = revisions.cbegin(); it != revisions.cend(); ++it) {
        if (it.value().isEmpty())
            continue;
        const QString revs = QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(it.value())).toJson(QJsonDocument::Compact));
        const Result<CouchClient::Answer> read = client.request("GET", CouchClient::path(database, it.key()), QJsonValue::Undefined,
                                                                { { QStringLiteral("open_revs"), revs },
                                                                  { QStringLiteral("r"), QString::number(copies) } });
        if (!read.ok())
            return read.error();
        if (!read.value().ok())
            return StoreError::make(StoreError::Code::IoError, read.value().problem());
        for (const QJsonValue &answer : read.value().body.toArray()) {
            if (answer.toObject().contains("ok"))
                return false;
        }
    }
    return true;
}

// Compaction drops the bodies of replaced revisions, shard copy by shard copy, in the background;
// a copy that was still compacting, or received the erasure later by internal replication, needs
// another round. So: compact and read back from every copy until none holds a revision, bounded.
StoreError compactUntilGone(CouchClient &client, const QString &database, const QHash<QString, QStringList> &revisions)
{
    const Result<QJsonObject> info = client.expect("GET", CouchClient::path(database));
    if (!info.ok())
        return info.error();
    const int copies = qMax(1, info.value().value("cluster").toObject().value("n").toInt(1));
    // The copies exchange what the erasure wrote and purged now rather than when next due.
    if (const Result<QJsonObject> synced = client.expect("POST", CouchClient::path(database) + QStringLiteral("/_sync_shards"), QJsonObject()); !synced.ok())
        return synced.error();
    const Result<bool> gone = client.pollUntil([&]() -> Result<bool> {
        const Result<QJsonObject> compacted = client.expect("POST", CouchClient::path(database) + QStringLiteral("/_compact"), QJsonObject());
        if (!compacted.ok())
            return compacted.error();
        return noCopyHolds(client, database, copies, revisions);
    }, 150000, 1000);
    if (!gone.ok())
        return gone.error();
    if (!gone.value())
        return StoreError::make(StoreError::Code::IoError,
                                QStringLiteral("erased and purged, but a copy of %1 still holds replaced revisions; run erase-person again").arg(database));
    return StoreError::none();
}
} // namespace

Result<QJsonObject> CouchTransfer::importFolder(const QString &data, CouchClient &client, const QUrl &jobsBase)
{
    QStringList names;
    {
        DatabaseFolder folder(DomainIndexer::indexer());
        if (StoreError error = folder.open(data, false, SqliteConnection::Mode::ReadOnly); !error.ok())
            return error;
        for (const QString &name : folder.databaseNames()) {
            if (movesAsIs(name))
                names.append(name);
        }
    }
    CouchDeployment deployment(client, jobsBase);
    // The layout first, so every database is there with its _security before documents arrive.
    if (StoreError e = deployment.setup({}); !e.ok())
        return e;
    QJsonObject moved;
    bool allWritten = true;
    for (const QString &name : names) {
        const QString slug = name.startsWith(QLatin1String("org-")) ? name.mid(4) : QString();
        if (!slug.isEmpty()) {
            if (StoreError e = deployment.ensureOrganisation(slug); !e.ok())
                return e;
        }
        const Result<QJsonObject> result = move(data, name, withCredentials(client, name), true);
        if (!result.ok())
            return result.error();
        allWritten = allWritten && result.value().value("doc_write_failures").toInt() == 0;
        moved.insert(name, result.value());
    }
    // The cards just moved into the hub get their databases and jobs.
    if (StoreError e = deployment.setup({}); !e.ok())
        return e;
    return QJsonObject { { "ok", allWritten }, { "databases", moved }, { "organisations", QJsonArray::fromStringList(deployment.organisations()) },
                         { "cards", deployment.cards() } };
}

Result<QJsonObject> CouchTransfer::exportFolder(CouchClient &client, const QString &data)
{
    const Result<CouchClient::Answer> all = client.request("GET", QStringLiteral("/_all_dbs"));
    if (!all.ok())
        return all.error();
    if (!all.value().ok())
        return StoreError::make(StoreError::Code::IoError, all.value().problem());
    {
        DatabaseFolder folder(DomainIndexer::indexer());
        if (StoreError error = folder.open(data, true); !error.ok())
            return error;
    }
    QJsonObject moved;
    bool allWritten = true;
    for (const QJsonValue &value : all.value().body.toArray()) {
        const QString name = value.toString();
        if (!movesAsIs(name))
            continue;
        const Result<QJsonObject> result = move(data, withCredentials(client, name), name, false);
        if (!result.ok())
            return result.error();
        // Our validation design documents are the cluster's, not the store's.
        QJsonArray failures;
        for (const QJsonValue &f : result.value().value("failures").toArray()) {
            if (!f.toObject().value("id").toString().startsWith(QLatin1String("_design/")))
                failures.append(f);
        }
        QJsonObject summary = result.value();
        summary.insert("failures", failures);
        summary.insert("doc_write_failures", failures.size());
        allWritten = allWritten && failures.isEmpty();
        moved.insert(name, summary);
    }
    return QJsonObject { { "ok", allWritten }, { "databases", moved } };
}

Result<QJsonObject> CouchTransfer::erasePerson(CouchClient &client, const QString &organisation, const QString &code)
{
    if (!CouchLayout::isValidSlug(organisation))
        return StoreError::make(StoreError::Code::BadRequest, QStringLiteral("erase-person needs --org SLUG"));
    const QString name = CouchLayout::organisation(organisation);
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return StoreError::make(StoreError::Code::IoError, QStringLiteral("no scratch folder: %1").arg(scratch.errorString()));
    {
        DatabaseFolder folder(DomainIndexer::indexer());
        if (StoreError error = folder.open(scratch.path(), true); !error.ok())
            return error;
    }
    const Result<QJsonObject> pulled = move(scratch.path(), withCredentials(client, name), name, false);
    if (!pulled.ok())
        return pulled.error();
    QStringList touched;
    PersonErasure::Summary summary;
    {
        DatabaseFolder folder(DomainIndexer::indexer());
        if (StoreError error = folder.open(scratch.path(), false); !error.ok())
            return error;
        Result<DocumentDatabase *> org = folder.database(name);
        if (!org.ok())
            return org.error();
        QHash<QString, QString> before;
        for (const AllDocsRow &row : org.value()->allDocs({}).value())
            before.insert(row.id, row.rev);
        const Result<PersonErasure::Summary> erased = PersonErasure::erase(*org.value(), code, QDate::currentDate());
        if (!erased.ok())
            return erased.error();
        summary = erased.value();
        for (const AllDocsRow &row : org.value()->allDocs({}).value()) {
            if (before.contains(row.id) && before.value(row.id) != row.rev)
                touched.append(row.id);
        }
    }
    const Result<QJsonObject> pushed = move(scratch.path(), name, withCredentials(client, name), false);
    if (!pushed.ok())
        return pushed.error();
    if (pushed.value().value("doc_write_failures").toInt() > 0)
        return StoreError::make(StoreError::Code::Forbidden, QStringLiteral("the cluster refused part of the erasure; nothing purged"));
    // Every revision that may still hold the person: the ancestors of each branch the cluster
    // now has (their bodies stay until compaction), and the branches purged below.
    QHash<QString, QStringList> replaced;
    for (const QString &id : touched) {
        const Result<QStringList> older = ancestorsOnTheCluster(client, name, id);
        if (!older.ok())
            return older.error();
        replaced.insert(id, older.value());
    }
    // The branches the erasure deleted go entirely, with every revision only they had.
    QJsonObject purge;
    int purged = 0;
    for (const QString &id : touched) {
        const Result<CouchClient::Answer> doc = client.request("GET", CouchClient::path(name, id), QJsonValue::Undefined,
                                                               { { QStringLiteral("deleted_conflicts"), QStringLiteral("true") } });
        if (!doc.ok())
            return doc.error();
        const QJsonArray closed = doc.value().object().value("_deleted_conflicts").toArray();
        if (!closed.isEmpty()) {
            purge.insert(id, closed);
            purged += closed.size();
            for (const QJsonValue &rev : closed)
                replaced[id].append(rev.toString());
        }
    }
    if (!purge.isEmpty()) {
        const Result<QJsonObject> done = client.expect("POST", CouchClient::path(name) + QStringLiteral("/_purge"), purge);
        if (!done.ok())
            return done.error();
    }
    if (StoreError error = compactUntilGone(client, name, replaced); !error.ok())
        return error;
    return QJsonObject { { "ok", true }, { "organisation", organisation }, { "documents", summary.documents },
                         { "conflictsRemoved", summary.conflictsRemoved }, { "purged", purged } };
}
