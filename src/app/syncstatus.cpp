#include "syncstatus.h"

#include "databasefolder.h"
#include "databasenames.h"
#include "directorypullfilters.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>
#include <QLocale>

SyncStatus::SyncStatus(QObject *parent) : QObject(parent) { }

SyncStatus::~SyncStatus() = default;

void SyncStatus::start(DatabaseFolder &folder, const DeviceCredentials &credentials)
{
    // One enrolment at a time: joining again (after the phone was removed) replaces it.
    m_schedulers.clear();
    m_somePhotos = std::none_of(credentials.roles.cbegin(), credentials.roles.cend(), [](const QString &r) {
        return r == QLatin1String("coordinator") || r == QLatin1String("editor") || r == QLatin1String("host");
    });
    // A CouchDB deployment names the remote database of each local one; buurtbrug-server
    // serves them under the same names, chosen here from the roles.
    QMap<QString, QString> databases = credentials.databases;
    if (databases.isEmpty()) {
        databases.insert(DatabaseNames::directory(), DatabaseNames::directory());
        const bool worker = std::any_of(credentials.roles.cbegin(), credentials.roles.cend(), [](const QString &r) {
            return r == QLatin1String("buurtmaatje") || r == QLatin1String("verbindingswerker") || r == QLatin1String("host")
                    || r == QLatin1String("coordinator");
        });
        if (worker && !credentials.organisation.isEmpty())
            databases.insert(DatabaseNames::organisation(credentials.organisation), DatabaseNames::organisation(credentials.organisation));
        if (worker || credentials.roles.contains(QStringLiteral("cardholder")))
            databases.insert(DatabaseNames::cards(), DatabaseNames::cards());
    }
    // Listed as people read them: the directory, the field logs, the cards.
    const auto rank = [](const QString &name) {
        return name == DatabaseNames::directory() ? 0 : DatabaseNames::isOrganisation(name) ? 1 : 2;
    };
    QStringList order = databases.keys();
    std::stable_sort(order.begin(), order.end(), [&rank](const QString &a, const QString &b) { return rank(a) < rank(b); });
    for (const QString &name : std::as_const(order)) {
        if (!DatabaseNames::isTyped(name))
            continue; // only the app's own databases, whatever a payload said
        Result<DocumentDatabase *> db = folder.database(name, true);
        if (!db.ok())
            continue;
        QUrl remote = credentials.server;
        QString prefix = remote.path();
        while (prefix.endsWith(u'/'))
            prefix.chop(1);
        remote.setPath(prefix + QLatin1Char('/') + databases.value(name));
        auto scheduler = std::make_unique<SyncScheduler>(db.value(), remote, &m_network);
        if (!credentials.password.isEmpty())
            scheduler->setBasicAuth(credentials.deviceId, credentials.password);
        else
            scheduler->setBearerToken(credentials.token.toLatin1());
        if (m_somePhotos && name == DatabaseNames::directory())
            scheduler->setPullFilters(DirectoryPullFilters::forPlaces(m_photoPlaces));
        connect(scheduler.get(), &SyncScheduler::changed, this, [this] {
            ++m_revision;
            emit changed();
        });
        if (m_somePhotos && name == DatabaseNames::directory()) {
            connect(scheduler.get(), &SyncScheduler::runFinished, this, [this](bool ok) {
                if (ok)
                    emit photoCatalogueDue();
            });
        }
        scheduler->start();
        m_schedulers.emplace_back(name, std::move(scheduler));
    }
    emit changed();
}

SyncStatus::Status SyncStatus::statusOf(const SyncScheduler &scheduler)
{
    switch (scheduler.state()) {
    case SyncScheduler::State::Idle: return Status::UpToDate;
    case SyncScheduler::State::Syncing: return Status::Syncing;
    case SyncScheduler::State::Revoked: return Status::DeviceRemoved;
    case SyncScheduler::State::Offline:
    case SyncScheduler::State::Error: break;
    }
    switch (scheduler.problem()) {
    case SyncScheduler::Problem::NoNetwork: return Status::Offline;
    case SyncScheduler::Problem::ServerUnreachable: return Status::ServerUnreachable;
    case SyncScheduler::Problem::DeviceRemoved: return Status::DeviceRemoved;
    case SyncScheduler::Problem::NotAllowed: return Status::NotAllowed;
    case SyncScheduler::Problem::PhoneStorage: return Status::PhoneStorage;
    case SyncScheduler::Problem::None:
    case SyncScheduler::Problem::ServerTrouble: break;
    }
    return Status::ServerTrouble;
}

SyncStatus::Status SyncStatus::status() const
{
    if (m_schedulers.empty())
        return Status::NotJoined;
    Status worst = Status::UpToDate;
    for (const auto &[name, s] : m_schedulers)
        worst = std::max(worst, statusOf(*s));
    return worst;
}

QString SyncStatus::state() const
{
    switch (status()) {
    case Status::NotJoined: return QStringLiteral("unconfigured");
    case Status::UpToDate: return QStringLiteral("idle");
    case Status::Syncing: return QStringLiteral("syncing");
    case Status::Offline: return QStringLiteral("offline");
    case Status::DeviceRemoved: return QStringLiteral("removed");
    default: return QStringLiteral("error");
    }
}

QString SyncStatus::sentence(Status status)
{
    switch (status) {
    case Status::NotJoined:
        return QCoreApplication::translate("SyncStatus", "This device is not connected to a server: everything stays on it.");
    case Status::UpToDate:
        return QCoreApplication::translate("SyncStatus", "Everything is synced.");
    case Status::Syncing:
        return QCoreApplication::translate("SyncStatus", "Syncing…");
    case Status::Offline:
        return QCoreApplication::translate("SyncStatus", "Not connected — everything is kept on this phone.");
    case Status::ServerUnreachable:
        return QCoreApplication::translate("SyncStatus", "The server cannot be reached — everything is kept on this phone. It tries again by itself.");
    case Status::ServerTrouble:
        return QCoreApplication::translate("SyncStatus", "Sync did not work this time — everything is kept on this phone. It tries again by itself.");
    case Status::PhoneStorage:
        return QCoreApplication::translate("SyncStatus", "This phone could not save what came in. Free some space; nothing was lost.");
    case Status::NotAllowed:
        return QCoreApplication::translate("SyncStatus", "The server does not allow this phone to sync this. Ask your coordinator.");
    case Status::DeviceRemoved:
        return QCoreApplication::translate("SyncStatus", "This phone was removed from the organisation. Ask your coordinator for a new invite; nothing unsent is lost.");
    }
    return {};
}

QString SyncStatus::title(const QString &database)
{
    if (database == DatabaseNames::directory())
        return QCoreApplication::translate("SyncStatus", "Initiatives");
    if (database == DatabaseNames::cards())
        return QCoreApplication::translate("SyncStatus", "Kijk op de Wijk cards");
    if (DatabaseNames::isOrganisation(database))
        //: %1 is the organisation's short name, e.g. visserijplein
        return QCoreApplication::translate("SyncStatus", "Field logs of %1").arg(DatabaseNames::slugOf(database));
    return database;
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
    const Status now = status();
    if (now != Status::UpToDate)
        return sentence(now);
    const int pending = pendingLocalChanges();
    if (pending > 0)
        return QCoreApplication::translate("SyncStatus", "%n change(s) only on this device", nullptr, pending);
    QDateTime last;
    for (const auto &[name, scheduler] : m_schedulers) {
        if (!last.isValid() || (scheduler->lastSuccess().isValid() && scheduler->lastSuccess() < last))
            last = scheduler->lastSuccess();
    }
    if (!last.isValid())
        return sentence(now);
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
        const Status status = statusOf(*s);
        const QString state = status == Status::UpToDate ? QStringLiteral("idle")
                : status == Status::Syncing              ? QStringLiteral("syncing")
                : status == Status::Offline              ? QStringLiteral("offline")
                : status == Status::DeviceRemoved        ? QStringLiteral("removed")
                                                         : QStringLiteral("error");
        QVariantList rejected;
        for (const RejectedDocument &d : s->rejected())
            rejected.append(QVariantMap { { QStringLiteral("id"), d.id }, { QStringLiteral("reason"), d.reason } });
        list.append(QVariantMap {
                { QStringLiteral("name"), name },
                { QStringLiteral("title"), title(name) },
                { QStringLiteral("state"), state },
                { QStringLiteral("status"), int(status) },
                { QStringLiteral("sentence"), sentence(status) },
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

SyncScheduler *SyncStatus::scheduler(const QString &database) const
{
    for (const auto &[name, s] : m_schedulers) {
        if (name == database)
            return s.get();
    }
    return nullptr;
}

void SyncStatus::setPhotoPlaces(const QStringList &initiativeIds)
{
    QStringList places = initiativeIds;
    places.sort();
    places.removeDuplicates();
    if (places == m_photoPlaces)
        return;
    m_photoPlaces = places;
    SyncScheduler *directory = scheduler(DatabaseNames::directory());
    if (!m_somePhotos || !directory)
        return;
    directory->setPullFilters(DirectoryPullFilters::forPlaces(m_photoPlaces));
    directory->requestSoon();
}

HttpPeer *SyncStatus::directoryServer() const
{
    SyncScheduler *directory = scheduler(DatabaseNames::directory());
    return m_somePhotos && directory ? &directory->remote() : nullptr;
}

QList<ReplicationFilter> SyncStatus::pullFilters(const QString &database) const
{
    const SyncScheduler *s = scheduler(database);
    return s ? s->pullFilters() : QList<ReplicationFilter>();
}
