#include "syncscheduler.h"

#include "documentdatabase.h"

#include <QJsonArray>
#include <QNetworkInformation>
#include <QRandomGenerator>

#include <cmath>

namespace {
const QString statusDoc = QStringLiteral("_local/buurtbrug-sync-status");
}

SyncScheduler::SyncScheduler(DocumentDatabase *local, const QUrl &remote, QNetworkAccessManager *network,
                             SyncTiming timing, QObject *parent)
    : QObject(parent), m_local(local), m_localPeer(std::make_unique<LocalPeer>(local)),
      m_remotePeer(std::make_unique<HttpPeer>(remote, network)), m_timing(timing)
{
    m_localPeer->setWithholdSample(true); // the sample neighbourhood never leaves the phone
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(m_timing.debounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &SyncScheduler::request);
    m_periodic.setInterval(m_timing.periodicMs);
    connect(&m_periodic, &QTimer::timeout, this, &SyncScheduler::request);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &SyncScheduler::request);

    // Local writes are pushed a moment later (several taps become one sync). Writes made by
    // our own pull do not start another round.
    connect(m_local, &DocumentDatabase::documentsChanged, this, [this] {
        if (m_run && m_pulling)
            return; // our own pull writing; counted once when the run ends
        refreshPending();
        if (m_run)
            m_again = true;
        else
            m_debounce.start();
    });
    if (QNetworkInformation::loadDefaultBackend() && QNetworkInformation::instance()) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this, [this] {
            if (networkReachable())
                syncNow();
            else if (!m_run && m_state != State::Revoked)
                setState(State::Offline, {}, Problem::NoNetwork);
        });
    }
    loadStatus();
    refreshPending();
}

SyncScheduler::~SyncScheduler() = default;

void SyncScheduler::setBearerToken(const QByteArray &token)
{
    m_remotePeer->setBearerToken(token);
    m_hasToken = !token.isEmpty();
}

void SyncScheduler::setBasicAuth(const QString &user, const QString &password)
{
    m_remotePeer->setBasicAuth(user, password);
    m_hasToken = !user.isEmpty() && !password.isEmpty();
}

void SyncScheduler::start()
{
    m_periodic.start();
    request();
}

void SyncScheduler::requestSoon()
{
    if (m_run)
        m_again = true;
    else if (m_state != State::Revoked)
        m_debounce.start();
}

void SyncScheduler::setPullFilters(const QList<ReplicationFilter> &filters)
{
    m_pullFilters = filters;
}

void SyncScheduler::syncNow()
{
    if (m_state == State::Revoked)
        return; // the token is dead: only joining again (a new scheduler) helps
    m_attempts = 0; // a person asked: try at once, and start the backoff afresh
    m_retry.stop();
    request();
}

int SyncScheduler::retryInSeconds() const
{
    return m_retry.isActive() ? (m_retry.remainingTime() + 999) / 1000 : 0;
}

bool SyncScheduler::networkReachable()
{
    const QNetworkInformation *info = QNetworkInformation::instance();
    // Without a backend we cannot know: assume online and let the request tell.
    return !info || info->reachability() != QNetworkInformation::Reachability::Disconnected;
}

void SyncScheduler::request()
{
    m_debounce.stop();
    if (m_state == State::Revoked)
        return;
    if (m_run) {
        m_again = true;
        return;
    }
    if (!networkReachable()) {
        setState(State::Offline, {}, Problem::NoNetwork);
        return;
    }
    m_retry.stop();
    m_transferred = 0;
    setState(State::Syncing);
    runPush();
}

void SyncScheduler::runPush()
{
    m_pulling = false;
    m_run = std::make_unique<Replicator>(*m_localPeer, *m_remotePeer);
    connect(m_run.get(), &Replicator::progress, this, [this](int, int written) {
        m_transferred = written;
        emit changed();
    });
    connect(m_run.get(), &Replicator::finished, this, [this](bool ok, const StoreError &error) {
        const ReplicationStats stats = m_run->stats();
        m_run.release()->deleteLater();
        if (!ok)
            return failed(error);
        if (stats.lastSeq.isDouble())
            m_pushedSeq = qint64(stats.lastSeq.toDouble());
        m_rejected = stats.rejected;
        runPull();
    });
    m_run->start();
}

void SyncScheduler::runPull(int part)
{
    m_pulling = true;
    if (part == 0) {
        m_pushTransferred = m_transferred;
        m_pullWritten = 0;
        const Result<DatabaseInfo> before = m_local->info();
        m_seqBeforePull = before.ok() ? before.value().updateSeq : -1;
    }
    ReplicationOptions options;
    if (part < m_pullFilters.size())
        options.filter = m_pullFilters.at(part);
    m_run = std::make_unique<Replicator>(*m_remotePeer, *m_localPeer, options);
    connect(m_run.get(), &Replicator::progress, this, [this](int, int written) {
        m_transferred = m_pushTransferred + m_pullWritten + written;
        emit changed();
    });
    connect(m_run.get(), &Replicator::finished, this, [this, part](bool ok, const StoreError &error) {
        m_pullWritten += m_run->stats().docsWritten;
        m_run.release()->deleteLater();
        if (!ok) {
            m_pulling = false;
            return failed(error);
        }
        if (part + 1 < m_pullFilters.size())
            return runPull(part + 1);
        m_pulling = false;
        // What the pull wrote came from the server. If nothing else was written meanwhile
        // (the sequence grew by exactly that much), everything up to here is on the server.
        const Result<DatabaseInfo> after = m_local->info();
        if (after.ok() && m_seqBeforePull >= m_pushedSeq && after.value().updateSeq - m_seqBeforePull == m_pullWritten)
            m_pushedSeq = after.value().updateSeq;
        succeeded();
    });
    m_run->start();
}

void SyncScheduler::succeeded()
{
    m_attempts = 0;
    m_lastSuccess = QDateTime::currentDateTimeUtc();
    saveStatus();
    refreshPending();
    setState(State::Idle);
    emit runFinished(true);
    if (m_again) {
        m_again = false;
        m_debounce.start();
    }
}

SyncScheduler::Problem SyncScheduler::problemOf(const StoreError &error)
{
    switch (error.code) {
    case StoreError::Code::IoError:
        return networkReachable() ? Problem::ServerUnreachable : Problem::NoNetwork;
    case StoreError::Code::Unauthorized:
        return Problem::DeviceRemoved;
    case StoreError::Code::Forbidden:
        return Problem::NotAllowed;
    case StoreError::Code::ReadOnly:
    case StoreError::Code::DiskFull:
    case StoreError::Code::Corrupt:
    case StoreError::Code::MissingFolder:
        return Problem::PhoneStorage;
    default:
        return Problem::ServerTrouble;
    }
}

void SyncScheduler::failed(const StoreError &error)
{
    ++m_attempts;
    const Problem problem = problemOf(error);
    if (problem == Problem::DeviceRemoved && m_hasToken) {
        // The server no longer knows this phone's token: it was removed. Retrying would only
        // knock on a closed door; unsent records stay in the store until the phone joins again.
        m_retry.stop();
        m_periodic.stop();
        m_debounce.stop();
        m_again = false;
        setState(State::Revoked, error.reason, problem);
        emit runFinished(false);
        return;
    }
    // 2 s, 4 s, 8 s ... up to 5 minutes, each spread by ±50 % so devices do not retry in step.
    const double base = std::min<double>(m_timing.maxRetryMs, m_timing.firstRetryMs * std::pow(2.0, std::min(m_attempts - 1, 20)));
    const int delay = int(base * (0.5 + QRandomGenerator::global()->generateDouble()));
    m_retry.start(std::max(100, delay));
    setState(problem == Problem::NoNetwork ? State::Offline : State::Error, error.reason, problem);
    emit runFinished(false);
}

void SyncScheduler::refreshPending()
{
    const Result<qint64> count = m_local->changedSince(m_pushedSeq);
    const int pending = count.ok() ? int(count.value()) : m_pending;
    if (pending != m_pending) {
        m_pending = pending;
        emit changed();
    }
}

bool SyncScheduler::isOnServer(const QString &id) const
{
    const Result<qint64> seq = m_local->sequenceOf(id);
    if (!seq.ok() || seq.value() == 0 || seq.value() > m_pushedSeq)
        return false;
    return std::none_of(m_rejected.cbegin(), m_rejected.cend(), [&](const RejectedDocument &d) { return d.id == id; });
}

void SyncScheduler::loadStatus()
{
    const Result<QJsonObject> doc = m_local->getLocal(statusDoc);
    if (!doc.ok())
        return;
    m_pushedSeq = qint64(doc.value().value(QLatin1String("pushedSeq")).toDouble());
    m_lastSuccess = QDateTime::fromString(doc.value().value(QLatin1String("lastSuccess")).toString(), Qt::ISODate);
    for (const QJsonValue &r : doc.value().value(QLatin1String("rejected")).toArray())
        m_rejected.append({ r.toObject().value(QLatin1String("id")).toString(), r.toObject().value(QLatin1String("rev")).toString(),
                            r.toObject().value(QLatin1String("reason")).toString() });
}

void SyncScheduler::saveStatus()
{
    QJsonObject doc { { "_id", statusDoc }, { "pushedSeq", m_pushedSeq }, { "lastSuccess", m_lastSuccess.toString(Qt::ISODate) } };
    QJsonArray rejected;
    for (const RejectedDocument &d : m_rejected)
        rejected.append(QJsonObject { { "id", d.id }, { "rev", d.rev }, { "reason", d.reason } });
    doc.insert("rejected", rejected);
    const Result<QJsonObject> current = m_local->getLocal(statusDoc);
    if (current.ok())
        doc.insert("_rev", current.value().value(QLatin1String("_rev")));
    (void)m_local->putLocal(doc);
}

void SyncScheduler::setState(State state, const QString &error, Problem problem)
{
    m_state = state;
    m_errorText = error;
    m_problem = problem;
    emit changed();
}
