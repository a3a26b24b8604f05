#include "section.h"
#include "appcontroller.h"
#include "appshell.h"
#include "cardverifier.h"
#include "documentdatabase.h"
#include "qrcode.h"
#include "quickitems.h"
#include "../integration/serverprocess.h"

#include <QDir>
#include <algorithm>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QQmlEngineExtensionPlugin>
#include <QTemporaryDir>
#include <QTest>

Q_IMPORT_QML_PLUGIN(Buurtbrug_AppPlugin)
Q_IMPORT_QML_PLUGIN(Buurtbrug_UiPlugin)

// A new phone with an empty store enrols with a coordinator's invite code and fills its
// directory from the server, as a buurtmaatje's first start at the market would.
class TestAppEnrolment : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QJsonObject admin(const QString &data, const QStringList &arguments)
    {
        QProcess process;
        process.start(ADMIN_BINARY, arguments + QStringList { "--data", data, "--json" });
        process.waitForFinished(30000);
        return QJsonDocument::fromJson(process.readAllStandardOutput().trimmed().split('\n').last()).object();
    }

    static QStringList rejectedIn(AppShell &shell, const QString &database)
    {
        QStringList ids;
        for (const QVariant &db : shell.controller()->sync()->databases()) {
            if (db.toMap().value("name").toString() != database)
                continue;
            for (const QVariant &r : db.toMap().value("rejected").toList())
                ids.append(r.toMap().value("id").toString());
        }
        return ids;
    }


    // Every document of a database on the server, as the admin reads it.
    static QList<QJsonObject> serverDocs(const QUrl &base, const QString &database)
    {
        QNetworkAccessManager network;
        QUrl url = base;
        url.setPath("/" + database + "/_all_docs");
        url.setQuery("include_docs=true");
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Basic " + base.userInfo().toUtf8().toBase64());
        QNetworkReply *reply = network.get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(10000);
        QList<QJsonObject> docs;
        for (const QJsonValue &row : QJsonDocument::fromJson(reply->readAll()).object().value("rows").toArray())
            docs.append(row.toObject().value("doc").toObject());
        reply->deleteLater();
        return docs;
    }
    // Joins as the Sync page does and waits for the server's answer: the problem (None when
    // joined). Checks made on the phone answer at once; the server within the timeout.
    static JoinController::Problem joinNow(AppShell &phone, const QString &server, const QString &code)
    {
        JoinController *join = phone.controller()->join();
        QSignalSpy finished(join, &JoinController::finished);
        join->start(code, server);
        if (finished.isEmpty())
            finished.wait(30000);
        return join->problem();
    }
    // Every document id in the phone's database, deleted ones too.
    static QStringList localIds(AppShell &phone, const QString &database)
    {
        QStringList ids;
        for (const ChangeRow &row : phone.database(database)->changes({}).value().rows)
            ids.append(row.id);
        return ids;
    }

private slots:
    void enrolsAndPullsTheDirectory()
    {
        const QString serverData = m_dir.filePath("server");
        QVERIFY(admin(serverData, { "init" }).value("ok").toBool());
        QVERIFY(admin(serverData, { "import", SAMPLE_FILE }).value("ok").toBool());
        QVERIFY(admin(serverData, { "add-org", "visserijplein" }).value("ok").toBool());
        const QString code = admin(serverData, { "invite", "--role", "buurtmaatje", "--org", "visserijplein" }).value("code").toString();
        QVERIFY(!code.isEmpty());
        ServerProcess server(SERVER_BINARY, serverData);
        const QUrl base = server.start();
        QVERIFY(base.isValid());
        const QString url = base.adjusted(QUrl::RemoveUserInfo).toString();

        AppShell phone;
        QVERIFY(phone.open(m_dir.filePath("phone"), "nl", false).ok());
        QCOMPARE(phone.controller()->initiatives()->rowCount(), 0);
        QCOMPARE(joinNow(phone, url, code), JoinController::Problem::None);
        QVERIFY(phone.controller()->sync()->configured());
        QElapsedTimer timer;
        timer.start();
        while (phone.controller()->initiatives()->rowCount() < 14 && timer.elapsed() < 20000)
            QTest::qWait(50);
        QCOMPARE(phone.controller()->initiatives()->rowCount(), 14);
        QTRY_COMPARE_WITH_TIMEOUT(phone.controller()->sync()->state(), QString("idle"), 20000);
        QVERIFY(phone.controller()->sync()->isOnServer("directory", "initiative:nizu-overvecht"));
        QVERIFY(phone.controller()->sync()->summary().startsWith("Gesynchroniseerd")); // in the UI language

        // Per database, as the Sync page shows it: the worker's organisation and cards too.
        QStringList names;
        for (const QVariant &db : phone.controller()->sync()->databases())
            names.append(db.toMap().value("name").toString());
        QCOMPARE(names, (QStringList { "directory", "org-visserijplein", "cards" }));

        // A buurtmaatje may not create initiatives: the server refuses, the phone keeps the
        // record and names it.
        DocumentDatabase *directory = phone.database("directory");
        QVERIFY(directory);
        QVERIFY(directory->put({ { "_id", "initiative:new-corner" }, { "type", "initiative" },
                                 { "slug", "new-corner" }, { "originalLanguage", "nl" } }).error.ok());
        QTRY_VERIFY_WITH_TIMEOUT(!rejectedIn(phone, "directory").isEmpty(), 20000);
        QCOMPARE(rejectedIn(phone, "directory"), QStringList { "initiative:new-corner" });
        QVERIFY(!phone.controller()->sync()->isOnServer("directory", "initiative:new-corner"));
        QCOMPARE(phone.controller()->initiatives()->rowCount(), 15); // still here

        // The same code a second time (another phone, or a photo of the QR) is refused.
        AppShell other;
        QVERIFY(other.open(m_dir.filePath("other"), "nl", false).ok());
        QCOMPARE(joinNow(other, url, code), JoinController::Problem::UsedCode);
        QVERIFY(!other.controller()->sync()->configured());
    }

    // A card holder's phone joins from the Sync page by scanning the invite's QR code, and
    // then shows their card: the enrolment names it, the sync brings it.
    void aCardHolderJoinsFromTheSyncPage()
    {
        const QString serverData = m_dir.filePath("server-holder");
        QVERIFY(admin(serverData, { "init" }).value("ok").toBool());
        QVERIFY(admin(serverData, { "import", SAMPLE_FILE }).value("ok").toBool());
        QVERIFY(admin(serverData, { "add-org", "visserijplein" }).value("ok").toBool());
        const QJsonObject card = admin(serverData, { "card", "issue", "--org", "visserijplein", "--initiative", "wijkpaleis",
                                                     "--initiative", "geestverwanten", "--from", "2026-11-01", "--until", "2099-12-31" });
        QVERIFY(card.value("ok").toBool());
        ServerProcess server(SERVER_BINARY, serverData);
        const QUrl base = server.start();
        QVERIFY(base.isValid());
        const QString url = base.adjusted(QUrl::RemoveUserInfo).toString();
        const QJsonObject invite = admin(serverData, { "invite", "--role", "cardholder", "--card", card.value("code").toString(),
                                                       "--server", url });
        QVERIFY(invite.contains("qr"));

        AppShell phone;
        QVERIFY(phone.open(m_dir.filePath("holder-phone"), "nl", false).ok());
        QVERIFY(phone.load(QSize(390, 844)));
        phone.window()->setProperty("section", int(Section::Sync));
        QQuickItem *join = QuickItems::find(phone.window(), "enrolScanOrType");
        QVERIFY(join);
        // A typed code without the server's address, and something that is not an invite.
        QCOMPARE(joinNow(phone, "", invite.value("code").toString()), JoinController::Problem::BadServer);
        QCOMPARE(joinNow(phone, url, "{\"buurtbrug\":\"card\"}"), JoinController::Problem::NotAnInvite);
        QVERIFY(!phone.controller()->sync()->configured());
        // The scan.
        QVERIFY(QMetaObject::invokeMethod(join, "submitted", Q_ARG(QString, invite.value("qr").toString())));
        QTRY_VERIFY_WITH_TIMEOUT(phone.controller()->sync()->configured(), 20000);
        QTRY_VERIFY(QuickItems::find(phone.window(), "enrolResult"));
        QVERIFY(QuickItems::find(phone.window(), "enrolResult")->property("ok").toBool());
        QTRY_VERIFY(!QuickItems::find(phone.window(), "joinOrganisation"));
        QCOMPARE(phone.controller()->roles(), QStringList { "cardholder" });
        // A card holder's navigation: no field logs, no reports.
        QCOMPARE(phone.window()->property("destinations").toList().size(), 4);
        // This server holds the invented sample: the phone says so, with nothing to join.
        QTRY_VERIFY_WITH_TIMEOUT(QuickItems::find(phone.window(), "sampleBanner"), 20000);
        QVERIFY(!QuickItems::find(phone.window(), "sampleBannerJoin"));
        QVERIFY(!phone.controller()->sample()->loaded());
        CardController *cards = phone.controller()->cards();
        QVERIFY(cards->hasMyCard());
        QTRY_VERIFY_WITH_TIMEOUT(cards->myCard().value("total").toInt() == 2, 20000);
        QVERIFY(cards->myCard().value("shareKnown").toBool());
        QVERIFY(phone.warnings().isEmpty());

        // The same invite again, from a second phone: refused with the reason.
        AppShell second;
        QVERIFY(second.open(m_dir.filePath("second-phone"), "nl", false).ok());
        QCOMPARE(joinNow(second, "", invite.value("qr").toString()), JoinController::Problem::UsedCode);
        QVERIFY(!second.controller()->sync()->configured());
    }

    // A referrer issues a card on their phone during a conversation; the holder's phone scans
    // the code off the screen, and it verifies with the key that came with the directory.
    void aCoordinatorIssuesACardOnThePhone()
    {
        const QString serverData = m_dir.filePath("server-coordinator");
        QVERIFY(admin(serverData, { "init" }).value("ok").toBool());
        QVERIFY(admin(serverData, { "import", SAMPLE_FILE }).value("ok").toBool());
        QVERIFY(admin(serverData, { "add-org", "visserijplein" }).value("ok").toBool());
        ServerProcess server(SERVER_BINARY, serverData);
        const QUrl base = server.start();
        QVERIFY(base.isValid());
        const QString url = base.adjusted(QUrl::RemoveUserInfo).toString();
        const QString code = admin(serverData, { "invite", "--role", "coordinator", "--org", "visserijplein" }).value("code").toString();

        AppShell phone;
        QVERIFY(phone.open(m_dir.filePath("coordinator-phone"), "nl", false).ok());
        QVERIFY(phone.load(QSize(390, 844)));
        QVERIFY(!phone.controller()->cards()->canIssue());
        QCOMPARE(joinNow(phone, url, code), JoinController::Problem::None);
        QVERIFY(phone.controller()->cards()->canIssue());
        QTRY_VERIFY_WITH_TIMEOUT(phone.controller()->cards()->stampPlaces().size() == 14, 20000);
        phone.window()->setProperty("section", int(Section::Card));
        QuickItems::click(QuickItems::find(phone.window(), "openIssuing"));
        QTRY_VERIFY(QuickItems::find(phone.window(), "issueCardPage"));
        QQuickItem *issue = QuickItems::find(phone.window(), "issueCard");
        QVERIFY(!issue->isEnabled()); // no place chosen yet
        // Items come and go while the sync refreshes the page: look them up again for each tap.
        int ticked = 0;
        for (int attempt = 0; attempt < 10 && ticked < 2; ++attempt) {
            QList<QQuickItem *> all;
            QuickItems::collectAll(phone.window()->contentItem(), all);
            for (QQuickItem *item : all) {
                if (item->objectName() == "issuePlace" && QuickItems::shown(item) && !item->property("checked").toBool()) {
                    QuickItems::click(item);
                    ++ticked;
                    break;
                }
            }
        }
        QCOMPARE(ticked, 2);
        QTRY_VERIFY(issue->isEnabled());
        QuickItems::click(issue);
        QTRY_VERIFY(QuickItems::find(phone.window(), "issuedQr"));
        const QString payload = QuickItems::find(phone.window(), "issuedQr")->property("text").toString();
        QVERIFY2(payload.startsWith("BUURTBRUG:CARD:1:"), qPrintable(QuickItems::find(phone.window(), "issueResult")->property("message").toString()));
        // The message says "scan the code below": it sits above the QR code.
        {
            QQuickItem *banner = QuickItems::find(phone.window(), "issueResult");
            QQuickItem *qr = QuickItems::find(phone.window(), "issuedQr");
            QVERIFY(banner->mapToScene(QPointF(0, banner->height())).y() <= qr->mapToScene(QPointF(0, 0)).y());
        }
        QVERIFY(phone.warnings().isEmpty());

        // The holder's camera sees the screen.
        const QString shot = m_dir.filePath("issued.png");
        QVERIFY(phone.saveScreenshot(shot));
        const QImage grey = QImage(shot).convertToFormat(QImage::Format_Grayscale8);
        const std::optional<QString> scanned = QrCode::decode(grey.constBits(), grey.width(), grey.height(), int(grey.bytesPerLine()));
        QVERIFY(scanned);
        QCOMPARE(*scanned, payload);
        // After a sync, the organisation's key is in the phone's directory and the card checks out.
        QTRY_VERIFY_WITH_TIMEOUT(CardVerifier::verify(payload, *phone.database("directory"), QDate::currentDate()).ok(), 20000);
        const CardFacts facts = CardVerifier::verify(payload, *phone.database("directory"), QDate::currentDate()).card;
        QCOMPARE(facts.initiatives.size(), 2);
        QCOMPARE(facts.validUntil, QDate::currentDate().addMonths(3));
        QTRY_VERIFY_WITH_TIMEOUT((phone.controller()->cards()->cardList()->reload(), phone.controller()->cards()->cardList()->rowCount() == 1), 20000);

        // The next card starts from the same places, as a template.
        QuickItems::click(QuickItems::find(phone.window(), "issueAnother"));
        QTRY_VERIFY(QuickItems::find(phone.window(), "issueLikeLast"));
        QVERIFY(!QuickItems::find(phone.window(), "issueCard")->isEnabled());
        QuickItems::click(QuickItems::find(phone.window(), "issueLikeLast"));
        QTRY_VERIFY(QuickItems::propertyOf(phone.window(), "issueCard", "enabled").toBool());
        QCOMPARE(QuickItems::find(phone.window(), "issueCardPage")->property("chosen").toStringList(), facts.initiatives);
    }

    // Issue 17: a removed (revoked) phone retried for ever and showed "HTTP 401 unauthorized";
    // the form to join again was hidden. It must stop, say so in the person's language, keep
    // its unsent records and let the person join again, after which they are sent.
    void aRemovedPhoneIsToldAndCanJoinAgain()
    {
        const QString serverData = m_dir.filePath("server-revoked");
        QVERIFY(admin(serverData, { "init" }).value("ok").toBool());
        QVERIFY(admin(serverData, { "import", SAMPLE_FILE }).value("ok").toBool());
        QVERIFY(admin(serverData, { "add-org", "visserijplein" }).value("ok").toBool());
        const QString code = admin(serverData, { "invite", "--role", "buurtmaatje", "--org", "visserijplein" }).value("code").toString();
        ServerProcess server(SERVER_BINARY, serverData);
        const QUrl base = server.start();
        QVERIFY(base.isValid());
        const QString url = base.adjusted(QUrl::RemoveUserInfo).toString();

        AppShell phone;
        phone.setFixedNow(QDateTime(QDate(2026, 11, 24), QTime(12, 30)));
        QVERIFY(phone.open(m_dir.filePath("revoked-phone"), "nl", false).ok());
        QCOMPARE(joinNow(phone, url, code), JoinController::Problem::None);
        SyncStatus *sync = phone.controller()->sync();
        QTRY_COMPARE_WITH_TIMEOUT(sync->status(), SyncStatus::Status::UpToDate, 20000);
        QVERIFY(!sync->canJoin());

        const QJsonArray devices = admin(serverData, { "devices" }).value("devices").toArray();
        QCOMPARE(devices.size(), 1);
        QVERIFY(admin(serverData, { "revoke", devices.first().toObject().value("id").toString() }).value("ok").toBool());

        // A conversation counted after the phone was removed: it cannot be sent, and stays.
        FieldLogController *log = phone.controller()->fieldLog();
        QCOMPARE(log->logTally(), QString());
        const QString tally = log->lastLogId();
        sync->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(sync->status(), SyncStatus::Status::DeviceRemoved, 20000);
        const auto allRemoved = [sync] {
            const QVariantList databases = sync->databases();
            return std::all_of(databases.cbegin(), databases.cend(),
                               [](const QVariant &db) { return db.toMap().value("state").toString() == "removed"; });
        };
        sync->syncNow(); // the other databases meet the closed door too
        QTRY_VERIFY_WITH_TIMEOUT(allRemoved(), 20000);
        QVERIFY(sync->canJoin());
        QVERIFY(sync->pendingLocalChanges() >= 1);
        QVERIFY(phone.database("org-visserijplein")->get(tally).ok());
        QVERIFY(!sync->isOnServer("org-visserijplein", tally));
        QVERIFY(sync->summary().startsWith("Deze telefoon is verwijderd")); // Dutch, no protocol words
        QVERIFY(!sync->summary().contains("401"));
        // No retries: nothing is scheduled, and "Sync now" does not knock again.
        sync->syncNow();
        QTest::qWait(3000);
        QCOMPARE(sync->status(), SyncStatus::Status::DeviceRemoved);
        for (const QVariant &db : sync->databases()) {
            QCOMPARE(db.toMap().value("retryIn").toInt(), 0);
            QCOMPARE(db.toMap().value("status").toInt(), int(SyncStatus::Status::DeviceRemoved));
            QVERIFY(db.toMap().value("error").toString().contains("401")); // the detail, for the Sync page
        }
        QVERIFY(phone.database("org-visserijplein")->get(tally).ok());

        // The Sync page in Arabic: the sentence, the records kept, the form to join again.
        QDir().mkpath(SCREENSHOT_DIR);
        phone.controller()->setLanguage("ar");
        QVERIFY(phone.load(QSize(390, 844)));
        phone.window()->setProperty("section", int(Section::Sync));
        QTRY_VERIFY(QuickItems::find(phone.window(), "joinOrganisation"));
        QQuickItem *summary = QuickItems::find(phone.window(), "syncSummary");
        QVERIFY(summary);
        QCOMPARE(summary->property("text").toString(), SyncStatus::sentence(SyncStatus::Status::DeviceRemoved));
        QVERIFY(summary->property("text").toString().contains(QChar(0x0627))); // Arabic letters
        QVERIFY(!QuickItems::find(phone.window(), "syncNowButton"));
        QVERIFY(phone.saveScreenshot(QStringLiteral(SCREENSHOT_DIR "/sync_removed_phone_ar.png")));
        phone.controller()->setLanguage("nl");

        // Joining again with a new invite sends what was kept.
        const QString again = admin(serverData, { "invite", "--role", "buurtmaatje", "--org", "visserijplein" }).value("code").toString();
        QCOMPARE(joinNow(phone, url, again), JoinController::Problem::None);
        QTRY_COMPARE_WITH_TIMEOUT(sync->status(), SyncStatus::Status::UpToDate, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(sync->isOnServer("org-visserijplein", tally), 20000);
        QCOMPARE(sync->pendingLocalChanges(), 0);
        QVERIFY(!sync->canJoin());
        QVERIFY2(phone.warnings().isEmpty(), qPrintable(phone.warnings().join('\n')));

        // The server gone: a calm sentence, the protocol's words only as the detail.
        server.kill();
        sync->syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(sync->status() == SyncStatus::Status::ServerUnreachable
                                         || sync->status() == SyncStatus::Status::Offline, 20000);
        QVERIFY(!sync->summary().contains("Connection"));
        QVERIFY(!sync->summary().contains("/"));
        QCOMPARE(sync->summary(), SyncStatus::sentence(sync->status()));
    }

    // Issue 17, defect 2: sample data behaved like real data. A first start now asks; the
    // sample is marked on every screen; joining a real server sends none of it (nor what was
    // practised with it) and leaves none of it on the phone, not even a tombstone.
    void aPhoneThatLookedAroundJoinsWithoutTheSample()
    {
        const QString serverData = m_dir.filePath("server-real");
        QVERIFY(admin(serverData, { "init" }).value("ok").toBool());
        QVERIFY(admin(serverData, { "add-org", "visserijplein" }).value("ok").toBool());
        const QString code = admin(serverData, { "invite", "--role", "buurtmaatje", "--org", "visserijplein" }).value("code").toString();
        ServerProcess server(SERVER_BINARY, serverData);
        const QUrl base = server.start();
        QVERIFY(base.isValid());
        const QString url = base.adjusted(QUrl::RemoveUserInfo).toString();

        AppShell phone;
        phone.setFixedNow(QDateTime(QDate(2026, 11, 24), QTime(12, 30)));
        QVERIFY(phone.open(m_dir.filePath("sample-phone"), "nl", false).ok());
        QCOMPARE(phone.controller()->initiatives()->rowCount(), 0); // nothing before the choice
        QVERIFY(phone.load(QSize(390, 844)));
        SampleData *sample = phone.controller()->sample();
        QVERIFY(sample->choicePending());
        QVERIFY(QuickItems::find(phone.window(), "firstStartPage"));
        QVERIFY(!QuickItems::find(phone.window(), "sampleBanner"));
        QuickItems::click(QuickItems::find(phone.window(), "chooseSample"));
        QVERIFY(sample->loaded());
        QTRY_VERIFY(!QuickItems::find(phone.window(), "firstStartPage"));
        QCOMPARE(phone.controller()->initiatives()->rowCount(), 14);
        const QStringList sampleLogs = localIds(phone, "org-visserijplein");
        QVERIFY(sampleLogs.size() > 300);
        for (const QString &id : localIds(phone, "directory"))
            QVERIFY2(phone.database("directory")->get(id).value().value("sample").toBool(), qPrintable(id));
        // Marked as a sample on every screen.
        for (int section = 0; section <= 5; ++section) {
            phone.window()->setProperty("section", section);
            QTRY_VERIFY2(QuickItems::find(phone.window(), "sampleBanner"), qPrintable(QString::number(section)));
        }
        // Practice while looking around: a conversation counted, then counted again and undone
        // (a tombstone).
        FieldLogController *log = phone.controller()->fieldLog();
        QCOMPARE(log->logTally(), QString());
        const QString practice = log->lastLogId();
        QVERIFY(phone.database("org-visserijplein")->get(practice).ok());
        QCOMPARE(log->logTally(), QString());
        const QString undone = log->lastLogId();
        QVERIFY(log->undoLast().isEmpty());
        QVERIFY(!phone.database("org-visserijplein")->get(undone).ok());

        // "Join" on the banner leads to the Sync page; the invite is accepted there.
        phone.window()->setProperty("section", int(Section::Initiatives));
        QuickItems::click(QuickItems::find(phone.window(), "sampleBannerJoin"));
        QCOMPARE(phone.window()->property("section").toInt(), int(Section::Sync));
        QCOMPARE(joinNow(phone, url, code), JoinController::Problem::None);
        QVERIFY(!sample->loaded());
        QVERIFY(!sample->choicePending());
        QTRY_VERIFY(!QuickItems::find(phone.window(), "sampleBanner"));
        QCOMPARE(localIds(phone, "directory"), QStringList());
        QCOMPARE(localIds(phone, "org-visserijplein"), QStringList());
        QCOMPARE(phone.controller()->initiatives()->rowCount(), 0);

        // Real work after joining is sent; nothing of the sample ever is.
        SyncStatus *sync = phone.controller()->sync();
        QCOMPARE(log->logTally(), QString());
        const QString real = log->lastLogId();
        QTRY_VERIFY_WITH_TIMEOUT(sync->isOnServer("org-visserijplein", real), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(sync->status(), SyncStatus::Status::UpToDate, 20000);
        QStringList onServer;
        for (const QString &db : { QStringLiteral("directory"), QStringLiteral("org-visserijplein"), QStringLiteral("cards") }) {
            for (const QJsonObject &doc : serverDocs(base, db)) {
                QVERIFY2(!doc.value("sample").toBool(), qPrintable(doc.value("_id").toString()));
                onServer.append(doc.value("_id").toString());
            }
        }
        QVERIFY(onServer.contains(real));
        for (const QString &id : sampleLogs + QStringList { practice, undone, "initiative:wijkpaleis", "translation:wijkpaleis:ar" })
            QVERIFY2(!onServer.contains(id), qPrintable(id));
        QVERIFY2(phone.warnings().isEmpty(), qPrintable(phone.warnings().join('\n')));

        // Started again: not asked again, no sample.
        AppShell again;
        QVERIFY(again.open(m_dir.filePath("sample-phone"), "nl", false).ok());
        QVERIFY(!again.controller()->sample()->choicePending());
        QVERIFY(!again.controller()->sample()->loaded());
    }

    // Whatever is marked "sample" (e.g. pulled from a demo server and then changed here) is
    // never pushed: the phone's push leaves it out.
    void documentsMarkedSampleAreNeverPushed()
    {
        const QString serverData = m_dir.filePath("server-withhold");
        QVERIFY(admin(serverData, { "init" }).value("ok").toBool());
        QVERIFY(admin(serverData, { "add-org", "visserijplein" }).value("ok").toBool());
        const QString code = admin(serverData, { "invite", "--role", "buurtmaatje", "--org", "visserijplein" }).value("code").toString();
        ServerProcess server(SERVER_BINARY, serverData);
        const QUrl base = server.start();
        QVERIFY(base.isValid());
        AppShell phone;
        QVERIFY(phone.open(m_dir.filePath("withhold-phone"), "nl", false).ok());
        QCOMPARE(joinNow(phone, base.adjusted(QUrl::RemoveUserInfo).toString(), code), JoinController::Problem::None);
        DocumentDatabase *org = phone.database("org-visserijplein");
        const QJsonObject tally { { "type", "tally" }, { "date", "2026-11-24" } };
        QJsonObject marked = tally;
        marked.insert("_id", "tally:marked");
        marked.insert("sample", true);
        QJsonObject plain = tally;
        plain.insert("_id", "tally:plain");
        QVERIFY(org->put(marked).error.ok());
        QVERIFY(org->put(plain).error.ok());
        QTRY_VERIFY_WITH_TIMEOUT(phone.controller()->sync()->isOnServer("org-visserijplein", "tally:plain"), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(phone.controller()->sync()->status(), SyncStatus::Status::UpToDate, 20000);
        QStringList ids;
        for (const QJsonObject &doc : serverDocs(base, "org-visserijplein"))
            ids.append(doc.value("_id").toString());
        QCOMPARE(ids, QStringList { "tally:plain" });
    }

    // A host's device is bound at enrolment to the places it hosts (the answer's "hosts"):
    // kept with the credentials, and only those places are offered for stamping.
    void aHostIsOfferedOnlyThePlacesItHosts()
    {
        const QString serverData = m_dir.filePath("server-host");
        QVERIFY(admin(serverData, { "init" }).value("ok").toBool());
        QVERIFY(admin(serverData, { "import", SAMPLE_FILE }).value("ok").toBool());
        QVERIFY(admin(serverData, { "add-org", "visserijplein" }).value("ok").toBool());
        const QString code = admin(serverData, { "invite", "--role", "host", "--org", "visserijplein",
                                                 "--hosts", "wijkpaleis,initiative:thuis-in-west" }).value("code").toString();
        QVERIFY(!code.isEmpty());
        ServerProcess server(SERVER_BINARY, serverData);
        const QUrl base = server.start();
        QVERIFY(base.isValid());
        const QString folder = m_dir.filePath("host-phone");
        const QStringList hosted { "initiative:thuis-in-west", "initiative:wijkpaleis" };
        const auto offered = [](AppShell &phone) {
            QStringList ids;
            for (const QVariant &place : phone.controller()->cards()->stampPlaces())
                ids.append(place.toMap().value("id").toString());
            ids.sort();
            return ids;
        };
        {
            AppShell phone;
            QVERIFY(phone.open(folder, "nl", false).ok());
            QCOMPARE(joinNow(phone, base.adjusted(QUrl::RemoveUserInfo).toString(), code), JoinController::Problem::None);
            QTRY_VERIFY_WITH_TIMEOUT(phone.controller()->initiatives()->rowCount() == 14, 20000);
            QCOMPARE(offered(phone), hosted);
            QStringList stored = phone.database("directory")->getLocal("_local/buurtbrug-device").value()
                                         .value("hosts").toVariant().toStringList();
            stored.sort();
            QCOMPARE(stored, hosted);
        }
        // After a restart, from the stored credentials.
        AppShell phone;
        QVERIFY(phone.open(folder, "nl", false).ok());
        QVERIFY(phone.connectSync().ok());
        QCOMPARE(phone.controller()->cards()->hostedPlaces().size(), 2);
        QCOMPARE(offered(phone), hosted);
        phone.controller()->cards()->setStampingFor("initiative:geestverwanten");
        phone.controller()->cards()->setHostedPlaces({ "initiative:wijkpaleis" }); // bound to one: chosen
        QCOMPARE(phone.controller()->cards()->stampingFor(), QString("initiative:wijkpaleis"));
    }

    // Issue 17: the code field emptied itself after every attempt, also on a typo, while the
    // message said to compare it with the invite. It stays now, until a code is accepted.
    void aMistypedInviteStaysInTheField()
    {
        AppShell phone;
        QVERIFY(phone.open(m_dir.filePath("typo-phone"), "nl", false).ok());
        QVERIFY(phone.load(QSize(390, 844)));
        phone.window()->setProperty("section", int(Section::Sync));
        QQuickItem *field = QuickItems::find(phone.window(), "cardCodeField");
        QVERIFY(field);
        QuickItems::find(phone.window(), "enrolServer")->setProperty("text", "http://127.0.0.1:9");
        field->setProperty("text", "ABCD-EFGH-JKMN-PQR"); // one character short
        QuickItems::click(QuickItems::find(phone.window(), "cardCodeSubmit"));
        QCOMPARE(field->property("text").toString(), QString("ABCD-EFGH-JKMN-PQR"));
        QQuickItem *result = QuickItems::find(phone.window(), "enrolResult");
        QVERIFY(result);
        QVERIFY(!result->property("ok").toBool());
        QVERIFY2(result->property("message").toString().contains("16"), qPrintable(result->property("message").toString()));
        QVERIFY(!phone.controller()->sync()->configured());
        QVERIFY(!phone.database("directory")->getLocal("_local/buurtbrug-device").ok()); // nothing stored
        QVERIFY(phone.warnings().isEmpty());
    }
};

QTEST_MAIN(TestAppEnrolment)
#include "tst_appenrolment.moc"
