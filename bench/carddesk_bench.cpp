// The coordinator's desk of cards with 10 000 cards of one organisation (half of them sharing
// progress, each of those with a stamp): how long the list takes to load, a keystroke in its
// search, and scrolling it screen by screen on a phone and a desktop, one rendered frame per
// step (offscreen). One JSON line per measurement (target: scrolling p95 <= 8 ms a frame).
// Usage: bench_carddesk [SCRATCH_FOLDER]
#include "appcontroller.h"
#include "appshell.h"
#include "cardcode.h"
#include "cardlistmodel.h"
#include "databasefolder.h"
#include "domainindexer.h"
#include "section.h"

#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonArray>
#include <QQmlEngineExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(Buurtbrug_AppPlugin)
Q_IMPORT_QML_PLUGIN(Buurtbrug_UiPlugin)

namespace {
constexpr int cardCount = 10000;

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(qMin(values.size() - 1, qsizetype(p * double(values.size()))));
}

void emitRow(const char *metric, const char *engine, double value, const char *unit, int samples)
{
    std::printf("{\"metric\":\"%s\",\"engine\":\"%s\",\"value\":%.4f,\"unit\":\"%s\",\"samples\":%d}\n", metric, engine,
                value, unit, samples);
    std::fflush(stdout);
}

// 10 000 cards of "bench" on the sample's places, written in batches of 500.
void seed(const QString &data)
{
    AppShell sample;
    if (!sample.open(data, QStringLiteral("nl"), true).ok())
        qFatal("no sample folder");
    DocumentDatabase *cards = sample.database(QStringLiteral("cards"));
    const QStringList places { QStringLiteral("initiative:geestverwanten"), QStringLiteral("initiative:wijkpaleis"),
                               QStringLiteral("initiative:thuis-in-west") };
    QList<QJsonObject> batch;
    for (int i = 0; i < cardCount; ++i) {
        const QString code = CardCode::generate();
        const bool shared = i % 2 == 0;
        batch.append({ { "_id", "card:" + code }, { "type", "card" }, { "code", code }, { "org", "bench" },
                       { "initiatives", QJsonArray::fromStringList(places.mid(0, 1 + i % 3)) },
                       { "validFrom", QDate(2026, 1, 1).addDays(i % 300).toString(Qt::ISODate) },
                       { "validUntil", "2027-06-30" }, { "shareProgress", shared } });
        if (shared)
            batch.append({ { "_id", QStringLiteral("stamp:%1:geestverwanten:2026-11-20").arg(code) }, { "type", "stamp" },
                           { "card", "card:" + code }, { "initiative", places.first() }, { "date", "2026-11-20" },
                           { "method", "host" }, { "verified", true } });
        if (batch.size() >= 500 || i == cardCount - 1) {
            (void)cards->bulkDocs(batch, true);
            batch.clear();
        }
    }
}

void benchDesk(const QString &data, QSize size, const char *engine)
{
    AppShell shell;
    if (!shell.open(data, QStringLiteral("nl"), false).ok() || !shell.load(size))
        qFatal("the app did not load");
    shell.controller()->setRoles({ QStringLiteral("coordinator") });
    shell.controller()->cards()->setOrganisation(QStringLiteral("bench"));
    QQuickWindow *window = shell.window();
    window->setProperty("section", int(Section::Card));
    (void)window->grabWindow();
    QQuickItem *open = window->findChild<QQuickItem *>(QStringLiteral("openCardList"));
    if (!open)
        qFatal("no openCardList");
    QElapsedTimer timer;
    timer.start();
    QMetaObject::invokeMethod(open, "clicked");
    QCoreApplication::processEvents();
    (void)window->grabWindow();
    emitRow("desk_open_10k_cards", engine, double(timer.nsecsElapsed()) / 1e6, "ms", 1);
    CardListModel *model = shell.controller()->cards()->cardList();
    if (model->totalCount() != cardCount)
        qFatal("%d cards listed, not %d", model->totalCount(), cardCount);
    QTest::qWait(500); // the page has slid in

    QList<double> keys;
    for (const QString &typed : { QStringLiteral("k"), QStringLiteral("k7"), QStringLiteral("geest"), QStringLiteral("wijk p"),
                                  QStringLiteral("") }) {
        timer.start();
        model->setQuery(typed);
        (void)window->grabWindow();
        keys.append(double(timer.nsecsElapsed()) / 1e6);
    }
    emitRow("desk_search_keystroke_p95", engine, percentile(keys, 0.95), "ms", int(keys.size()));

    QQuickItem *list = nullptr;
    for (QQuickItem *item : window->findChildren<QQuickItem *>(QStringLiteral("cardList"))) {
        if (item->isVisible())
            list = item;
    }
    if (!list)
        qFatal("no cardList");
    QList<double> frames;
    const double step = list->height() * 0.9;
    for (int i = 0; i < 400; ++i) {
        const double before = list->property("contentY").toDouble();
        timer.start();
        list->setProperty("contentY", before + step);
        QCoreApplication::processEvents();
        (void)window->grabWindow(); // polish, sync and render one frame
        frames.append(double(timer.nsecsElapsed()) / 1e6);
        if (list->property("atYEnd").toBool())
            break;
    }
    emitRow("desk_scroll_screen_p50", engine, percentile(frames, 0.5), "ms", int(frames.size()));
    emitRow("desk_scroll_screen_p95", engine, percentile(frames, 0.95), "ms", int(frames.size()));
}
}

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTemporaryDir scratch((argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::tempPath()) + "/bench-carddesk-XXXXXX");
    if (!scratch.isValid())
        qFatal("no scratch folder");
    seed(scratch.path());
    benchDesk(scratch.path(), QSize(390, 844), "phone_390x844");
    benchDesk(scratch.path(), QSize(1280, 800), "desktop_1280x800");
    return 0;
}
