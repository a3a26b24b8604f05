#include "clientoptions.h"

#include "couchjoin.h"

#include <QCommandLineParser>
#include <QRegularExpression>

bool ClientOptions::parse(const QStringList &arguments, QString &error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Buurtbrug: the neighbourhood bridge"));
    const QCommandLineOption data("data", "data folder", "DIR");
    const QCommandLineOption lang("lang", "UI language: nl, en, ar, tr, pl", "CODE", "nl");
    const QCommandLineOption screenshot("screenshot", "render one frame to FILE (PNG) and quit", "FILE");
    const QCommandLineOption size("size", "window size, e.g. 390x844 (phone) or 1180x820 (tablet)", "WxH", "390x844");
    const QCommandLineOption open("open", "show a section (initiatives, log, reports, card, language, sync, devices) or an initiative's details (e.g. initiative:sirenelunch)", "WHAT");
    const QCommandLineOption selfTest("self-test", "load every QML page offscreen; non-zero exit on any warning");
    const QCommandLineOption sample("sample", "look around with the sample neighbourhood (loaded into an empty store; skips the first start's question)");
    const QCommandLineOption noSample("no-sample", "the default: an empty store asks whether to join or look around (kept for scripts)");
    const QCommandLineOption server("server", "sync server to enrol with, e.g. http://127.0.0.1:5984", "URL");
    const QCommandLineOption enrol("enrol", "enrol this device with a coordinator's invite code, or a CouchDB join code (BUURTBRUG-JOIN:...)", "CODE");
    const QCommandLineOption nmea("nmea", "read positions from this NMEA log instead of the device", "FILE");
    const QCommandLineOption geocoder("geocoder", "address lookup service answering as PDOK Locatieserver's free search (default: PDOK)", "URL");
    const QCommandLineOption tiles("tiles", "map tiles from this XYZ server, e.g. https://tile.example.org/{z}/{x}/{y}.png (default: none, only tiles on the device)", "TEMPLATE");
    const QCommandLineOption tileAttribution("tile-attribution", "the tile server's attribution, shown on the map", "TEXT");
    const QCommandLineOption tilePack("tile-pack", "import this tile pack (buurtbrug-admin tiles pack) for the map at start", "FILE");
    const QCommandLineOption tileBudget("tile-budget", "megabytes of map tiles seen online kept on the device", "MB", "64");
    const QCommandLineOption now("now", "pretend it is this local time, e.g. 2026-11-24T12:30 (demos, screenshots)", "TIME");
    const QCommandLineOption fontScale("font-scale", "text size as the system's large-text setting would, e.g. 1.5", "F", "1");
    const QCommandLineOption firstFrame("first-frame-report", "benchmarks: print the time to the first frame and the peak memory as JSON, then quit");
    parser.addOptions({ data, lang, screenshot, size, open, selfTest, sample, noSample, server, enrol, nmea, geocoder, tiles, tileAttribution, tilePack, tileBudget, now, fontScale, firstFrame });
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        error = parser.errorText() + u'\n' + parser.helpText();
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        error = parser.helpText();
        return false;
    }
    const auto match = QRegularExpression(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$")).match(parser.value(size));
    if (!match.hasMatch()) {
        error = QStringLiteral("--size needs WIDTHxHEIGHT, e.g. 390x844");
        return false;
    }
    windowSize = QSize(match.captured(1).toInt(), match.captured(2).toInt());
    dataFolder = parser.value(data);
    language = parser.value(lang);
    screenshotFile = parser.value(screenshot);
    this->open = parser.value(open);
    this->selfTest = parser.isSet(selfTest);
    loadSample = parser.isSet(sample);
    this->server = parser.value(server);
    enrolCode = parser.value(enrol);
    nmeaLog = parser.value(nmea);
    this->geocoder = parser.value(geocoder);
    firstFrameReport = parser.isSet(firstFrame);
    tileServer = parser.value(tiles);
    this->tileAttribution = parser.value(tileAttribution);
    this->tilePack = parser.value(tilePack);
    bool budgetOk = false;
    tileBudgetMb = parser.value(tileBudget).toInt(&budgetOk);
    if (!budgetOk || tileBudgetMb < 0 || tileBudgetMb > 100000) {
        error = QStringLiteral("--tile-budget takes megabytes, e.g. 64");
        return false;
    }
    if (parser.isSet(now)) {
        fixedNow = QDateTime::fromString(parser.value(now), Qt::ISODate);
        if (!fixedNow.isValid()) {
            error = QStringLiteral("--now needs a local time like 2026-11-24T12:30");
            return false;
        }
    }
    bool scaleOk = false;
    this->fontScale = parser.value(fontScale).toDouble(&scaleOk);
    if (!scaleOk || this->fontScale < 0.5 || this->fontScale > 4) {
        error = QStringLiteral("--font-scale takes a number from 0.5 to 4");
        return false;
    }
    if (loadSample && parser.isSet(noSample)) {
        error = QStringLiteral("--sample and --no-sample exclude each other");
        return false;
    }
    // A CouchDB deployment's join code names its server; an invite code does not.
    if (!enrolCode.isEmpty() && this->server.isEmpty() && !CouchJoin::looksLikeJoin(enrolCode)) {
        error = QStringLiteral("--enrol needs --server URL");
        return false;
    }
    return true;
}
