#include "rawservertest.h"

#include <QJsonArray>
#include <QStandardPaths>

#include <algorithm>

// What one client may cost buurtbrug-server, tried with raw sockets against a real server
// process on 127.0.0.1: framing that a proxy could read otherwise (request smuggling), floods
// of headers, pipelined requests whose answers are never read, bodies without credentials,
// slow headers, idle connections under a low file limit, too many connections from one
// address. Memory is read from /proc/PID/status; every loop is bounded in count and time.
// (Sign-ins and devices: tst_serversignin.)
// Under AddressSanitizer freed memory waits in quarantine and RSS says little of what is live:
// the memory bounds are checked in the plain build, the behaviour in both.
#ifdef BUURTBRUG_SANITIZED
constexpr bool measuresMemory = false;
#else
constexpr bool measuresMemory = true;
#endif

class TestServerLimits : public QObject, private RawServerTest
{
    Q_OBJECT

private slots:
    void framingThatAProxyCouldReadOtherwiseIsRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status");
        const QByteArray post = "POST /_uuids HTTP/1.1\r\nHost: x\r\nAuthorization: " + admin() + "\r\n";
        QTest::newRow("length and chunked") << post + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n" << 400;
        QTest::newRow("chunked and length") << post + "Transfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n0\r\n\r\n" << 400;
        QTest::newRow("two lengths") << post + "Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}" << 400;
        QTest::newRow("unknown coding") << post + "Transfer-Encoding: gzip\r\n\r\n" << 400;
        QTest::newRow("chunked not last") << post + "Transfer-Encoding: chunked, gzip\r\n\r\n" << 400;
        QTest::newRow("space before colon") << QByteArray("GET / HTTP/1.1\r\nHost : x\r\n\r\n") << 400;
        QTest::newRow("chunk without CRLF") << post + "Transfer-Encoding: chunked\r\n\r\n2\r\n{}XX0\r\n\r\n" << 400;
        QTest::newRow("chunk size overflow") << post + "Transfer-Encoding: chunked\r\n\r\n1ffffffffffffffff\r\n" << 400;
        QTest::newRow("chunk past the body limit") << post + "Transfer-Encoding: chunked\r\n\r\n7fffffffffffffff\r\n" << 413;
        QTest::newRow("a huge chunk after a small one") << post + "Transfer-Encoding: chunked\r\n\r\n1\r\na\r\n7fffffffffffffff\r\n" << 413;
        QTest::newRow("folded header line") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nX-A: a\r\n b\r\n\r\n") << 400;
        QTest::newRow("folded Transfer-Encoding") << post + "Transfer-Encoding:\r\n chunked\r\n\r\n0\r\n\r\n" << 400;
        QTest::newRow("a list as Content-Length") << post + "Content-Length: 2, 2\r\n\r\n{}" << 400;
        QTest::newRow("no Host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("two Hosts") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n") << 400;
        QTest::newRow("path not UTF-8") << QByteArray("GET /db%ff HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
        QTest::newRow("query not UTF-8") << QByteArray("GET /_uuids?count=%c3%28 HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
        QTest::newRow("HTTP/2.0 request line") << QByteArray("GET / HTTP/2.0\r\nHost: x\r\n\r\n") << 505;
    }

    void framingThatAProxyCouldReadOtherwiseIsRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        if (!m_server)
            QVERIFY(start());
        auto socket = connectRaw();
        socket->write(bytes);
        const QByteArray answer = readUntilClosed(*socket, 5000);
        QCOMPARE(statusOf(answer), status);
        QVERIFY2(answer.contains("\"reason\""), answer.constData());
        // The rest of the stream cannot be trusted: the connection is closed.
        QCOMPARE(socket->state(), QAbstractSocket::UnconnectedState);
    }

    void expectContinueIsAnsweredBeforeTheBody()
    {
        QVERIFY(start());
        QCOMPARE(request("PUT /notes HTTP/1.1\r\nHost: x\r\nAuthorization: " + admin() + "\r\n\r\n"), 201);
        auto socket = connectRaw();
        const QByteArray body = "{\"_id\":\"a\",\"text\":\"hallo\"}";
        socket->write("POST /notes HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nAuthorization: " + admin()
                      + "\r\nExpect: 100-continue\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n");
        QByteArray interim;
        for (int i = 0; i < 40 && !interim.contains("\r\n\r\n"); ++i) {
            socket->waitForReadyRead(50);
            interim += socket->readAll();
        }
        QVERIFY2(interim.startsWith("HTTP/1.1 100 Continue\r\n\r\n"), interim.constData());
        socket->write(body);
        QByteArray answer;
        for (int i = 0; i < 100 && !answer.contains("}"); ++i) {
            socket->waitForReadyRead(50);
            answer += socket->readAll();
        }
        QCOMPARE(statusOf(answer), 201);
    }

    void oversizedDocumentsAndKeyListsAreRefused()
    {
        QVERIFY(start());
        const QByteArray auth = "Authorization: " + admin() + "\r\nContent-Type: application/json\r\n";
        QCOMPARE(request("PUT /org-test HTTP/1.1\r\nHost: x\r\n" + auth + "\r\n"), 201);
        QCOMPARE(request("PUT /notes HTTP/1.1\r\nHost: x\r\n" + auth + "\r\n"), 201);
        const auto put = [&](const QByteArray &path, const QByteArray &body, QByteArray *answer = nullptr) {
            return request("PUT " + path + " HTTP/1.1\r\nHost: x\r\n" + auth + "Content-Length: " + QByteArray::number(body.size())
                                   + "\r\n\r\n" + body,
                           answer);
        };
        const QByteArray big = "{\"type\":\"note\",\"text\":\"" + QByteArray(100 * 1024, 'a') + "\"}";
        QByteArray answer;
        // A typed database takes 64 KiB a document; an untyped one 8 MiB, as CouchDB.
        QCOMPARE(put("/org-test/big", big, &answer), 413);
        QVERIFY2(answer.contains("document_too_large"), answer.constData());
        QCOMPARE(put("/notes/big", big), 201);
        const QByteArray huge = "{\"text\":\"" + QByteArray(9 * 1024 * 1024, 'a') + "\"}";
        QCOMPARE(put("/notes/huge", huge), 413);
        // In a batch the big one is refused by name.
        auto socket = connectRaw();
        const QByteArray batch = "{\"docs\":[" + big.left(big.size() - 1) + ",\"_id\":\"big2\"}]}";
        socket->write("POST /org-test/_bulk_docs HTTP/1.1\r\nHost: x\r\n" + auth + "Content-Length: " + QByteArray::number(batch.size())
                      + "\r\n\r\n" + batch);
        QByteArray bulk;
        for (int i = 0; i < 100 && !bulk.endsWith("]"); ++i) {
            socket->waitForReadyRead(50);
            bulk += socket->readAll();
        }
        QVERIFY2(bulk.contains("{\"error\":\"document_too_large\",\"id\":\"big2\""), bulk.constData());
        // 10 001 keys are more than a request may ask for.
        QByteArray keys = "{\"keys\":[";
        for (int i = 0; i <= 10000; ++i)
            keys += (i ? ",\"k" : "\"k") + QByteArray::number(i) + '"';
        keys += "]}";
        QCOMPARE(request("POST /notes/_all_docs HTTP/1.1\r\nHost: x\r\n" + auth + "Content-Length: " + QByteArray::number(keys.size())
                         + "\r\n\r\n" + keys),
                 413);
    }

    void expectContinueIsNotSentForABodyThatIsRefused()
    {
        QVERIFY(start());
        auto socket = connectRaw();
        socket->write("POST /_session HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nExpect: 100-continue\r\n"
                      "Content-Length: 100000\r\n\r\n");
        const QByteArray answer = readUntilClosed(*socket, 3000);
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
        QVERIFY(!answer.contains("100 Continue"));
    }

    void aBodyGetsItsOwnTimeNotTheHeaders()
    {
        QVERIFY(start({ "--header-timeout", "1" }));
        QCOMPARE(request("PUT /notes HTTP/1.1\r\nHost: x\r\nAuthorization: " + admin() + "\r\n\r\n"), 201);
        auto socket = connectRaw();
        const QByteArray body = "{\"text\":\"slowly\"}";
        // The header in one write, the body 1.5 s later: past the header limit, well within
        // the body's.
        socket->write("PUT /notes/slow HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nAuthorization: " + admin()
                      + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body.left(3));
        socket->waitForBytesWritten(1000);
        QTest::qWait(1500);
        QCOMPARE(socket->state(), QAbstractSocket::ConnectedState);
        socket->write(body.mid(3));
        QByteArray answer;
        for (int i = 0; i < 60 && !answer.contains("\r\n\r\n"); ++i) {
            socket->waitForReadyRead(50);
            answer += socket->readAll();
        }
        QCOMPARE(statusOf(answer), 201);
    }

    void headAnswersCarryNoBodyEvenWhenStreamed()
    {
        QVERIFY(start());
        QCOMPARE(request("PUT /feed HTTP/1.1\r\nHost: x\r\nAuthorization: " + admin() + "\r\n\r\n"), 201);
        auto socket = connectRaw();
        // A HEAD longpoll with heartbeats, then a second request on the same connection: the
        // next bytes after the HEAD answer's header must be the second answer.
        socket->write("HEAD /feed/_changes?feed=longpoll&since=now&heartbeat=100&timeout=600 HTTP/1.1\r\nHost: x\r\nAuthorization: "
                      + admin() + "\r\n\r\nGET /_up HTTP/1.1\r\nHost: x\r\n\r\n");
        QByteArray answer;
        for (int i = 0; i < 60 && !answer.contains("{\"status\":\"ok\"}"); ++i) {
            socket->waitForReadyRead(50);
            answer += socket->readAll();
        }
        const qsizetype headEnd = answer.indexOf("\r\n\r\n");
        QVERIFY(headEnd > 0);
        QVERIFY2(answer.mid(headEnd + 4).startsWith("HTTP/1.1 200 OK"), answer.constData());
    }

    void http10ClientsGetNoChunks()
    {
        QVERIFY(start());
        const QByteArray auth = "Authorization: " + admin() + "\r\nContent-Type: application/json\r\n";
        QCOMPARE(request("PUT /notes HTTP/1.1\r\nHost: x\r\n" + auth + "\r\n"), 201);
        const QByteArray doc = "{\"_id\":\"a\",\"text\":\"hallo\"}";
        QCOMPARE(request("POST /notes HTTP/1.1\r\nHost: x\r\n" + auth + "Content-Length: " + QByteArray::number(doc.size()) + "\r\n\r\n" + doc),
                 201);
        const QByteArray asked = "{\"docs\":[{\"id\":\"a\"}]}";
        auto socket = connectRaw();
        socket->write("POST /notes/_bulk_get HTTP/1.0\r\n" + auth + "Expect: 100-continue\r\nContent-Length: "
                      + QByteArray::number(asked.size()) + "\r\n\r\n" + asked);
        const QByteArray answer = readUntilClosed(*socket, 3000);
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
        QVERIFY(!answer.contains("Transfer-Encoding"));
        QVERIFY(!answer.contains("100 Continue"));
        const QJsonObject body = QJsonDocument::fromJson(answer.mid(answer.indexOf("\r\n\r\n") + 4)).object();
        QCOMPARE(body.value("results").toArray().size(), 1);
    }

    void aLongpollOnADeletedDatabaseIsAnswered()
    {
        QVERIFY(start());
        QCOMPARE(request("PUT /gone HTTP/1.1\r\nHost: x\r\nAuthorization: " + admin() + "\r\n\r\n"), 201);
        auto feed = connectRaw();
        feed->write("GET /gone/_changes?feed=longpoll&since=now&timeout=30000 HTTP/1.1\r\nHost: x\r\nAuthorization: " + admin()
                    + "\r\n\r\n");
        feed->waitForBytesWritten(1000);
        QTest::qWait(300);
        QCOMPARE(request("DELETE /gone HTTP/1.1\r\nHost: x\r\nAuthorization: " + admin() + "\r\n\r\n"), 200);
        QByteArray answer;
        for (int i = 0; i < 60 && !answer.contains("\r\n\r\n"); ++i) {
            feed->waitForReadyRead(50);
            answer += feed->readAll();
        }
        QCOMPARE(statusOf(answer), 404);
    }

    void aHeaderFloodIsCutOffEarly()
    {
        QVERIFY(start());
        const qint64 before = rssKb();
        auto socket = connectRaw();
        socket->write("GET / HTTP/1.1\r\nHost: x\r\n");
        const QByteArray line = "X-Padding: " + QByteArray(1000, 'a') + "\r\n";
        QByteArray answer;
        // 100 000 lines of 1 KB at most; the server must stop it long before. Like an HTTP
        // client, this one looks for an early answer while it sends.
        for (int sent = 0; sent < 100000 && socket->state() == QAbstractSocket::ConnectedState && answer.isEmpty(); ++sent) {
            socket->write(line);
            if (sent % 10 == 0) {
                socket->waitForBytesWritten(100);
                socket->waitForReadyRead(1);
                answer += socket->readAll();
            }
        }
        if (socket->state() == QAbstractSocket::ConnectedState)
            answer += readUntilClosed(*socket, 5000);
        QCOMPARE(statusOf(answer), 431);
        QVERIFY2(!measuresMemory || rssKb() - before < 16 * 1024, qPrintable(QStringLiteral("RSS grew by %1 KB").arg(rssKb() - before)));
    }

    void manyHeaderFieldsAreRefused()
    {
        QVERIFY(start());
        QByteArray bytes = "GET / HTTP/1.1\r\nHost: x\r\n";
        for (int i = 0; i < 200; ++i)
            bytes += "X-" + QByteArray::number(i) + ": y\r\n";
        QCOMPARE(request(bytes + "\r\n"), 431);
    }

    void unreadAnswersHoldBackPipelinedRequests()
    {
        QVERIFY(start());
        const qint64 before = rssKb();
        auto socket = connectRaw();
        socket->setReadBufferSize(4096); // Qt would read everything into this process otherwise
        QByteArray burst;
        for (int i = 0; i < 8000; ++i)
            burst += "GET /_uuids?count=1000 HTTP/1.1\r\nHost: x\r\n\r\n";
        socket->write(burst);
        // The client reads nothing for six seconds; 8000 answers would be 300 MB. The peak
        // counts: a server that answers regardless grows the whole time, however fast it is.
        qint64 grown = 0;
        for (int i = 0; i < 60; ++i) {
            QTest::qWait(100); // the read buffer of 4096 bytes keeps this process from reading
            grown = std::max(grown, rssKb() - before);
        }
        QVERIFY2(!measuresMemory || grown < 24 * 1024, qPrintable(QStringLiteral("RSS grew by %1 KB").arg(grown)));
        // The answers still come, in order, once the client reads.
        socket->setReadBufferSize(0);
        QByteArray answers;
        for (int i = 0; i < 100 && answers.count("HTTP/1.1 200") < 20; ++i) {
            socket->waitForReadyRead(100);
            answers += socket->readAll();
        }
        QVERIFY(answers.count("HTTP/1.1 200") >= 20);
    }

    void largeAnswersAreWrittenAsTheClientReads()
    {
        QVERIFY(start());
        const QByteArray auth = "Authorization: " + admin() + "\r\nContent-Type: application/json\r\n";
        QCOMPARE(request("PUT /notes HTTP/1.1\r\nHost: x\r\n" + auth + "\r\n"), 201);
        // 160 documents of 60 KB: 9.6 MB in one _bulk_get answer.
        QByteArray asked = "{\"docs\":[";
        for (int batch = 0; batch < 4; ++batch) {
            QByteArray docs = "{\"docs\":[";
            for (int i = 0; i < 40; ++i) {
                const QByteArray id = "n" + QByteArray::number(batch * 40 + i);
                docs += (i ? "," : "") + ("{\"_id\":\"" + id + "\",\"text\":\"" + QByteArray(60 * 1024, 'a' + char(i % 26)) + "\"}");
                asked += (batch + i ? ",{\"id\":\"" : "{\"id\":\"") + id + "\"}";
            }
            docs += "]}";
            QCOMPARE(request("POST /notes/_bulk_docs HTTP/1.1\r\nHost: x\r\n" + auth + "Content-Length: "
                             + QByteArray::number(docs.size()) + "\r\n\r\n" + docs),
                     201);
        }
        asked += "]}";
        const qint64 before = rssKb();
        // Ten clients ask for all of it and read nothing: built whole, that is 96 MB.
        std::vector<std::unique_ptr<QTcpSocket>> readers;
        for (int i = 0; i < 10; ++i) {
            readers.push_back(connectRaw());
            readers.back()->setReadBufferSize(4096);
            readers.back()->write("POST /notes/_bulk_get HTTP/1.1\r\nHost: x\r\n" + auth + "Content-Length: "
                                  + QByteArray::number(asked.size()) + "\r\n\r\n" + asked);
            readers.back()->waitForBytesWritten(1000);
        }
        QTest::qWait(1500);
        const qint64 grown = rssKb() - before;
        QVERIFY2(!measuresMemory || grown < 40 * 1024, qPrintable(QStringLiteral("RSS grew by %1 KB").arg(grown)));
        // Others are served meanwhile.
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(request("GET /_up HTTP/1.1\r\nHost: x\r\n\r\n"), 200);
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed()))); // a stalled loop would not answer
        // A client that reads gets the whole answer, every document once.
        readers.front()->setReadBufferSize(0);
        QByteArray answer;
        for (int i = 0; i < 200 && !answer.endsWith("0\r\n\r\n"); ++i) {
            readers.front()->waitForReadyRead(50);
            answer += readers.front()->readAll();
        }
        QVERIFY(answer.contains("Transfer-Encoding: chunked"));
        QCOMPARE(answer.count("{\"ok\":"), 160);
        QVERIFY(answer.contains("\"_id\":\"n159\""));
    }

    void changesWithDocumentsComeInSmallerPages()
    {
        QVERIFY(start());
        const QByteArray auth = "Authorization: " + admin() + "\r\nContent-Type: application/json\r\n";
        QCOMPARE(request("PUT /notes HTTP/1.1\r\nHost: x\r\n" + auth + "\r\n"), 201);
        QByteArray docs = "{\"docs\":[";
        for (int i = 0; i < 1100; ++i)
            docs += (i ? ",{\"_id\":\"d" : "{\"_id\":\"d") + QByteArray::number(i) + "\"}";
        docs += "]}";
        QCOMPARE(request("POST /notes/_bulk_docs HTTP/1.1\r\nHost: x\r\n" + auth + "Content-Length: " + QByteArray::number(docs.size())
                         + "\r\n\r\n" + docs),
                 201);
        const auto changes = [&](const QByteArray &query) {
            auto socket = connectRaw();
            socket->write("GET /notes/_changes?" + query + " HTTP/1.1\r\nHost: x\r\n" + auth + "Connection: close\r\n\r\n");
            const QByteArray answer = readUntilClosed(*socket, 5000);
            return QJsonDocument::fromJson(answer.mid(answer.indexOf("\r\n\r\n") + 4)).object();
        };
        const QJsonObject withDocs = changes("include_docs=true");
        QCOMPARE(withDocs.value("results").toArray().size(), 1000);
        QCOMPARE(withDocs.value("pending").toInt(), 100);
        QCOMPARE(changes("since=0").value("results").toArray().size(), 1100);
    }

    void bytesSentWhileALongpollWaitsAreNotBuffered()
    {
        QVERIFY(start());
        QCOMPARE(request("PUT /feed HTTP/1.1\r\nHost: x\r\nAuthorization: " + admin() + "\r\n\r\n"), 201);
        const qint64 before = rssKb();
        auto socket = connectRaw();
        socket->write("GET /feed/_changes?feed=longpoll&since=now&timeout=20000 HTTP/1.1\r\nHost: x\r\nAuthorization: " + admin()
                      + "\r\n\r\n");
        socket->waitForBytesWritten(1000);
        QTest::qWait(200);
        // 64 MiB of whatever, while the answer is pending: the server must stop reading.
        const QByteArray junk(1024 * 1024, 'j');
        qint64 accepted = 0;
        for (int i = 0; i < 64; ++i) {
            socket->write(junk);
            socket->waitForBytesWritten(300);
            if (socket->bytesToWrite() > 4 * junk.size())
                break; // the kernel's buffers are full: backpressure reached the client
        }
        accepted = qint64(64) * junk.size() - socket->bytesToWrite();
        QTest::qWait(500);
        const qint64 grown = rssKb() - before;
        QVERIFY2(!measuresMemory || grown < 16 * 1024, qPrintable(QStringLiteral("RSS grew by %1 KB").arg(grown)));
        QVERIFY2(socket->bytesToWrite() > 0, qPrintable(QStringLiteral("all %1 bytes were taken").arg(accepted)));
    }

    void credentialsAreCheckedBeforeTheBody()
    {
        QVERIFY(start());
        QCOMPARE(request("PUT /notes HTTP/1.1\r\nHost: x\r\nAuthorization: " + admin() + "\r\n\r\n"), 201);
        const qint64 before = rssKb();
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        const QByteArray part(1024 * 1024, ' ');
        for (int i = 0; i < 20; ++i) {
            sockets.push_back(connectRaw());
            sockets.back()->write("POST /notes/_bulk_docs HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                  "Content-Length: 31457280\r\n\r\n");
            sockets.back()->write(part);
        }
        for (auto &socket : sockets) {
            const QByteArray answer = readUntilClosed(*socket, 3000);
            QCOMPARE(statusOf(answer), 401);
        }
        const qint64 grown = rssKb() - before;
        QVERIFY2(!measuresMemory || grown < 32 * 1024, qPrintable(QStringLiteral("RSS grew by %1 KB").arg(grown)));
        // The calls that need no credentials take small bodies only.
        QCOMPARE(request("POST /_enrol HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1048576\r\n\r\n"), 413);
    }

    void bodiesBeingReceivedHaveABudget()
    {
        QVERIFY(start());
        QCOMPARE(request("PUT /notes HTTP/1.1\r\nHost: x\r\nAuthorization: " + admin() + "\r\n\r\n"), 201);
        // Six bodies of 25 MiB at once: 150 MiB, past the 128 MiB the server receives at a time.
        std::vector<std::unique_ptr<QTcpSocket>> senders;
        for (int i = 0; i < 6; ++i) {
            senders.push_back(connectRaw());
            senders.back()->write("POST /notes/_bulk_docs HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nAuthorization: "
                                  + admin() + "\r\nContent-Length: 26214400\r\n\r\n");
        }
        // Each sends 24 of its 25 MiB as fast as the server takes them, until it is answered
        // (bounded in time). No body is complete, so none is answered and let go: the server
        // must read past its 128 MiB (144 MiB come) and refuse one, however fast it reads.
        const QByteArray part(1024 * 1024, ' ');
        std::vector<int> sent(senders.size(), 0);
        QElapsedTimer clock;
        clock.start();
        for (bool sending = true; sending && clock.elapsed() < 60000;) {
            sending = false;
            for (size_t i = 0; i < senders.size(); ++i) {
                QTcpSocket &socket = *senders[i];
                if (socket.state() != QAbstractSocket::ConnectedState || socket.bytesAvailable() > 0 || sent[i] == 24)
                    continue;
                sending = true;
                if (socket.bytesToWrite() < part.size()) {
                    socket.write(part);
                    ++sent[i];
                }
                socket.waitForBytesWritten(50);
            }
        }
        // The refusal arrives while the others still wait for their last MiB (bounded in time).
        int refused = 0;
        for (clock.restart(); refused == 0 && clock.elapsed() < 20000;) {
            for (auto &socket : senders) {
                socket->waitForReadyRead(100);
                if (socket->bytesAvailable() > 0)
                    refused += statusOf(socket->readAll()) == 503 ? 1 : 0;
            }
        }
        QVERIFY2(refused >= 1, "no body was refused");
        QCOMPARE(request("GET /_up HTTP/1.1\r\nHost: x\r\n\r\n"), 200);
    }

    void aSlowHeaderIsTimedAsAWhole()
    {
        QVERIFY(start({ "--header-timeout", "1" }));
        auto socket = connectRaw();
        const QByteArray bytes = "GET /_up HTTP/1.1\r\nHost: x\r\nX-Slow: " + QByteArray(100, 's');
        QElapsedTimer clock;
        clock.start();
        // A byte every 100 ms keeps a per-byte timer alive for ever; the whole header gets 1 s.
        for (int i = 0; i < bytes.size() && socket->state() == QAbstractSocket::ConnectedState && clock.elapsed() < 8000; ++i) {
            socket->write(bytes.mid(i, 1));
            socket->waitForBytesWritten(50);
            socket->waitForReadyRead(100);
        }
        QVERIFY2(socket->state() != QAbstractSocket::ConnectedState || statusOf(socket->readAll()) == 408,
                 "a dribbling header kept its connection");
        QVERIFY(clock.elapsed() < 4000);
    }

    void idleConnectionsUnderALowFileLimitDoNotStopService()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("prlimit")).isEmpty())
            QSKIP("prlimit (util-linux) is not installed");
        QVERIFY(start({ "--header-timeout", "2", "--idle-timeout", "2" }, { "prlimit", "--nofile=64:64", "--" }));
        std::vector<std::unique_ptr<QTcpSocket>> idle;
        for (int i = 0; i < 80; ++i)
            idle.push_back(connectRaw());
        const qint64 ticks = cpuTicks();
        QTest::qWait(1000);
        const qint64 used = cpuTicks() - ticks; // in 1/100 s
        QVERIFY2(used < 30, qPrintable(QStringLiteral("the server used %1 ticks of CPU in 1 s with idle connections").arg(used)));
        // Idle ones time out; then a real client is served again.
        int status = 0;
        for (int i = 0; i < 40 && status != 200; ++i) {
            status = request("GET /_up HTTP/1.1\r\nHost: x\r\n\r\n");
            if (status != 200)
                QTest::qWait(250);
        }
        QCOMPARE(status, 200);
    }

    void connectionsPerAddressAreCapped()
    {
        QVERIFY(start({ "--max-connections-per-address", "4" }));
        std::vector<std::unique_ptr<QTcpSocket>> open;
        for (int i = 0; i < 4; ++i) {
            open.push_back(connectRaw());
            open.back()->write("GET /_up HTTP/1.1\r\nHost: x\r\n\r\n");
            open.back()->waitForReadyRead(2000);
            QVERIFY(open.back()->readAll().startsWith("HTTP/1.1 200"));
        }
        QCOMPARE(request("GET /_up HTTP/1.1\r\nHost: x\r\n\r\n"), 503);
        open.clear();
        int status = 0;
        for (int i = 0; i < 20 && status != 200; ++i) {
            QTest::qWait(100);
            status = request("GET /_up HTTP/1.1\r\nHost: x\r\n\r\n");
        }
        QCOMPARE(status, 200);
    }
};

QTEST_GUILESS_MAIN(TestServerLimits)
#include "tst_serverlimits.moc"
