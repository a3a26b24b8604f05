// Directory benchmark, in process: search per keystroke through the list model (what the
// reader waits for) next to the bare FTS5 query on the same file (the floor), and scrolling
// the whole list in the real QML UI. Prints one JSON object per line; bench/run-directory.sh
// and bench/run-photos.sh make the tables.
// Usage: bench_directory DATA_DIR [--search-only | --scroll-only [ENGINE] | --add-photos]
#include "appshell.h"
#include "appcontroller.h"
#include "databasefolder.h"
#include "directoryrepository.h"
#include "domainindexer.h"
#include "initiativelistmodel.h"
#include "initiativephotos.h"
#include "photopreparer.h"
#include "processmemory.h"
#include "searchtext.h"

#include <QElapsedTimer>
#include <QFile>
#include <QPainter>
#include <QSet>
#include <QGuiApplication>
#include <QQmlEngineExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(Buurtbrug_AppPlugin)
Q_IMPORT_QML_PLUGIN(Buurtbrug_UiPlugin)

namespace {
// What people type, one keystroke at a time: Dutch, Turkish, Arabic, Polish, a typo-free name,
// and (issue 17) two typos and a name typed as two words, which take the typo-tolerant path.
const QStringList typed { QStringLiteral("buurthuis"), QStringLiteral("koffie inloop"), QStringLiteral("İstanbul"),
                          QStringLiteral("مطبخ"), QStringLiteral("łódź"), QStringLiteral("vrijwilligers"),
                          QStringLiteral("moestuin"), QStringLiteral("naaiatelier"), QStringLiteral("kofie"),
                          QStringLiteral("vrywiliegers"), QStringLiteral("wijk paleis") };

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(qMin(values.size() - 1, qsizetype(p * double(values.size()))));
}


void emitRow(const char *metric, const char *engine, double value, const char *unit, int samples)
{
    std::printf("{\"metric\":\"%s\",\"engine\":\"%s\",\"value\":%.4f,\"unit\":\"%s\",\"samples\":%d}\n",
                metric, engine, value, unit, samples);
    std::fflush(stdout);
}

QStringList keystrokes()
{
    QStringList prefixes;
    for (const QString &word : typed) {
        for (qsizetype n = 1; n <= word.size(); ++n)
            prefixes.append(word.left(n));
    }
    return prefixes;
}

void benchSearch(const QString &dataDir)
{
    DatabaseFolder folder(DomainIndexer::indexer());
    if (!folder.open(dataDir, false).ok())
        qFatal("cannot open %s", qPrintable(dataDir));
    DocumentDatabase *directory = folder.database(QStringLiteral("directory")).value();
    QElapsedTimer load;
    load.start();
    InitiativeListModel model(directory);
    // What the first frame waits for: the first page. The rest arrives from the loader's thread.
    emitRow("list_first_page", "buurtbrug", double(load.nsecsElapsed()) / 1e6, "ms", 1);
    while (!model.loaded() && load.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    emitRow("list_model_load", "buurtbrug", double(load.nsecsElapsed()) / 1e6, "ms", 1);
    // The first page alone, read again (median of 9): what it costs without the start-up around it.
    {
        QList<double> pages;
        for (int i = 0; i < 9; ++i) {
            QElapsedTimer page;
            page.start();
            (void)DirectoryRepository(*directory).firstInitiatives(QStringLiteral("nl"), InitiativeListModel::firstPageRows, std::nullopt);
            pages.append(double(page.nsecsElapsed()) / 1e6);
        }
        emitRow("list_first_page_read", "buurtbrug", percentile(pages, 0.5), "ms", int(pages.size()));
        pages.clear();
        for (int i = 0; i < 9; ++i) {
            QElapsedTimer page;
            page.start();
            (void)DirectoryRepository(*directory).firstInitiatives(QStringLiteral("nl"), InitiativeListModel::firstPageRows,
                                                                   Geo::Point { 51.9105, 4.4502 });
            pages.append(double(page.nsecsElapsed()) / 1e6);
        }
        emitRow("list_first_page_read_nearest", "buurtbrug", percentile(pages, 0.5), "ms", int(pages.size()));
    }
    // The same whole list read on this thread, as before the first page.
    {
        QElapsedTimer whole;
        whole.start();
        const Result<QList<InitiativeInfo>> all = DirectoryRepository(*directory).initiatives(QStringLiteral("nl"));
        emitRow("list_read_whole", "buurtbrug", double(whole.nsecsElapsed()) / 1e6, "ms", int(all.ok() ? all.value().size() : 0));
    }
    model.setReaderPosition({ 51.9105, 4.4502 }, 10, false);

    QList<double> ours;
    QElapsedTimer timer;
    for (const QString &prefix : keystrokes()) {
        timer.start();
        model.filter()->setQuery(prefix);
        ours.append(double(timer.nsecsElapsed()) / 1e6);
    }
    model.filter()->setQuery(QString());

    // The same model without typo tolerance: the search as it was before issue 17.
    InitiativeListModel exact(directory);
    while (!exact.loaded() && load.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    exact.setTypoTolerance(false);
    exact.setReaderPosition({ 51.9105, 4.4502 }, 10, false);
    QList<double> exactTimes;
    for (const QString &prefix : keystrokes()) {
        timer.start();
        exact.filter()->setQuery(prefix);
        exactTimes.append(double(timer.nsecsElapsed()) / 1e6);
    }

    // The floor: the same folded expressions straight into SQLite, reading the matching rows.
    sqlite3 *raw = nullptr;
    sqlite3_open_v2(qPrintable(directory->path()), &raw, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(raw, "SELECT rowid FROM search_text WHERE search_text MATCH ?", -1, &stmt, nullptr);
    QList<double> floor;
    for (const QString &prefix : keystrokes()) {
        const QByteArray expression = SearchText::matchExpression(prefix).toUtf8();
        timer.start();
        sqlite3_bind_text(stmt, 1, expression.constData(), int(expression.size()), SQLITE_TRANSIENT);
        while (sqlite3_step(stmt) == SQLITE_ROW) { }
        sqlite3_reset(stmt);
        floor.append(double(timer.nsecsElapsed()) / 1e6);
    }
    sqlite3_finalize(stmt);
    sqlite3_close(raw);
    emitRow("search_keystroke_p50", "buurtbrug", percentile(ours, 0.5), "ms", int(ours.size()));
    emitRow("search_keystroke_p95", "buurtbrug", percentile(ours, 0.95), "ms", int(ours.size()));
    emitRow("search_keystroke_p50", "buurtbrug_exact_only", percentile(exactTimes, 0.5), "ms", int(exactTimes.size()));
    emitRow("search_keystroke_p95", "buurtbrug_exact_only", percentile(exactTimes, 0.95), "ms", int(exactTimes.size()));
    emitRow("search_keystroke_p50", "raw_fts5", percentile(floor, 0.5), "ms", int(floor.size()));
    emitRow("search_keystroke_p95", "raw_fts5", percentile(floor, 0.95), "ms", int(floor.size()));
}

// Waits (bounded) until no image in the window is still loading; adds the photos it shows.
void waitForImages(QQuickWindow *window, int ms, QSet<QString> &shown)
{
    QElapsedTimer wait;
    wait.start();
    // The visual tree: a delegate's items are not QObject children of the view.
    const auto images = [window] {
        QList<QQuickItem *> found;
        QList<QQuickItem *> open { window->contentItem() };
        while (!open.isEmpty()) {
            QQuickItem *item = open.takeLast();
            if (qstrcmp(item->metaObject()->className(), "QQuickImage") == 0)
                found.append(item);
            open.append(item->childItems());
        }
        return found;
    };
    const int loading = 2; // QQuickImageBase::Loading
    for (int round = 0; round < 1000 && wait.elapsed() < ms; ++round) {
        bool pending = false;
        for (QQuickItem *image : images())
            pending = pending || image->property("status").toInt() == loading;
        if (!pending)
            break;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    }
    for (QQuickItem *image : images()) {
        const QString source = image->property("source").toString();
        if (source.startsWith(QLatin1String("image://photos/")) && image->implicitWidth() > 1)
            shown.insert(source);
    }
}

// A photo for every initiative, as a coordinator's camera would make them: a picture of its own
// per place (different pixels, so different bytes), prepared as the app prepares one.
void addPhotos(const QString &dataDir)
{
    DatabaseFolder folder(DomainIndexer::indexer());
    if (!folder.open(dataDir, false).ok())
        qFatal("cannot open %s", qPrintable(dataDir));
    DocumentDatabase *directory = folder.database(QStringLiteral("directory")).value();
    const Result<QList<InitiativeInfo>> all = DirectoryRepository(*directory).initiatives(QStringLiteral("nl"));
    if (!all.ok())
        qFatal("no initiatives");
    InitiativePhotos photos(*directory);
    qint64 bytes = 0;
    int added = 0;
    for (const InitiativeInfo &initiative : all.value()) {
        QImage picture(2000, 1500, QImage::Format_RGB32);
        picture.fill(QColor::fromHsv((added * 37) % 360, 120, 200));
        QPainter painter(&picture);
        for (int i = 0; i < 40; ++i)
            painter.fillRect((added * 53 + i * 97) % 1800, (i * 71 + added) % 1300, 200, 200, QColor::fromHsv((added + i * 29) % 360, 200, 150));
        painter.end();
        const PhotoPreparer::Prepared prepared = PhotoPreparer::fromImage(picture);
        if (!prepared.ok())
            qFatal("could not prepare a photo");
        InitiativePhotos::NewPhoto photo;
        photo.initiativeId = initiative.id;
        photo.display = prepared.display;
        photo.thumbnail = prepared.thumbnail;
        photo.width = prepared.displaySize.width();
        photo.height = prepared.displaySize.height();
        photo.alt.insert(QStringLiteral("nl"), QStringLiteral("De ingang"));
        photo.added = QDate::currentDate();
        if (!photos.add(photo).ok())
            qFatal("could not store a photo");
        bytes += prepared.display.size() + prepared.thumbnail.size();
        ++added;
    }
    emitRow("photos_added", "buurtbrug", added, "photos", added);
    emitRow("photo_bytes_per_initiative", "buurtbrug", added ? double(bytes) / added / 1024.0 : 0, "KiB", added);
}

void benchScroll(const QString &dataDir, const char *engine = "buurtbrug")
{
    AppShell shell;
    if (!shell.open(dataDir, QStringLiteral("nl"), false).ok() || !shell.load(QSize(390, 844)))
        qFatal("the app did not load");
    QQuickWindow *window = shell.window();
    auto *list = window->findChild<QQuickItem *>(QStringLiteral("initiativeList"));
    if (!list)
        qFatal("no initiativeList");
    (void)window->grabWindow();
    // The whole list, read after the first frame, before scrolling to its end.
    InitiativeListModel *initiatives = shell.controller()->initiatives();
    QElapsedTimer wait;
    wait.start();
    while (!initiatives->loaded() && wait.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    if (!initiatives->loaded())
        qFatal("the list was not read in 30 s");
    QList<double> frames;
    QElapsedTimer timer;
    QSet<QString> shown; // the places whose thumbnail was drawn
    const double step = list->height() * 0.9;
    for (int i = 0; i < 5000; ++i) {
        const double before = list->property("contentY").toDouble();
        timer.start();
        QMetaObject::invokeMethod(list, "flick", Q_ARG(qreal, 0), Q_ARG(qreal, 0)); // stop any motion
        list->setProperty("contentY", before + step);
        QCoreApplication::processEvents();
        (void)window->grabWindow(); // polish, sync and render one frame
        frames.append(double(timer.nsecsElapsed()) / 1e6);
        // Thumbnails decode on Qt's image threads; let those of the rows now on screen arrive
        // (not timed), so the next frame draws them, as it would for a person scrolling.
        waitForImages(window, 2000, shown);
        if (list->property("atYEnd").toBool())
            break;
    }
    emitRow("thumbnails_drawn", engine, shown.size(), "places", int(frames.size()));
    emitRow("scroll_screen_p50", engine, percentile(frames, 0.5), "ms", int(frames.size()));
    emitRow("scroll_screen_p95", engine, percentile(frames, 0.95), "ms", int(frames.size()));
    emitRow("peak_rss_after_scroll", engine, double(ProcessMemory::peakRssKb()) / 1024.0, "MiB", 1);
}
}

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_directory DATA_DIR [--search-only | --scroll-only]\n");
        return 2;
    }
    // Each part in a process of its own (run-directory.sh), so the scroll's peak memory is the
    // app's: the search part holds two whole lists at once (with and without tolerance).
    const QByteArray only = argc >= 3 ? QByteArray(argv[2]) : QByteArray();
    if (only == "--add-photos") {
        addPhotos(QString::fromLocal8Bit(argv[1]));
        return 0;
    }
    if (only == "--scroll-only" && argc >= 4) {
        benchScroll(QString::fromLocal8Bit(argv[1]), argv[3]);
        return 0;
    }
    if (only != "--scroll-only") {
        benchSearch(QString::fromLocal8Bit(argv[1]));
        emitRow("peak_rss_after_search", "buurtbrug", double(ProcessMemory::peakRssKb()) / 1024.0, "MiB", 1);
    }
    if (only != "--search-only")
        benchScroll(QString::fromLocal8Bit(argv[1]));
    return 0;
}
