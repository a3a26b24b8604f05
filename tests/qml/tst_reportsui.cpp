#include "appshell.h"
#include "quickitems.h"

#include <QDir>
#include <QFont>
#include <QGuiApplication>
#include <QImage>
#include <QProcess>
#include <QQmlEngineExtensionPlugin>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

Q_IMPORT_QML_PLUGIN(Buurtbrug_AppPlugin)
Q_IMPORT_QML_PLUGIN(Buurtbrug_UiPlugin)

using namespace QuickItems;

// The Reports page as a coordinator with large text sees it (the system's text size at 2.0,
// as `--font-scale 2` sets it), in Dutch and Arabic on a phone: every heading, chip, chart
// label, table row and button is whole and inside the screen, in every table. `--open reports`
// opens it from the command line, for screenshots of it.
class TestReportsUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;
    const QDateTime m_now { QDate(2026, 11, 24), QTime(12, 30) };

    void setTextScale(double scale)
    {
        QFont font = QGuiApplication::font();
        font.setPixelSize(qRound(14 * scale)); // as app/client/main.cpp does for --font-scale
        QGuiApplication::setFont(font);
    }

    // Saves the page scrolled a screen at a time: NAME_0.png, NAME_1.png, ...
    static void saveScrolled(AppShell &shell, QQuickItem *page, const QString &name)
    {
        QList<QQuickItem *> all;
        collectAll(page, all);
        QQuickItem *flick = nullptr;
        for (QQuickItem *item : std::as_const(all)) {
            if (item->inherits("QQuickFlickable") && !item->inherits("QQuickListView") && shown(item)) {
                flick = item;
                break;
            }
        }
        QVERIFY(flick);
        const qreal height = flick->height();
        const qreal content = flick->property("contentHeight").toReal();
        int shot = 0;
        for (qreal y = 0; shot < 12; y += height * 0.8, ++shot) {
            flick->setProperty("contentY", std::min(y, std::max(0.0, content - height)));
            QVERIFY(shell.saveScreenshot(QStringLiteral(SCREENSHOT_DIR "/%1_%2.png").arg(name).arg(shot)));
            if (y + height >= content)
                break;
        }
        flick->setProperty("contentY", 0);
    }

private slots:
    void initTestCase()
    {
        QDir().mkpath(SCREENSHOT_DIR);
        AppShell shell;
        QVERIFY(shell.open(m_data.path(), "nl", true).ok()); // the sample, with months of market logs
    }
    void cleanup() { setTextScale(1); }

    void reportsAtLargeText_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<double>("scale");
        QTest::newRow("nl 1.0") << "nl" << 1.0;
        QTest::newRow("nl 2.0") << "nl" << 2.0;
        QTest::newRow("ar 2.0") << "ar" << 2.0;
    }
    void reportsAtLargeText()
    {
        QFETCH(QString, language);
        QFETCH(double, scale);
        setTextScale(scale);
        AppShell shell;
        shell.setFixedNow(m_now);
        QVERIFY(shell.open(m_data.path(), language, false).ok());
        QVERIFY(shell.load(QSize(390, 844)));
        QVERIFY(shell.showSection("reports"));
        QVERIFY(!shell.showSection("nonsense"));
        QQuickWindow *window = shell.window();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QQuickItem *page = find(window, "reportsPage");
        QVERIFY(page);
        QTRY_VERIFY(find(window, "reportLineChart"));
        const QString tag = QString(QTest::currentDataTag()).replace(' ', '_');
        QVERIFY(shell.saveScreenshot(QStringLiteral(SCREENSHOT_DIR "/reports_phone_%1.png").arg(tag)));
        // Every table: over time (line chart and its table), then each grouping as bars.
        for (const char *table : { "time", "initiative", "language", "theme", "does", "needs" }) {
            click(find(window, (QByteArray("chip_") + table).constData()));
            QTest::qWait(100);
            QString problem = cutTextProblem(window, page);
            QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("%1: %2").arg(table, problem)));
            problem = usabilityProblem(window);
            QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("%1: %2").arg(table, problem)));
        }
        // Screenshots of the whole page, a screen at a time: the bars, then the chart and its table.
        click(find(window, "chip_initiative"));
        saveScrolled(shell, page, QStringLiteral("reports_bars_phone_%1").arg(tag));
        click(find(window, "chip_time"));
        saveScrolled(shell, page, QStringLiteral("reports_phone_%1").arg(tag));
        // The chart's table: each period's label and value side by side, never on top of each other.
        click(find(window, "chip_time"));
        QList<QQuickItem *> all;
        collectAll(page, all);
        int rows = 0;
        for (QQuickItem *row : std::as_const(all)) {
            if (row->objectName() != "reportSeriesRow" || !shown(row))
                continue;
            ++rows;
            QList<QQuickItem *> cells;
            collectAll(row, cells);
            QRectF value, label;
            for (QQuickItem *cell : std::as_const(cells)) {
                if (!cell->inherits("QQuickText") || !shown(cell))
                    continue;
                const QRectF box = cell->mapRectToScene(QRectF(0, 0, cell->width(), cell->height()));
                (cell->objectName() == "reportSeriesValue" ? value : label) = box;
            }
            QVERIFY(!value.isEmpty() && !label.isEmpty());
            QVERIFY2(!value.intersects(label), qPrintable(row->property("accessibleText").toString()));
        }
        QVERIFY(rows >= 12);
        // The chart's axis labels stand apart (at 2.0 "47" and "48" ran together as "4748").
        QList<QRectF> ticks;
        for (QQuickItem *tick : std::as_const(all)) {
            if (tick->objectName() == "lineChartTimeTick" && shown(tick))
                ticks.append(tick->mapRectToScene(QRectF(0, 0, tick->width(), tick->height())));
        }
        QVERIFY(ticks.size() >= 4);
        // The value axis stands at the reading start: left in Dutch, right in Arabic.
        for (QQuickItem *value : std::as_const(all)) {
            if (value->objectName() != "lineChartValueTick" || !shown(value))
                continue;
            const qreal centre = value->mapToScene(QPointF(value->width() / 2, 0)).x();
            QVERIFY2((centre > window->width() / 2) == (language == "ar"),
                     qPrintable(QStringLiteral("value %1 at x %2").arg(value->property("text").toString()).arg(centre)));
        }
        std::sort(ticks.begin(), ticks.end(), [](const QRectF &a, const QRectF &b) { return a.left() < b.left(); });
        for (qsizetype i = 1; i < ticks.size(); ++i)
            QVERIFY2(ticks.at(i).left() >= ticks.at(i - 1).right() + 2,
                     qPrintable(QStringLiteral("time labels overlap at %1").arg(ticks.at(i).left())));
        QVERIFY2(shell.warnings().isEmpty(), qPrintable(shell.warnings().join('\n')));
    }

    // From the command line, as README shows: the real app renders the Reports page.
    void openReportsFromTheCommandLine()
    {
        QTemporaryDir folder;
        const QString shot = folder.filePath("reports.png");
        QProcess app;
        app.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
        app.start(CLIENT_BINARY, { "--data", folder.filePath("app"), "--sample", "--lang", "ar", "--font-scale", "2",
                                   "--open", "reports", "--now", "2026-11-24T12:30", "--screenshot", shot });
        QVERIFY(app.waitForFinished(60000));
        QCOMPARE(app.exitCode(), 0);
        const QImage image(shot);
        QCOMPARE(image.size(), QSize(390, 844));
        // The same frame as the Reports page rendered in this test with the same store and settings.
        const QImage expected(QStringLiteral(SCREENSHOT_DIR "/reports_phone_ar_2.0.png"));
        QVERIFY(!expected.isNull());
        QCOMPARE(image.convertToFormat(QImage::Format_RGB32), expected.convertToFormat(QImage::Format_RGB32));
    }
};

QTEST_MAIN(TestReportsUi)
#include "tst_reportsui.moc"
