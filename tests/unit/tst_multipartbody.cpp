#include "multipartbody.h"

#include <QTest>

// MIME multipart bodies as CouchDB's replicator and PouchDB send them, and the malformed ones
// a client may send instead: each is split exactly or refused with a reason, never read past.
class TestMultipartBody : public QObject
{
    Q_OBJECT

private slots:
    void splitsPartsWithAndWithoutHeaders()
    {
        const QByteArray body = "preamble\r\n--b\r\nContent-Type: application/json\r\nContent-Disposition: attachment; filename=\"a b.txt\"\r\n\r\n{\"x\":1}\r\n--b\r\n\r\nraw\r\n--b\r\n\r\n\r\n--b--\r\nepilogue";
        const Result<MultipartBody> parsed = MultipartBody::parse(body, "b", 10);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().reason));
        const QList<MultipartBody::Part> &parts = parsed.value().parts;
        QCOMPARE(parts.size(), 3);
        QCOMPARE(parts.at(0).content, QByteArray("{\"x\":1}"));
        QCOMPARE(parts.at(0).header("content-type"), QByteArray("application/json"));
        QCOMPARE(MultipartBody::filenameOf(parts.at(0).header("content-disposition")), QByteArray("a b.txt"));
        QCOMPARE(parts.at(1).content, QByteArray("raw"));
        QVERIFY(parts.at(1).headers.isEmpty());
        QCOMPARE(parts.at(2).content, QByteArray());
    }

    void contentMayHoldLineBreaksAndBoundaryLookalikes()
    {
        const QByteArray content = "line\r\n--bx not the boundary\r\n--b-";
        const QByteArray body = "--b\r\n\r\n" + content + "\r\n--b--";
        const Result<MultipartBody> parsed = MultipartBody::parse(body, "b", 10);
        QVERIFY(parsed.ok());
        // "--bx" and "--b-" start like the delimiter but are none (RFC 2046): content, kept whole.
        QCOMPARE(parsed.value().parts.size(), 1);
        QCOMPARE(parsed.value().parts.first().content, content);
    }

    void boundaryParameter()
    {
        QCOMPARE(MultipartBody::boundaryOf("multipart/related; boundary=\"abc def\""), QByteArray("abc def"));
        QCOMPARE(MultipartBody::boundaryOf("multipart/related;boundary=xyz;type=application/json"), QByteArray("xyz"));
        QCOMPARE(MultipartBody::boundaryOf("multipart/related"), QByteArray());
    }

    void malformedBodiesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("maxParts");
        QTest::newRow("no boundary at all") << QByteArray("just bytes") << 10;
        QTest::newRow("no closing boundary") << QByteArray("--b\r\n\r\ncontent without end") << 10;
        QTest::newRow("headers never end") << QByteArray("--b\r\nContent-Type: x\r\n") << 10;
        QTest::newRow("only lookalikes of the boundary") << QByteArray("--bjunk\r\n\r\nx\r\n--b junk") << 10;
        QTest::newRow("too many parts") << QByteArray("--b\r\n\r\n1\r\n--b\r\n\r\n2\r\n--b\r\n\r\n3\r\n--b--") << 2;
    }

    void malformedBodiesAreRefused()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, maxParts);
        const Result<MultipartBody> parsed = MultipartBody::parse(body, "b", maxParts);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, StoreError::Code::BadRequest);
        QVERIFY(!parsed.error().reason.isEmpty());
    }

    void anEmptyOrHugeBoundaryIsRefused()
    {
        QVERIFY(!MultipartBody::parse("--\r\n\r\nx\r\n----", "", 10).ok());
        QVERIFY(!MultipartBody::parse("x", QByteArray(201, 'b'), 10).ok());
    }
};

QTEST_GUILESS_MAIN(TestMultipartBody)
#include "tst_multipartbody.moc"
