#include "syncserver.h"

#include "bulkdocsbody.h"
#include "cardendpoint.h"
#include "deviceendpoints.h"
#include "cardchangeendpoint.h"
#include "posterendpoint.h"
#include "changesfeed.h"
#include "sessionendpoint.h"
#include "databasefolder.h"
#include "httpconnection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

#include <QTcpSocket>

#include <algorithm>
#include <limits>

#include <sys/resource.h>

namespace {
qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}
}

SyncServer::SyncServer(DatabaseFolder &folder, QObject *parent)
    : QObject(parent), m_folder(folder), m_endpoints(folder, m_policy, m_limits)
{
    m_authenticator.setSessions(&m_sessions);
    connect(&m_tcp, &QTcpServer::newConnection, this, &SyncServer::accept);
    connect(&m_tcp, &QTcpServer::acceptError, this, &SyncServer::acceptFailed);
    applyLimits();
    // Waiters are also checked on a timer: for heartbeats, timeouts and writes by other processes.
    m_waitTimer.setInterval(250);
    connect(&m_waitTimer, &QTimer::timeout, this, &SyncServer::serviceWaiters);
}

SyncServer::~SyncServer()
{
    // Connections go first, while what they count in (m_bufferedBodies) is still here.
    qDeleteAll(findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly));
}

void SyncServer::raiseFileLimit()
{
    rlimit files {};
    if (getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur < files.rlim_max) {
        files.rlim_cur = files.rlim_max;
        setrlimit(RLIMIT_NOFILE, &files);
    }
}

void SyncServer::applyLimits()
{
    m_guard.setMaxConnectionsPerAddress(m_limits.maxConnectionsPerAddress);
    m_guard.setFailedLoginsPerMinute(m_limits.failedLoginsPerMinute);
}

int SyncServer::connectionLimit() const
{
    // Leave room under the process's file limit for the databases and the listening socket.
    rlimit files {};
    if (getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur != RLIM_INFINITY)
        return std::max(1, std::min<int>(m_limits.maxConnections, int(std::min<rlim_t>(files.rlim_cur, 1 << 20)) - 48));
    return m_limits.maxConnections;
}

void SyncServer::accept()
{
    m_acceptBackoffMs = 0;
    while (QTcpSocket *socket = m_tcp.nextPendingConnection()) {
        const QString address = addressKey(socket->peerAddress());
        const bool proxy = isTrustedProxy(socket->peerAddress());
        if (m_connections >= connectionLimit() || (!proxy && !m_guard.connectionOpened(address))) {
            // Refused at once, so the backlog drains instead of filling the kernel's queue.
            static const QByteArray body = R"({"error":"service_unavailable","reason":"Too many connections; try again shortly."})";
            socket->write("HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\nRetry-After: 5\r\n"
                          "Connection: close\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
            socket->flush();
            socket->abort();
            socket->deleteLater();
            continue;
        }
        ++m_connections;
        auto *connection = new HttpConnection(
                socket, m_limits, [this](CouchRequest &request) { return admit(request); },
                [this](const CouchRequest &request, HttpConnection *c) { handle(request, c); }, this);
        connection->setBodyBudget(&m_bufferedBodies);
        connect(connection, &HttpConnection::closed, this, [this, proxy, address] {
            --m_connections;
            if (!proxy)
                m_guard.connectionClosed(address);
        });
    }
}

void SyncServer::acceptFailed()
{
    // Out of file descriptors (or another resource): Qt has paused accepting. Try again a
    // little later, longer each time, instead of spinning or never serving again.
    m_acceptBackoffMs = std::clamp(m_acceptBackoffMs * 2, 50, 2000);
    QTimer::singleShot(m_acceptBackoffMs, this, [this] { m_tcp.resumeAccepting(); });
}

QString SyncServer::addressKey(const QHostAddress &address)
{
    // One IPv6 subscriber holds a whole /64: counted as one client, as one IPv4 address is.
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped);
    if (mapped)
        return QHostAddress(v4).toString();
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        return QByteArray(reinterpret_cast<const char *>(bytes.c), 8).toHex() + QStringLiteral("::/64");
    }
    return address.toString();
}

bool SyncServer::isTrustedProxy(const QHostAddress &address) const
{
    return std::any_of(m_trustedProxies.cbegin(), m_trustedProxies.cend(),
                       [&](const QHostAddress &proxy) { return proxy.isEqual(address, QHostAddress::TolerantConversion); });
}

QString SyncServer::clientAddress(const CouchRequest &request) const
{
    const QHostAddress peer(request.peer);
    if (!isTrustedProxy(peer))
        return addressKey(peer);
    // The proxy appends the address it saw to what the client sent: the last entry of all
    // X-Forwarded-For lines together is the only one to trust.
    QByteArray forwarded;
    for (const auto &[name, value] : request.headers) {
        if (name.compare("X-Forwarded-For", Qt::CaseInsensitive) == 0)
            forwarded += (forwarded.isEmpty() ? QByteArray() : QByteArray(",")) + value;
    }
    const QByteArray last = forwarded.mid(forwarded.lastIndexOf(',') + 1).trimmed();
    QHostAddress client;
    if (client.setAddress(QString::fromLatin1(last)))
        return addressKey(client);
    // Never the proxy's own address (that would be every client at once): the text itself.
    return QStringLiteral("forwarded:") + QString::fromLatin1(last.left(64));
}

SyncServer::SignIn SyncServer::signIn(const CouchRequest &request)
{
    SignIn result;
    const QByteArray authorization = request.header("Authorization");
    const QString address = clientAddress(request);
    // A device token is 256 random bits: guessing one is hopeless, so a blocked address does
    // not stop devices behind it (a NAT, a proxy) that present theirs. Passwords and invites
    // are what the throttle protects.
    const bool deviceToken = authorization.startsWith("Bearer ")
            || (authorization.startsWith("Basic ") && QByteArray::fromBase64(authorization.mid(6).trimmed()).startsWith("dev-"));
    if (!authorization.isEmpty() && !deviceToken && m_guard.loginBlocked(address, now())) {
        result.refusal = CouchResponse::error(429, QStringLiteral("too_many_requests"),
                                              QStringLiteral("Too many refused sign-ins from this address; try again in a minute."));
        result.delayMs = refusalDelay(request);
        return result;
    }
    result.who = request.principal ? request.principal : m_authenticator.authenticate(request);
    if (!result.who) {
        m_guard.loginFailed(address, now());
        result.refusal = CouchResponse::error(401, QStringLiteral("unauthorized"), QStringLiteral("Name or password is incorrect."));
        // Every refusal is sent at the same time after the header came, whatever the check
        // cost: guessing gets slow, and timing tells nothing (not even the admin's name).
        result.delayMs = refusalDelay(request);
    }
    return result;
}

HttpConnection::Admission SyncServer::admit(CouchRequest &request)
{
    HttpConnection::Admission admission;
    const QString first = request.segments.value(0);
    if (request.segments.size() == 1 && (first == QLatin1String("_enrol") || first == QLatin1String("_session"))) {
        admission.bodyLimit = m_limits.maxUnauthenticatedBytes;
        return admission;
    }
    // Credentials come before the body: a stranger's 30 MiB is never read.
    SignIn signedIn = signIn(request);
    if (signedIn.who && signedIn.who->isAnonymous())
        signedIn = { std::nullopt, CouchResponse::error(401, QStringLiteral("unauthorized"), QStringLiteral("Authentication required.")), 0 };
    if (!signedIn.who) {
        admission.status = signedIn.refusal.status;
        admission.body = signedIn.refusal.bytes();
        admission.delayMs = signedIn.delayMs;
        return admission;
    }
    request.principal = signedIn.who;
    // The rate limit too, before a body is read; handle() does not count the request again.
    request.rateCounted = true;
    if (!withinRate(*signedIn.who)) {
        const CouchResponse slowDown = tooManyRequests();
        admission.status = slowDown.status;
        admission.body = slowDown.bytes();
        return admission;
    }
    admission.bodyLimit = DeviceEndpoints::handles(request) ? DeviceEndpoints::maxBodyBytes : m_limits.maxRequestBytes;
    return admission;
}

int SyncServer::refusalDelay(const CouchRequest &request) const
{
    return int(std::max<qint64>(0, m_limits.failedLoginDelayMs - (now() - request.receivedAtMs)));
}

void SyncServer::refuse(HttpConnection *connection, const SignIn &refused)
{
    QPointer<HttpConnection> later(connection);
    QTimer::singleShot(refused.delayMs, this, [this, later, response = refused.refusal] {
        if (later)
            send(later, response);
    });
}

StoreError SyncServer::openRegistry()
{
    StoreError error = m_registry.open(m_folder.folder());
    if (error.ok())
        m_authenticator.setRegistry(&m_registry);
    return error;
}

CouchResponse SyncServer::tooManyRequests() const
{
    return CouchResponse::error(429, QStringLiteral("too_many_requests"),
                                QStringLiteral("More than %1 requests per second from this device; try again shortly.").arg(m_limits.requestsPerSecond));
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
    InviteState refusal = InviteState::Open;
    auto redeemed = m_registry.redeem(code, body.value().value(QLatin1String("device")).toString(), &refusal);
    if (!redeemed.ok() && refusal != InviteState::Open) {
        // Which of the three, typed: a phone must not call a mistyped code "already used".
        // It tells a guesser nothing useful: codes carry 80 random bits and /_enrol is rate limited.
        const StoreError &error = redeemed.error();
        return CouchResponse::json(error.httpStatus(), QJsonObject { { "error", error.couchName() },
                                                                    { "reason", error.reason },
                                                                    { "invite", InviteStates::name(refusal) } });
    }
    if (!redeemed.ok())
        return CouchResponse::from(redeemed.error());
    const DeviceRecord &d = redeemed.value().first;
    return CouchResponse::json(201, QJsonObject { { "ok", true },
                                                  { "device_id", d.id },
                                                  { "token", redeemed.value().second },
                                                  { "roles", QJsonArray::fromStringList(d.roles) },
                                                  { "organisation", d.organisation },
                                                  { "card", d.card },
                                                  { "person", d.person },
                                                  { "hosts", QJsonArray::fromStringList(d.hosts) } });
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
    connection->setExtraHeaders(response.headers);
    if (response.stream)
        connection->respondStreamed(response.status, response.stream);
    else if (!response.contentType.isEmpty())
        connection->respond(response.status, response.bytes(), response.contentType);
    else
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
        send(connection, CouchResponse::json(200, QJsonObject { { "status", "ok" }, { "seeds", QJsonObject() } }));
        return;
    }
    if (request.segments == QStringList { QStringLiteral("_enrol") }) {
        // An invite code is a password: refusals are delayed and counted like them.
        answerSecretCheck(request, connection, m_limits.failedLoginDelayMs, true, [this, &request] { return enrol(request); },
                          [](int status) { return status == 401 || status == 403 || status == 404; });
        return;
    }
    if (request.segments == QStringList { QStringLiteral("_session") }) {
        // A password sent here is a sign-in like any other: refusals are delayed and counted.
        answerSecretCheck(request, connection, refusalDelay(request), request.method == "POST",
                          [this, &request] { return SessionEndpoint::handle(request, m_authenticator, m_sessions); },
                          [](int status) { return status == 401; });
        return;
    }
    const SignIn signedIn = signIn(request);
    if (!signedIn.who) {
        refuse(connection, signedIn);
        return;
    }
    const std::optional<Principal> &who = signedIn.who;
    if (!request.rateCounted && !withinRate(*who)) {
        send(connection, tooManyRequests());
        return;
    }
    if (DeviceEndpoints::handles(request)) {
        send(connection, DeviceEndpoints::handle(m_registry, m_folder, request, *who));
        return;
    }
    if (request.segments == QStringList { QStringLiteral("_cards") }) {
        send(connection, CardEndpoint::issue(m_folder, request, *who));
        return;
    }
    if (request.segments == QStringList { QStringLiteral("_posters") }) {
        send(connection, PosterEndpoint::handle(m_folder, request, *who));
        return;
    }
    if (CardChangeEndpoint::handles(request)) {
        send(connection, CardChangeEndpoint::handle(m_folder, request, *who));
        return;
    }
    if (request.segments.size() == 2 && request.segments.at(1) == QLatin1String("_changes")) {
        const QString feed = request.text(QStringLiteral("feed"));
        if (feed == QLatin1String("longpoll") && startLongpoll(request, connection, *who))
            return;
        if ((feed == QLatin1String("continuous") || feed == QLatin1String("live") || feed == QLatin1String("eventsource"))
            && startStreamedFeed(request, connection, *who))
            return;
    }
    if (request.method == "POST" && request.segments.size() == 2 && request.segments.at(1) == QLatin1String("_bulk_docs")) {
        writeWhenRead(request, connection, *who);
        return;
    }
    send(connection, m_endpoints.handle(request, *who));
}

void SyncServer::answerSecretCheck(const CouchRequest &request, HttpConnection *connection, int delayMs, bool throttled,
                                   const std::function<CouchResponse()> &answer, const std::function<bool(int)> &isRefusal)
{
    const QString address = clientAddress(request);
    SignIn refused;
    refused.delayMs = delayMs;
    if (throttled && m_guard.loginBlocked(address, now())) {
        refused.refusal = CouchResponse::error(429, QStringLiteral("too_many_requests"),
                                               QStringLiteral("Too many refused sign-ins from this address; try again in a minute."));
        refuse(connection, refused);
        return;
    }
    CouchResponse response = answer();
    if (isRefusal(response.status)) {
        m_guard.loginFailed(address, now());
        refused.refusal = std::move(response);
        refuse(connection, refused);
        return;
    }
    send(connection, response);
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

    // A device keeps a few feeds open (one per database it syncs), not hundreds: each waiter
    // is looked at whenever its database changes.
    if (hasTooManyFeeds(who)) {
        send(connection, tooManyFeeds());
        return true;
    }
    Waiter waiter = newWaiter(request, connection, who, db.value(), since);
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
    park(waiter);
    return true;
}

SyncServer::Waiter SyncServer::newWaiter(const CouchRequest &request, HttpConnection *connection, const Principal &who,
                                         DocumentDatabase *db, qint64 since) const
{
    Waiter waiter;
    waiter.connection = connection;
    waiter.request = request;
    waiter.who = who;
    waiter.db = db;
    waiter.since = since;
    waiter.nextSignInCheck = now() + 1000;
    return waiter;
}

void SyncServer::park(const Waiter &waiter)
{
    connect(waiter.db.data(), &DocumentDatabase::documentsChanged, this, &SyncServer::scheduleWaiters, Qt::UniqueConnection);
    m_waiters.push_back(waiter);
    if (!m_waitTimer.isActive())
        m_waitTimer.start();
}

CouchResponse SyncServer::tooManyFeeds() const
{
    return CouchResponse::error(429, QStringLiteral("too_many_requests"), QStringLiteral("This device has %1 feeds open already.").arg(maxWaitersPerDevice));
}

bool SyncServer::hasTooManyFeeds(const Principal &who) const
{
    return who.kind == Principal::Kind::Device
            && std::count_if(m_waiters.cbegin(), m_waiters.cend(), [&](const Waiter &w) { return w.who.name == who.name; })
            >= maxWaitersPerDevice;
}

bool SyncServer::startStreamedFeed(const CouchRequest &request, HttpConnection *connection, const Principal &who)
{
    Result<DocumentDatabase *> db = m_endpoints.readable(request.segments.first(), who);
    if (!db.ok())
        return false; // the normal path answers with the error
    const ChangesQuery query = ChangesQuery::read(request, *db.value());
    if (query.error)
        return false;
    if (hasTooManyFeeds(who)) {
        send(connection, tooManyFeeds());
        return true;
    }
    Waiter waiter = newWaiter(request, connection, who, db.value(), query.since);
    waiter.feed = query.feed;
    waiter.remaining = query.limit;
    waiter.heartbeatMs = query.heartbeatMs;
    // Without heartbeats a feed ends at CouchDB's default timeout; with them it may run an hour.
    const qint64 longest = query.heartbeatMs > 0 ? 3600000 : m_limits.longpollTimeoutMs;
    waiter.deadline = now() + std::clamp<qint64>(query.timeoutMs < 0 ? longest : query.timeoutMs, 0, longest);
    waiter.nextBeat = now() + waiter.heartbeatMs;
    connection->beginStream(200, ChangesFeed(query.feed).contentType());
    park(waiter);
    scheduleWaiters(); // the rows there are already go out at once
    return true;
}

bool SyncServer::serviceStreamedFeed(Waiter &w, qint64 t, qint64 position)
{
    const ChangesFeed feed(w.feed);
    if (w.connection->isBackedUp())
        return t < w.deadline || (w.connection->drop(), false); // nothing more until the client reads
    if (position > w.since && w.remaining != 0) {
        Result<ChangesPage> page = m_endpoints.changesPage(w.db, w.request, w.since, w.who);
        if (!page.ok()) {
            w.connection->finishStream();
            return false;
        }
        ChangesPage &p = page.value();
        if (w.remaining >= 0 && p.rows.size() > w.remaining) {
            p.pending += p.rows.size() - w.remaining;
            p.rows.resize(w.remaining);
            p.lastSeq = p.rows.constLast().seq;
        }
        w.connection->writeChunk(feed.rows(p));
        if (w.remaining >= 0)
            w.remaining -= p.rows.size();
        w.since = std::max(w.since, p.lastSeq);
        w.pending = p.pending;
        if (!p.rows.isEmpty())
            w.nextBeat = t + w.heartbeatMs;
        if (p.hasMore && w.remaining != 0)
            scheduleWaiters(); // the next page on the next turn, after other connections
    }
    if (w.remaining == 0 || t >= w.deadline) {
        ChangesPage last;
        last.lastSeq = w.since;
        last.pending = w.pending;
        w.connection->writeChunk(feed.end(last));
        w.connection->finishStream();
        return false;
    }
    if (w.heartbeatMs > 0 && t >= w.nextBeat) {
        w.connection->writeChunk(feed.heartbeat());
        w.nextBeat = t + w.heartbeatMs;
    }
    return true;
}

void SyncServer::scheduleWaiters()
{
    // A batch of writes is one look at the waiters, not one per write.
    if (m_waitersScheduled)
        return;
    m_waitersScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_waitersScheduled = false;
        serviceWaiters();
    });
}

void SyncServer::serviceWaiters()
{
    const qint64 t = now();
    // Each database's position is read once a pass; a waiter already there reads no page.
    QHash<const DocumentDatabase *, qint64> positions;
    const auto positionOf = [&](DocumentDatabase *db) {
        auto found = positions.constFind(db);
        if (found == positions.cend()) {
            const Result<DatabaseInfo> info = db->info();
            found = positions.insert(db, info.ok() ? info.value().updateSeq : std::numeric_limits<qint64>::max());
        }
        return *found;
    };
    for (auto it = m_waiters.begin(); it != m_waiters.end();) {
        Waiter &w = *it;
        if (!w.connection || !w.connection->isOpen()) {
            it = m_waiters.erase(it);
            continue;
        }
        if (!w.db) { // deleted meanwhile: told, not left waiting for ever
            const CouchResponse gone = CouchResponse::error(404, QStringLiteral("not_found"), QStringLiteral("Database does not exist."));
            if (w.heartbeatMs > 0) {
                w.connection->writeChunk(gone.bytes());
                w.connection->finishStream();
            } else {
                send(w.connection, gone);
            }
            it = m_waiters.erase(it);
            continue;
        }
        if (w.who.kind == Principal::Kind::Device && t >= w.nextSignInCheck) {
            // A device revoked while it waits loses its feed at once, not at the timeout.
            w.nextSignInCheck = t + 1000;
            if (!m_authenticator.authenticate(w.request)) {
                w.connection->drop();
                it = m_waiters.erase(it);
                continue;
            }
        }
        if (w.feed != ChangesQuery::Feed::Longpoll) {
            if (serviceStreamedFeed(w, t, positionOf(w.db)))
                ++it;
            else
                it = m_waiters.erase(it);
            continue;
        }
        if (positionOf(w.db) <= w.since && t < w.deadline) {
            if (w.heartbeatMs > 0 && t >= w.nextBeat) {
                w.connection->writeChunk("\n");
                w.nextBeat = t + w.heartbeatMs;
            }
            ++it;
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
