#include "rawservertest.h"

#include <QElapsedTimer>

// _changes?feed=continuous and feed=eventsource on a real server over 127.0.0.1: rows there
// already come at once, a write made while the feed is open arrives on it, heartbeats keep an
// idle feed alive, the timeout ends it with CouchDB's closing line, and a client that does not
// read holds the feed back instead of growing the server's memory.
class TestChangesFeed : public QObject, private RawServerTest
{
    Q_OBJECT

    QByteArray put(const QByteArray &path, const QByteArray &body)
    {
        QByteArray answer;
        request("PUT " + path + " HTTP/1.1\r\nHost: x\r\nAuthorization: " + admin() + "\r\nContent-Type: application/json\r\nContent-Length: "
                        + QByteArray::number(body.size()) + "\r\n\r\n" + body,
                &answer);
        return answer;
    }

    std::unique_ptr<QTcpSocket> openFeed(const QByteArray &query)
    {
        auto socket = connectRaw();
        socket->write("GET /feed/_changes?" + query + " HTTP/1.1\r\nHost: x\r\nAuthorization: " + admin() + "\r\n\r\n");
        socket->flush();
        return socket;
    }

    static QByteArray readFor(QTcpSocket &socket, int ms, const QByteArray &until = {})
    {
        QByteArray got;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < ms && (until.isEmpty() || !got.contains(until))) {
            socket.waitForReadyRead(50);
            got += socket.readAll();
        }
        return got;
    }

private slots:
    void init()
    {
        QVERIFY(start());
        QCOMPARE(statusOf(put("/feed", {})), 201);
        QCOMPARE(statusOf(put("/feed/before", "{\"n\":1}")), 201);
    }

    void aContinuousFeedStreamsWritesAsTheyHappen()
    {
        auto feed = openFeed("feed=continuous&heartbeat=200");
        const QByteArray first = readFor(*feed, 3000, "\"id\":\"before\"");
        QVERIFY2(first.startsWith("HTTP/1.1 200"), first.constData());
        QVERIFY(first.contains("Transfer-Encoding: chunked"));
        QVERIFY(first.contains("\"id\":\"before\""));
        // Idle: heartbeats (a newline chunk) only.
        const QByteArray idle = readFor(*feed, 700);
        QVERIFY2(idle.contains("1\r\n\n\r\n"), idle.constData());
        QCOMPARE(statusOf(put("/feed/later", "{\"n\":2}")), 201);
        const QByteArray later = readFor(*feed, 3000, "\"id\":\"later\"");
        QVERIFY2(later.contains("\"id\":\"later\""), later.constData());
        QVERIFY(!later.contains("last_seq")); // the feed goes on
    }

    void theTimeoutEndsAFeedWithItsLastSequence()
    {
        auto feed = openFeed("feed=continuous&timeout=300&since=now");
        const QByteArray all = readUntilClosedOrEnd(*feed);
        QVERIFY2(all.contains("{\"last_seq\":1,\"pending\":0}\n"), all.constData());
        QVERIFY(all.endsWith("0\r\n\r\n"));
    }

    void anEventStreamSendsEventsAndHeartbeats()
    {
        auto feed = openFeed("feed=eventsource&heartbeat=200&timeout=900");
        const QByteArray all = readUntilClosedOrEnd(*feed);
        QVERIFY(all.contains("Content-Type: text/event-stream"));
        QVERIFY2(all.contains("data: {\"seq\":1,\"id\":\"before\""), all.constData());
        QVERIFY(all.contains("id: 1\n\n"));
        QVERIFY(all.contains("event: heartbeat\n"));
    }

    void aFeedThatIsNotReadIsHeldBack()
    {
        // 5000 changes of 2 KB documents with include_docs: about 10 MB of feed in five pages.
        // A client that reads nothing gets the first page (the socket buffers take part of it);
        // the server writes no further page meanwhile, so its memory does not take the feed in.
        const QByteArray big = "{\"text\":\"" + QByteArray(2000, 'x') + "\"}";
        QByteArray docs = "{\"docs\":[";
        for (int i = 0; i < 5000; ++i)
            docs += (i ? "," : "") + big.left(big.size() - 1) + ",\"_id\":\"d" + QByteArray::number(i) + "\"}";
        docs += "]}";
        QByteArray answer;
        QCOMPARE(request("POST /feed/_bulk_docs HTTP/1.1\r\nHost: x\r\nAuthorization: " + admin()
                                 + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(docs.size()) + "\r\n\r\n" + docs,
                         &answer),
                 201);
        // A page with documents read twice first: the allocator's pools are then as large as
        // one page needs, and what follows measures only what the unread feed holds.
        for (int i = 0; i < 2; ++i) {
            auto warm = connectRaw();
            warm->write("GET /feed/_changes?include_docs=true HTTP/1.1\r\nHost: x\r\nConnection: close\r\nAuthorization: " + admin() + "\r\n\r\n");
            warm->flush();
            QVERIFY(readUntilClosed(*warm, 10000).contains("\"last_seq\""));
        }
        const qint64 before = rssKb();
        auto feed = connectRaw();
        feed->setReadBufferSize(1024);
        feed->write("GET /feed/_changes?feed=continuous&include_docs=true&heartbeat=100 HTTP/1.1\r\nHost: x\r\nAuthorization: " + admin() + "\r\n\r\n");
        feed->flush();
        QTest::qWait(1500);
        const qint64 during = rssKb();
        qInfo("server grew by %lld KB while the feed was not read", during - before);
#ifndef BUURTBRUG_SANITIZED
        // Under AddressSanitizer freed memory waits in quarantine and RSS says little of what
        // is live (32 MB seen): the bound is checked in the plain build, the feed in both.
        QVERIFY2(during - before < 6 * 1024, qPrintable(QStringLiteral("server grew by %1 KB").arg(during - before)));
#endif
        // Reading on gets every change.
        feed->setReadBufferSize(0);
        const QByteArray all = readFor(*feed, 20000, "\"id\":\"d4999\"");
        QVERIFY(all.contains("\"id\":\"d4999\""));
    }

private:
    static QByteArray readUntilClosedOrEnd(QTcpSocket &socket)
    {
        QByteArray got;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 5000 && !got.endsWith("0\r\n\r\n")) {
            socket.waitForReadyRead(50);
            got += socket.readAll();
        }
        return got;
    }
};

QTEST_GUILESS_MAIN(TestChangesFeed)
#include "tst_changesfeed.moc"
