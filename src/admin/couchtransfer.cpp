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

// A node that is down keeps its copies of the person and could not be checked: the erasure
// waits until every node of the cluster answers, rather than report a success it cannot prove.
StoreError everyNodeAnswers(CouchClient &client)
{
    const Result<QJsonObject> membership = client.expect("GET", QStringLiteral("/_membership"));
    if (!membership.ok())
        return membership.error();
    const QJsonArray cluster = membership.value().value("cluster_nodes").toArray();
    const QJsonArray answering = membership.value().value("all_nodes").toArray();
    int up = 0;
    for (const QJsonValue &node : cluster)
        up += answering.contains(node) ? 1 : 0;
    if (up < cluster.size())
        return StoreError::make(StoreError::Code::IoError,
                                QStringLiteral("erase-person needs every node of the cluster, and %1 of %2 answer; nothing changed")
                                        .arg(up)
                                        .arg(cluster.size()));
    return StoreError::none();
}

// How many copies the cluster keeps of each shard (its n).
Result<int> copiesOf(CouchClient &client, const QString &database)
{
    const Result<QJsonObject> info = client.expect("GET", CouchClient::path(database));
    if (!info.ok())
        return info.error();
    return qMax(1, info.value().value("cluster").toObject().value("n").toInt(1));
}

// The answers of every copy (r = the cluster's n) to the given revisions of each document: a
// revision the copies disagree on is listed both as found and as missing.
Result<QJsonArray> askEveryCopy(CouchClient &client, const QString &database, int copies, const QString &id, const QStringList &revisions)
{
    const QString revs = QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(revisions)).toJson(QJsonDocument::Compact));
    const Result<CouchClient::Answer> read = client.request("GET", CouchClient::path(database, id), QJsonValue::Undefined,
                                                            { { QStringLiteral("open_revs"), revs },
                                                              { QStringLiteral("r"), QString::number(copies) } });
    if (!read.ok())
        return read.error();
    if (!read.value().ok())
        return StoreError::make(StoreError::Code::IoError, read.value().problem());
    return read.value().body.toArray();
}

// Whether every copy holds each of the revisions.
Result<bool> everyCopyHas(CouchClient &client, const QString &database, int copies, const QHash<QString, QStringList> &revisions)
{
    for (auto it = revisions.cbegin(); it != revisions.cend(); ++it) {
        const Result<QJsonArray> answers = askEveryCopy(client, database, copies, it.key(), it.value());
        if (!answers.ok())
            return answers.error();
        for (const QJsonValue &answer : answers.value()) {
            if (!answer.toObject().contains("ok"))
                return false;
        }
    }
    return true;
}

// Whether no copy of any shard still has a body for one of the revisions (a lagging copy is
// not outvoted: every copy answers).
Result<bool> noCopyHolds(CouchClient &client, const QString &database, int copies, const QHash<QString, QStringList> &revisions)
{
    for (auto it = revisions.cbegin(); it != revisions.cend(); ++it) {
        if (it.value().isEmpty())
            continue;
        const Result<QJsonArray> answers = askEveryCopy(client, database, copies, it.key(), it.value());
        if (!answers.ok())
            return answers.error();
        for (const QJsonValue &answer : answers.value()) {
            if (answer.toObject().contains("ok"))
                return false;
        }
    }
    return true;
}

// Purged on every copy before the answer (w = n); purging what is already gone changes nothing.
StoreError purgeOnEveryCopy(CouchClient &client, const QString &database, int copies, const QJsonObject &branches)
{
    if (branches.isEmpty())
        return StoreError::none();
    const Result<CouchClient::Answer> done = client.request("POST", CouchClient::path(database) + QStringLiteral("/_purge"), branches,
                                                            { { QStringLiteral("w"), QString::number(copies) } });
    if (!done.ok())
        return done.error();
    // 202: fewer copies than asked confirmed in time; the next round purges again.
    if (!done.value().ok())
        return StoreError::make(StoreError::Code::IoError, done.value().problem());
    return StoreError::none();
}

// Compaction drops the bodies of replaced revisions, shard copy by shard copy, in the background;
// a copy that was still compacting, or received the erasure later by internal replication, needs
// another round, and a purged branch that internal replication carried back to a copy is purged
// again. So: purge, compact and read back from every copy until none holds a revision, bounded.
StoreError compactUntilGone(CouchClient &client, const QString &database, int copies, const QHash<QString, QStringList> &revisions,
                            const QJsonObject &purged)
{
    // The copies exchange what the erasure wrote and purged now rather than when next due.
    if (const Result<QJsonObject> synced = client.expect("POST", CouchClient::path(database) + QStringLiteral("/_sync_shards"), QJsonObject()); !synced.ok())
        return synced.error();
    const Result<bool> gone = client.pollUntil([&]() -> Result<bool> {
        if (StoreError e = purgeOnEveryCopy(client, database, copies, purged); !e.ok())
            return e;
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
    if (StoreError error = everyNodeAnswers(client); !error.ok())
        return error;
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
    QHash<QString, QStringList> written; // what the erasure left: each winner and the closed branches
    int purged = 0;
    for (const QString &id : touched) {
        const Result<CouchClient::Answer> doc = client.request("GET", CouchClient::path(name, id), QJsonValue::Undefined,
                                                               { { QStringLiteral("deleted_conflicts"), QStringLiteral("true") } });
        if (!doc.ok())
            return doc.error();
        written[id].append(doc.value().object().value("_rev").toString());
        const QJsonArray closed = doc.value().object().value("_deleted_conflicts").toArray();
        if (!closed.isEmpty()) {
            purge.insert(id, closed);
            purged += closed.size();
            for (const QJsonValue &rev : closed) {
                replaced[id].append(rev.toString());
                written[id].append(rev.toString());
            }
        }
    }
    const Result<int> copies = copiesOf(client, name);
    if (!copies.ok())
        return copies.error();
    // A copy that had not yet received a closed branch when the purge came would get it later by
    // internal replication, and keep it. So every copy holds the erasure before anything is purged.
    const Result<bool> everywhere = client.pollUntil([&]() { return everyCopyHas(client, name, copies.value(), written); }, 60000, 250);
    if (!everywhere.ok())
        return everywhere.error();
    if (!everywhere.value())
        return StoreError::make(StoreError::Code::IoError,
                                QStringLiteral("a copy of %1 has not received the erasure; nothing purged; run erase-person again").arg(name));
    if (StoreError error = compactUntilGone(client, name, copies.value(), replaced, purge); !error.ok())
        return error;
    return QJsonObject { { "ok", true }, { "organisation", organisation }, { "documents", summary.documents },
                         { "conflictsRemoved", summary.conflictsRemoved }, { "purged", purged } };
}
