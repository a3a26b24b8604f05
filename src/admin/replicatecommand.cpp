#include "replicatecommand.h"

#include "databasefolder.h"
#include "domainindexer.h"
#include "httppeer.h"
#include "localpeer.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <memory>

namespace {
bool isUrl(const QString &endpoint)
{
    return endpoint.startsWith(QLatin1String("http://")) || endpoint.startsWith(QLatin1String("https://"));
}

// PUT on the database URL: CouchDB's create_target.
StoreError createRemote(QNetworkAccessManager &network, const QUrl &url)
{
    QUrl target = url;
    QNetworkRequest request(target.adjusted(QUrl::RemoveUserInfo));
    if (!url.userName().isEmpty())
        request.setRawHeader("Authorization", "Basic " + (url.userName() + u':' + url.password()).toUtf8().toBase64());
    request.setTransferTimeout(30000);
    QNetworkReply *reply = network.put(request, QByteArray());
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 201 || status == 202 || status == 412)
        return StoreError::none();
    return StoreError::make(status == 0 ? StoreError::Code::IoError : StoreError::Code::Forbidden,
                            QStringLiteral("cannot create %1: HTTP %2 %3").arg(url.toString(QUrl::RemoveUserInfo)).arg(status).arg(reply->errorString()));
}
}

Result<QJsonObject> ReplicateCommand::run(const ReplicateRequest &request)
{
    QNetworkAccessManager network;
    DatabaseFolder folder(DomainIndexer::indexer());
    const bool needsFolder = !isUrl(request.source) || !isUrl(request.target);
    if (needsFolder) {
        if (request.data.isEmpty())
            return StoreError::make(StoreError::Code::BadRequest, QStringLiteral("a local database needs --data DIR"));
        if (StoreError error = folder.open(request.data, false); !error.ok())
            return error;
    }
    std::vector<std::unique_ptr<QObject>> owned;
    QList<HttpPeer *> httpPeers;
    const auto makePeer = [&](const QString &endpoint, bool isTarget) -> Result<ReplicationPeer *> {
        if (isUrl(endpoint)) {
            const QUrl url(endpoint);
            if (!url.isValid() || url.path().size() < 2)
                return StoreError::make(StoreError::Code::BadRequest, QStringLiteral("not a database URL: %1").arg(url.toString(QUrl::RemoveUserInfo)));
            if (isTarget && request.createTarget) {
                if (StoreError error = createRemote(network, url); !error.ok())
                    return error;
            }
            auto peer = std::make_unique<HttpPeer>(url, &network);
            HttpPeer *raw = peer.get();
            httpPeers.append(raw);
            owned.push_back(std::move(peer));
            return static_cast<ReplicationPeer *>(raw);
        }
        Result<DocumentDatabase *> db = folder.database(endpoint, isTarget);
        if (!db.ok())
            return db.error();
        auto peer = std::make_unique<LocalPeer>(db.value());
        LocalPeer *raw = peer.get();
        owned.push_back(std::move(peer));
        return static_cast<ReplicationPeer *>(raw);
    };
    Result<ReplicationPeer *> source = makePeer(request.source, false);
    if (!source.ok())
        return source.error();
    Result<ReplicationPeer *> target = makePeer(request.target, true);
    if (!target.ok())
        return target.error();

    Replicator replicator(*source.value(), *target.value(), request.options);
    QEventLoop loop;
    StoreError failure;
    QObject::connect(&replicator, &Replicator::finished, &loop, [&](bool, const StoreError &error) {
        failure = error;
        loop.quit();
    });
    if (request.options.continuous && request.timeoutMs > 0)
        QTimer::singleShot(request.timeoutMs, &replicator, [&replicator] { replicator.stop(); });
    QElapsedTimer timer;
    timer.start();
    replicator.start();
    loop.exec();
    if (!failure.ok())
        return failure;

    const ReplicationStats &stats = replicator.stats();
    QJsonArray failures;
    for (const RejectedDocument &d : stats.rejected)
        failures.append(QJsonObject { { "id", d.id }, { "rev", d.rev }, { "reason", d.reason } });
    int requests = 0;
    for (HttpPeer *peer : httpPeers)
        requests += peer->requestCount();
    return QJsonObject { { "ok", stats.rejected.isEmpty() },
                         { "replication_id", replicator.replicationId() },
                         { "docs_read", stats.docsRead },
                         { "docs_written", stats.docsWritten },
                         { "doc_write_failures", stats.docWriteFailures },
                         { "failures", failures },
                         { "start_last_seq", stats.startSeq },
                         { "end_last_seq", stats.lastSeq },
                         { "batches", stats.batches },
                         { "http_requests", requests },
                         { "ms", timer.elapsed() } };
}
