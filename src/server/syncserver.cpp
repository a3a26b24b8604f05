#include "syncserver.h"

#include "bulkdocsbody.h"
#include "cardendpoint.h"
#include "databasefolder.h"
#include "httpconnection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

#include <algorithm>
#include <QTcpSocket>

namespace {
qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}
}

SyncServer::SyncServer(DatabaseFolder &folder, QObject *parent)
    : QObject(parent), m_folder(folder), m_endpoints(folder, m_policy, m_limits)
{
    connect(&m_tcp, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_tcp.nextPendingConnection()) {
            new HttpConnection(socket, m_limits.maxRequestBytes,
                               [this](const CouchRequest &request, HttpConnection *connection) { handle(request, connection); },
                               this);
        }
    });
    // Waiters are also checked on a timer: for heartbeats, timeouts and writes by other processes.
    m_waitTimer.setInterval(250);
    connect(&m_waitTimer, &QTimer::timeout, this, &SyncServer::serviceWaiters);
}

SyncServer::~SyncServer() = default;

StoreError SyncServer::openRegistry()
{
    StoreError error = m_registry.open(m_folder.folder());
    if (error.ok())
        m_authenticator.setRegistry(&m_registry);
    return error;
}

bool SyncServer::withinRate(const Principal &who)
{
    if (who.kind != Principal::Kind::Device)
        return true;
    Bucket &bucket = m_buckets[who.name];
    const qint64 t = now();
    if (bucket.updated == 0)
        bucket.tokens = m_limits.requestBurst;
    bucket.tokens = qMin(m_limits.requestBurst, bucket.tokens + double(t - bucket.updated) * m_limits.requestsPerSecond / 1000.0);
    bucket.updated = t;
    if (bucket.tokens < 1)
        return false;
    bucket.tokens -= 1;
    return true;
}

// POST /_enrol {"invite": CODE, "device": NAME}: the one unauthenticated write. A code works
// once; the token in the answer is shown only here.
CouchResponse SyncServer::enrol(const CouchRequest &request)
{
    if (request.method != "POST")
        return CouchResponse::error(405, QStringLiteral("method_not_allowed"), QStringLiteral("Only POST allowed"));
    Result<QJsonObject> body = request.bodyObject();
    if (!body.ok())
        return CouchResponse::from(body.error());
    const QString code = body.value().value(QLatin1String("invite")).toString();
    if (code.isEmpty())
        return CouchResponse::error(400, QStringLiteral("bad_request"), QStringLiteral("invite is required"));
    auto redeemed = m_registry.redeem(code, body.value().value(QLatin1String("device")).toString());
    if (!redeemed.ok())
        return CouchResponse::from(redeemed.error());
    const DeviceRecord &d = redeemed.value().first;
    return CouchResponse::json(201, QJsonObject { { "ok", true },
                                                  { "device_id", d.id },
                                                  { "token", redeemed.value().second },
                                                  { "roles", QJsonArray::fromStringList(d.roles) },
                                                  { "organisation", d.organisation },
                                                  { "card", d.card },
                                                  { "person", d.person } });
}

quint16 SyncServer::listen(const QHostAddress &address, quint16 port)
{
    return m_tcp.listen(address, port) ? m_tcp.serverPort() : 0;
}

QJsonObject SyncServer::welcome() const
{
    return { { "couchdb", "Welcome" },
             { "version", couchApiVersion },
             { "uuid", m_folder.serverUuid() },
             { "vendor", QJsonObject { { "name", "Buurtbrug" }, { "version", QCoreApplication::applicationVersion() } } },
             { "features", QJsonArray() } };
}

void SyncServer::send(HttpConnection *connection, const CouchResponse &response)
{
    connection->respond(response.status, response.bytes());
}

void SyncServer::handle(const CouchRequest &request, HttpConnection *connection)
{
    if (request.segments.isEmpty()) {
        send(connection, request.method == "GET" || request.method == "HEAD"
                     ? CouchResponse::json(200, welcome())
                     : CouchResponse::error(405, QStringLiteral("method_not_allowed"), QStringLiteral("Only GET,HEAD allowed")));
        return;
    }
    if (request.segments == QStringList { QStringLiteral("_up") }) {
        send(connection, CouchResponse::json(200, QJsonObject { { "status", "ok" } }));
        return;
    }
    if (request.segments == QStringList { QStringLiteral("_enrol") }) {
        send(connection, enrol(request));
        return;
    }
    const std::optional<Principal> who = m_authenticator.authenticate(request);
    if (!who) {
        send(connection, CouchResponse::error(401, QStringLiteral("unauthorized"), QStringLiteral("Name or password is incorrect.")));
        return;
    }
    if (!withinRate(*who)) {
        send(connection, CouchResponse::error(429, QStringLiteral("too_many_requests"),
                                              QStringLiteral("More than %1 requests per second from this device; try again shortly.").arg(m_limits.requestsPerSecond)));
        return;
    }
    if (request.segments == QStringList { QStringLiteral("_cards") }) {
        send(connection, CardEndpoint::issue(m_folder, request, *who));
        return;
    }
    if (request.segments.size() == 2 && request.segments.at(1) == QLatin1String("_changes")
        && request.text(QStringLiteral("feed")) == QLatin1String("longpoll") && startLongpoll(request, connection, *who))
        return;
    if (request.method == "POST" && request.segments.size() == 2 && request.segments.at(1) == QLatin1String("_bulk_docs")) {
        writeWhenRead(request, connection, *who);
        return;
    }
    send(connection, m_endpoints.handle(request, *who));
}

void SyncServer::writeWhenRead(const CouchRequest &request, HttpConnection *connection, const Principal &who)
{
    // The body is scanned, split and indexed on the worker thread while this thread answers
    // other requests (a replication's next _revs_diff) and writes; the connection waits for
    // its answer meanwhile, as it does for any request.
    const int maxDocs = m_limits.maxDocsPerRequest;
    const bool forChecks = m_endpoints.checksDocuments(who, request.segments.first());
    const Indexer indexer = m_folder.indexer();
    QPointer<HttpConnection> waiting(connection);
    m_worker.run<std::shared_ptr<const BulkDocsBody>>(
            this,
            [body = request.body, maxDocs, forChecks, indexer]() {
                return std::make_shared<const BulkDocsBody>(BulkDocsBody::read(body, maxDocs, forChecks, indexer));
            },
            [this, request, who, waiting](std::shared_ptr<const BulkDocsBody> read) {
                if (!waiting || !waiting->isOpen())
                    return;
                CouchRequest withBody = request;
                withBody.bulkDocs = std::move(read);
                send(waiting, m_endpoints.handle(withBody, who));
            });
}

bool SyncServer::startLongpoll(const CouchRequest &request, HttpConnection *connection, const Principal &who)
{
    Result<DocumentDatabase *> db = m_endpoints.readable(request.segments.first(), who);
    if (!db.ok())
        return false; // the normal path answers with the error
    const qint64 since = DatabaseEndpoints::sinceOf(db.value(), request);
    Result<ChangesPage> page = m_endpoints.changesPage(db.value(), request, since, who);
    if (!page.ok())
        return false; // the normal path answers with the error
    if (!page.value().rows.isEmpty()) {
        // Something to say already: answer with this page rather than reading it again.
        send(connection, CouchResponse::jsonText(200, DatabaseEndpoints::changesJson(page.value())));
        return true;
    }

    Waiter waiter;
    waiter.connection = connection;
    waiter.request = request;
    waiter.who = who;
    waiter.db = db.value();
    waiter.since = since;
    const qint64 timeout = request.number(QStringLiteral("timeout"), m_limits.longpollTimeoutMs);
    waiter.deadline = now() + std::clamp<qint64>(timeout, 0, m_limits.longpollTimeoutMs);
    waiter.heartbeatMs = int(std::clamp<qint64>(request.number(QStringLiteral("heartbeat"), 0), 0, 60000));
    if (request.text(QStringLiteral("heartbeat")) == QLatin1String("true"))
        waiter.heartbeatMs = 60000;
    if (waiter.heartbeatMs > 0) {
        // Heartbeats need the headers out first; the JSON follows as the last chunk.
        connection->beginStream(200);
        waiter.nextBeat = now() + waiter.heartbeatMs;
        waiter.deadline = now() + std::clamp<qint64>(timeout, 0, 3600000);
    }
    connect(db.value(), &DocumentDatabase::documentsChanged, this, &SyncServer::serviceWaiters, Qt::UniqueConnection);
    m_waiters.push_back(waiter);
    if (!m_waitTimer.isActive())
        m_waitTimer.start();
    return true;
}

void SyncServer::serviceWaiters()
{
    const qint64 t = now();
    for (auto it = m_waiters.begin(); it != m_waiters.end();) {
        Waiter &w = *it;
        if (!w.connection || !w.connection->isOpen() || !w.db) {
            it = m_waiters.erase(it);
            continue;
        }
        Result<ChangesPage> page = m_endpoints.changesPage(w.db, w.request, w.since, w.who);
        // Changes this caller may not see still move its position on.
        if (page.ok() && page.value().rows.isEmpty() && page.value().lastSeq > w.since)
            w.since = page.value().lastSeq;
        const bool ready = !page.ok() || !page.value().rows.isEmpty() || t >= w.deadline;
        if (!ready) {
            if (w.heartbeatMs > 0 && t >= w.nextBeat) {
                w.connection->writeChunk("\n");
                w.nextBeat = t + w.heartbeatMs;
            }
            ++it;
            continue;
        }
        const CouchResponse response = page.ok() ? CouchResponse::jsonText(200, DatabaseEndpoints::changesJson(page.value()))
                                                 : CouchResponse::from(page.error());
        if (w.heartbeatMs > 0) {
            w.connection->writeChunk(response.bytes());
            w.connection->finishStream();
        } else {
            send(w.connection, response);
        }
        it = m_waiters.erase(it);
    }
    if (m_waiters.empty())
        m_waitTimer.stop();
}
