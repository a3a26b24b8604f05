#include "appcontroller.h"
#include "appshell.h"
#include "couchcluster.h"
#include "couchjoin.h"
#include "documentdatabase.h"
#include "fieldlogcontroller.h"
#include "joincontroller.h"
#include "qrcode.h"
#include "section.h"
#include "syncstatus.h"
#include "../qml/quickitems.h"

#include <QImage>
#include <QJsonArray>
#include <QMutex>
#include <QQmlEngineExtensionPlugin>
#include <QTest>

#include <functional>

Q_IMPORT_QML_PLUGIN(Buurtbrug_AppPlugin)
Q_IMPORT_QML_PLUGIN(Buurtbrug_UiPlugin)

namespace {
// Every message the app logs while phones join and sync: none may hold a device's password.
QMutex logLock;
QStringList logged;
QtMessageHandler previousHandler = nullptr;
void keepLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&logLock);
        logged.append(message);
    }
    if (previousHandler)
        previousHandler(type, context, message);
}
}

// Joining a Buurtbrug deployment on a real 3-node Apache CouchDB cluster the way a phone does
// (issue 16, docs/DEPLOY-COUCHDB.md "Joining a phone"): `couchdb setup` and `couchdb enrol`
// print a join code (text and QR code); the app (AppShell, its Sync page, offscreen) takes it,
// signs in with HTTP Basic, pulls the directory, and a worker's log arrives in org-<slug> on
// the cluster; a card holder's phone syncs only its card's database; a forged code keeps
// nothing; after `couchdb revoke` the next sync is refused and shown as "this phone was
// removed". Skipped (never passed) without a CouchDB.
class TestCouchClusterJoin : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    CouchCluster m_couch { QStringLiteral(COUCHDB_SCRIPT) };
    QNetworkAccessManager m_network;
    QString m_data;
    QStringList m_passwords; // of every device enrolled here
    std::unique_ptr<AppShell> m_worker;
    QString m_workerId;
    QString m_workerCode;

    struct Call
    {
        int exit = -1;
        QJsonObject json;
        QByteArray err;
    };

    Call admin(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(ADMIN_BINARY), arguments + QStringList { QStringLiteral("--json") });
        if (!process.waitForFinished(180000)) {
            process.kill();
            process.waitForFinished(5000);
        }
        Call call;
        call.exit = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        call.json = QJsonDocument::fromJson(process.readAllStandardOutput().trimmed().split('\n').last()).object();
        call.err = process.readAllStandardError();
        return call;
    }

    QString url() const { return m_couch.admin(0).toString(); }
    QString publicUrl() const { return m_couch.admin(0).adjusted(QUrl::RemoveUserInfo).toString(); }

    int status(const QString &path)
    {
        QUrl target = m_couch.admin(0).adjusted(QUrl::RemoveUserInfo);
        target.setPath(path);
        QNetworkRequest request(target);
        request.setTransferTimeout(30000);
        request.setRawHeader("Authorization", "Basic " + m_couch.admin(0).userInfo().toUtf8().toBase64());
        QNetworkReply *reply = m_network.get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(35000);
        reply->deleteLater();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    static bool waitUntil(const std::function<bool()> &done, int ms = 90000)
    {
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 2000 && timer.elapsed() < ms; ++i) {
            if (done())
                return true;
            QTest::qWait(250);
        }
        return done();
    }

    std::unique_ptr<AppShell> newPhone(const QString &name)
    {
        auto phone = std::make_unique<AppShell>();
        if (!phone->open(m_dir.filePath(name), QStringLiteral("nl"), false).ok())
            return nullptr;
        return phone;
    }

    static bool nothingKept(AppShell &phone)
    {
        return !phone.database("directory")->getLocal("_local/buurtbrug-device").ok() && !phone.controller()->sync()->configured();
    }

    static QStringList syncedDatabases(AppShell &phone)
    {
        QStringList names;
        for (const QVariant &entry : phone.controller()->sync()->databases())
            names.append(entry.toMap().value("name").toString());
        return names;
    }

    static bool upToDate(AppShell &phone) { return phone.controller()->sync()->status() == SyncStatus::Status::UpToDate; }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<StoreError>();
        if (const QString problem = m_couch.start(); !problem.isEmpty())
            QSKIP(qPrintable(problem));
        previousHandler = qInstallMessageHandler(keepLog);
        // A deployment with the sample directory: imported from a folder, then set up.
        m_data = m_dir.filePath(QStringLiteral("server"));
        QCOMPARE(admin({ "init", "--data", m_data }).exit, 0);
        QCOMPARE(admin({ "import", SAMPLE_DATA, "--data", m_data }).exit, 0);
        const Call imported = admin({ "couchdb", "import", m_data, url() });
        QVERIFY2(imported.exit == 0, imported.err.constData());
        const Call setup = admin({ "couchdb", "setup", url(), "--org", "visserijplein" });
        QVERIFY2(setup.exit == 0, setup.err.constData());
    }

    void enrolPrintsAJoinCodeAndItsQrCode()
    {
        const QString png = m_dir.filePath("join.png");
        const Call enrolled = admin({ "couchdb", "enrol", url(), "--role", "buurtmaatje", "--org", "visserijplein",
                                      "--person", "Sam", "--server", publicUrl(), "--qr", png });
        QVERIFY2(enrolled.exit == 0, enrolled.err.constData());
        m_workerId = enrolled.json.value("device_id").toString();
        m_workerCode = enrolled.json.value("join").toString();
        const QString password = enrolled.json.value("password").toString();
        m_passwords.append(password);
        QVERIFY(m_workerCode.startsWith("BUURTBRUG-JOIN:"));
        QVERIFY(!enrolled.err.contains(password.toUtf8()));
        // The QR code in the PNG reads back as the payload, which holds all the phone needs.
        QImage image(png);
        QVERIFY(!image.isNull());
        image = image.convertToFormat(QImage::Format_Grayscale8);
        const std::optional<QString> read = QrCode::decode(image.constBits(), image.width(), image.height(), image.bytesPerLine());
        QVERIFY(read);
        QCOMPARE(*read, enrolled.json.value("qr").toString());
        const std::optional<CouchJoin> join = CouchJoin::parse(*read);
        QVERIFY(join);
        QCOMPARE(join->server, QUrl(publicUrl()));
        QCOMPARE(join->user, m_workerId);
        QCOMPARE(join->password, password);
        QCOMPARE(join->roles, QStringList { "buurtmaatje" });
        QCOMPARE(join->person, QString("Sam"));
        QCOMPARE(join->organisation, QString("visserijplein"));
        QCOMPARE(join->databases, (QMap<QString, QString> { { "directory", "directory" }, { "org-visserijplein", "org-visserijplein" } }));
    }

    // Pasted into the Sync page's invite field: joined, kept, the directory pulled, a tally
    // logged on the phone reaches org-visserijplein on the cluster.
    void aWorkerJoinsPullsTheDirectoryAndLogs()
    {
        QVERIFY(!m_workerCode.isEmpty());
        m_worker = newPhone("worker");
        QVERIFY(m_worker);
        QVERIFY(m_worker->load(QSize(390, 844)));
        m_worker->window()->setProperty("section", int(Section::Sync));
        QTRY_VERIFY(QuickItems::find(m_worker->window(), "cardCodeField"));
        JoinController *join = m_worker->controller()->join();
        QSignalSpy finished(join, &JoinController::finished);
        QuickItems::find(m_worker->window(), "cardCodeField")->setProperty("text", m_workerCode);
        QuickItems::click(QuickItems::find(m_worker->window(), "cardCodeSubmit"));
        QVERIFY(finished.wait(30000));
        QVERIFY2(join->joined(), qPrintable(join->message()));
        // Kept where the device token is kept, with the database map.
        const QJsonObject kept = m_worker->database("directory")->getLocal("_local/buurtbrug-device").value();
        QCOMPARE(kept.value("device_id").toString(), m_workerId);
        QCOMPARE(kept.value("password").toString(), m_passwords.first());
        QCOMPARE(kept.value("databases").toObject().value("org-visserijplein").toString(), QString("org-visserijplein"));
        QCOMPARE(syncedDatabases(*m_worker), (QStringList { "directory", "org-visserijplein" }));
        QVERIFY2(waitUntil([this] { return upToDate(*m_worker); }),
                 qPrintable(m_worker->controller()->sync()->databases().value(0).toMap().value("error").toString()));
        const Result<QList<AllDocsRow>> directory = m_worker->database("directory")->allDocs({});
        QVERIFY(directory.ok() && directory.value().size() > 50);

        FieldLogController *log = m_worker->controller()->fieldLog();
        QVERIFY(log->available());
        QCOMPARE(log->logTally(), QString());
        const QString id = log->lastLogId();
        QVERIFY(!id.isEmpty());
        m_worker->controller()->sync()->syncNow();
        QVERIFY2(waitUntil([&] { return status("/org-visserijplein/" + id) == 200; }),
                 qPrintable(QJsonDocument::fromVariant(m_worker->controller()->sync()->databases()).toJson() + id));
        QVERIFY(waitUntil([this] { return upToDate(*m_worker); }));
        QVERIFY(m_worker->controller()->sync()->isOnServer("org-visserijplein", id));
    }

    // The card holder's QR code, scanned: its card's database as "cards", and nothing else.
    void aCardHolderSeesOnlyItsCard()
    {
        const auto issue = [this] {
            return admin({ "couchdb", "card-issue", url(), "--data", m_data, "--org", "visserijplein", "--initiative", "wijkpaleis" });
        };
        const Call mine = issue();
        const Call other = issue();
        QVERIFY2(mine.exit == 0 && other.exit == 0, mine.err.constData());
        const QString code = mine.json.value("code").toString();
        const Call enrolled = admin({ "couchdb", "enrol", url(), "--role", "cardholder", "--card", code, "--server", publicUrl() });
        QVERIFY2(enrolled.exit == 0, enrolled.err.constData());
        m_passwords.append(enrolled.json.value("password").toString());
        auto holder = newPhone("holder");
        QVERIFY(holder);
        QSignalSpy finished(holder->controller()->join(), &JoinController::finished);
        holder->controller()->join()->start(enrolled.json.value("qr").toString(), QString());
        QVERIFY(finished.wait(30000));
        QVERIFY2(holder->controller()->join()->joined(), qPrintable(holder->controller()->join()->message()));
        QCOMPARE(syncedDatabases(*holder), (QStringList { "directory", "cards" }));
        const QString cardId = "card:" + code;
        // The cluster's job copies the card into card-<code> within seconds: sync until it is here.
        QVERIFY(waitUntil([&] {
            if (holder->database("cards")->get(cardId).ok())
                return true;
            if (upToDate(*holder))
                holder->controller()->sync()->syncNow();
            return false;
        }));
        for (const AllDocsRow &row : holder->database("cards")->allDocs({}).value()) {
            QVERIFY2(!row.id.startsWith("card:") || row.id == cardId, qPrintable(row.id));
            QVERIFY(!row.id.contains(other.json.value("code").toString()));
        }
        QVERIFY(!holder->database("cards")->get("card:" + other.json.value("code").toString()).ok());
    }

    // A code whose password was changed (forged, or mistyped): refused by the cluster, named,
    // nothing kept; the same for one cut short.
    void aForgedCodeKeepsNothing()
    {
        std::optional<CouchJoin> forged = CouchJoin::parse(m_workerCode);
        QVERIFY(forged);
        forged->password = "not-the-password-0123456789";
        auto phone = newPhone("forged");
        QVERIFY(phone);
        JoinController *join = phone->controller()->join();
        QSignalSpy finished(join, &JoinController::finished);
        join->start(forged->toTextCode(), QString());
        QVERIFY(finished.wait(30000));
        QCOMPARE(join->problem(), JoinController::Problem::SignInRefused);
        QVERIFY(nothingKept(*phone));
        join->start(m_workerCode.chopped(9), QString());
        QCOMPARE(join->problem(), JoinController::Problem::DamagedJoinCode);
        QVERIFY(nothingKept(*phone));
    }

    // couchdb revoke: the next sync is refused with 401 and the phone says it was removed, in
    // people's words; what was logged since stays on the phone; the join form is offered again.
    void aRevokedPhoneIsShownAsRemoved()
    {
        QVERIFY(m_worker);
        const Call revoked = admin({ "couchdb", "revoke", url(), m_workerId });
        QVERIFY2(revoked.exit == 0, revoked.err.constData());
        SyncStatus *sync = m_worker->controller()->sync();
        // Each node forgets the user within a minute of the command (its _users cache).
        QVERIFY(waitUntil([sync] {
            if (sync->status() == SyncStatus::Status::DeviceRemoved)
                return true;
            if (sync->status() != SyncStatus::Status::Syncing)
                sync->syncNow();
            return false;
        }, 120000));
        QCOMPARE(sync->summary(), SyncStatus::sentence(SyncStatus::Status::DeviceRemoved));
        QVERIFY(!sync->summary().contains("401"));
        QVERIFY(sync->canJoin());
        // Logged after the removal: kept on the phone, counted as not sent, never sent.
        FieldLogController *log = m_worker->controller()->fieldLog();
        QCOMPARE(log->logTally(), QString());
        const QString unsent = log->lastLogId();
        QTest::qWait(3000); // past the debounce, when a sync would have started
        QCOMPARE(sync->status(), SyncStatus::Status::DeviceRemoved);
        QVERIFY(m_worker->database("org-visserijplein")->get(unsent).ok());
        QVERIFY(sync->pendingLocalChanges() > 0);
        QCOMPARE(status("/org-visserijplein/" + unsent), 404);
        QTRY_VERIFY(QuickItems::find(m_worker->window(), "joinOrganisation"));
    }

    void cleanupTestCase()
    {
        m_worker.reset();
        if (previousHandler) {
            qInstallMessageHandler(previousHandler);
            previousHandler = nullptr;
        }
        QMutexLocker lock(&logLock);
        for (const QString &password : std::as_const(m_passwords)) {
            for (const QString &line : std::as_const(logged))
                QVERIFY2(!line.contains(password), "a device's password was logged");
        }
    }
};

QTEST_MAIN(TestCouchClusterJoin)
#include "tst_couchclusterjoin.moc"
