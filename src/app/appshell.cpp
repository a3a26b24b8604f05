#include "appshell.h"

#include "databasenames.h"
#include "processmemory.h"

#include "appcontroller.h"
#include "joincontroller.h"
#include "maptiles.h"
#include "positionservice.h"
#include "readaloud.h"
#include "databasefolder.h"
#include "domainindexer.h"
#include "initiativelistmodel.h"
#include "enrolmentclient.h"
#include "section.h"
#include "sampledata.h"
#include "sampleneighbourhood.h"
#include "serverpost.h"
#include "syncstatus.h"
#include "uilanguage.h"

#include <QFile>
#include <QDateTime>
#include <QDir>
#include <QNetworkAccessManager>
#include <QSysInfo>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickImageProvider>
#include <QQmlComponent>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QTimer>

#include <cstdio>

namespace {
const QString deviceDoc = QStringLiteral("_local/buurtbrug-device");
const QString mainQml = QStringLiteral("qrc:/qt/qml/Buurtbrug/Ui/Main.qml");
// The longest the initiative list waits for the window's first frame before reading on (ms).
constexpr int maxLoadingHold = 2000;
const QString pagesFolder = QStringLiteral(":/qt/qml/Buurtbrug/Ui/pages");

// Runs the event loop for ms milliseconds, or until done() holds.
template<typename Done>
bool spin(int ms, Done done)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < ms) {
        QEventLoop loop;
        QTimer::singleShot(10, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return done();
}
}

AppShell::AppShell(QObject *parent) : QObject(parent) { }

AppShell::~AppShell()
{
    m_engine.reset(); // QML objects go before the controller they bind to
    m_controller.reset();
    m_sample.reset();
    m_sync.reset(); // schedulers stop before the databases they sync close
}

StoreError AppShell::open(const QString &dataFolder, const QString &language, bool loadSample)
{
    const QString folderPath = dataFolder.isEmpty()
            ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
            : dataFolder;
    m_folder = std::make_unique<DatabaseFolder>(DomainIndexer::indexer());
    if (StoreError error = m_folder->open(folderPath, true); !error.ok())
        return error;
    // The sample only when chosen (--sample, or "Look around" on the first start's question).
    if (loadSample) {
        if (StoreError error = SampleNeighbourhood::loadIfEmpty(*m_folder); !error.ok())
            return error;
    }
    m_sample = std::make_unique<SampleData>(m_folder.get());
    Result<DocumentDatabase *> directory = m_folder->database(QStringLiteral("directory"), true);
    if (!directory.ok())
        return directory.error();
    m_language = std::make_unique<UiLanguage>();
    m_language->setCode(language);
    m_sync = std::make_unique<SyncStatus>();
    m_position = std::make_unique<PositionService>(m_nmeaLog);
    m_readAloud = std::make_unique<ReadAloud>();
    m_controller = std::make_unique<AppController>(directory.value(), m_language.get(), m_sync.get(),
                                                   m_position.get(), m_readAloud.get());
    if (m_fixedNow.isValid()) {
        const QDateTime now = m_fixedNow;
        m_controller->setClock([now] { return now; });
    }
    m_controller->setSample(m_sample.get());
    if (!m_geocoderUrl.isEmpty())
        m_controller->directoryEditor()->addressLookup()->setServiceUrl(QUrl(m_geocoderUrl));
    openMap(folderPath);
    // Looking around starts: field logs go into the sample's organisation from now on.
    connect(m_sample.get(), &SampleData::changed, this, [this, db = directory.value(), was = m_sample->loaded()]() mutable {
        if (m_sample->loaded() != was) {
            was = m_sample->loaded();
            useOrganisation(db);
        }
    });
    m_controller->join()->setKeeper([this](const DeviceCredentials &credentials) { return keepCredentials(credentials); });
    useOrganisation(directory.value());
    m_position->start();
    return StoreError::none();
}

void AppShell::openMap(const QString &folderPath)
{
    // A map without tiles still shows the places: nothing here stops the app from starting.
    MapTiles *map = m_controller->mapTiles();
    if (StoreError error = map->open(QDir(folderPath).filePath(QStringLiteral("map-tiles.cache")), m_tileBudget); !error.ok()) {
        std::fprintf(stderr, "buurtbrug: the map's tile cache: %s\n", qPrintable(error.reason));
        return;
    }
    map->setUrlTemplate(m_tileServer);
    QString attribution = m_tileAttribution;
    if (!m_tilePack.isEmpty()) {
        const Result<TileCache::PackImport> imported = map->importPack(m_tilePack);
        if (!imported.ok())
            std::fprintf(stderr, "buurtbrug: tile pack not imported: %s\n", qPrintable(imported.error().reason));
        else if (attribution.isEmpty())
            attribution = imported.value().attribution;
    }
    map->setAttribution(attribution);
}

void AppShell::useOrganisation(DocumentDatabase *directory)
{
    // Field logs go into the enrolled organisation's database; a device that is not enrolled
    // keeps them in org-local (or the one organisation its data folder already holds).
    const Result<QJsonObject> stored = directory->getLocal(deviceDoc);
    const DeviceCredentials credentials = stored.ok() ? DeviceCredentials::fromJson(stored.value()) : DeviceCredentials();
    QString name = credentials.organisation.isEmpty() ? QString() : DatabaseNames::organisation(credentials.organisation);
    if (name.isEmpty()) {
        // org-local itself is made as soon as the app opens, so it does not count.
        const QStringList orgs = m_folder->databaseNames().filter(QRegularExpression(QStringLiteral("^org-(?!local$)")));
        name = orgs.size() == 1 ? orgs.first() : QStringLiteral("org-local");
    }
    m_controller->setOrganisationDatabase(database(name));
    m_controller->setRoles(credentials.roles);
    // A receipt says who acted by role and device, never by a person's name.
    m_controller->privacy()->setActor(credentials.deviceId.isEmpty()
                                              ? QString()
                                              : QStringLiteral("%1 (device %2)").arg(credentials.roles.value(0), credentials.deviceId));
    m_controller->cards()->setDatabase(database(QStringLiteral("cards")));
    m_controller->cards()->setEnrolledCard(credentials.card);
    m_controller->cards()->setOrganisation(credentials.organisation);
    m_controller->cards()->setHostedPlaces(credentials.hosts);
    m_sample->refresh(credentials.joined());
}

StoreError AppShell::keepCredentials(const DeviceCredentials &credentials)
{
    Result<DocumentDatabase *> directory = m_folder->database(QStringLiteral("directory"), true);
    if (!directory.ok())
        return directory.error();
    // Joined: the sample and what was practised with it go before anything can sync.
    if (Result<int> removed = m_sample->removeForJoining(); !removed.ok())
        return removed.error();
    QJsonObject doc = credentials.toJson();
    doc.insert(QStringLiteral("_id"), deviceDoc);
    const Result<QJsonObject> previous = directory.value()->getLocal(deviceDoc);
    if (previous.ok())
        doc.insert("_rev", previous.value().value(QLatin1String("_rev")));
    if (StoreError error = directory.value()->putLocal(doc).error; !error.ok())
        return error;
    return connectSync();
}

void AppShell::join(const QString &server, const QString &enrolCode)
{
    // Starting with an invite is the first start's answer: join, not look around.
    if (m_sample->choicePending())
        m_sample->chooseJoin();
    m_controller->join()->start(enrolCode, server);
}

StoreError AppShell::connectSync()
{
    Result<DocumentDatabase *> directory = m_folder->database(QStringLiteral("directory"), true);
    if (!directory.ok())
        return directory.error();
    const Result<QJsonObject> stored = directory.value()->getLocal(deviceDoc);
    if (!stored.ok())
        return StoreError::none(); // not enrolled: an offline-only device
    const DeviceCredentials credentials = DeviceCredentials::fromJson(stored.value());
    useOrganisation(directory.value());
    // Translations made here say who made them: the device's role, in the validator's terms.
    for (const QString &role : { QStringLiteral("coordinator"), QStringLiteral("host"), QStringLiteral("buurtmaatje") }) {
        if (credentials.roles.contains(role)) {
            m_controller->setAuthorRole(role);
            break;
        }
    }
    m_sync->start(*m_folder, credentials);
    // The coordinator's desk invites and revokes the organisation's phones with this token.
    // buurtbrug-server's own endpoints only: a CouchDB deployment has no token and no desk
    // (buurtbrug-admin couchdb enrol/revoke/card-issue do that there).
    const bool coordinator = credentials.roles.contains(QStringLiteral("coordinator")) && !credentials.token.isEmpty();
    m_controller->devices()->setServer(coordinator ? credentials.server : QUrl(),
                                       coordinator ? credentials.token.toLatin1() : QByteArray(), credentials.organisation);
    // A referrer issues cards through the server, which holds the organisation's key.
    if (coordinator) {
        m_controller->cards()->setChanger([this, server = credentials.server, token = credentials.token.toLatin1()](
                                                  const QString &path, const QJsonObject &form, int expected, ServerPost::Done done) {
            if (!m_network)
                m_network = std::make_unique<QNetworkAccessManager>();
            return new ServerPost(*m_network, server, path, form, token, 20000, expected,
                                  [this, done = std::move(done)](const ServerAnswer &answer) {
                // The changed card reaches this device's list by sync: now, not at the next period.
                if (answer.error.ok())
                    m_sync->syncNow();
                done(answer);
            });
        });
        m_controller->cards()->setIssuer([this, server = credentials.server, token = credentials.token.toLatin1()](
                                                 const QJsonObject &form, ServerPost::Done done) {
            if (!m_network)
                m_network = std::make_unique<QNetworkAccessManager>();
            return new ServerPost(*m_network, server, QStringLiteral("/_cards"), form, token, 20000, 201,
                                  [this, done = std::move(done)](const ServerAnswer &answer) {
                // The new card (and, the first time, the organisation's key) was written on
                // the server for this phone: fetch it now rather than at the next periodic sync.
                if (answer.error.ok())
                    m_sync->syncNow();
                done(answer);
            });
        });
    }
    return StoreError::none();
}

bool AppShell::load(const QSize &size)
{
    m_engine = std::make_unique<QQmlApplicationEngine>();
    m_engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    m_engine->addImageProvider(QStringLiteral("photos"), m_controller->photos()->makeImageProvider());
    connect(m_engine.get(), &QQmlEngine::warnings, this, [this](const QList<QQmlError> &warnings) {
        for (const QQmlError &w : warnings)
            m_warnings.append(w.toString());
    });
    m_language->setRetranslate([engine = m_engine.get()] { engine->retranslate(); });
    m_engine->setInitialProperties({ { QStringLiteral("app"), QVariant::fromValue(m_controller.get()) },
                                     { QStringLiteral("width"), size.width() },
                                     { QStringLiteral("height"), size.height() } });
    // The first frame gets the cores: the rest of the initiative list is read after it.
    InitiativeListModel *initiatives = m_controller->initiatives();
    initiatives->setLoadingHeld(true);
    m_engine->load(QUrl(mainQml));
    QQuickWindow *shown = window();
    if (!shown) {
        initiatives->setLoadingHeld(false);
        return false;
    }
    const auto release = [initiatives] { initiatives->setLoadingHeld(false); };
    // Queued: after the frame's own handlers (a --first-frame-report ends the app there).
    connect(shown, &QQuickWindow::frameSwapped, initiatives, release,
            static_cast<Qt::ConnectionType>(Qt::QueuedConnection | Qt::SingleShotConnection));
    QTimer::singleShot(maxLoadingHold, initiatives, release); // a window never drawn
    return true;
}

void AppShell::reportFirstFrame(qint64 startedMsSinceEpoch)
{
    QQuickWindow *shown = window();
    if (!shown)
        return;
    connect(shown, &QQuickWindow::frameSwapped, this, [startedMsSinceEpoch] {
        const qint64 ms = QDateTime::currentMSecsSinceEpoch() - startedMsSinceEpoch;
        std::printf("{\"firstFrameMs\":%lld,\"peakRssKb\":%lld}\n", ms, ProcessMemory::peakRssKb());
        std::fflush(stdout);
        QCoreApplication::exit(0);
    }, Qt::SingleShotConnection);
}

DocumentDatabase *AppShell::database(const QString &name)
{
    Result<DocumentDatabase *> db = m_folder ? m_folder->database(name, true) : Result<DocumentDatabase *>(StoreError::make(StoreError::Code::NotFound, QString()));
    return db.ok() ? db.value() : nullptr;
}

QQuickWindow *AppShell::window() const
{
    if (!m_engine || m_engine->rootObjects().isEmpty())
        return nullptr;
    return qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
}

void AppShell::showInitiative(const QString &id)
{
    if (QQuickWindow *win = window())
        win->setProperty("selectedId", id);
}

void AppShell::showSyncPage()
{
    showSection(QStringLiteral("sync"));
}

bool AppShell::showSection(const QString &name)
{
    // The names --open takes, one per Section value in its order.
    static const QStringList sections { QStringLiteral("initiatives"), QStringLiteral("log"), QStringLiteral("reports"),
                                        QStringLiteral("card"), QStringLiteral("language"), QStringLiteral("sync"),
                                        QStringLiteral("devices") };
    static_assert(Section::Devices == 6, "one name per section");
    const int section = sections.indexOf(name);
    QQuickWindow *win = window();
    if (section < 0 || !win)
        return false;
    win->setProperty("section", int(Section::Value(section)));
    return true;
}

int AppShell::saveScreenshotWhenSettled(const QString &file)
{
    JoinController *join = controller()->join();
    if (!join->busy())
        return saveScreenshot(file) ? 0 : 1;
    int shot = 1;
    QObject::connect(join, &JoinController::finished, this, [&] {
        shot = saveScreenshot(file) ? 0 : 1;
        QGuiApplication::quit();
    });
    QGuiApplication::exec();
    return shot;
}

bool AppShell::saveScreenshot(const QString &file)
{
    QQuickWindow *win = window();
    if (!win)
        return false;
    win->show();
    if (!spin(5000, [win] { return win->isExposed(); }))
        return false;
    // A phone that has just joined shows what its first sync brought (the demo's first run).
    if (m_sync && m_sync->configured()) {
        const auto syncing = [this] { return m_sync->status() == SyncStatus::Status::Syncing; };
        if (syncing() || spin(1000, syncing))
            spin(15000, [&syncing] { return !syncing(); });
    }
    // Let bindings, layouts and delegate creation settle before grabbing.
    spin(200, [] { return false; });
    const QImage image = win->grabWindow();
    return !image.isNull() && image.save(file, "PNG");
}

QStringList AppShell::selfTest()
{
    QStringList problems;
    if (!load(QSize(390, 844)))
        problems.append(QStringLiteral("Main.qml did not load"));
    QQuickWindow *win = window();
    const QString firstId = m_controller->initiatives()->idAt(0);
    const QStringList pages = QDir(pagesFolder).entryList({ QStringLiteral("*.qml") }, QDir::Files, QDir::Name);
    if (pages.isEmpty())
        problems.append(QStringLiteral("no pages found in %1").arg(pagesFolder));
    for (const QString &page : pages) {
        QQmlComponent component(m_engine.get(), QUrl(QStringLiteral("qrc") + pagesFolder + u'/' + page));
        if (component.isError()) {
            problems.append(component.errorString());
            continue;
        }
        std::unique_ptr<QObject> object(component.createWithInitialProperties(
                { { QStringLiteral("app"), QVariant::fromValue(m_controller.get()) } }));
        if (!object) {
            problems.append(QStringLiteral("%1: %2").arg(page, component.errorString()));
            continue;
        }
        if (object->property("initiativeId").isValid())
            object->setProperty("initiativeId", firstId);
        if (auto *item = qobject_cast<QQuickItem *>(object.get()); item && win) {
            item->setParentItem(win->contentItem());
            item->setSize(QSizeF(win->width(), win->height()));
        }
        // Switch through every language so each page also lays out right-to-left.
        for (const UiLanguage::Choice &choice : UiLanguage::choices()) {
            m_controller->setLanguage(choice.code);
            QCoreApplication::processEvents();
        }
    }
    return problems + m_warnings;
}
