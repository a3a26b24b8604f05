#include "databasefolder.h"
#include "domainindexer.h"
#include "faultyproxy.h"
#include "httppeer.h"
#include "localpeer.h"
#include "replicator.h"
#include "serverprocess.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

// Replication through broken networks and broken processes: a proxy that drops connections
// mid-body, answers 500 and 503, sends truncated or malformed JSON and stalls; and a syncing
// process killed with SIGKILL at 200 random moments. Whatever happens, retrying until it
// succeeds leaves every document present exactly once, and nothing acknowledged is lost; a
// photo cut short on the way is never stored as the photo.
class TestReplicationFaults : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
    QUrl m_base;
    QNetworkAccessManager m_network;

    QUrl at(const QUrl &base, const QString &db) const
    {
        QUrl url = base;
        url.setPath(QLatin1Char('/') + db);
        return url;
    }

    // One replication attempt; true when it completed.
    bool attempt(ReplicationPeer &source, ReplicationPeer &target, StoreError *error = nullptr)
    {
        ReplicationOptions options;
        options.batchSize = 100;
        Replicator replicator(source, target, options);
        QSignalSpy finished(&replicator, &Replicator::finished);
        replicator.start();
        if (!finished.wait(30000))
            return false;
        if (error)
            *error = finished.first().at(1).value<StoreError>();
        return finished.first().at(0).toBool();
    }

    bool createRemote(const QString &db) { return ServerProcess::createDatabase(m_network, m_base, db); }

    static QList<QJsonObject> makeDocs(const QString &prefix, int count)
    {
        QList<QJsonObject> docs;
        for (int i = 0; i < count; ++i)
            docs.append({ { "_id", QString("%1:%2").arg(prefix).arg(i, 5, 10, QLatin1Char('0')) }, { "n", i }, { "t", "çay مرحبا" } });
        return docs;
    }

    // Every document of `expected` is in `db` exactly once, at the same revision, no conflicts.
    static void verifySame(DocumentDatabase *expected, DocumentDatabase *db)
    {
        QCOMPARE(db->info().value().docCount, expected->info().value().docCount);
        QCOMPARE(db->integrityCheck(), QString("ok"));
        GetOptions options;
        options.conflicts = true;
        ChangesOptions all;
        for (const ChangeRow &row : expected->changes(all).value().rows) {
            const auto got = db->get(row.id, options);
            QVERIFY2(got.ok(), qPrintable(row.id + " is missing"));
            QCOMPARE(got.value().value("_rev").toString(), row.revs.first());
            QVERIFY(!got.value().contains("_conflicts"));
        }
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<StoreError>();
        m_server = std::make_unique<ServerProcess>(SERVER_BINARY, m_dir.filePath("server"));
        m_base = m_server->start();
        QVERIFY(m_base.isValid());
    }

    void brokenAnswersNeverLoseOrDuplicate()
    {
        QVERIFY(createRemote("faults"));
        FaultyProxy proxy(m_base, 5);
        QVERIFY(proxy.listen());
        const QUrl viaProxy = proxy.address();

        DatabaseFolder deviceA(DomainIndexer::indexer());
        QVERIFY(deviceA.open(m_dir.filePath("a"), true).ok());
        DocumentDatabase *a = deviceA.database("org-test", true).value();
        QVERIFY(a->bulkDocs(makeDocs("visit", 1500), true).first().error.ok());

        int failures = 0;
        bool done = false;
        // One peer across retries, as the app keeps it: the server's identity is asked once.
        HttpPeer pushTarget(at(viaProxy, "faults"), &m_network);
        pushTarget.setRequestTimeout(1500);
        for (int round = 0; round < 100 && !done; ++round) {
            LocalPeer local(a);
            HttpPeer &remote = pushTarget;
            StoreError error;
            done = attempt(local, remote, &error);
            if (!done) {
                ++failures;
                QVERIFY2(!error.ok(), "a failed attempt must say why");
            }
        }
        QVERIFY2(done, "push never completed");
        QVERIFY(failures > 0);
        QVERIFY(proxy.faultsInjected() >= 6); // every kind of fault was met at least once

        // Pull it all back through the same broken proxy into a fresh device.
        DatabaseFolder deviceB(DomainIndexer::indexer());
        QVERIFY(deviceB.open(m_dir.filePath("b"), true).ok());
        DocumentDatabase *b = deviceB.database("org-test", true).value();
        done = false;
        HttpPeer pullSource(at(viaProxy, "faults"), &m_network);
        pullSource.setRequestTimeout(1500);
        // A failed round still writes and checkpoints the batches read before its failure, so
        // every round moves on: about 16 rounds here. Dropping them made it take 100 or more.
        StoreError lastError;
        int rounds = 0;
        while (rounds < 100 && !done) {
            ++rounds;
            LocalPeer local(b);
            done = attempt(pullSource, local, &lastError);
        }
        QVERIFY2(done, qPrintable("pull never completed; last error: " + lastError.reason));
#ifdef BUURTBRUG_SANITIZED
        const int roundsAllowed = 80; // its 1.5 s timeouts meet a server that runs 2-5x slower
#else
        const int roundsAllowed = 40;
#endif
        QVERIFY2(rounds <= roundsAllowed, qPrintable(QString("the pull took %1 rounds").arg(rounds)));
        verifySame(a, b);
    }

    void photosThroughBrokenAnswersArriveWhole()
    {
        // Attachments travel raw (GET /db/doc/att, PUT multipart/related): a body cut short or
        // replaced by the proxy must never be stored as the photo.
        QVERIFY(createRemote("photo-faults"));
        FaultyProxy proxy(m_base, 4);
        QVERIFY(proxy.listen());
        const QUrl viaProxy = proxy.address();

        DatabaseFolder deviceA(DomainIndexer::indexer());
        QVERIFY(deviceA.open(m_dir.filePath("photo-a"), true).ok());
        DocumentDatabase *a = deviceA.database("photos", true).value();
        QRandomGenerator random(77);
        QList<QJsonObject> docs;
        for (int i = 0; i < 40; ++i) {
            QByteArray photo(30 * 1000 + i, Qt::Uninitialized);
            for (char &c : photo)
                c = char(random.bounded(256));
            QJsonObject attachments { { "photo.jpg", QJsonObject { { "content_type", "image/jpeg" }, { "data", QString::fromLatin1(photo.toBase64()) } } } };
            if (i % 5 == 0)
                attachments.insert("note.txt", QJsonObject { { "content_type", "text/plain" }, { "data", QString::fromLatin1(QByteArray("note ").append(QByteArray::number(i)).toBase64()) } });
            docs.append({ { "_id", QString("photo:%1").arg(i, 3, 10, QLatin1Char('0')) }, { "n", i }, { "_attachments", attachments } });
        }
        QVERIFY(a->bulkDocs(docs, true).first().error.ok());

        const auto untilDone = [&](ReplicationPeer &source, ReplicationPeer &target) {
            StoreError error;
            for (int round = 0; round < 100; ++round) {
                if (attempt(source, target, &error))
                    return true;
            }
            qWarning("last error: %s", qPrintable(error.reason));
            return false;
        };
        HttpPeer remote(at(viaProxy, "photo-faults"), &m_network);
        remote.setRequestTimeout(1500);
        {
            LocalPeer local(a);
            QVERIFY(untilDone(local, remote));
        }
        // New revisions: ten edited (the photo stays), five with a photo replaced.
        for (int i = 0; i < 15; ++i) {
            QJsonObject doc = a->get(QString("photo:%1").arg(i, 3, 10, QLatin1Char('0'))).value();
            doc.insert("n", 100 + i);
            if (i >= 10) {
                QJsonObject attachments = doc.value("_attachments").toObject();
                attachments.insert("photo.jpg", QJsonObject { { "content_type", "image/jpeg" }, { "data", QString::fromLatin1(QByteArray(20000, char('a' + i)).toBase64()) } });
                doc.insert("_attachments", attachments);
            }
            QVERIFY(a->put(doc).error.ok());
        }
        {
            LocalPeer local(a);
            QVERIFY(untilDone(local, remote));
        }
        QVERIFY(proxy.faultsInjected() >= 6);

        DatabaseFolder deviceB(DomainIndexer::indexer());
        QVERIFY(deviceB.open(m_dir.filePath("photo-b"), true).ok());
        DocumentDatabase *b = deviceB.database("photos", true).value();
        {
            LocalPeer local(b);
            QVERIFY(untilDone(remote, local));
        }
        verifySame(a, b);
        for (int i = 0; i < 40; ++i) {
            const QString id = QString("photo:%1").arg(i, 3, 10, QLatin1Char('0'));
            for (const QString &name : a->get(id).value().value("_attachments").toObject().keys())
                QVERIFY2(b->attachment(id, {}, name).value().data == a->attachment(id, {}, name).value().data, qPrintable(id + "/" + name));
        }
    }

    void syncKilledAtTwoHundredMomentsLosesNothing()
    {
        QVERIFY(createRemote("killed"));
        const QString dataA = m_dir.filePath("kill-a");
        const QString dataB = m_dir.filePath("kill-b");
        {
            DatabaseFolder folder(DomainIndexer::indexer());
            QVERIFY(folder.open(dataA, true).ok());
            QVERIFY(folder.database("org-test", true).value()->bulkDocs(makeDocs("tally", 3000), true).first().error.ok());
            DatabaseFolder other(DomainIndexer::indexer());
            QVERIFY(other.open(dataB, true).ok());
            QVERIFY(other.database("org-test", true).ok());
        }
        const QString url = at(m_base, "killed").toString();
        QRandomGenerator random(4242);
        int kills = 0;
        // 100 kills while pushing (a → server), 100 while pulling (server → b).
        for (int k = 0; k < 200; ++k) {
            const bool pushing = k < 100;
            QProcess sync;
            sync.start(ADMIN_BINARY, pushing ? QStringList { "replicate", "org-test", url, "--data", dataA, "--batch", "50" }
                                             : QStringList { "replicate", url, "org-test", "--data", dataB, "--batch", "50" });
            QVERIFY(sync.waitForStarted(5000));
            QThread::msleep(5 + random.bounded(60));
            if (sync.state() == QProcess::Running) {
                ::kill(pid_t(sync.processId()), SIGKILL);
                ++kills;
            }
            sync.waitForFinished(5000);
        }
        QVERIFY2(kills >= 150, qPrintable(QString("only %1 kills landed mid-sync").arg(kills)));
        for (const auto &arguments : { QStringList { "replicate", "org-test", url, "--data", dataA },
                                       QStringList { "replicate", url, "org-test", "--data", dataB } }) {
            QProcess finish;
            finish.start(ADMIN_BINARY, arguments);
            QVERIFY(finish.waitForFinished(120000));
            QVERIFY2(finish.exitCode() == 0, finish.readAllStandardError().constData());
        }
        DatabaseFolder a(DomainIndexer::indexer());
        QVERIFY(a.open(dataA, false).ok());
        DatabaseFolder b(DomainIndexer::indexer());
        QVERIFY(b.open(dataB, false).ok());
        verifySame(a.database("org-test").value(), b.database("org-test").value());
    }
};

QTEST_GUILESS_MAIN(TestReplicationFaults)
#include "tst_replicationfaults.moc"
