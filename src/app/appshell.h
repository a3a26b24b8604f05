#pragma once

#include "storeerror.h"

#include <QDateTime>
#include <QObject>
#include <QSize>
#include <QStringList>

#include <memory>

class AppController;
struct DeviceCredentials;
class DatabaseFolder;
class DocumentDatabase;
class QNetworkAccessManager;
class QQmlApplicationEngine;
class PositionService;
class QQuickWindow;
class ReadAloud;
class SampleData;
class SyncStatus;
class UiLanguage;

// Assembles the running app: opens the data folder (loading the sample neighbourhood into an
// empty one when chosen), creates the AppController, and loads Main.qml with it as a required property.
// Collects every QML warning, so --self-test and the screenshot tests can fail on them.
class AppShell : public QObject
{
    Q_OBJECT

public:
    explicit AppShell(QObject *parent = nullptr);
    ~AppShell() override;

    // Before open(): positions from an NMEA log instead of the device; a pinned clock.
    void setNmeaLog(const QString &file) { m_nmeaLog = file; }
    void setFixedNow(const QDateTime &now) { m_fixedNow = now; }
    // Before open(): the address service of the directory editor (empty: PDOK Locatieserver).
    void setGeocoderUrl(const QString &url) { m_geocoderUrl = url; }
    // Before open(): the map's tile server (an XYZ URL template; empty: none), its attribution,
    // a tile pack to import, and the budget of tiles seen online.
    void setTileServer(const QString &urlTemplate, const QString &attribution)
    {
        m_tileServer = urlTemplate;
        m_tileAttribution = attribution;
    }
    void setTilePack(const QString &file) { m_tilePack = file; }
    void setTileBudgetBytes(qint64 bytes) { m_tileBudget = bytes; }
    // loadSample: the phone looks around with the sample neighbourhood (loaded into an empty
    // store only); without it a first start asks (SampleData::choicePending).
    [[nodiscard]] StoreError open(const QString &dataFolder, const QString &language, bool loadSample);
    // Starts syncing when this device has credentials (from an earlier join). Without them
    // the app works offline.
    [[nodiscard]] StoreError connectSync();
    // Starts joining with an invite code (--enrol) in the background: AppController::join
    // tells how it went; on success the credentials are kept and syncing starts.
    void join(const QString &server, const QString &enrolCode);
    // Loads Main.qml in a window of this size; false when it did not load.
    [[nodiscard]] bool load(const QSize &size);

    [[nodiscard]] AppController *controller() const { return m_controller.get(); }
    // An open database of this app's data folder (created if needed), or null.
    [[nodiscard]] DocumentDatabase *database(const QString &name);
    [[nodiscard]] QQuickWindow *window() const;
    [[nodiscard]] QQmlApplicationEngine *engine() const { return m_engine.get(); }
    [[nodiscard]] const QStringList &warnings() const { return m_warnings; }

    // Shows this initiative's details (an empty id shows the list).
    void showInitiative(const QString &id);
    // Opens the Sync section (e.g. after a refused --enrol, to try again there).
    void showSyncPage();
    // Opens a section by its name: initiatives, log, reports, card, language or sync (--open);
    // false for any other name.
    bool showSection(const QString &name);
    // For the cold-start benchmark: when the first frame is on screen, prints
    // {"firstFrameMs", "peakRssKb"} (time since `started`) to stdout and quits the app.
    void reportFirstFrame(qint64 startedMsSinceEpoch);
    // Waits until the window has rendered with nothing pending, then saves it as a PNG.
    [[nodiscard]] bool saveScreenshot(const QString &file);
    // The exit code of --screenshot: the picture shows a join's answer, not its waiting.
    [[nodiscard]] int saveScreenshotWhenSettled(const QString &file);
    // Loads Main.qml and then every page of the Buurtbrug.Ui module; returns the problems.
    [[nodiscard]] QStringList selfTest();

private:
    // The join's keeper: the credentials into the local store, then connectSync().
    [[nodiscard]] StoreError keepCredentials(const DeviceCredentials &credentials);
    std::unique_ptr<DatabaseFolder> m_folder;
    std::unique_ptr<QNetworkAccessManager> m_network; // for issuing cards; made on first use
    std::unique_ptr<UiLanguage> m_language;
    std::unique_ptr<SyncStatus> m_sync;
    std::unique_ptr<SampleData> m_sample;
    std::unique_ptr<PositionService> m_position;
    std::unique_ptr<ReadAloud> m_readAloud;
    QString m_nmeaLog;
    QDateTime m_fixedNow;
    QString m_geocoderUrl;
    QString m_tileServer;
    QString m_tileAttribution;
    QString m_tilePack;
    qint64 m_tileBudget = 64 * 1024 * 1024;
    std::unique_ptr<AppController> m_controller;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QStringList m_warnings;

    void useOrganisation(DocumentDatabase *directory);
    void openMap(const QString &folderPath);
};
