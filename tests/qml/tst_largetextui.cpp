#include "appshell.h"
#include "quickitems.h"

#include <QDir>
#include <QFont>
#include <QGuiApplication>
#include <QQmlEngineExtensionPlugin>
#include <QTemporaryDir>
#include <QTest>

Q_IMPORT_QML_PLUGIN(Buurtbrug_AppPlugin)
Q_IMPORT_QML_PLUGIN(Buurtbrug_UiPlugin)

using namespace QuickItems;

// Every section of the app with the system's text size at 2.0 on a phone, in Dutch and Arabic
// (issue 17, defect 7: titles, names, walking lines and addresses were cut): no text is cut,
// wider than its item or off the screen, and every control can still be touched.
class TestLargeTextUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;

private slots:
    void initTestCase()
    {
        QDir().mkpath(SCREENSHOT_DIR);
        AppShell shell;
        QVERIFY(shell.open(m_data.path(), "nl", true).ok());
        QFont font = QGuiApplication::font();
        font.setPixelSize(28); // as --font-scale 2 sets it
        QGuiApplication::setFont(font);
    }

    void everySectionWhole_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("section");
        for (const char *language : { "nl", "ar" }) {
            for (const char *section : { "initiatives", "detail", "log", "card", "language", "sync" })
                QTest::addRow("%s %s", language, section) << language << section;
        }
    }
    void everySectionWhole()
    {
        QFETCH(QString, language);
        QFETCH(QString, section);
        AppShell shell;
        shell.setFixedNow(QDateTime(QDate(2026, 11, 24), QTime(12, 30)));
        QVERIFY(shell.open(m_data.path(), language, false).ok());
        QVERIFY(shell.load(QSize(390, 844)));
        if (section == "detail")
            shell.showInitiative("initiative:wijkpaleis");
        else
            QVERIFY(shell.showSection(section));
        QQuickWindow *window = shell.window();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(shell.saveScreenshot(QStringLiteral(SCREENSHOT_DIR "/text2_%1_%2.png").arg(section, language)));
        // A list row's summary is two lines at most by design; the detail page has all of it.
        QString problem = cutTextProblem(window, window->contentItem(), { "summaryLabel" });
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        problem = usabilityProblem(window);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY2(shell.warnings().isEmpty(), qPrintable(shell.warnings().join('\n')));
    }
};

QTEST_MAIN(TestLargeTextUi)
#include "tst_largetextui.moc"
