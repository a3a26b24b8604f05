// buurtbrug: the app. Reads the options, opens the store, shows Main.qml. Nothing else.
#include "appcontroller.h"
#include "appshell.h"
#include "clientoptions.h"

#include <QDateTime>
#include <QFont>
#include <QGuiApplication>
#include <QQmlEngineExtensionPlugin>
#include <QTemporaryDir>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(Buurtbrug_AppPlugin)
Q_IMPORT_QML_PLUGIN(Buurtbrug_UiPlugin)

int main(int argc, char **argv)
{
    const qint64 started = QDateTime::currentMSecsSinceEpoch();
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("buurtbrug"));
    QGuiApplication::setOrganizationName(QStringLiteral("Buurtbrug"));
    ClientOptions options;
    QString problem;
    if (!options.parse(QGuiApplication::arguments(), problem)) {
        std::fprintf(stderr, "%s\n", qPrintable(problem));
        return 2;
    }
    // The self-test runs on a throw-away store unless told otherwise.
    QTemporaryDir scratch;
    if (options.selfTest && options.dataFolder.isEmpty()) {
        options.dataFolder = scratch.path();
        options.loadSample = true; // pages with something to show
    }
    if (options.fontScale != 1) {
        // As the platform's large-text setting would: every size in Theme follows this font.
        QFont font = QGuiApplication::font();
        font.setPixelSize(qRound(14 * options.fontScale));
        QGuiApplication::setFont(font);
    }
    AppShell shell;
    shell.setNmeaLog(options.nmeaLog);
    shell.setFixedNow(options.fixedNow);
    shell.setGeocoderUrl(options.geocoder);
    shell.setTileServer(options.tileServer, options.tileAttribution);
    shell.setTilePack(options.tilePack);
    shell.setTileBudgetBytes(qint64(options.tileBudgetMb) * 1024 * 1024);
    if (StoreError error = shell.open(options.dataFolder, options.language, options.loadSample);
        !error.ok()) {
        std::fprintf(stderr, "buurtbrug: %s\n", qPrintable(error.reason));
        return 1;
    }
    // An earlier join keeps syncing.
    if (const StoreError synced = shell.connectSync(); !synced.ok())
        std::fprintf(stderr, "buurtbrug: cannot start syncing: %s\n", qPrintable(synced.reason));
    if (options.selfTest) {
        const QStringList problems = shell.selfTest();
        for (const QString &p : problems)
            std::fprintf(stderr, "self-test: %s\n", qPrintable(p));
        std::fprintf(stderr, "self-test: %s\n", problems.isEmpty() ? "all pages loaded" : "FAILED");
        return problems.isEmpty() ? 0 : 1;
    }
    if (!shell.load(options.windowSize))
        return 1;
    // --enrol joins in the background on the Sync page, which shows the waiting, the answer
    // and, after a refusal, the code to correct: a bad code does not end the app.
    if (!options.enrolCode.isEmpty()) {
        shell.join(options.server, options.enrolCode);
        shell.showSyncPage();
    } else if (!options.open.isEmpty() && !shell.showSection(options.open)) {
        shell.showInitiative(options.open);
    }
    if (options.firstFrameReport)
        shell.reportFirstFrame(started);
    if (!options.screenshotFile.isEmpty())
        return shell.saveScreenshotWhenSettled(options.screenshotFile);
    return app.exec();
}
