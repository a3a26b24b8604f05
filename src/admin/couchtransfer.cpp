#include "couchtransfer.h"

#include "couchdeployment.h"
#include "couchlayout.h"
#include "databasefolder.h"
#include "domainindexer.h"
#include "replicatecommand.h"

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
