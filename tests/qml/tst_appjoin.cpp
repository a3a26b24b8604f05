#include "appcontroller.h"
#include "appshell.h"
#include "databasefolder.h"
#include "documentdatabase.h"
#include "quickitems.h"
#include "readaloud.h"
#include "speechengines.h"
#include "section.h"
#include "../integration/serverprocess.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QScopeGuard>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QQmlEngineExtensionPlugin>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTextToSpeech>

#include <memory>
#include <vector>

Q_IMPORT_QML_PLUGIN(Buurtbrug_AppPlugin)
Q_IMPORT_QML_PLUGIN(Buurtbrug_UiPlugin)

// Joining from the Sync page against real servers on 127.0.0.1 (issue 17, defect 6 and the
// shape in section 2): each refusal is named for what it is (a code that never existed is not
// "already used or expired"), the typed code stays in its field, the waiting can be cancelled
// (against a server that accepts and never answers) without keeping anything half-done, and
// --enrol with a bad code opens the app with the sentence instead of ending it.
class TestAppJoin : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QJsonObject admin(const QString &data, const QStringList &arguments)
    {
        QProcess process;
        process.start(ADMIN_BINARY, arguments + QStringList { "--data", data, "--json" });
        process.waitForFinished(30000);
        return QJsonDocument::fromJson(process.readAllStandardOutput().trimmed().split('\n').last()).object();
    }

    // A server data folder with the sample directory and one organisation.
    QString serverFolder(const QString &name)
    {
        const QString data = m_dir.filePath(name);
        if (!admin(data, { "init" }).value("ok").toBool() || !admin(data, { "add-org", "visserijplein" }).value("ok").toBool())
            return {};
        return data;
    }

    static QString invite(const QString &data, const QString &role = "buurtmaatje")
    {
        return admin(data, { "invite", "--role", role, "--org", "visserijplein" }).value("code").toString();
    }

    // Makes every invite of a server's folder expire (the admin gives at least an hour).
    static bool expireInvites(const QString &data)
    {
        DocumentDatabase system(QStringLiteral("_system"));
        if (!system.open(QDir(data).filePath("_system.sqlite")).ok())
            return false;
        const Result<QList<AllDocsRow>> rows = system.allDocs({ {}, "invite:", "invite:\uffff" });
        if (!rows.ok() || rows.value().isEmpty())
            return false;
        for (const AllDocsRow &row : rows.value()) {
            QJsonObject doc = system.get(row.id).value();
            doc.insert("expires", QDateTime::currentDateTimeUtc().addSecs(-60).toString(Qt::ISODate));
            if (!system.put(doc).error.ok())
                return false;
        }
        return true;
    }

    // Types into the Sync page's fields and presses OK, as a person would.
    static void typeAndSubmit(AppShell &phone, const QString &server, const QString &code)
    {
        QuickItems::find(phone.window(), "enrolServer")->setProperty("text", server);
        QuickItems::find(phone.window(), "cardCodeField")->setProperty("text", code);
        QuickItems::click(QuickItems::find(phone.window(), "cardCodeSubmit"));
    }

    static bool nothingKept(AppShell &phone)
    {
        return !phone.database("directory")->getLocal("_local/buurtbrug-device").ok()
                && !phone.controller()->sync()->configured();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Never issued, used, expired, and a wrong server answer: four different sentences, each
    // the one for its typed code, in the UI language; the code stays; nothing is kept.
    void eachRefusalIsNamed_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("nl") << "nl";
        QTest::newRow("ar") << "ar";
    }
    void eachRefusalIsNamed()
    {
        QFETCH(QString, language);
        const QString data = serverFolder("server-refusals-" + language);
        QVERIFY(!data.isEmpty());
        const QString expiring = invite(data);
        QVERIFY(expireInvites(data));
        const QString used = invite(data);
        QVERIFY(!used.isEmpty() && !expiring.isEmpty());
        ServerProcess server(SERVER_BINARY, data);
        const QUrl base = server.start();
        QVERIFY(base.isValid());
        const QString url = base.adjusted(QUrl::RemoveUserInfo).toString();

        { // the used one: redeemed once by another phone
            AppShell first;
            QVERIFY(first.open(m_dir.filePath("first-" + language), "nl", false).ok());
            QSignalSpy done(first.controller()->join(), &JoinController::finished);
            first.controller()->join()->start(used, url);
            QVERIFY(done.wait(20000));
            QVERIFY(first.controller()->join()->joined());
        }

        AppShell phone;
        QVERIFY(phone.open(m_dir.filePath("refused-" + language), language, false).ok());
        QVERIFY(phone.load(QSize(390, 844)));
        phone.window()->setProperty("section", int(Section::Sync));
        QTRY_VERIFY(QuickItems::find(phone.window(), "cardCodeField"));
        JoinController *join = phone.controller()->join();
        const QString neverIssued = "ABCD-EFGH-JKMN-PQRS"; // right length, never made
        const QList<QPair<QString, JoinController::Problem>> cases {
            { neverIssued, JoinController::Problem::UnknownCode },
            { used.toLower(), JoinController::Problem::UsedCode }, // typed in lower case
            { expiring, JoinController::Problem::ExpiredCode },
            { "ABCD-EFGH-JKMN-PQR", JoinController::Problem::CodeLength },
        };
        QStringList sentences;
        for (const auto &[code, expected] : cases) {
            QSignalSpy done(join, &JoinController::finished);
            typeAndSubmit(phone, url, code);
            QVERIFY2(done.count() == 1 || done.wait(20000), qPrintable(code));
            QCOMPARE(join->problem(), expected);
            QTRY_VERIFY(QuickItems::find(phone.window(), "enrolResult")); // laid out
            QQuickItem *result = QuickItems::find(phone.window(), "enrolResult");
            QVERIFY(!result->property("ok").toBool());
            const QString shown = result->property("message").toString();
            QCOMPARE(shown, JoinController::sentence(expected));
            QVERIFY(!sentences.contains(shown));
            sentences << shown;
            if (language == "ar")
                QVERIFY2(shown.contains(QChar(0x0627)), qPrintable(shown)); // translated, Arabic letters
            else
                QVERIFY2(!shown.contains("invite code"), qPrintable(shown)); // Dutch, not English
            // The code stays for comparing with the invite, exactly as typed.
            QCOMPARE(QuickItems::find(phone.window(), "cardCodeField")->property("text").toString(), code);
            QVERIFY(nothingKept(phone));
        }
        // A code that never existed is not called used or expired.
        QVERIFY(JoinController::sentence(JoinController::Problem::UnknownCode)
                != JoinController::sentence(JoinController::Problem::Refused));
        QDir().mkpath(SCREENSHOT_DIR);
        QVERIFY(phone.saveScreenshot(QStringLiteral(SCREENSHOT_DIR "/join_expired_%1.png").arg(language)));
        QVERIFY2(phone.warnings().isEmpty(), qPrintable(phone.warnings().join('\n')));
    }

    // A server that takes the connection and never answers: the page says it waits and offers
    // Cancel; cancelling leaves nothing stored, the code in the field, and the app usable: a
    // conversation is counted and the phone then joins a real server.
    void cancelWhileTheServerIsSilent()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        std::vector<std::unique_ptr<QTcpSocket>> held; // accepted, never answered
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *socket = silent.nextPendingConnection())
                held.emplace_back(socket);
        });
        const QString silentUrl = QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort());

        AppShell phone;
        QVERIFY(phone.open(m_dir.filePath("cancel-phone"), "nl", false).ok());
        QVERIFY(phone.load(QSize(390, 844)));
        // Every page is made at start; none opens a speech engine then (it costs the first frame).
        QTest::qWait(200);
        QVERIFY(!phone.controller()->readAloud()->languagesKnown());
        QVERIFY(!phone.controller()->readAloud()->preparing());
        phone.window()->setProperty("section", int(Section::Sync));
        QTRY_VERIFY(QuickItems::find(phone.window(), "cardCodeField"));
        JoinController *join = phone.controller()->join();
        const QString code = "ABCD-EFGH-JKMN-PQRS";
        typeAndSubmit(phone, silentUrl, code);
        QVERIFY(join->busy());
        QTRY_VERIFY(QuickItems::find(phone.window(), "enrolBusy"));
        QTRY_VERIFY_WITH_TIMEOUT(!held.empty(), 5000); // the question reached the silent server
        QTest::qWait(300);
        QVERIFY(join->busy()); // still waiting: nothing blocked the event loop to get here
        // No second question while one is on its way: the field is off and OK is not offered.
        QVERIFY(!QuickItems::find(phone.window(), "cardCodeField")->isEnabled());
        QVERIFY(!QuickItems::find(phone.window(), "cardCodeSubmit"));

        QSignalSpy done(join, &JoinController::finished);
        QuickItems::click(QuickItems::find(phone.window(), "enrolCancel"));
        QCOMPARE(done.count(), 1);
        QVERIFY(!join->busy());
        QCOMPARE(join->problem(), JoinController::Problem::Cancelled);
        QTRY_VERIFY(!QuickItems::find(phone.window(), "enrolBusy"));
        QCOMPARE(QuickItems::find(phone.window(), "enrolResult")->property("message").toString(),
                 JoinController::sentence(JoinController::Problem::Cancelled));
        QCOMPARE(QuickItems::find(phone.window(), "cardCodeField")->property("text").toString(), code);
        QVERIFY(nothingKept(phone));
        QTest::qWait(500);
        QCOMPARE(done.count(), 1); // no late answer after the cancel
        QVERIFY(nothingKept(phone));

        // Usable: a conversation is counted and stored.
        FieldLogController *log = phone.controller()->fieldLog();
        QCOMPARE(log->logTally(), QString());
        QVERIFY(!log->lastLogId().isEmpty());

        // ...and joining a real server afterwards works.
        const QString data = serverFolder("server-after-cancel");
        const QString good = invite(data);
        ServerProcess server(SERVER_BINARY, data);
        const QUrl base = server.start();
        QVERIFY(base.isValid());
        typeAndSubmit(phone, base.adjusted(QUrl::RemoveUserInfo).toString(), good);
        QTRY_VERIFY_WITH_TIMEOUT(!join->busy(), 20000);
        QCOMPARE(join->problem(), JoinController::Problem::None);
        QVERIFY(join->joined());
        QVERIFY(phone.controller()->sync()->configured());
        QCOMPARE(QuickItems::find(phone.window(), "enrolResult")->property("message").toString(),
                 JoinController::sentence(JoinController::Problem::None));
        QVERIFY2(phone.warnings().isEmpty(), qPrintable(phone.warnings().join('\n')));
    }

    // The waiting, at text size 2.0 in nl and ar: said in full, Cancel reachable and named,
    // nothing outside the window; the Language page names what this phone cannot read aloud.
    void largeTextWhileWaiting_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("nl") << "nl";
        QTest::newRow("ar") << "ar";
    }
    void largeTextWhileWaiting()
    {
        QFETCH(QString, language);
        const QFont before = QGuiApplication::font();
        QFont large = before;
        large.setPixelSize(28); // --font-scale 2.0
        QGuiApplication::setFont(large);
        const auto restore = qScopeGuard([&] { QGuiApplication::setFont(before); });
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        AppShell phone;
        QVERIFY(phone.open(m_dir.filePath("large-" + language), language, false).ok());
        QVERIFY(phone.load(QSize(390, 844)));
        phone.join(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()), "ABCD-EFGH-JKMN-PQRS");
        phone.showSyncPage();
        QVERIFY(phone.controller()->join()->busy());
        QTRY_VERIFY(QuickItems::find(phone.window(), "enrolCancel"));
        QQuickItem *cancel = QuickItems::find(phone.window(), "enrolCancel");
        const QRectF box = cancel->mapRectToScene(QRectF(0, 0, cancel->width(), cancel->height()));
        QVERIFY(box.top() >= 0 && box.bottom() <= phone.window()->height()); // on screen, no scrolling
        QDir().mkpath(SCREENSHOT_DIR);
        QVERIFY(phone.saveScreenshot(QStringLiteral(SCREENSHOT_DIR "/join_waiting_%1_large.png").arg(language)));
        QCOMPARE(QuickItems::usabilityProblem(phone.window()), QString());
        phone.controller()->join()->cancel();

        phone.window()->setProperty("section", int(Section::Language));
        QTRY_VERIFY(QuickItems::find(phone.window(), "languagePage"));
        // The page asks the speech thread once it is shown; the answer comes seconds later.
        QTRY_VERIFY_WITH_TIMEOUT(phone.controller()->readAloud()->languagesKnown(), 60000);
        const QStringList missing = SpeechEngines().unreadable({ "nl", "en", "ar", "tr", "pl" });
        QCOMPARE(phone.controller()->readAloud()->unreadableLanguages(), missing);
        QTRY_COMPARE(bool(QuickItems::find(phone.window(), "readAloudGaps")), !missing.isEmpty());
        QVERIFY(phone.saveScreenshot(QStringLiteral(SCREENSHOT_DIR "/language_%1_large.png").arg(language)));
        QVERIFY2(phone.warnings().isEmpty(), qPrintable(phone.warnings().join('\n')));
    }

    // A silent server when issuing a card: waiting is shown, Cancel ends it, no card appears.
    void cancelIssuingACard()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        std::vector<std::unique_ptr<QTcpSocket>> held;
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *socket = silent.nextPendingConnection())
                held.emplace_back(socket);
        });
        AppShell phone;
        QVERIFY(phone.open(m_dir.filePath("issue-cancel-phone"), "nl", true).ok());
        // A coordinator's credentials for the silent server, as a join would have kept them.
        QVERIFY(phone.database("directory")->putLocal({ { "_id", "_local/buurtbrug-device" },
                                                        { "server", QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()) },
                                                        { "device_id", "dev-0123456789abcdef" }, { "token", "t" },
                                                        { "roles", QJsonArray { "coordinator" } },
                                                        { "organisation", "visserijplein" } }).error.ok());
        QVERIFY(phone.connectSync().ok());
        CardController *cards = phone.controller()->cards();
        QVERIFY(cards->canIssue());
        QSignalSpy finished(cards, &CardController::issueFinished);
        QVERIFY(cards->issueCard({ "initiative:wijkpaleis" }, 3, "nl", false));
        QVERIFY(cards->issuing());
        QVERIFY(!cards->issueCard({ "initiative:wijkpaleis" }, 3, "nl", false)); // one at a time
        QTRY_VERIFY_WITH_TIMEOUT(held.size() >= 1, 5000);
        QTest::qWait(300);
        QVERIFY(cards->issuing());
        QCOMPARE(finished.count(), 0);
        cards->cancelIssue();
        QVERIFY(!cards->issuing());
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().toMap().value("ok").toBool(), false);
        QCOMPARE(finished.first().first().toMap().value("cancelled").toBool(), true);
        QTest::qWait(300);
        QCOMPARE(finished.count(), 1);
        cards->cardList()->reload();
        QCOMPARE(cards->cardList()->rowCount(), 0);
    }

    // The real app with --enrol and a code that never existed: it does not end; it opens on the
    // Sync page with the sentence (its screenshot is taken after the answer) and exits 0.
    void enrolOptionWithABadCodeOpensTheApp()
    {
        const QString data = serverFolder("server-option");
        ServerProcess server(SERVER_BINARY, data);
        const QUrl base = server.start();
        QVERIFY(base.isValid());
        const QString shot = m_dir.filePath("enrol-bad.png");
        QProcess app;
        app.setProcessChannelMode(QProcess::MergedChannels);
        app.start(APP_BINARY, { "--data", m_dir.filePath("option-phone"), "--lang", "nl", "--size", "390x844",
                                "--server", base.adjusted(QUrl::RemoveUserInfo).toString(),
                                "--enrol", "ABCD-EFGH-JKMN-PQRS", "--screenshot", shot });
        QVERIFY(app.waitForFinished(60000));
        QCOMPARE(app.exitCode(), 0);
        QVERIFY2(QFile::exists(shot), app.readAll().constData());

        // The same steps in process, to read what the page shows.
        AppShell phone;
        QVERIFY(phone.open(m_dir.filePath("option-phone-2"), "nl", false).ok());
        QVERIFY(phone.load(QSize(390, 844)));
        QSignalSpy done(phone.controller()->join(), &JoinController::finished);
        phone.join(base.adjusted(QUrl::RemoveUserInfo).toString(), "abcd efgh jkmn pqrs");
        phone.showSyncPage();
        QCOMPARE(phone.window()->property("section").toInt(), int(Section::Sync));
        QTRY_VERIFY(QuickItems::find(phone.window(), "syncPage")); // the page that Section names
        for (const QVariant &destination : phone.window()->property("destinations").toList()) {
            const int page = destination.toMap().value("page").toInt();
            QVERIFY(page >= Section::Initiatives && page <= Section::Sync);
        }
        QVERIFY(done.wait(20000));
        QTRY_VERIFY(QuickItems::find(phone.window(), "enrolResult"));
        QCOMPARE(QuickItems::find(phone.window(), "enrolResult")->property("message").toString(),
                 JoinController::sentence(JoinController::Problem::UnknownCode));
        QCOMPARE(QuickItems::find(phone.window(), "cardCodeField")->property("text").toString(), QString("abcd efgh jkmn pqrs"));
        QCOMPARE(QuickItems::find(phone.window(), "enrolServer")->property("text").toString(),
                 base.adjusted(QUrl::RemoveUserInfo).toString());
        QVERIFY(nothingKept(phone));
    }
};

QTEST_MAIN(TestAppJoin)
#include "tst_appjoin.moc"
