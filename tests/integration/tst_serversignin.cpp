#include "rawservertest.h"

// Who may sign in, and how often, against a real server process with raw sockets: refused
// passwords and invites are slow and counted per address (a trusted proxy's clients apart),
// devices behind a blocked address still sync, the admin's password is kept as a slow hash,
// and a revoked device loses its open feed at once.
class TestServerSignIn : public QObject, private RawServerTest
{
    Q_OBJECT

private slots:
    void refusedSignInsAreSlowAndCounted()
    {
        QVERIFY(start());
        const QByteArray wrong = "Basic " + QByteArray("admin:guess").toBase64();
        std::vector<std::unique_ptr<QTcpSocket>> guesses;
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < 10; ++i) {
            guesses.push_back(connectRaw());
            guesses.back()->write("GET /_all_dbs HTTP/1.1\r\nHost: x\r\nAuthorization: " + wrong + "\r\n\r\n");
        }
        for (auto &socket : guesses) {
            QByteArray answer;
            for (int i = 0; i < 60 && !answer.contains("\r\n\r\n"); ++i) {
                socket->waitForReadyRead(50);
                answer += socket->readAll();
            }
            QCOMPARE(statusOf(answer), 401);
        }
        QVERIFY2(clock.elapsed() >= 400, "refusals were not delayed");
        // Past ten refusals a minute, the address is slowed down even with the right password.
        QCOMPARE(request("GET /_all_dbs HTTP/1.1\r\nHost: x\r\nAuthorization: " + wrong + "\r\n\r\n"), 429);
        QCOMPARE(request("GET /_all_dbs HTTP/1.1\r\nHost: x\r\nAuthorization: " + admin() + "\r\n\r\n"), 429);
        // A proxy's client is counted by the last X-Forwarded-For entry of all lines: a line
        // the client wrote itself (first) does not choose whom the throttle blocks.
        // (This server trusts no proxy: the header changes nothing, the address stays blocked.)
        QCOMPARE(request("GET /_all_dbs HTTP/1.1\r\nHost: x\r\nX-Forwarded-For: 203.0.113.7\r\nAuthorization: " + admin() + "\r\n\r\n"),
                 429);
        // An invite is a password too.
        QCOMPARE(request("GET /_up HTTP/1.1\r\nHost: x\r\n\r\n"), 200);
        const QByteArray enrol = "{\"invite\":\"AAAA-BBBB-CCCC-DDDD\",\"device\":\"x\"}";
        QCOMPARE(request("POST /_enrol HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
                         + QByteArray::number(enrol.size()) + "\r\n\r\n" + enrol),
                 429);
    }

    void theAdminPasswordIsKeptAsASlowHash()
    {
        QProcess hasher;
        hasher.start(SERVER_BINARY, { "--hash-password" });
        hasher.write("test-secret\n");
        hasher.closeWriteChannel();
        QVERIFY(hasher.waitForFinished(10000));
        const QString hash = QString::fromLatin1(hasher.readAllStandardOutput().trimmed());
        QVERIFY2(hash.startsWith(QLatin1String("$argon2id$")), qPrintable(hash));
        m_server = std::make_unique<ServerProcess>(SERVER_BINARY, m_dir.filePath(QStringLiteral("hashed")));
        const QUrl url = m_server->start(QStringLiteral("admin:") + hash);
        QVERIFY(url.isValid());
        m_port = quint16(url.port());
        QCOMPARE(request("GET /_all_dbs HTTP/1.1\r\nHost: x\r\nAuthorization: " + admin() + "\r\n\r\n"), 200);
        // The hash is not a password.
        QCOMPARE(request("GET /_all_dbs HTTP/1.1\r\nHost: x\r\nAuthorization: Basic " + ("admin:" + hash.toLatin1()).toBase64()
                         + "\r\n\r\n"),
                 401);
    }

    void aTrustedProxysClientsAreCountedApart()
    {
        QVERIFY(start({ "--trusted-proxy", "127.0.0.1" }));
        const QByteArray wrong = "Basic " + QByteArray("admin:guess").toBase64();
        // The attacker writes its own X-Forwarded-For line naming a victim; the proxy appends
        // the attacker's real address in a second line.
        const QByteArray forged = "X-Forwarded-For: 203.0.113.7\r\nX-Forwarded-For: 198.51.100.1\r\n";
        for (int i = 0; i < 11; ++i)
            request("GET /_all_dbs HTTP/1.1\r\nHost: x\r\n" + forged + "Authorization: " + wrong + "\r\n\r\n");
        QCOMPARE(request("GET /_all_dbs HTTP/1.1\r\nHost: x\r\nX-Forwarded-For: 198.51.100.1\r\nAuthorization: " + admin() + "\r\n\r\n"),
                 429);
        QCOMPARE(request("GET /_all_dbs HTTP/1.1\r\nHost: x\r\nX-Forwarded-For: 203.0.113.7\r\nAuthorization: " + admin() + "\r\n\r\n"),
                 200);
    }

    void aRevokedDeviceLosesItsFeedAtOnce()
    {
        const QString data = m_dir.filePath(QStringLiteral("revoke"));
        const QJsonObject enrolled = startWithADevice(data);
        QVERIFY(!enrolled.isEmpty());
        auto feed = openFeed("Bearer " + enrolled.value("token").toString().toLatin1());
        QTest::qWait(300);
        QCOMPARE(feed->state(), QAbstractSocket::ConnectedState);
        QCOMPARE(cli(data, { "revoke", enrolled.value("device_id").toString() }).value("ok").toBool(), true);
        QElapsedTimer clock;
        clock.start();
        readUntilClosed(*feed, 5000);
        QCOMPARE(feed->state(), QAbstractSocket::UnconnectedState);
        QVERIFY(clock.elapsed() < 4000);
    }

    void devicesAreNotLockedOutAndKeepAFewFeeds()
    {
        const QJsonObject enrolled = startWithADevice(m_dir.filePath(QStringLiteral("devices")));
        QVERIFY(!enrolled.isEmpty());
        const QByteArray bearer = "Bearer " + enrolled.value("token").toString().toLatin1();
        // Someone at the same address guesses the admin's password past the limit...
        const QByteArray wrong = "Basic " + QByteArray("admin:guess").toBase64();
        for (int i = 0; i < 11; ++i)
            request("GET /_all_dbs HTTP/1.1\r\nHost: x\r\nAuthorization: " + wrong + "\r\n\r\n");
        QCOMPARE(request("GET /_all_dbs HTTP/1.1\r\nHost: x\r\nAuthorization: " + admin() + "\r\n\r\n"), 429);
        // ...and the phone behind the same address still syncs.
        QCOMPARE(request("GET /org-visserijplein HTTP/1.1\r\nHost: x\r\nAuthorization: " + bearer + "\r\n\r\n"), 200);
        // A device keeps a few feeds open, not hundreds.
        std::vector<std::unique_ptr<QTcpSocket>> feeds;
        for (int i = 0; i < 8; ++i)
            feeds.push_back(openFeed(bearer));
        QTest::qWait(300);
        for (auto &feed : feeds)
            QCOMPARE(feed->state(), QAbstractSocket::ConnectedState);
        auto ninth = openFeed(bearer);
        QByteArray answer;
        for (int i = 0; i < 60 && !answer.contains("\r\n\r\n"); ++i) {
            ninth->waitForReadyRead(50);
            answer += ninth->readAll();
        }
        QCOMPARE(statusOf(answer), 429);
    }
};

QTEST_GUILESS_MAIN(TestServerSignIn)
#include "tst_serversignin.moc"
