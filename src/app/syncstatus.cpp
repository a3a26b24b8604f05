#include "syncstatus.h"

#include "databasefolder.h"

#include <QCoreApplication>
#include <QLocale>

SyncStatus::SyncStatus(QObject *parent) : QObject(parent) { }

SyncStatus::~SyncStatus() = default;

void SyncStatus::start(DatabaseFolder &folder, const DeviceCredentials &credentials)
{
    if (configured())
        return; // one enrolment per device; its schedulers run until the app ends
    QStringList databases { QStringLiteral("directory") };
    const bool worker = std::any_of(credentials.roles.cbegin(), credentials.roles.cend(), [](const QString &r) {
        return r == QLatin1String("buurtmaatje") || r == QLatin1String("verbindingswerker") || r == QLatin1String("host")
                || r == QLatin1String("coordinator");
    });
    if (worker && !credentials.organisation.isEmpty())
        databases.append(QStringLiteral("org-") + credentials.organisation);
    if (worker || credentials.roles.contains(QStringLiteral("cardholder")))
        databases.append(QStringLiteral("cards"));
    for (const QString &name : std::as_const(databases)) {
        Result<DocumentDatabase *> db = folder.database(name, true);
        if (!db.ok())
            continue;
        QUrl remote = credentials.server;
        remote.setPath(QLatin1Char('/') + name);
        auto scheduler = std::make_unique<SyncScheduler>(db.value(), remote, &m_network);
        scheduler->setBearerToken(credentials.token.toLatin1());
        connect(scheduler.get(), &SyncScheduler::changed, this, [this] {
            ++m_revision;
            emit changed();
        });
        scheduler->start();
        m_schedulers.emplace_back(name, std::move(scheduler));
    }
    emit changed();
}

QString SyncStatus::state() const
{
    if (m_schedulers.empty())
        return QStringLiteral("unconfigured");
    bool syncing = false;
    bool offline = false;
    for (const auto &[name, s] : m_schedulers) {
        if (s->state() == SyncScheduler::State::Error)
            return QStringLiteral("error");
        syncing = syncing || s->state() == SyncScheduler::State::Syncing;
        offline = offline || s->state() == SyncScheduler::State::Offline;
    }
    return offline ? QStringLiteral("offline") : syncing ? QStringLiteral("syncing") : QStringLiteral("idle");
}

int SyncStatus::pendingLocalChanges() const
{
    int pending = 0;
    for (const auto &[name, s] : m_schedulers)
        pending += s->pendingLocalChanges();
    return pending;
}

QString SyncStatus::summary() const
{
    const QString s = state();
    if (s == QLatin1String("unconfigured"))
        return QCoreApplication::translate("SyncStatus", "This device is not connected to a server: everything stays on it.");
    if (s == QLatin1String("syncing"))
        return QCoreApplication::translate("SyncStatus", "Syncing…");
    if (s == QLatin1String("offline"))
        return QCoreApplication::translate("SyncStatus", "Offline: changes stay on this device and are sent when there is a connection.");
    if (s == QLatin1String("error")) {
        int retry = 0;
        for (const auto &[name, scheduler] : m_schedulers)
            retry = std::max(retry, scheduler->retryInSeconds());
        return QCoreApplication::translate("SyncStatus", "Could not sync; trying again in %1 s.").arg(retry);
    }
    QDateTime last;
    for (const auto &[name, scheduler] : m_schedulers) {
        if (!last.isValid() || (scheduler->lastSuccess().isValid() && scheduler->lastSuccess() < last))
            last = scheduler->lastSuccess();
    }
    const int pending = pendingLocalChanges();
    if (pending > 0)
        return QCoreApplication::translate("SyncStatus", "%n change(s) only on this device", nullptr, pending);
    return QCoreApplication::translate("SyncStatus", "Synced at %1")
            .arg(QLocale().toString(last.toLocalTime().time(), QLocale::ShortFormat));
}

void SyncStatus::syncNow()
{
    for (const auto &[name, s] : m_schedulers)
        s->syncNow();
}

bool SyncStatus::isOnServer(const QString &database, const QString &id, int revision) const
{
    Q_UNUSED(revision);
    for (const auto &[name, s] : m_schedulers) {
        if (name == database)
            return s->isOnServer(id);
    }
    return false;
}

QVariantList SyncStatus::databases() const
{
    QVariantList list;
    for (const auto &[name, s] : m_schedulers) {
        QString state;
        switch (s->state()) {
        case SyncScheduler::State::Idle: state = QStringLiteral("idle"); break;
        case SyncScheduler::State::Syncing: state = QStringLiteral("syncing"); break;
        case SyncScheduler::State::Offline: state = QStringLiteral("offline"); break;
        case SyncScheduler::State::Error: state = QStringLiteral("error"); break;
        }
        QVariantList rejected;
        for (const RejectedDocument &d : s->rejected())
            rejected.append(QVariantMap { { QStringLiteral("id"), d.id }, { QStringLiteral("reason"), d.reason } });
        list.append(QVariantMap {
                { QStringLiteral("name"), name },
                { QStringLiteral("state"), state },
                { QStringLiteral("lastSuccess"), s->lastSuccess().isValid()
                          ? QLocale().toString(s->lastSuccess().toLocalTime(), QLocale::ShortFormat) : QString() },
                { QStringLiteral("pending"), s->pendingLocalChanges() },
                { QStringLiteral("error"), s->errorText() },
                { QStringLiteral("retryIn"), s->retryInSeconds() },
                { QStringLiteral("transferred"), s->docsTransferred() },
                { QStringLiteral("rejected"), rejected } });
    }
    return list;
}
