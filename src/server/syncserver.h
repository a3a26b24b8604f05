#pragma once

#include "accesspolicy.h"
#include "authenticator.h"
#include "clientguard.h"
#include "httpconnection.h"
#include "databaseendpoints.h"
#include "changesquery.h"
#include "deviceregistry.h"
#include "workerthread.h"
#include "serverlimits.h"
#include "sessionstore.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTimer>

#include <list>

class DatabaseFolder;

// buurtbrug-server's HTTP side: accepts connections, authenticates each request, and answers
// with the CouchDB API (DatabaseEndpoints). GET / is the CouchDB welcome with the folder's
// stable uuid (PouchDB derives checkpoint ids from it). _changes?feed=longpoll waits for a
// change, the timeout or the client going away, sending heartbeat newlines meanwhile.
class SyncServer : public QObject
{
    Q_OBJECT

public:
    explicit SyncServer(DatabaseFolder &folder, QObject *parent = nullptr);
    ~SyncServer() override;

    // Opens the device registry of the data folder; without it only the admin can sign in.
    [[nodiscard]] StoreError openRegistry();
    void setAdmin(const QString &name, const QString &password) { m_authenticator.setAdmin(name, password); }
    [[nodiscard]] ServerLimits &limits() { return m_limits; }
    // Each connection holds a file descriptor; the soft limit (often 1024) is raised to the
    // hard one so that the connection cap, not the kernel, decides when to refuse.
    static void raiseFileLimit();
    // Call after changing limits(): the per-address limits are copied into the guard.
    void applyLimits();
    // Requests from these addresses (a reverse proxy) are counted by the address the proxy
    // names last in X-Forwarded-For.
    void setTrustedProxies(const QList<QHostAddress> &proxies) { m_trustedProxies = proxies; }

    // Listens on address:port (0 = any free port); returns the port, or 0 when it failed.
    [[nodiscard]] quint16 listen(const QHostAddress &address, quint16 port);

    // The CouchDB API version clients compare; the product version is under "vendor".
    static constexpr const char *couchApiVersion = "3.3.3";

private:
    struct Waiter
    {
        QPointer<HttpConnection> connection;
        CouchRequest request;
        Principal who;
        QPointer<DocumentDatabase> db;
        qint64 since = 0;
        qint64 deadline = 0;      // ms since epoch
        int heartbeatMs = 0;
        qint64 nextBeat = 0;
        qint64 nextSignInCheck = 0; // a revoked device's feed is closed
        // feed=continuous and eventsource stream rows until the limit or the timeout.
        ChangesQuery::Feed feed = ChangesQuery::Feed::Longpoll;
        qint64 remaining = -1; // rows still to send (-1: no limit)
        qint64 pending = 0;
    };

    DatabaseFolder &m_folder;
    ServerLimits m_limits;
    DeviceRegistry m_registry;
    SessionStore m_sessions;
    Authenticator m_authenticator;
    AccessPolicy m_policy;
    DatabaseEndpoints m_endpoints;
    QTcpServer m_tcp;
    ClientGuard m_guard { 0, 0 };
    QList<QHostAddress> m_trustedProxies;
    int m_acceptBackoffMs = 0;
    int m_connections = 0;
    qint64 m_bufferedBodies = 0; // HttpConnection counts the bodies it is receiving here
    bool m_waitersScheduled = false;
    static constexpr int maxWaitersPerDevice = 8;
    std::list<Waiter> m_waiters;
    QTimer m_waitTimer;
    struct Bucket
    {
        double tokens = 0;
        qint64 updated = 0;
    };
    QHash<QString, Bucket> m_buckets; // per device: the rate limit
    WorkerThread m_worker { QStringLiteral("request worker") }; // declared last: joined first, before what its answers use

    // A sign-in's outcome: the caller, or the refusal to send (after delayMs).
    struct SignIn
    {
        std::optional<Principal> who;
        CouchResponse refusal;
        int delayMs = 0;
    };

    void accept();
    void acceptFailed();
    [[nodiscard]] int connectionLimit() const;
    // The key a client is counted by: its address (an IPv6 /64 as one), or the one a trusted
    // proxy forwarded.
    [[nodiscard]] static QString addressKey(const QHostAddress &address);
    [[nodiscard]] bool isTrustedProxy(const QHostAddress &address) const;
    [[nodiscard]] QString clientAddress(const CouchRequest &request) const;
    [[nodiscard]] int refusalDelay(const CouchRequest &request) const;
    [[nodiscard]] CouchResponse tooManyRequests() const;
    [[nodiscard]] SignIn signIn(const CouchRequest &request);
    [[nodiscard]] HttpConnection::Admission admit(CouchRequest &request);
    void refuse(HttpConnection *connection, const SignIn &refused);
    [[nodiscard]] bool withinRate(const Principal &who);
    [[nodiscard]] CouchResponse enrol(const CouchRequest &request);
    // Answers a call that checks a secret without credentials (/_enrol, /_session): refusals
    // are delayed and counted per address, and past the limit refused unchecked (when throttled).
    void answerSecretCheck(const CouchRequest &request, HttpConnection *connection, int delayMs, bool throttled,
                           const std::function<CouchResponse()> &answer, const std::function<bool(int)> &isRefusal);
    void handle(const CouchRequest &request, HttpConnection *connection);
    void send(HttpConnection *connection, const CouchResponse &response);
    // Returns true when it took over the answer (a longpoll that has to wait).
    bool startLongpoll(const CouchRequest &request, HttpConnection *connection, const Principal &who);
    // feed=continuous or eventsource; false when the normal path is to answer (an error).
    bool startStreamedFeed(const CouchRequest &request, HttpConnection *connection, const Principal &who);
    [[nodiscard]] bool hasTooManyFeeds(const Principal &who) const;
    [[nodiscard]] CouchResponse tooManyFeeds() const;
    [[nodiscard]] Waiter newWaiter(const CouchRequest &request, HttpConnection *connection, const Principal &who,
                                   DocumentDatabase *db, qint64 since) const;
    // Keeps a waiter until its database changes, its time runs out or its client leaves.
    void park(const Waiter &waiter);
    // One pass over a streamed feed's waiter; false when the feed is over.
    bool serviceStreamedFeed(Waiter &w, qint64 now, qint64 position);
    // Answers a _bulk_docs request once its body is read on the worker thread.
    void writeWhenRead(const CouchRequest &request, HttpConnection *connection, const Principal &who);
    void scheduleWaiters();
    void serviceWaiters();
    [[nodiscard]] QJsonObject welcome() const;
};
