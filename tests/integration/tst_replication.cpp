#include "databasefolder.h"
#include "domainindexer.h"
#include "httppeer.h"
#include "localpeer.h"
#include "replicator.h"
#include "serverprocess.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QTest>

// The app's replicator against buurtbrug-server over 127.0.0.1: push, pull, conflicts,
// deletions, 10k documents, a server killed mid-replication, a document the server refuses.
class TestReplication : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    std::unique_ptr<ServerProcess> m_server;
    QUrl m_base;
    int m_stores = 0;

    struct Outcome
    {
        bool ok = false;
        StoreError error;
        ReplicationStats stats;
    };

    DatabaseFolder *newDevice()
    {
        auto *folder = new DatabaseFolder(DomainIndexer::indexer(), this);
        if (!folder->open(m_dir.filePath(QStringLiteral("device-%1").arg(++m_stores)), true).ok())
            return nullptr;
        return folder;
    }

    QUrl remote(const QString &db) const
    {
        QUrl url = m_base;
        url.setPath(QLatin1Char('/') + db);
        return url;
    }

    Outcome replicate(ReplicationPeer &source, ReplicationPeer &target, int batch = 100)
    {
        ReplicationOptions options;
        options.batchSize = batch;
        Replicator replicator(source, target, options);
        QSignalSpy finished(&replicator, &Replicator::finished);
        replicator.start();
        if (!finished.wait(120000))
            return { false, StoreError::make(StoreError::Code::Internal, "timed out"), {} };
        return { finished.first().at(0).toBool(), finished.first().at(1).value<StoreError>(), replicator.stats() };
    }

    Outcome push(DocumentDatabase *db, const QString &remoteDb, int batch = 100)
    {
        LocalPeer local(db);
        HttpPeer server(remote(remoteDb), &m_network);
        return replicate(local, server, batch);
    }

    Outcome pull(DocumentDatabase *db, const QString &remoteDb, int batch = 100)
    {
        LocalPeer local(db);
        HttpPeer server(remote(remoteDb), &m_network);
        return replicate(server, local, batch);
    }

    bool createRemote(const QString &db) { return ServerProcess::createDatabase(m_network, m_base, db); }

    static QJsonObject conflictsOf(DocumentDatabase *db, const QString &id)
    {
        GetOptions options;
        options.conflicts = true;
        options.revisions = true;
        return db->get(id, options).value();
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<StoreError>();
        m_server = std::make_unique<ServerProcess>(SERVER_BINARY, m_dir.filePath("server"));
        m_base = m_server->start();
        QVERIFY(m_base.isValid());
    }

    void pushThenPullGivesEqualStores()
    {
        QVERIFY(createRemote("roundtrip"));
        DocumentDatabase *a = newDevice()->database("org-test", true).value();
        for (int i = 0; i < 300; ++i)
            QVERIFY(a->put({ { "_id", QString("doc-%1").arg(i) }, { "n", i }, { "text", "مرحبا café" } }).error.ok());
        const Outcome pushed = push(a, "roundtrip");
        QVERIFY2(pushed.ok, qPrintable(pushed.error.reason));
        QCOMPARE(pushed.stats.docsWritten, 300);
        DocumentDatabase *b = newDevice()->database("org-test", true).value();
        const Outcome pulled = pull(b, "roundtrip");
        QVERIFY(pulled.ok);
        QCOMPARE(pulled.stats.docsWritten, 300);
        for (int i = 0; i < 300; i += 37)
            QCOMPARE(conflictsOf(b, QString("doc-%1").arg(i)), conflictsOf(a, QString("doc-%1").arg(i)));
        // An edit on b travels back to a.
        QJsonObject doc = b->get("doc-5").value();
        doc.insert("n", 500);
        QVERIFY(b->put(doc).error.ok());
        QVERIFY(push(b, "roundtrip").ok);
        QCOMPARE(pull(a, "roundtrip").stats.docsWritten, 1);
        QCOMPARE(a->get("doc-5").value().value("n").toInt(), 500);
    }

    void pulledBatchesAreAnnouncedToTheAppsOwnConnection()
    {
        // The replication writes on its own connection; lists and the push trigger listen to
        // the app's. They hear of every batch, by the time the replication says it is done.
        QVERIFY(createRemote("announced"));
        DocumentDatabase *a = newDevice()->database("org-test", true).value();
        QList<QJsonObject> docs;
        for (int i = 0; i < 250; ++i)
            docs.append({ { "_id", QString("doc-%1").arg(i) }, { "n", i } });
        QVERIFY(a->bulkDocs(docs, true).first().error.ok());
        QVERIFY(push(a, "announced").ok);
        DocumentDatabase *b = newDevice()->database("org-test", true).value();
        QSignalSpy changed(b, &DocumentDatabase::documentsChanged);
        const Outcome pulled = pull(b, "announced", 100);
        QVERIFY(pulled.ok);
        // Batches of 100, 100 and 50, each announced at least once: a batch read before the
        // replicator has learnt how large the documents are is written in parts (32, 64, ...),
        // each part announced, so how many depends on how far reading ran ahead.
        QVERIFY2(changed.count() >= 3 && changed.count() <= 16, qPrintable(QString::number(changed.count())));
        QCOMPARE(changed.last().at(0).toLongLong(), b->info().value().updateSeq);
        QCOMPARE(b->info().value().docCount, 250);
    }

    void conflictingEditsConvergeToOneWinnerEverywhere()
    {
        QVERIFY(createRemote("conflicts"));
        DocumentDatabase *a = newDevice()->database("directory", true).value();
        DocumentDatabase *b = newDevice()->database("directory", true).value();
        const QJsonObject initiative { { "_id", "initiative:sirenelunch" }, { "type", "initiative" }, { "slug", "sirenelunch" }, { "originalLanguage", "nl" } };
        QVERIFY(a->put(initiative).error.ok());
        QVERIFY(push(a, "conflicts").ok);
        QVERIFY(pull(b, "conflicts").ok);
        QJsonObject onA = a->get("initiative:sirenelunch").value();
        onA.insert("themes", QJsonArray { "food" });
        QVERIFY(a->put(onA).error.ok());
        QJsonObject onB = b->get("initiative:sirenelunch").value();
        onB.insert("themes", QJsonArray { "meeting" });
        QVERIFY(b->put(onB).error.ok());
        for (DocumentDatabase *db : { a, b })
            QVERIFY(push(db, "conflicts").ok);
        for (DocumentDatabase *db : { a, b })
            QVERIFY(pull(db, "conflicts").ok);
        const QJsonObject winnerA = conflictsOf(a, "initiative:sirenelunch");
        QCOMPARE(conflictsOf(b, "initiative:sirenelunch"), winnerA);
        QCOMPARE(winnerA.value("_conflicts").toArray().size(), 1); // visible to an editor
        DocumentDatabase *c = newDevice()->database("directory", true).value();
        QVERIFY(pull(c, "conflicts").ok);
        QCOMPARE(conflictsOf(c, "initiative:sirenelunch"), winnerA);
    }

    void deletionsReplicate()
    {
        QVERIFY(createRemote("deletions"));
        DocumentDatabase *a = newDevice()->database("org-test", true).value();
        const QString rev = a->put({ { "_id", "gone" }, { "v", 1 } }).rev;
        QVERIFY(push(a, "deletions").ok);
        DocumentDatabase *b = newDevice()->database("org-test", true).value();
        QVERIFY(pull(b, "deletions").ok);
        QVERIFY(b->get("gone").ok());
        QVERIFY(a->remove("gone", rev).error.ok());
        QVERIFY(push(a, "deletions").ok);
        QVERIFY(pull(b, "deletions").ok);
        QCOMPARE(b->get("gone").error().reason, QString("deleted"));
    }

    void tenThousandDocsAndANoOpSecondRun()
    {
        QVERIFY(createRemote("bulk"));
        DocumentDatabase *a = newDevice()->database("org-test", true).value();
        QList<QJsonObject> docs;
        for (int i = 0; i < 10000; ++i)
            docs.append({ { "_id", QString("visit:%1").arg(i, 5, 10, QLatin1Char('0')) }, { "count", i % 30 } });
        QVERIFY(a->bulkDocs(docs, true).first().error.ok());
        const Outcome first = push(a, "bulk", 500);
        QVERIFY(first.ok);
        QCOMPARE(first.stats.docsWritten, 10000);
        LocalPeer local(a);
        HttpPeer server(remote("bulk"), &m_network);
        const Outcome second = replicate(local, server);
        QVERIFY(second.ok);
        QCOMPARE(second.stats.docsRead, 0);
        QVERIFY2(server.requestCount() <= 3, qPrintable(QString::number(server.requestCount())));
        DocumentDatabase *b = newDevice()->database("org-test", true).value();
        QCOMPARE(pull(b, "bulk", 1000).stats.docsWritten, 10000);
        QCOMPARE(b->info().value().docCount, 10000);
    }

    void serverKilledMidReplicationResumesFromTheCheckpoint()
    {
        QVERIFY(createRemote("interrupted"));
        DocumentDatabase *a = newDevice()->database("org-test", true).value();
        QList<QJsonObject> docs;
        for (int i = 0; i < 4000; ++i)
            docs.append({ { "_id", QString("tally:%1").arg(i) }, { "i", i } });
        QVERIFY(a->bulkDocs(docs, true).first().error.ok());

        LocalPeer local(a);
        auto server = std::make_unique<HttpPeer>(remote("interrupted"), &m_network);
        ReplicationOptions options;
        options.batchSize = 100;
        Replicator replicator(local, *server, options);
        QSignalSpy finished(&replicator, &Replicator::finished);
        connect(&replicator, &Replicator::progress, this, [this](int, int written) {
            if (written >= 1500)
                m_server->kill();
        });
        replicator.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(!finished.first().at(1).value<StoreError>().ok()); // reported, not swallowed

        m_base = m_server->start();
        QVERIFY(m_base.isValid());
        const Outcome resumed = push(a, "interrupted");
        QVERIFY2(resumed.ok, qPrintable(resumed.error.reason));
        // Checkpoints are recorded while the following batches are written, so the last one
        // trails the 1500 written by a few batches of 100 at most.
        QVERIFY2(resumed.stats.startSeq.toInt() >= 1000, qPrintable(QString("did not resume from the checkpoint: started at %1").arg(resumed.stats.startSeq.toVariant().toString())));
        DocumentDatabase *b = newDevice()->database("org-test", true).value();
        QVERIFY(pull(b, "interrupted", 1000).ok);
        QCOMPARE(b->info().value().docCount, 4000); // every doc exactly once
        QCOMPARE(b->info().value().deletedCount, 0);
    }

    void refusedDocumentIsReportedByNameAndKept()
    {
        // The server's directory accepts only valid directory documents.
        QVERIFY(createRemote("directory"));
        DocumentDatabase *a = newDevice()->database("scratch-directory", true).value();
        QVERIFY(a->put({ { "_id", "initiative:ok" }, { "type", "initiative" }, { "slug", "ok" }, { "originalLanguage", "nl" } }).error.ok());
        QVERIFY(a->put({ { "_id", "initiative:broken" }, { "type", "initiative" }, { "slug", "other" }, { "originalLanguage", "nl" } }).error.ok());
        const Outcome pushed = push(a, "directory");
        QVERIFY(pushed.ok);
        QCOMPARE(pushed.stats.docsWritten, 1);
        QCOMPARE(pushed.stats.rejected.size(), 1);
        QCOMPARE(pushed.stats.rejected.first().id, QString("initiative:broken"));
        QVERIFY(pushed.stats.rejected.first().reason.contains("_id"));
        QVERIFY(a->get("initiative:broken").ok()); // kept on the device
        // The device's checkpoint remembers the refusal for the UI, also after a no-op run.
        bool listed = false;
        LocalPeer local(a);
        HttpPeer server(remote("directory"), &m_network);
        Replicator again(local, server);
        QSignalSpy finished(&again, &Replicator::finished);
        again.start();
        QVERIFY(finished.wait(10000));
        const QJsonObject stored = a->getLocal(QStringLiteral("_local/") + again.replicationId()).value();
        for (const QJsonValue &r : stored.value("rejected").toArray())
            listed = listed || r.toObject().value("id").toString() == "initiative:broken";
        QVERIFY2(listed, "the refusal is not remembered in the checkpoint");
        // Fixing the document clears it.
        QJsonObject fixed = a->get("initiative:broken").value();
        fixed.insert("slug", "broken");
        QVERIFY(a->put(fixed).error.ok());
        const Outcome afterFix = push(a, "directory");
        QVERIFY(afterFix.stats.rejected.isEmpty());
    }

    void continuousPullDeliversLaterWrites()
    {
        QVERIFY(createRemote("live"));
        DocumentDatabase *writer = newDevice()->database("org-test", true).value();
        QVERIFY(writer->put({ { "_id", "first" }, { "v", 1 } }).error.ok());
        QVERIFY(push(writer, "live").ok);

        DocumentDatabase *reader = newDevice()->database("org-test", true).value();
        LocalPeer local(reader);
        HttpPeer server(remote("live"), &m_network);
        ReplicationOptions options;
        options.continuous = true;
        options.waitMs = 2000;
        Replicator live(server, local, options);
        QSignalSpy caughtUp(&live, &Replicator::caughtUp);
        live.start();
        QVERIFY(caughtUp.wait(10000));
        QVERIFY(reader->get("first").ok());
        // A write reaching the server later arrives without starting anything.
        QVERIFY(writer->put({ { "_id", "later" }, { "v", 2 } }).error.ok());
        QVERIFY(push(writer, "live").ok);
        QTRY_VERIFY_WITH_TIMEOUT(reader->get("later").ok(), 10000);
        QSignalSpy finished(&live, &Replicator::finished);
        live.stop();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().at(0).toBool(), false); // stopped, not completed
        QVERIFY(finished.first().at(1).value<StoreError>().ok()); // and not an error
    }

    void wrongPasswordFailsLoudly()
    {
        DocumentDatabase *a = newDevice()->database("org-test", true).value();
        QUrl wrong = remote("roundtrip");
        wrong.setPassword("not-the-password");
        LocalPeer local(a);
        HttpPeer server(wrong, &m_network);
        const Outcome outcome = replicate(server, local);
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.error.code, StoreError::Code::Unauthorized);
    }

    void anEndlessAnswerIsCutOff()
    {
        // A "server" on loopback that answers every request with a body that never ends.
        QTcpServer endless;
        QVERIFY(endless.listen(QHostAddress::LocalHost, 0));
        QList<QTcpSocket *> clients;
        QTimer pour;
        connect(&endless, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *socket = endless.nextPendingConnection()) {
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n{\"update_seq\":\"");
                clients.append(socket);
            }
        });
        const QByteArray chunk(64 * 1024, 'x');
        connect(&pour, &QTimer::timeout, this, [&] {
            for (QTcpSocket *socket : std::as_const(clients)) {
                if (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < 1024 * 1024)
                    socket->write(chunk);
            }
        });
        pour.start(1);
        QUrl url;
        url.setScheme("http");
        url.setHost("127.0.0.1");
        url.setPort(endless.serverPort());
        url.setPath("/endless");
        HttpPeer peer(url, &m_network);
        peer.setMaxAnswerBytes(4 * 1024 * 1024);
        peer.setRequestTimeout(20000);
        std::optional<Result<qint64>> answer;
        peer.updateSeq([&](Result<qint64> seq) { answer = seq; });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 15000);
        QVERIFY(!answer->ok());
        QVERIFY2(answer->error().reason.contains("larger than 4194304 bytes"), qPrintable(answer->error().reason));
        pour.stop();
        qDeleteAll(clients);
    }
};

QTEST_GUILESS_MAIN(TestReplication)
#include "tst_replication.moc"
