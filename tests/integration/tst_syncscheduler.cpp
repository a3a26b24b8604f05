#include "databasefolder.h"
#include "domainindexer.h"
#include "serverprocess.h"
#include "syncscheduler.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// Sync as the app runs it: on start, after a local write, after the server went away and came
// back. The status a person sees (syncing, error with a reason and a retry, changes only on
// this device) follows what really happened.
class TestSyncScheduler : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;

    static SyncTiming fast()
    {
        SyncTiming timing;
        timing.debounceMs = 100;
        timing.firstRetryMs = 200;
        timing.maxRetryMs = 800;
        return timing;
    }

    // Waits (at most ms) for a finished run with this outcome.
    static bool waitForRun(SyncScheduler &sync, bool expectOk, int ms = 15000)
    {
        QSignalSpy runs(&sync, &SyncScheduler::runFinished);
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < ms) {
            for (const auto &args : std::as_const(runs)) {
                if (args.at(0).toBool() == expectOk)
                    return true;
            }
            runs.wait(100);
        }
        return false;
    }

private slots:
    void followsWritesOutagesAndRecovery()
    {
        qRegisterMetaType<StoreError>();
        ServerProcess server(SERVER_BINARY, m_dir.filePath("server"));
        QUrl base = server.start();
        QVERIFY(base.isValid());
        QUrl remote = base;
        remote.setPath("/org-visserijplein");
        QVERIFY(ServerProcess::createDatabase(m_network, base, "org-visserijplein"));

        DatabaseFolder folder(DomainIndexer::indexer());
        QVERIFY(folder.open(m_dir.filePath("phone"), true).ok());
        DocumentDatabase *local = folder.database("org-visserijplein", true).value();
        QVERIFY(local->put({ { "_id", "tally:1" }, { "type", "tally" }, { "date", "2026-11-23" } }).error.ok());

        SyncScheduler sync(local, remote, &m_network, fast());
        QCOMPARE(sync.pendingLocalChanges(), 1);
        QVERIFY(!sync.isOnServer("tally:1"));
        sync.start();
        QVERIFY(waitForRun(sync, true));
        QCOMPARE(sync.state(), SyncScheduler::State::Idle);
        QCOMPARE(sync.pendingLocalChanges(), 0);
        QVERIFY(sync.isOnServer("tally:1"));
        QVERIFY(sync.lastSuccess().isValid());

        // A write at the market stall goes out by itself a moment later.
        QVERIFY(local->put({ { "_id", "tally:2" }, { "type", "tally" }, { "date", "2026-11-23" } }).error.ok());
        QVERIFY(waitForRun(sync, true));
        QVERIFY(sync.isOnServer("tally:2"));

        // The server goes away: the write stays here, marked, and sync keeps trying.
        server.kill();
        QVERIFY(local->put({ { "_id", "tally:3" }, { "type", "tally" }, { "date", "2026-11-23" } }).error.ok());
        QVERIFY(waitForRun(sync, false));
        QVERIFY(sync.state() == SyncScheduler::State::Error || sync.state() == SyncScheduler::State::Offline);
        QVERIFY(!sync.errorText().isEmpty());
        QCOMPARE(sync.pendingLocalChanges(), 1);
        QVERIFY(!sync.isOnServer("tally:3"));
        QVERIFY(waitForRun(sync, false)); // it retried on its own
        QVERIFY(sync.failedAttempts() >= 2);

        // The server comes back on another port (a restart); the retries get through.
        ServerProcess again(SERVER_BINARY, m_dir.filePath("server"));
        base = again.start();
        QVERIFY(base.isValid());
        remote.setPort(base.port());
        SyncScheduler resumed(local, remote, &m_network, fast());
        QCOMPARE(resumed.pendingLocalChanges(), 1); // remembered across a restart of the app
        QVERIFY(resumed.isOnServer("tally:1"));
        resumed.start();
        QVERIFY(waitForRun(resumed, true));
        QCOMPARE(resumed.pendingLocalChanges(), 0);
        QVERIFY(resumed.isOnServer("tally:3"));
    }
};

QTEST_GUILESS_MAIN(TestSyncScheduler)
#include "tst_syncscheduler.moc"
