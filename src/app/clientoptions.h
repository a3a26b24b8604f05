#pragma once

#include <QDateTime>
#include <QSize>
#include <QStringList>

// The app's command line: where the data lives, the UI language, and the headless modes
// (--screenshot renders one frame to a PNG and quits; --self-test loads every QML page).
struct ClientOptions
{
    QString dataFolder; // empty = the platform's app data folder
    QString language = QStringLiteral("nl");
    QString screenshotFile;
    QSize windowSize { 390, 844 };
    QString open; // a section to show (AppShell::showSection), or an initiative's id for its detail page
    QString server;     // with --enrol: where to enrol
    QString enrolCode;  // a one-time invite code from a coordinator
    QString nmeaLog;    // positions from an NMEA log (demo, tests) instead of the device
    QString geocoder;   // the address service (PDOK Locatieserver's shape); empty = PDOK itself
    QString tileServer; // the map's XYZ tile URL template ({z}/{x}/{y}); empty = no fetching
    QString tileAttribution; // shown on the map, as the tile server's terms ask
    QString tilePack;   // a tile pack (MBTiles) to import into the map's cache at start
    int tileBudgetMb = 64; // tiles seen online kept on the device (packs not counted)
    QDateTime fixedNow; // invalid = the real clock
    double fontScale = 1;
    bool selfTest = false;
    bool firstFrameReport = false;
    bool loadSample = false; // --sample: look around with the sample neighbourhood

    [[nodiscard]] bool parse(const QStringList &arguments, QString &error);
};
