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
}

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
        }
    }
    if (!purge.isEmpty()) {
        const Result<QJsonObject> done = client.expect("POST", CouchClient::path(name) + QStringLiteral("/_purge"), purge);
        if (!done.ok())
            return done.error();
    }
    // Compaction drops the bodies of the replaced revisions on every node.
    const Result<QJsonObject> compacted = client.expect("POST", CouchClient::path(name) + QStringLiteral("/_compact"), QJsonObject());
    if (!compacted.ok())
        return compacted.error();
    return QJsonObject { { "ok", true }, { "organisation", organisation }, { "documents", summary.documents },
                         { "conflictsRemoved", summary.conflictsRemoved }, { "purged", purged } };
}
