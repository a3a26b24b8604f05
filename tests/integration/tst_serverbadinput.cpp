#include "serverprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The batch endpoints of a replication read their bodies as text (they are scanned, not
// parsed). Broken text must still get CouchDB's 400 with a reason and write nothing, and a
// document that is accepted must come back as it was sent. Against a real server process.
class TestServerBadInput : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
    QUrl m_base;
    QNetworkAccessManager m_network;

    struct Answer
    {
        int status = 0;
        QByteArray bytes;
        QJsonObject object() const { return QJsonDocument::fromJson(bytes).object(); }
    };

    Answer http(const QByteArray &method, const QString &path, const QByteArray &body = {})
    {
        QUrl url = m_base.adjusted(QUrl::RemoveUserInfo);
        url.setPath(path.section(u'?', 0, 0));
        if (path.contains(u'?'))
            url.setQuery(path.section(u'?', 1));
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Basic " + QByteArray("admin:test-secret").toBase64());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(10000);
        reply->deleteLater();
        return { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll() };
    }

    qint64 docCount(const QString &db) { return qint64(http("GET", "/" + db).object().value("doc_count").toDouble(-1)); }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>(SERVER_BINARY, m_dir.filePath("server"));
        m_base = m_server->start();
        QVERIFY(m_base.isValid());
        QCOMPARE(http("PUT", "/plain").status, 201);
    }

    void brokenBodiesAreRefusedAndWriteNothing_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QByteArray>("body");
        const QList<std::pair<const char *, QByteArray>> bodies {
            { "truncated", R"({"new_edits":false,"docs":[{"_id":"a","_rev":"1-a")" },
            { "trailing comma", R"({"new_edits":false,"docs":[{"_id":"a","_rev":"1-a"},]})" },
            { "raw control character", "{\"new_edits\":false,\"docs\":[{\"_id\":\"a\",\"_rev\":\"1-a\",\"n\":\"x\x01\"}]}" },
            { "unknown escape", R"({"new_edits":false,"docs":[{"_id":"a","_rev":"1-a","n":"\q"}]})" },
            { "bare decimal point", R"({"new_edits":false,"docs":[{"_id":"a","_rev":"1-a","n":1.}]})" },
            { "invalid UTF-8", "{\"new_edits\":false,\"docs\":[{\"_id\":\"a\",\"_rev\":\"1-a\",\"n\":\"caf\xC3\"}]}" },
            { "two values", R"({"docs":[]} {"docs":[]})" },
            { "a list", R"([{"_id":"a"}])" },
            { "empty", "" },
        };
        for (const auto &[name, body] : bodies) {
            QTest::newRow(qPrintable(QStringLiteral("_bulk_docs, %1").arg(QLatin1String(name)))) << "_bulk_docs" << body;
            QTest::newRow(qPrintable(QStringLiteral("_revs_diff, %1").arg(QLatin1String(name)))) << "_revs_diff" << body;
        }
    }
    void brokenBodiesAreRefusedAndWriteNothing()
    {
        QFETCH(QString, endpoint);
        QFETCH(QByteArray, body);
        const Answer answer = http("POST", "/plain/" + endpoint, body);
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.object().value("error").toString(), QStringLiteral("bad_request"));
        QVERIFY(!answer.object().value("reason").toString().isEmpty());
        QCOMPARE(docCount("plain"), qint64(0));
    }

    void anAcceptedDocumentComesBackAsItWasSent()
    {
        // Member order and number forms are kept, as CouchDB keeps them; whitespace is not.
        const QByteArray body = R"({"new_edits":false,"docs":[)"
                                R"({"zeta":1.50,"_id":"kept","_rev":"1-a","alpha":[1e2,"é"],"_revisions":{"start":1,"ids":["a"]}},)"
                                R"({ "_id" : "spaced", "_rev" : "1-b", "b" : 2, "a" : 1 }]})";
        const Answer written = http("POST", "/plain/_bulk_docs", body);
        QCOMPARE(written.status, 201);
        QCOMPARE(written.bytes.trimmed(), QByteArray("[]")); // new_edits=false lists failures only
        // A replication reads it back (_bulk_get) as the bytes that were sent; GET gives the same values.
        const Answer kept = http("POST", "/plain/_bulk_get?revs=true", R"({"docs":[{"id":"kept","rev":"1-a"}]})");
        QCOMPARE(kept.status, 200);
        QVERIFY2(kept.bytes.contains(R"("zeta":1.50,"alpha":[1e2,"é"])"), kept.bytes.constData());
        const QJsonObject got = http("GET", "/plain/kept").object();
        QCOMPARE(got.value("zeta").toDouble(), 1.5);
        QCOMPARE(got.value("alpha").toArray(), (QJsonArray { 100, "é" }));
        const Answer spaced = http("GET", "/plain/spaced");
        QCOMPARE(spaced.object().value("a").toInt(), 1);
        QCOMPARE(spaced.object().value("b").toInt(), 2);
        QVERIFY(!spaced.bytes.contains(' '));
        // The same document pushed again changes nothing, and asked about, is not missing.
        QCOMPARE(http("POST", "/plain/_bulk_docs", body).status, 201);
        QCOMPARE(docCount("plain"), qint64(2));
        const Answer diff = http("POST", "/plain/_revs_diff", R"({"kept":["1-a","2-x"],"new":["1-y"]})");
        QCOMPARE(diff.status, 200);
        QCOMPARE(diff.object().value("kept").toObject().value("missing").toArray(), QJsonArray { "2-x" });
        QCOMPARE(diff.object().value("new").toObject().value("missing").toArray(), QJsonArray { "1-y" });
    }

    void aRefusedDocumentIsNamedAndTheOthersAreWritten()
    {
        const Answer written = http("POST", "/plain/_bulk_docs",
                                    R"({"new_edits":false,"docs":[{"_id":"good","_rev":"1-a"},{"_id":"bad","_rev":"1-b","_secret":1},7]})");
        QCOMPARE(written.status, 201);
        const QJsonArray failures = QJsonDocument::fromJson(written.bytes).array();
        QCOMPARE(failures.size(), 2);
        QCOMPARE(failures.at(0).toObject().value("id").toString(), QStringLiteral("bad"));
        QCOMPARE(failures.at(0).toObject().value("error").toString(), QStringLiteral("bad_request"));
        QCOMPARE(failures.at(1).toObject().value("error").toString(), QStringLiteral("bad_request"));
        QCOMPARE(http("GET", "/plain/good").status, 200);
        QCOMPARE(http("GET", "/plain/bad").status, 404);
    }

    void aLocalDocumentAmongOthersIsWrittenToo()
    {
        const Answer written = http("POST", "/plain/_bulk_docs", R"({"docs":[{"_id":"_local/mark","n":1},{"_id":"beside","v":1}]})");
        QCOMPARE(written.status, 201);
        QCOMPARE(QJsonDocument::fromJson(written.bytes).array().size(), 2);
        QCOMPARE(http("GET", "/plain/_local/mark").object().value("n").toInt(), 1);
        QCOMPARE(http("GET", "/plain/beside").object().value("v").toInt(), 1);
    }

    void aLocalDocumentIsUpdatedThroughBulkDocs()
    {
        const QJsonObject current = http("GET", "/plain/_local/mark").object();
        const QString rev = current.value("_rev").toString();
        QVERIFY(rev.startsWith("0-"));
        const Answer written = http("POST", "/plain/_bulk_docs",
                                    QStringLiteral(R"({"docs":[{"_id":"_local/mark","_rev":"%1","n":2}]})").arg(rev).toUtf8());
        QCOMPARE(written.status, 201);
        QCOMPARE(QJsonDocument::fromJson(written.bytes).array().first().toObject().value("ok").toBool(), true);
        QCOMPARE(http("GET", "/plain/_local/mark").object().value("n").toInt(), 2);
    }

    void aDeepDocumentTravelsAndADeeperOneIsRefused()
    {
        // The deepest document the store takes still fits in the answers that carry it.
        const auto nested = [](int depth) {
            return QByteArray(R"({"_id":"deep","_rev":"1-a","v":)") + QByteArray(depth - 1, '[') + QByteArray(depth - 1, ']') + "}";
        };
        QCOMPARE(http("POST", "/plain/_bulk_docs", R"({"new_edits":false,"docs":[)" + nested(512) + "]}").bytes.trimmed(), QByteArray("[]"));
        const Answer back = http("POST", "/plain/_bulk_get?revs=true", R"({"docs":[{"id":"deep","rev":"1-a"}]})");
        QCOMPARE(back.status, 200);
        QVERIFY(back.bytes.contains(QByteArray(511, '[')));
        const Answer deeper = http("POST", "/plain/_bulk_docs", R"({"new_edits":false,"docs":[)" + nested(513).replace("deep", "deeper") + "]}");
        QCOMPARE(deeper.status, 201);
        QCOMPARE(QJsonDocument::fromJson(deeper.bytes).array().first().toObject().value("error").toString(), QStringLiteral("bad_request"));
        QCOMPARE(http("GET", "/plain/deeper").status, 404);
    }

    void manyBatchesAtOnceAreEachAnswered()
    {
        // Bodies are read on the server's worker thread; answers must still reach the
        // connection that asked, each once, with its own documents written.
        QCOMPARE(http("PUT", "/many").status, 201);
        QList<QNetworkReply *> replies;
        for (int batch = 0; batch < 12; ++batch) {
            QByteArray body = R"({"new_edits":false,"docs":[)";
            for (int i = 0; i < 50; ++i)
                body += QStringLiteral(R"(%1{"_id":"b%2-%3","_rev":"1-a","n":%3})").arg(i ? "," : "").arg(batch).arg(i).toUtf8();
            body += "]}";
            QUrl url = m_base.adjusted(QUrl::RemoveUserInfo);
            url.setPath("/many/_bulk_docs");
            QNetworkRequest request(url);
            request.setRawHeader("Authorization", "Basic " + QByteArray("admin:test-secret").toBase64());
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            replies.append(m_network.post(request, body));
        }
        for (QNetworkReply *reply : std::as_const(replies)) {
            if (!reply->isFinished())
                QVERIFY(QSignalSpy(reply, &QNetworkReply::finished).wait(10000));
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
            QCOMPARE(reply->readAll().trimmed(), QByteArray("[]"));
            reply->deleteLater();
        }
        QCOMPARE(docCount("many"), qint64(600));
    }
};

QTEST_GUILESS_MAIN(TestServerBadInput)
#include "tst_serverbadinput.moc"
