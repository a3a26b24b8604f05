#pragma once

#include "httppeer.h"
#include "localpeer.h"
#include "replicator.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <memory>

class DocumentDatabase;
class QNetworkAccessManager;

struct SyncTiming
{
    int debounceMs = 2000;
    int periodicMs = 5 * 60 * 1000;
    int firstRetryMs = 2000;
    int maxRetryMs = 5 * 60 * 1000;
};

// Keeps one local database in sync with its database on the server: push, then pull. Runs on
// start, a few seconds after local writes, when the network comes back, every few minutes and
// on "Sync now". A failed run is retried with exponential backoff and jitter, for ever: it
// never gives up silently, and says why it is waiting (problem(): a typed code; errorText():
// the technical detail). One exception: the server answers 401 to the device's token (or, on
// CouchDB, to its user's name and password) when the device was removed (revoked); retrying cannot help, so it stops (State::Revoked) until the
// phone joins again, keeping every unsent record. Knows how many local changes the
// server does not have yet, and whether a given document is only on this device.
class SyncScheduler : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY changed)
    Q_PROPERTY(Problem problem READ problem NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)
    Q_PROPERTY(QDateTime lastSuccess READ lastSuccess NOTIFY changed)
    Q_PROPERTY(int pendingLocalChanges READ pendingLocalChanges NOTIFY changed)
    Q_PROPERTY(int docsTransferred READ docsTransferred NOTIFY changed)
    Q_PROPERTY(int retryInSeconds READ retryInSeconds NOTIFY changed)

public:
    enum class State { Idle, Syncing, Offline, Error, Revoked };
    Q_ENUM(State)
    // Why the last run failed, for the person: chosen from the error's code, never its text.
    enum class Problem {
        None,
        NoNetwork,         // the phone has no network
        ServerUnreachable, // the network is there, the server does not answer
        DeviceRemoved,     // 401 to the device's token: revoked (no retries)
        NotAllowed,        // 403: the server refuses this database to this device
        ServerTrouble,     // 5xx, odd answers
        PhoneStorage,      // the local store could not read or write
    };
    Q_ENUM(Problem)

    SyncScheduler(DocumentDatabase *local, const QUrl &remote, QNetworkAccessManager *network,
                  SyncTiming timing = {}, QObject *parent = nullptr);
    ~SyncScheduler() override;

    void setBearerToken(const QByteArray &token);
    // Signs in as a CouchDB user (HTTP Basic); a 401 then means the user was deleted (revoked).
    void setBasicAuth(const QString &user, const QString &password);
    void start();
    Q_INVOKABLE void syncNow();
    // A run a moment from now, as after a local write (no reset of a backoff).
    void requestSoon();
    // The pull runs once per filter, in turn, each with a checkpoint of its own; none: one pull
    // of everything. Takes effect from the next run.
    void setPullFilters(const QList<ReplicationFilter> &filters);
    [[nodiscard]] const QList<ReplicationFilter> &pullFilters() const { return m_pullFilters; }
    // The server's database as this scheduler reaches it (address and credentials), for
    // questions besides replication (the photo catalogue).
    [[nodiscard]] HttpPeer &remote() { return *m_remotePeer; }

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] Problem problem() const { return m_problem; }
    [[nodiscard]] const QString &errorText() const { return m_errorText; }
    [[nodiscard]] const QDateTime &lastSuccess() const { return m_lastSuccess; }
    [[nodiscard]] int pendingLocalChanges() const { return m_pending; }
    [[nodiscard]] int docsTransferred() const { return m_transferred; }
    [[nodiscard]] int retryInSeconds() const;
    [[nodiscard]] int failedAttempts() const { return m_attempts; }
    // True when this document's latest local write has reached the server.
    [[nodiscard]] bool isOnServer(const QString &id) const;
    // Documents the server refused, with its reason: they stay here and are shown.
    [[nodiscard]] const QList<RejectedDocument> &rejected() const { return m_rejected; }

signals:
    void changed();
    void runFinished(bool ok);

private:
    DocumentDatabase *m_local;
    std::unique_ptr<LocalPeer> m_localPeer;
    std::unique_ptr<HttpPeer> m_remotePeer;
    std::unique_ptr<Replicator> m_run;
    SyncTiming m_timing;
    QTimer m_debounce;
    QTimer m_periodic;
    QTimer m_retry;
    State m_state = State::Idle;
    Problem m_problem = Problem::None;
    bool m_hasToken = false;
    QString m_errorText;
    QDateTime m_lastSuccess;
    qint64 m_pushedSeq = 0; // local writes up to here are on the server
    qint64 m_seqBeforePull = 0;
    int m_pending = 0;
    int m_transferred = 0;
    int m_attempts = 0;
    bool m_pulling = false;
    bool m_again = false;
    QList<ReplicationFilter> m_pullFilters;
    int m_pushTransferred = 0; // documents the push of this run wrote
    int m_pullWritten = 0;     // documents the finished parts of this run's pull wrote
    QList<RejectedDocument> m_rejected;

    void request();
    void runPush();
    void runPull(int part = 0);
    void succeeded();
    void failed(const StoreError &error);
    void refreshPending();
    void loadStatus();
    void saveStatus();
    [[nodiscard]] static bool networkReachable();
    void setState(State state, const QString &error = {}, Problem problem = Problem::None);
    [[nodiscard]] static Problem problemOf(const StoreError &error);
};
