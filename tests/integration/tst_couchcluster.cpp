#include "cardverifier.h"
#include "couchcluster.h"
#include "databasefolder.h"
#include "domainindexer.h"
#include "fieldlog.h"
#include "httppeer.h"
#include "localpeer.h"
#include "personerasure.h"
#include "replicator.h"
#include "serverprocess.h"
#include "stampbook.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

#include <functional>
#include <memory>

// The scale-out deployment on a real 3-node Apache CouchDB 3.4.3 cluster (issue 16, §2):
// buurtbrug-admin couchdb setup/enrol/revoke/card-issue/import/export, then the app's own
// replicator (LocalPeer, HttpPeer, Replicator, as SyncScheduler runs them: push, then pull)
// for devices of every role; a node killed with SIGKILL mid-sync and another mid-job; and the
// same end-to-end flow against buurtbrug-server and against the cluster.
class TestCouchCluster : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    CouchCluster m_couch { QStringLiteral(COUCHDB_SCRIPT) };
    QNetworkAccessManager m_network;
    QString m_data; // the folder the deployment came from: the organisations' card keys
    QString m_adminPassword;
    int m_devices = 0;
    const QDate m_today = QDate::currentDate();

    struct Call
    {
        int exit = -1;
        QJsonObject json;
        QByteArray out;
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
        call.out = process.readAllStandardOutput();
        call.err = process.readAllStandardError();
        call.json = QJsonDocument::fromJson(call.out.trimmed().split('\n').last()).object();
        // No command names the admin's password, whatever it printed.
        if (!m_adminPassword.isEmpty() && (call.out.contains(m_adminPassword.toUtf8()) || call.err.contains(m_adminPassword.toUtf8())))
            call.exit = 99;
        return call;
    }

    QString url(int node = 0) const { return m_couch.admin(node).toString(); }

    struct Answer
    {
        int status = 0;
        QJsonValue body;
        QJsonObject object() const { return body.toObject(); }
    };

    Answer couch(const QByteArray &method, const QString &path, const QJsonValue &body = {}, int node = 0,
                 const QByteArray &auth = {}, const QByteArray &cookie = {})
    {
        QUrl target = m_couch.admin(node).adjusted(QUrl::RemoveUserInfo);
        target.setPath(path.section(u'?', 0, 0));
        if (path.contains(u'?'))
            target.setQuery(path.section(u'?', 1));
        QNetworkRequest request(target);
        request.setTransferTimeout(60000);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("Accept", "application/json");
        if (!cookie.isEmpty())
            request.setRawHeader("Cookie", cookie);
        else
            request.setRawHeader("Authorization", auth.isEmpty() ? "Basic " + m_couch.admin(node).userInfo().toUtf8().toBase64() : auth);
        const QByteArray payload = body.isObject() ? QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact) : QByteArray();
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, payload);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(65000);
        reply->deleteLater();
        const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll());
        return { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()) };
    }

    static bool waitUntil(const std::function<bool()> &done, int ms = 120000)
    {
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 1000 && timer.elapsed() < ms; ++i) {
            if (done())
                return true;
            QTest::qWait(500);
        }
        return done();
    }

    // A phone: its own store, its account and which database each local one syncs with.
    struct Device
    {
        std::unique_ptr<DatabaseFolder> folder;
        QUrl base;            // with the CouchDB user in the user info, or the server's URL
        QByteArray bearer;    // buurtbrug-server's device token
        QJsonObject databases; // local name → remote name
        QString id;
        QString password;
        DocumentDatabase *db(const QString &name) { return folder->database(name, true).value(); }
    };

    std::unique_ptr<Device> newDevice()
    {
        auto device = std::make_unique<Device>();
        device->folder = std::make_unique<DatabaseFolder>(DomainIndexer::indexer());
        if (!device->folder->open(m_dir.filePath(QStringLiteral("device-%1").arg(++m_devices)), true).ok())
            return nullptr;
        return device;
    }

    // couchdb enrol, as a coordinator hands a phone its account; node: which node it talks to.
    std::unique_ptr<Device> enrolOnCluster(const QStringList &arguments, int node = 0)
    {
        const Call enrolled = admin(QStringList { "couchdb", "enrol", url() } + arguments);
        if (enrolled.exit != 0) {
            qWarning() << "couchdb enrol failed:" << enrolled.err;
            return nullptr;
        }
        auto device = newDevice();
        device->id = enrolled.json.value("device_id").toString();
        device->password = enrolled.json.value("password").toString();
        device->databases = enrolled.json.value("databases").toObject();
        device->base = m_couch.admin(node).adjusted(QUrl::RemoveUserInfo);
        device->base.setUserName(device->id);
        device->base.setPassword(device->password);
        return device;
    }

    struct Outcome
    {
        bool ok = false;
        StoreError error;
        ReplicationStats stats;
    };

    Outcome replicate(ReplicationPeer &source, ReplicationPeer &target, const std::function<void(Replicator &)> &during = {})
    {
        ReplicationOptions options;
        options.batchSize = 100;
        Replicator replicator(source, target, options);
        QSignalSpy finished(&replicator, &Replicator::finished);
        if (during)
            during(replicator);
        replicator.start();
        if (!finished.wait(180000)) {
            replicator.stop();
            return { false, StoreError::make(StoreError::Code::Internal, "timed out"), {} };
        }
        return { finished.first().at(0).toBool(), finished.first().at(1).value<StoreError>(), replicator.stats() };
    }

    QUrl remoteOf(Device &device, const QString &local)
    {
        QUrl remote = device.base;
        remote.setPath(QLatin1Char('/') + device.databases.value(local).toString(local));
        return remote;
    }

    Outcome push(Device &device, const QString &local, const std::function<void(Replicator &)> &during = {})
    {
        LocalPeer here(device.db(local));
        HttpPeer there(remoteOf(device, local), &m_network);
        if (!device.bearer.isEmpty())
            there.setBearerToken(device.bearer);
        return replicate(here, there, during);
    }

    Outcome pull(Device &device, const QString &local)
    {
        LocalPeer here(device.db(local));
        HttpPeer there(remoteOf(device, local), &m_network);
        if (!device.bearer.isEmpty())
            there.setBearerToken(device.bearer);
        return replicate(there, here);
    }

    // As the app syncs one database: push, then pull; the push's refusals are kept.
    Outcome sync(Device &device, const QString &local)
    {
        const Outcome pushed = push(device, local);
        if (!pushed.ok)
            return pushed;
        Outcome pulled = pull(device, local);
        pulled.stats.rejected += pushed.stats.rejected;
        return pulled;
    }

    static QStringList localIds(DocumentDatabase *db)
    {
        QStringList ids;
        for (const AllDocsRow &row : db->allDocs({}).value())
            ids.append(row.id);
        return ids;
    }

    QStringList remoteIds(const QString &db, int node = 0)
    {
        QStringList ids;
        for (const QJsonValue &row : couch("GET", QStringLiteral("/%1/_all_docs").arg(db), {}, node).object().value("rows").toArray())
            ids.append(row.toObject().value("id").toString());
        return ids;
    }

    // Every node, through its own port: each expected id listed once, nothing listed twice,
    // and the database's doc_count agreeing with the listing.
    QString checkEveryNode(const QString &db, const QStringList &expected)
    {
        for (int node = 0; node < m_couch.nodes().size(); ++node) {
            const QStringList ids = remoteIds(db, node);
            if (QSet<QString>(ids.begin(), ids.end()).size() != ids.size())
                return QStringLiteral("node %1 lists an id twice in %2").arg(node).arg(db);
            for (const QString &id : expected) {
                if (!ids.contains(id))
                    return QStringLiteral("node %1 lacks %2 in %3").arg(node).arg(id, db);
            }
            if (couch("GET", QLatin1Char('/') + db, {}, node).object().value("doc_count").toInt() != ids.size())
                return QStringLiteral("node %1: doc_count of %2 differs from _all_docs").arg(node).arg(db);
        }
        return {};
    }

    QJsonObject issueCard(const QStringList &initiatives)
    {
        QStringList arguments { "couchdb", "card-issue", url(), "--data", m_data, "--org", "visserijplein" };
        for (const QString &i : initiatives)
            arguments += { "--initiative", i };
        return admin(arguments).json;
    }

    static QJsonObject tally(const QString &id, const QDate &day)
    {
        return { { "_id", id }, { "type", "tally" }, { "date", day.toString(Qt::ISODate) }, { "language", "nl" },
                 { "does", QJsonArray { "chat" } }, { "needs", QJsonArray() } };
    }

    QJsonObject m_cardA;
    QJsonObject m_cardB;
    std::unique_ptr<Device> m_holder;

private slots:
    void initTestCase()
    {
        qRegisterMetaType<StoreError>();
        if (const QString problem = m_couch.start(); !problem.isEmpty())
            QSKIP(qPrintable(problem));
        m_adminPassword = m_couch.admin().password();
        // A buurtbrug-server data folder with the sample neighbourhood and two organisations.
        m_data = m_dir.filePath(QStringLiteral("server"));
        QCOMPARE(admin({ "init", "--data", m_data }).exit, 0);
        QCOMPARE(admin({ "import", SAMPLE_DATA, "--data", m_data }).exit, 0);
        QCOMPARE(admin({ "add-org", "reakt", "--data", m_data }).exit, 0);
    }

    void importMovesTheFolderAndSetsUpTheCluster()
    {
        const Call imported = admin({ "couchdb", "import", m_data, url() });
        QVERIFY2(imported.exit == 0, imported.err.constData());
        DatabaseFolder folder(DomainIndexer::indexer());
        QVERIFY(folder.open(m_data, false).ok());
        for (const QString &db : { QStringLiteral("directory"), QStringLiteral("org-visserijplein") }) {
            const QStringList ids = localIds(folder.database(db).value());
            QVERIFY(ids.size() > 100);
            QVERIFY2(checkEveryNode(db, ids).isEmpty(), qPrintable(checkEveryNode(db, ids)));
        }
        for (const QString &db : { "org-reakt", "cards-reakt", "cards-visserijplein", "cards" })
            QCOMPARE(couch("GET", QLatin1Char('/') + db).status, 200);
        QCOMPARE(couch("GET", "/directory/_security").object().value("members").toObject().value("roles").toArray(), QJsonArray { "buurtbrug" });
    }

    void setupTwiceChangesNothing()
    {
        const Call first = admin({ "couchdb", "setup", url(), "--org", "reakt" });
        QVERIFY2(first.exit == 0, first.err.constData());
        const auto snapshot = [this] {
            QJsonObject state;
            for (const QJsonValue &db : couch("GET", "/_all_dbs").body.toArray()) {
                const QString name = db.toString();
                state.insert(name + "/_security", couch("GET", "/" + name + "/_security").object());
                state.insert(name + "/design", couch("GET", "/" + name + "/_design/buurtbrug").object().value("_rev"));
            }
            for (const QJsonValue &row : couch("GET", "/_replicator/_all_docs").object().value("rows").toArray())
                state.insert("job " + row.toObject().value("id").toString(), row.toObject().value("value").toObject().value("rev"));
            return state;
        };
        const QJsonObject before = snapshot();
        const Call second = admin({ "couchdb", "setup", url(), "--org", "reakt" });
        QCOMPARE(second.exit, 0);
        QCOMPARE(second.json.value("changes").toInt(), 0);
        QCOMPARE(snapshot(), before);
        // Through another node of the cluster too.
        QCOMPARE(admin({ "couchdb", "setup", url(1), "--jobs-url", m_couch.admin(0).adjusted(QUrl::RemoveUserInfo).toString() }).json.value("changes").toInt(), 0);
        // Not an admin: refused, named, nothing changed; a wrong password is not printed.
        QUrl wrong = m_couch.admin();
        wrong.setPassword("not-the-password-x7");
        const Call refused = admin({ "couchdb", "setup", wrong.toString() });
        QCOMPARE(refused.exit, 1);
        QVERIFY(!refused.err.contains("not-the-password-x7") && !refused.out.contains("not-the-password-x7"));
        QCOMPARE(admin({ "couchdb", "setup", "not a url" }).exit, 2);
        QCOMPARE(snapshot(), before);
    }

    // Each refusal names its reason, exits 1 (or 2 for usage) and leaves the cluster as it was.
    void badInputIsRefusedWithItsReason_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exit");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unknown role") << QStringList { "enrol", "--role", "wizard", "--org", "reakt" } << 1 << "unknown role";
        QTest::newRow("no role") << QStringList { "enrol", "--org", "reakt" } << 1 << "at least one --role";
        QTest::newRow("worker without org") << QStringList { "enrol", "--role", "coordinator" } << 1 << "--org SLUG";
        QTest::newRow("bad org slug") << QStringList { "enrol", "--role", "coordinator", "--org", "Bad Org!" } << 1 << "--org SLUG";
        QTest::newRow("holder with a bad code") << QStringList { "enrol", "--role", "cardholder", "--card", "K7Q-M4P-XR8" } << 1 << "--card";
        QTest::newRow("holder of no card") << QStringList { "enrol", "--role", "cardholder", "--card", "222-222-222" } << 1 << "no card";
        QTest::newRow("holder with a second role") << QStringList { "enrol", "--role", "cardholder", "--role", "host", "--card", "222-222-222" } << 1 << "no other role";
        QTest::newRow("hosts without host") << QStringList { "enrol", "--role", "coordinator", "--org", "reakt", "--hosts", "wijkpaleis" } << 1 << "--hosts";
        QTest::newRow("unknown device") << QStringList { "revoke", "dev-0000000000000000" } << 1 << "not_found";
        QTest::newRow("card-revoke of a bad code") << QStringList { "card-revoke", "nonsense" } << 2 << "card-revoke";
        QTest::newRow("erase without org") << QStringList { "erase-person", "zon-1" } << 1 << "--org";
        QTest::newRow("unknown command") << QStringList { "reboot" } << 2 << "unknown";
        QTest::newRow("card-issue without data") << QStringList { "card-issue", "--org", "reakt" } << 2 << "--data DIR";
    }

    void badInputIsRefusedWithItsReason()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exit);
        QFETCH(QString, reason);
        // Users only: CouchDB adds _users/_design/_auth by itself at some point.
        const auto countUsers = [this] {
            return couch("GET", "/_users/_all_docs?startkey=%22org.couchdb.user:%22&endkey=%22org.couchdb.user:%EF%BF%B0%22").object().value("rows").toArray().size();
        };
        if (countUsers() == 0)
            QVERIFY(enrolOnCluster({ "--role", "editor", "--org", "reakt" })); // so that the count below can change
        const int users = countUsers();
        QVERIFY(users > 0);
        QStringList full { "couchdb", arguments.first(), url() };
        full += arguments.mid(1);
        const Call refused = admin(full);
        QCOMPARE(refused.exit, exit);
        QVERIFY2(QString::fromUtf8(refused.err).contains(reason), refused.err.constData());
        QCOMPARE(countUsers(), users);
    }

    void importKeepsHistoriesConflictsAndDeletions()
    {
        // A folder whose org-archief holds a three-revision document with a conflict, and a
        // deleted one: exactly that must arrive, and come back by export.
        const QString source = m_dir.filePath("archive");
        QCOMPARE(admin({ "init", "--data", source }).exit, 0);
        QCOMPARE(admin({ "add-org", "archief", "--data", source }).exit, 0);
        {
            DatabaseFolder folder(DomainIndexer::indexer());
            QVERIFY(folder.open(source, false).ok());
            DocumentDatabase *org = folder.database("org-archief").value();
            QJsonObject doc = tally("tally:history", m_today.addDays(-3));
            QString firstHash;
            for (int i = 0; i < 3; ++i) {
                doc.insert("language", QStringList { "nl", "ar", "tr" }.at(i));
                const WriteResult written = org->put(doc);
                QVERIFY2(written.error.ok(), qPrintable(written.error.reason));
                doc.insert("_rev", written.rev);
                if (i == 0)
                    firstHash = written.rev.section(u'-', 1);
            }
            QJsonObject branch = tally("tally:history", m_today.addDays(-3));
            branch.insert("language", "pl");
            branch.insert("_rev", "2-" + QString(32, u'b'));
            branch.insert("_revisions", QJsonObject { { "start", 2 }, { "ids", QJsonArray { QString(32, u'b'), firstHash } } });
            QVERIFY(org->bulkDocs(QList<QJsonObject> { branch }, false).first().error.ok());
            const WriteResult gone = org->put(tally("tally:gone", m_today.addDays(-2)));
            QVERIFY(org->remove("tally:gone", gone.rev).error.ok());
        }
        const Call imported = admin({ "couchdb", "import", source, url() });
        QVERIFY2(imported.exit == 0, imported.out.constData());
        // Again: it resumes from its checkpoints and finds nothing to move.
        const Call again = admin({ "couchdb", "import", source, url() });
        QCOMPARE(again.exit, 0);
        QCOMPARE(again.json.value("databases").toObject().value("org-archief").toObject().value("docs_written").toInt(), 0);
        QVERIFY(again.json.value("databases").toObject().contains("org-archief"));
        const auto leaves = [](const QJsonArray &openRevs) {
            QStringList revs;
            for (const QJsonValue &r : openRevs)
                revs.append(r.toObject().value("ok").toObject().value("_rev").toString());
            revs.sort();
            return revs;
        };
        DatabaseFolder folder(DomainIndexer::indexer());
        QVERIFY(folder.open(source, false).ok());
        DocumentDatabase *org = folder.database("org-archief").value();
        QStringList localLeaves;
        for (const OpenRevision &leaf : org->openRevs("tally:history", {}, true).value())
            localLeaves.append(leaf.rev);
        localLeaves.sort();
        QCOMPARE(localLeaves.size(), 2);
        for (int node = 0; node < m_couch.nodes().size(); ++node) {
            QCOMPARE(leaves(couch("GET", "/org-archief/tally:history?open_revs=all&revs=true", {}, node).body.toArray()), localLeaves);
            const QJsonObject winner = couch("GET", "/org-archief/tally:history?conflicts=true&revs=true", {}, node).object();
            QCOMPARE(winner.value("_revisions").toObject().value("ids").toArray().size(), 3);
            QCOMPARE(winner.value("_conflicts").toArray().size(), 1);
            QCOMPARE(couch("GET", "/org-archief/tally:gone", {}, node).object().value("reason").toString(), QString("deleted"));
        }
        // And back: export into a fresh folder holds the same leaves and the tombstone.
        const QString back = m_dir.filePath("exported");
        const Call exported = admin({ "couchdb", "export", url(), back });
        QVERIFY2(exported.exit == 0, exported.out.constData());
        DatabaseFolder returned(DomainIndexer::indexer());
        QVERIFY(returned.open(back, false).ok());
        QStringList backLeaves;
        for (const OpenRevision &leaf : returned.database("org-archief").value()->openRevs("tally:history", {}, true).value())
            backLeaves.append(leaf.rev);
        backLeaves.sort();
        QCOMPARE(backLeaves, localLeaves);
        QCOMPARE(returned.database("org-archief").value()->get("tally:gone").error().code, StoreError::Code::NotFound);
        QCOMPARE(localIds(returned.database("directory").value()), remoteIds("directory"));
    }

    void aWorkerSyncsItsOrganisation()
    {
        auto worker = enrolOnCluster({ "--role", "verbindingswerker", "--org", "visserijplein", "--person", "Sam" }, 1);
        QVERIFY(worker);
        QCOMPARE(worker->databases.value("org-visserijplein").toString(), QString("org-visserijplein"));
        QCOMPARE(worker->databases.value("cards").toString(), QString("cards-visserijplein"));
        for (const QString &db : { "directory", "org-visserijplein" }) {
            const Outcome synced = sync(*worker, db);
            QVERIFY2(synced.ok, qPrintable(synced.error.reason));
        }
        QVERIFY(localIds(worker->db("org-visserijplein")).size() > 100);
        FieldLog log(*worker->db("org-visserijplein"), worker->db("directory"));
        const Result<QString> logged = log.logTally({ m_today, "ar", { "cooking" }, {}, {} });
        QVERIFY(logged.ok());
        QVERIFY(sync(*worker, "org-visserijplein").ok);
        QCOMPARE(couch("GET", "/org-visserijplein/" + logged.value(), {}, 2).object().value("language").toString(), QString("ar"));
        // A worker of another organisation reads and writes none of it.
        auto other = enrolOnCluster({ "--role", "coordinator", "--org", "reakt" });
        QVERIFY(other);
        other->databases.insert("org-visserijplein", "org-visserijplein");
        const Outcome refused = pull(*other, "org-visserijplein");
        QVERIFY(!refused.ok);
        QCOMPARE(refused.error.code, StoreError::Code::Forbidden);
        // Nor may a worker write the directory: named and kept on the device.
        QJsonObject initiative = worker->db("directory")->get("initiative:wijkpaleis").value();
        initiative.insert("phone", "+31 10 000 0000");
        QVERIFY(worker->db("directory")->put(initiative).error.ok());
        const Outcome pushed = push(*worker, "directory");
        QVERIFY(pushed.ok);
        QCOMPARE(pushed.stats.rejected.size(), 1);
        QVERIFY2(pushed.stats.rejected.first().reason.contains("only coordinators and editors"), qPrintable(pushed.stats.rejected.first().reason));
        QCOMPARE(worker->db("directory")->get("initiative:wijkpaleis").value().value("phone").toString(), QString("+31 10 000 0000"));
    }

    void aCardHolderSeesOnlyTheirCard()
    {
        m_cardA = issueCard({ "wijkpaleis", "geestverwanten" });
        m_cardB = issueCard({ "wijkpaleis" });
        QVERIFY(m_cardA.value("ok").toBool() && m_cardB.value("ok").toBool());
        const QString a = m_cardA.value("code").toString();
        const QString b = m_cardB.value("code").toString();
        m_holder = enrolOnCluster({ "--role", "cardholder", "--card", a }, 2);
        QVERIFY(m_holder);
        QCOMPARE(m_holder->databases.value("cards").toString(), "card-" + a.toLower());
        QVERIFY(waitUntil([&] { return pull(*m_holder, "cards").ok && localIds(m_holder->db("cards")).contains("card:" + a); }));
        for (const QString &id : localIds(m_holder->db("cards")))
            QVERIFY2(id == "card:" + a || id == "_design/buurtbrug", qPrintable(id));
        // The organisation's cards, another card's database and the hub are closed to it.
        for (const QString &db : QStringList { "cards-visserijplein", "card-" + b.toLower(), "cards", "org-visserijplein" }) {
            const Answer answer = couch("GET", "/" + db + "/_all_docs", {}, 2, "Basic " + (m_holder->id + ":" + m_holder->password).toUtf8().toBase64());
            QCOMPARE(answer.status, 403);
        }
        // Its own self-stamp is accepted and reaches the organisation.
        QJsonObject self { { "_id", "stamp:" + a + ":wijkpaleis:" + m_today.toString(Qt::ISODate) + ":self" }, { "type", "stamp" },
                           { "card", "card:" + a }, { "initiative", "initiative:wijkpaleis" }, { "date", m_today.toString(Qt::ISODate) },
                           { "method", "self" }, { "verified", false }, { "nearby", true } };
        QVERIFY(m_holder->db("cards")->put(self).error.ok());
        const Outcome pushed = push(*m_holder, "cards");
        QVERIFY(pushed.ok);
        QVERIFY2(pushed.stats.rejected.isEmpty(), qPrintable(pushed.stats.rejected.value(0).reason));
        QVERIFY(waitUntil([&] { return couch("GET", "/cards-visserijplein/" + self.value("_id").toString()).status == 200; }));
    }

    void aForbiddenWriteIsNamedOnTheDeviceAndKept()
    {
        QVERIFY(m_holder);
        const QString a = m_cardA.value("code").toString();
        QJsonObject card = m_holder->db("cards")->get("card:" + a).value();
        card.insert("validUntil", m_today.addYears(5).toString(Qt::ISODate));
        QVERIFY(m_holder->db("cards")->put(card).error.ok());
        const Outcome pushed = push(*m_holder, "cards");
        QVERIFY(pushed.ok);
        QCOMPARE(pushed.stats.rejected.size(), 1);
        QCOMPARE(pushed.stats.rejected.first().id, "card:" + a);
        QVERIFY2(pushed.stats.rejected.first().reason.contains("changes only shareProgress, not validUntil"), qPrintable(pushed.stats.rejected.first().reason));
        QCOMPARE(m_holder->db("cards")->get("card:" + a).value().value("validUntil").toString(), m_today.addYears(5).toString(Qt::ISODate));
        QVERIFY(couch("GET", "/cards/card:" + a).object().value("validUntil").toString() != m_today.addYears(5).toString(Qt::ISODate));
        // Sharing progress is the holder's to change: accepted, and the organisation sees it.
        card = m_holder->db("cards")->get("card:" + a).value();
        card.insert("validUntil", m_cardA.value("validUntil"));
        card.insert("shareProgress", true);
        QVERIFY(m_holder->db("cards")->put(card).error.ok());
        const Outcome shared = push(*m_holder, "cards");
        QVERIFY(shared.ok);
        QCOMPARE(shared.stats.rejected.size(), 0);
        QVERIFY(waitUntil([&] { return couch("GET", "/cards-visserijplein/card:" + a).object().value("shareProgress").toBool(); }));
    }

    void aHostsStampReachesTheOrganisationAndTheHolder()
    {
        QVERIFY(m_holder);
        const QString a = m_cardA.value("code").toString();
        // A host of another organisation, at a place on the card.
        auto host = enrolOnCluster({ "--role", "host", "--org", "reakt", "--hosts", "wijkpaleis" }, 1);
        QVERIFY(host);
        QVERIFY(sync(*host, "directory").ok);
        QVERIFY(sync(*host, "cards").ok);
        const CardVerifier::Check check = CardVerifier::verify(m_cardA.value("payload").toString(), *host->db("directory"), m_today);
        QVERIFY2(check.ok(), qPrintable(check.reason));
        StampBook book(*host->db("cards"), *host->db("directory"));
        const Result<StampResult> stamped = book.stampAsHost(check.card, "initiative:wijkpaleis", m_today);
        QVERIFY(stamped.ok());
        const Outcome pushed = push(*host, "cards");
        QVERIFY(pushed.ok);
        QVERIFY2(pushed.stats.rejected.isEmpty(), qPrintable(pushed.stats.rejected.value(0).reason));
        const QString stampId = StampBook::stampId(a, "initiative:wijkpaleis", m_today);
        auto coordinator = enrolOnCluster({ "--role", "coordinator", "--org", "visserijplein" });
        QVERIFY(coordinator);
        QVERIFY(waitUntil([&] { return sync(*coordinator, "cards").ok && coordinator->db("cards")->get(stampId).ok(); }));
        QVERIFY(waitUntil([&] { return sync(*m_holder, "cards").ok && m_holder->db("cards")->get(stampId).ok(); }));
        QCOMPARE(m_holder->db("cards")->get(stampId).value().value("method").toString(), QString("host"));
        // The holder of another card sees none of it.
        auto other = enrolOnCluster({ "--role", "cardholder", "--card", m_cardB.value("code").toString() });
        QVERIFY(other);
        const QString jobOfB = "/_scheduler/docs/_replicator/buurtbrug-card-" + m_cardB.value("code").toString() + "-down";
        QVERIFY2(waitUntil([&] { return pull(*other, "cards").ok && localIds(other->db("cards")).size() == 2; }),
                 QJsonDocument(couch("GET", jobOfB).object()).toJson().constData());
        for (const QString &id : localIds(other->db("cards")))
            QVERIFY2(!id.contains(a), qPrintable(id));
        // A host writes no card, not even of its own organisation.
        QJsonObject forged = m_holder->db("cards")->get("card:" + a).value();
        forged.remove("_rev");
        forged.insert("_id", "card:ZZZZZZZZZ");
        forged.insert("org", "reakt");
        forged.insert("code", "ZZZZZZZZZ");
        const Answer refused = couch("PUT", "/cards-reakt/card:ZZZZZZZZZ", forged, 0, "Basic " + (host->id + ":" + host->password).toUtf8().toBase64());
        QCOMPARE(refused.status, 403);
    }

    // The validation design documents, write by write, as each role's device would send them.
    void validationHoldsEachRoleToItsWrites()
    {
        QVERIFY(m_holder);
        const QString a = m_cardA.value("code").toString();
        auto coordinator = enrolOnCluster({ "--role", "coordinator", "--org", "visserijplein" });
        auto worker = enrolOnCluster({ "--role", "verbindingswerker", "--org", "visserijplein" });
        auto host = enrolOnCluster({ "--role", "host", "--org", "visserijplein", "--hosts", "wijkpaleis" });
        auto buurtmaatje = enrolOnCluster({ "--role", "buurtmaatje", "--org", "visserijplein" });
        auto editor = enrolOnCluster({ "--role", "editor", "--org", "visserijplein" });
        QVERIFY(coordinator && worker && host && buurtmaatje && editor);
        const auto as = [](const std::unique_ptr<Device> &d) { return "Basic " + (d->id + ":" + d->password).toUtf8().toBase64(); };
        // A clustered read may still return the revision before the last quorum write; the
        // PUT then answers 409 before validation runs. A few re-reads settle it (bounded).
        const auto put = [&](const QByteArray &who, const QString &db, QJsonObject doc) {
            Answer answer;
            for (int attempt = 0; attempt < 5; ++attempt) {
                const Answer stored = couch("GET", "/" + db + "/" + doc.value("_id").toString() + "?r=3");
                if (stored.status == 200)
                    doc.insert("_rev", stored.object().value("_rev"));
                answer = couch("PUT", "/" + db + "/" + doc.value("_id").toString(), doc, 0, who);
                if (answer.status != 409)
                    break;
                QTest::qWait(200 * (attempt + 1));
            }
            return answer;
        };
        const auto card = [&](const QString &code, const QString &org) {
            return QJsonObject { { "_id", "card:" + code }, { "type", "card" }, { "code", code }, { "org", org },
                                 { "initiatives", QJsonArray { "initiative:wijkpaleis" } }, { "validFrom", m_today.toString(Qt::ISODate) },
                                 { "validUntil", m_today.addDays(90).toString(Qt::ISODate) }, { "shareProgress", false } };
        };
        const auto stamp = [&](const QString &code, const QDate &day, const QString &method, bool self) {
            return QJsonObject { { "_id", StampBook::stampId(code, "initiative:wijkpaleis", day) + (self ? ":self" : "") }, { "type", "stamp" },
                                 { "card", "card:" + code }, { "initiative", "initiative:wijkpaleis" }, { "date", day.toString(Qt::ISODate) },
                                 { "method", method }, { "verified", method == QLatin1String("host") } };
        };
        const QString cards = "cards-visserijplein";
        // Cards of the organisation: workers make them, with its org, and never flip sharing.
        QCOMPARE(put(as(coordinator), cards, card("VALID0001", "reakt")).status, 403);
        QCOMPARE(put(as(coordinator), cards, card("VALID0001", "visserijplein")).status, 201);
        QJsonObject shared = card("VALID0001", "visserijplein");
        shared.insert("shareProgress", true);
        QCOMPARE(put(as(worker), cards, shared).status, 403);
        QJsonObject longer = card("VALID0001", "visserijplein");
        longer.insert("validUntil", m_today.addDays(120).toString(Qt::ISODate));
        QCOMPARE(put(as(worker), cards, longer).status, 201);
        QCOMPARE(put(as(host), cards, card("VALID0002", "visserijplein")).status, 403);
        // Stamps: a host's with method host; a self-stamp is the holder's alone.
        QCOMPARE(put(as(host), cards, stamp("VALID0001", m_today, "host", false)).status, 201);
        QCOMPARE(put(as(host), cards, stamp("VALID0001", m_today.addDays(-1), "self", false)).status, 403);
        QCOMPARE(put(as(host), cards, stamp("VALID0001", m_today.addDays(-1), "self", true)).status, 403);
        QCOMPARE(put(as(coordinator), cards, stamp("VALID0001", m_today.addDays(-2), "self", true)).status, 403);
        QCOMPARE(put(as(coordinator), cards, QJsonObject { { "_id", "note:1" }, { "text", "x" } }).status, 403);
        // Deleting: a coordinator only.
        const QString rev = couch("GET", "/" + cards + "/card:VALID0001").object().value("_rev").toString();
        QCOMPARE(couch("DELETE", "/" + cards + "/card:VALID0001?rev=" + rev, {}, 0, as(worker)).status, 403);
        QCOMPARE(couch("DELETE", "/" + cards + "/card:VALID0001?rev=" + rev, {}, 0, as(host)).status, 403);
        QCOMPARE(couch("DELETE", "/" + cards + "/card:VALID0001?rev=" + rev, {}, 0, as(coordinator)).status, 200);
        // Neither a buurtmaatje nor an editor opens the organisation's cards.
        QCOMPARE(couch("GET", "/" + cards, {}, 0, as(buurtmaatje)).status, 403);
        QCOMPARE(couch("GET", "/" + cards, {}, 0, as(editor)).status, 403);

        // The holder's card database: today's own self-stamps, never verified, nothing else.
        const QString mine = "card-" + a.toLower();
        const QByteArray holder = "Basic " + (m_holder->id + ":" + m_holder->password).toUtf8().toBase64();
        QCOMPARE(put(holder, mine, stamp(a, m_today, "self", true)).status, 201);
        QCOMPARE(put(holder, mine, stamp(a, m_today.addDays(-3), "self", true)).status, 403);
        QJsonObject verified = stamp(a, m_today.addDays(-1), "self", true);
        verified.insert("verified", true);
        QCOMPARE(put(holder, mine, verified).status, 403);
        QCOMPARE(put(holder, mine, stamp(a, m_today.addDays(-1), "host", false)).status, 403);
        QCOMPARE(put(holder, mine, stamp("VALID0001", m_today, "self", true)).status, 403);
        QCOMPARE(put(holder, mine, card("VALID0003", "visserijplein")).status, 403);
        const QString own = stamp(a, m_today, "self", true).value("_id").toString();
        const QString ownRev = couch("GET", "/" + mine + "/" + own).object().value("_rev").toString();
        QCOMPARE(couch("DELETE", "/" + mine + "/" + own + "?rev=" + ownRev, {}, 0, holder).status, 403);

        // The directory: coordinators and editors; buurtmaatjes and hosts translations only.
        const QJsonObject note { { "_id", "initiative:validatie" }, { "type", "initiative" }, { "name", "x" } };
        const QJsonObject translation { { "_id", "translation:validatie:en" }, { "type", "translation" } };
        QCOMPARE(put(as(buurtmaatje), "directory", note).status, 403);
        QCOMPARE(put(holder, "directory", translation).status, 403);
        QCOMPARE(put(as(buurtmaatje), "directory", translation).status, 201);
        QCOMPARE(put(as(host), "directory", translation).status, 201);
        QCOMPARE(put(as(editor), "directory", note).status, 201);
        QCOMPARE(put(as(coordinator), "directory", note).status, 201);
        QCOMPARE(put(as(worker), "directory", note).status, 403);
        // These were not real directory entries: gone again, for the phones that sync later.
        for (const QString &id : { note.value("_id").toString(), translation.value("_id").toString() }) {
            const QString last = couch("GET", "/directory/" + id).object().value("_rev").toString();
            QCOMPARE(couch("DELETE", "/directory/" + id + "?rev=" + last).status, 200);
        }
    }

    void revocationStopsADevice()
    {
        auto worker = enrolOnCluster({ "--role", "coordinator", "--org", "reakt" });
        QVERIFY(worker);
        QVERIFY(sync(*worker, "directory").ok);
        const Answer session = couch("POST", "/_session", QJsonObject { { "name", worker->id }, { "password", worker->password } }, 0, "none");
        QCOMPARE(session.status, 200);
        QNetworkRequest probe(QUrl(m_couch.admin(0).adjusted(QUrl::RemoveUserInfo).toString() + "/_session"));
        // The cookie from a fresh sign-in, read by hand (QNetworkAccessManager keeps no jar here).
        QByteArray cookie;
        {
            probe.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            QNetworkReply *reply = m_network.post(probe, QJsonDocument(QJsonObject { { "name", worker->id }, { "password", worker->password } }).toJson());
            QSignalSpy done(reply, &QNetworkReply::finished);
            done.wait(10000);
            reply->deleteLater();
            cookie = reply->rawHeader("Set-Cookie").split(';').first();
        }
        QVERIFY(cookie.startsWith("AuthSession="));
        QCOMPARE(couch("GET", "/org-reakt", {}, 1, {}, cookie).status, 200);
        const Call revoked = admin({ "couchdb", "revoke", url(), worker->id });
        QCOMPARE(revoked.exit, 0);
        // Each node checks accounts against its own cache of _users, emptied by its own feed of
        // _users changes: a loaded node may take seconds to see the deletion (bounded here).
        Outcome refused;
        QVERIFY(waitUntil([&] { return (refused = sync(*worker, "directory")).error.code == StoreError::Code::Unauthorized; }, 60000));
        QVERIFY(!refused.ok);
        for (int node = 0; node < m_couch.nodes().size(); ++node)
            QVERIFY2(waitUntil([&] { return couch("GET", "/org-reakt", {}, node, {}, cookie).status == 401; }, 60000), qPrintable(QString::number(node)));
        QCOMPARE(admin({ "couchdb", "revoke", url(), worker->id }).exit, 1); // named, not silently passed
        // Revoking the holder's card closes its database and removes its jobs.
        const QString b = m_cardB.value("code").toString();
        const Call cardGone = admin({ "couchdb", "card-revoke", url(), b });
        QVERIFY2(cardGone.exit == 0, cardGone.out.constData());
        QCOMPARE(cardGone.json.value("devices").toArray().size(), 1);
        // card-revoke returns once the node no longer finds the database (not a 500 meanwhile).
        QCOMPARE(couch("GET", "/card-" + b.toLower()).status, 404);
        QCOMPARE(couch("GET", "/_replicator/buurtbrug-card-" + b + "-down").status, 404);
        QCOMPARE(couch("GET", "/cards-visserijplein/card:" + b).status, 200); // the organisation keeps the card
        // Setup repairs the layout, but does not bring a revoked card back; twice is nothing.
        QCOMPARE(admin({ "couchdb", "setup", url() }).exit, 0);
        QCOMPARE(admin({ "couchdb", "setup", url() }).json.value("changes").toInt(), 0);
        QCOMPARE(couch("GET", "/card-" + b.toLower()).status, 404);
        const Call late = admin({ "couchdb", "enrol", url(), "--role", "cardholder", "--card", b });
        QCOMPARE(late.exit, 1);
        QVERIFY2(late.err.contains("was revoked"), late.err.constData());
        QCOMPARE(couch("GET", "/card-" + b.toLower()).status, 404);
        QCOMPARE(couch("GET", "/card-" + m_cardA.value("code").toString().toLower()).status, 200);
    }

    void erasePersonPurgesOnTheCluster()
    {
        auto first = enrolOnCluster({ "--role", "verbindingswerker", "--org", "visserijplein" }, 0);
        auto second = enrolOnCluster({ "--role", "verbindingswerker", "--org", "visserijplein" }, 2);
        QVERIFY(first && second);
        FieldLog firstLog(*first->db("org-visserijplein"), nullptr);
        const Result<QString> contact = firstLog.logContact({ "zon-erase", "Fatimazahra", true, m_today, "market", "ar", { "housing" },
                                                              {}, {}, "formal", "Woonstichting", m_today.addDays(7) });
        QVERIFY(contact.ok());
        QVERIFY(sync(*first, "org-visserijplein").ok);
        QVERIFY(sync(*second, "org-visserijplein").ok);
        const QString original = first->db("org-visserijplein")->get(contact.value()).value().value("_rev").toString();
        // Both move the follow-up offline: a conflict on the cluster, the person in both branches.
        QVERIFY(firstLog.setFollowUp(contact.value(), m_today.addDays(3)).ok());
        QVERIFY(FieldLog(*second->db("org-visserijplein"), nullptr).setFollowUp(contact.value(), m_today.addDays(5)).ok());
        QVERIFY(push(*first, "org-visserijplein").ok);
        QVERIFY(push(*second, "org-visserijplein").ok);
        QCOMPARE(couch("GET", "/org-visserijplein/" + contact.value() + "?conflicts=true").object().value("_conflicts").toArray().size(), 1);

        const auto holdsThePerson = [&](int node) {
            const QByteArray leaves = QJsonDocument(couch("GET", "/org-visserijplein/" + contact.value() + "?open_revs=all&revs=true", {}, node).body.toArray()).toJson();
            const QByteArray old = QJsonDocument(couch("GET", "/org-visserijplein/" + contact.value() + "?rev=" + original, {}, node).object()).toJson();
            return leaves.contains("Fatimazahra") || leaves.contains("zon-erase") || old.contains("Fatimazahra");
        };
        for (int node = 0; node < m_couch.nodes().size(); ++node)
            QVERIFY(holdsThePerson(node)); // the check sees the person while they are there

        const Call erased = admin({ "couchdb", "erase-person", url(), "zon-erase", "--org", "visserijplein" });
        QVERIFY2(erased.exit == 0, erased.out.constData());
        QCOMPARE(erased.json.value("documents").toInt(), 1);
        QVERIFY(erased.json.value("purged").toInt() >= 1);
        // The command returns once every copy has compacted the person away: no waiting here.
        for (int node = 0; node < m_couch.nodes().size(); ++node) {
            QVERIFY2(!holdsThePerson(node), qPrintable(QString::number(node)));
            const QJsonObject now = couch("GET", "/org-visserijplein/" + contact.value() + "?conflicts=true&deleted_conflicts=true", {}, node).object();
            QCOMPARE(now.value("erased").toBool(), true);
            QVERIFY(!now.contains("_conflicts") && !now.contains("_deleted_conflicts"));
        }
        // A phone that syncs applies the erasure to what it still holds.
        QVERIFY(sync(*second, "org-visserijplein").ok);
        QVERIFY(PersonErasure::reapply(*second->db("org-visserijplein")).ok());
        QCOMPARE(second->db("org-visserijplein")->get(contact.value()).value().value("erased").toBool(), true);
    }

    // A node that is down holds its copies of the person and cannot be checked: the erasure says
    // so and changes nothing, and succeeds once the node is back.
    void erasePersonWaitsForEveryNode()
    {
        if (!m_couch.canKillNodes())
            QSKIP("needs the 3-node cluster this test starts itself");
        auto worker = enrolOnCluster({ "--role", "verbindingswerker", "--org", "visserijplein" }, 0);
        QVERIFY(worker);
        const Result<QString> contact = FieldLog(*worker->db("org-visserijplein"), nullptr)
                                                .logContact({ "zon-down", "Nadiyah", true, m_today, "market", "nl", { "housing" }, {}, {},
                                                              "formal", "Woonstichting", m_today.addDays(7) });
        QVERIFY(contact.ok());
        QVERIFY(sync(*worker, "org-visserijplein").ok);
        const auto holdsThePerson = [&](int node) {
            return QJsonDocument(couch("GET", "/org-visserijplein/" + contact.value(), {}, node).object()).toJson().contains("Nadiyah");
        };
        const auto nodesAnswering = [&] { return couch("GET", "/_membership").object().value("all_nodes").toArray().size(); };

        QVERIFY(m_couch.kill(2));
        QVERIFY(waitUntil([&] { return nodesAnswering() == 2; }, 30000));
        const Call refused = admin({ "couchdb", "erase-person", url(), "zon-down", "--org", "visserijplein" });
        QCOMPARE(refused.exit, 1);
        QVERIFY2(refused.json.value("reason").toString().contains("every node of the cluster, and 2 of 3 answer"), refused.out.constData());
        QVERIFY(holdsThePerson(0)); // nothing changed

        QVERIFY(m_couch.restart(2));
        QVERIFY(waitUntil([&] { return nodesAnswering() == 3; }, 60000));
        const Call erased = admin({ "couchdb", "erase-person", url(), "zon-down", "--org", "visserijplein" });
        QVERIFY2(erased.exit == 0, erased.out.constData());
        QCOMPARE(erased.json.value("documents").toInt(), 1);
        for (int node = 0; node < m_couch.nodes().size(); ++node)
            QVERIFY2(!holdsThePerson(node), qPrintable(QString::number(node)));
    }

    void aNodeKilledMidSyncLosesNothing()
    {
        if (!m_couch.canKillNodes())
            QSKIP("needs the 3-node cluster this test starts itself");
        auto worker = enrolOnCluster({ "--role", "coordinator", "--org", "visserijplein" }, 0);
        QVERIFY(worker);
        QList<QJsonObject> docs;
        QStringList ids;
        for (int i = 0; i < 2000; ++i) {
            ids.append(QStringLiteral("tally:fault-%1").arg(i, 4, 10, QLatin1Char('0')));
            docs.append(tally(ids.last(), m_today.addDays(-(i % 300))));
        }
        for (const WriteResult &w : worker->db("org-visserijplein")->bulkDocs(docs, true))
            QVERIFY(w.error.ok());
        bool killed = false;
        Outcome pushed = push(*worker, "org-visserijplein", [&](Replicator &replicator) {
            connect(&replicator, &Replicator::progress, &replicator, [&](int, int written) {
                if (written > 0 && !killed)
                    killed = m_couch.kill(2);
            });
        });
        QVERIFY(killed);
        // Two of three nodes still make a quorum; should the run have failed, it resumes.
        for (int attempt = 0; attempt < 3 && !pushed.ok; ++attempt)
            pushed = push(*worker, "org-visserijplein");
        QVERIFY2(pushed.ok, qPrintable(pushed.error.reason));
        QVERIFY(m_couch.restart(2));
        QString problem;
        QVERIFY2(waitUntil([&] { return (problem = checkEveryNode("org-visserijplein", ids)).isEmpty(); }), qPrintable(problem));
        auto reader = enrolOnCluster({ "--role", "buurtmaatje", "--org", "visserijplein" }, 2);
        QVERIFY(reader);
        QVERIFY(pull(*reader, "org-visserijplein").ok);
        const QStringList got = localIds(reader->db("org-visserijplein"));
        QCOMPARE(QSet<QString>(got.begin(), got.end()).size(), got.size());
        for (const QString &id : ids)
            QVERIFY(got.contains(id));
        QCOMPARE(got.size(), remoteIds("org-visserijplein", 2).size());
    }

    void aNodeKilledMidJobLosesNothing()
    {
        if (!m_couch.canKillNodes())
            QSKIP("needs the 3-node cluster this test starts itself");
        QVERIFY(m_holder);
        const QString a = m_cardA.value("code").toString();
        auto coordinator = enrolOnCluster({ "--role", "coordinator", "--org", "visserijplein" }, 1);
        QVERIFY(coordinator);
        QList<QJsonObject> stamps;
        QStringList ids;
        for (int i = 0; i < 1000; ++i) {
            const QDate day = m_today.addDays(-1 - i);
            ids.append(StampBook::stampId(a, "initiative:geestverwanten", day));
            stamps.append({ { "_id", ids.last() }, { "type", "stamp" }, { "card", "card:" + a }, { "initiative", "initiative:geestverwanten" },
                            { "date", day.toString(Qt::ISODate) }, { "method", "host" }, { "verified", true } });
        }
        for (const WriteResult &w : coordinator->db("cards")->bulkDocs(stamps, true))
            QVERIFY(w.error.ok());
        QVERIFY(push(*coordinator, "cards").ok);
        // The node running the job that carries them into the hub dies while it runs.
        const QString node = couch("GET", "/_scheduler/docs/_replicator/buurtbrug-org-visserijplein-up", {}, 1).object().value("node").toString();
        int victim = -1;
        for (int i = 0; i < m_couch.nodes().size(); ++i) {
            if (node.contains(QString::number(m_couch.admin(i).port())))
                victim = i;
        }
        QVERIFY2(victim >= 0, qPrintable(node));
        QVERIFY(m_couch.kill(victim));
        QTest::qWait(2000);
        QVERIFY(m_couch.restart(victim));
        QString problem;
        QVERIFY2(waitUntil([&] { return (problem = checkEveryNode("cards", ids)).isEmpty(); }, 240000), qPrintable(problem));
        QVERIFY2(waitUntil([&] { return (problem = checkEveryNode("card-" + a.toLower(), ids)).isEmpty(); }, 240000), qPrintable(problem));
        QVERIFY(sync(*m_holder, "cards").ok);
        const QStringList got = localIds(m_holder->db("cards"));
        QCOMPARE(QSet<QString>(got.begin(), got.end()).size(), got.size());
        for (const QString &id : ids)
            QVERIFY(got.contains(id));
    }

    // The app's flow, once against buurtbrug-server and once against the cluster: a
    // coordinator's and a host's phone join, pull the directory, the coordinator logs, the host
    // stamps a card, both sync; the coordinator sees the stamp and the holder their card.
    void endToEndOnBothBackends_data()
    {
        QTest::addColumn<bool>("cluster");
        QTest::newRow("buurtbrug-server") << false;
        QTest::newRow("couchdb-cluster") << true;
    }

    void endToEndOnBothBackends()
    {
        QFETCH(bool, cluster);
        std::unique_ptr<ServerProcess> server;
        QUrl serverUrl;
        const QString serverData = m_dir.filePath("e2e-server");
        std::function<std::unique_ptr<Device>(const QStringList &)> enrol;
        QJsonObject card;
        if (cluster) {
            enrol = [this](const QStringList &arguments) { return enrolOnCluster(arguments, 1); };
            card = issueCard({ "wijkpaleis" });
        } else {
            QCOMPARE(admin({ "init", "--data", serverData }).exit, 0);
            QCOMPARE(admin({ "import", SAMPLE_DATA, "--data", serverData }).exit, 0);
            server = std::make_unique<ServerProcess>(SERVER_BINARY, serverData);
            serverUrl = server->start("admin:test-secret", { "--rate-limit", "1000:1000" });
            QVERIFY(serverUrl.isValid());
            enrol = [&](const QStringList &arguments) -> std::unique_ptr<Device> {
                const QString code = admin(QStringList { "invite", "--data", serverData } + arguments).json.value("code").toString();
                QUrl enrolUrl = serverUrl.adjusted(QUrl::RemoveUserInfo);
                enrolUrl.setPath("/_enrol");
                QNetworkRequest request(enrolUrl);
                request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
                QNetworkReply *reply = m_network.post(request, QJsonDocument(QJsonObject { { "invite", code }, { "device", "phone" } }).toJson());
                QSignalSpy done(reply, &QNetworkReply::finished);
                done.wait(10000);
                reply->deleteLater();
                const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
                if (!answer.contains("token"))
                    return nullptr;
                auto device = newDevice();
                device->base = serverUrl.adjusted(QUrl::RemoveUserInfo);
                device->bearer = answer.value("token").toString().toLatin1();
                return device;
            };
            card = admin({ "card", "issue", "--data", serverData, "--org", "visserijplein", "--initiative", "wijkpaleis" }).json;
        }
        QVERIFY(card.value("ok").toBool());
        const QString code = card.value("code").toString();
        auto coordinator = enrol({ "--role", "coordinator", "--org", "visserijplein" });
        auto host = enrol({ "--role", "host", "--org", "visserijplein", "--hosts", "wijkpaleis" });
        auto holder = enrol({ "--role", "cardholder", "--card", code });
        QVERIFY(coordinator && host && holder);
        for (Device *device : { coordinator.get(), host.get(), holder.get() }) {
            const Outcome directory = pull(*device, "directory");
            QVERIFY2(directory.ok, qPrintable(directory.error.reason));
            QVERIFY(device->db("directory")->get("initiative:wijkpaleis").ok());
        }
        FieldLog log(*coordinator->db("org-visserijplein"), coordinator->db("directory"));
        const Result<QString> logged = log.logTally({ m_today, "tr", { "chat" }, {}, {} });
        QVERIFY(logged.ok());
        const Outcome loggedSync = sync(*coordinator, "org-visserijplein");
        QVERIFY2(loggedSync.ok && loggedSync.stats.rejected.isEmpty(), qPrintable(loggedSync.error.reason));
        const CardVerifier::Check check = CardVerifier::verify(card.value("payload").toString(), *host->db("directory"), m_today);
        QVERIFY2(check.ok(), qPrintable(check.reason));
        QVERIFY(StampBook(*host->db("cards"), *host->db("directory")).stampAsHost(check.card, "initiative:wijkpaleis", m_today).ok());
        const Outcome stampSync = sync(*host, "cards");
        QVERIFY2(stampSync.ok && stampSync.stats.rejected.isEmpty(), qPrintable(stampSync.error.reason + stampSync.stats.rejected.value(0).reason));
        const QString stampId = StampBook::stampId(code, "initiative:wijkpaleis", m_today);
        QVERIFY(waitUntil([&] { return sync(*coordinator, "cards").ok && coordinator->db("cards")->get(stampId).ok(); }, 60000));
        QVERIFY(waitUntil([&] { return sync(*holder, "cards").ok && holder->db("cards")->get(stampId).ok(); }, 60000));
        QVERIFY(holder->db("cards")->get("card:" + code).ok());
        // The log is on the other side, for another worker of the organisation.
        auto colleague = enrol({ "--role", "verbindingswerker", "--org", "visserijplein" });
        QVERIFY(colleague && pull(*colleague, "org-visserijplein").ok);
        QCOMPARE(colleague->db("org-visserijplein")->get(logged.value()).value().value("language").toString(), QString("tr"));
    }

    void cleanupTestCase() { m_couch.stop(); }
};

QTEST_GUILESS_MAIN(TestCouchCluster)
#include "tst_couchcluster.moc"
