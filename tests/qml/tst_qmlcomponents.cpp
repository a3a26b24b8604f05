// Runs the tst_*.qml files in this folder with the app's static QML modules available and,
// for each file, a real app on a real store in a temporary folder: the sample neighbourhood,
// three Kijk op de Wijk cards, the clock pinned to Tuesday 24 November 2026, 12:30.
// A file sees `testApp` (the AppController the pages take as `app`) and `testStore` (a
// StoreProbe that reads back what an action stored).
#include "appcontroller.h"
#include "appshell.h"
#include "storeprobe.h"
#include "testcards.h"

#include <QQmlContext>
#include <QQmlEngine>
#include <QQmlEngineExtensionPlugin>
#include <QQuickImageProvider>
#include <QTemporaryDir>
#include <QtQuickTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(Buurtbrug_AppPlugin)
Q_IMPORT_QML_PLUGIN(Buurtbrug_UiPlugin)

class Setup : public QObject
{
    Q_OBJECT

    // One app per test file; the previous file's engine is gone when the next one arrives.
    std::unique_ptr<StoreProbe> m_probe;
    std::unique_ptr<AppShell> m_shell;
    std::unique_ptr<QTemporaryDir> m_data;

    void closeApp()
    {
        m_probe.reset();
        m_shell.reset();
        m_data.reset();
    }

public slots:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        closeApp();
        m_data = std::make_unique<QTemporaryDir>();
        m_shell = std::make_unique<AppShell>();
        m_shell->setFixedNow(QDateTime(QDate(2026, 11, 24), QTime(12, 30)));
        if (!m_shell->open(m_data->path(), QStringLiteral("nl"), true).ok())
            qFatal("the test store in %s did not open", qPrintable(m_data->path()));
        const TestCards cards = TestCards::issue(*m_shell, m_data->path(),
                                                 { { "initiative:geestverwanten", "initiative:wijkpaleis", "initiative:thuis-in-west" },
                                                   { "initiative:wijkpaleis", "initiative:huize-middelland" } });
        if (cards.codes.size() != 2)
            qFatal("the test cards were not stored");
        m_probe = std::make_unique<StoreProbe>(m_shell.get(), cards.codes, cards.payloads);
        AppController *app = m_shell->controller();
        // A language switch re-translates this engine's qsTr() bindings, as in the app.
        connect(app, &AppController::languageChanged, engine, [engine] { engine->retranslate(); });
        engine->addImageProvider(QStringLiteral("photos"), app->photos()->makeImageProvider());
        engine->rootContext()->setContextProperty(QStringLiteral("testApp"), app);
        engine->rootContext()->setContextProperty(QStringLiteral("testStore"), m_probe.get());
    }
    void cleanupTestCase() { closeApp(); }
};

QUICK_TEST_MAIN_WITH_SETUP(buurtbrug_components, Setup)
#include "tst_qmlcomponents.moc"
