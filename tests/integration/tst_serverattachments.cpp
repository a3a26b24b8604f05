#include "httpexchange.h"
#include "serverclient.h"
#include "serverprocess.h"

#include <QCryptographicHash>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// Attachments on a real buurtbrug-server over 127.0.0.1: /db/doc/att with its headers,
// attachments=true and atts_since on GET, _bulk_get and open_revs (JSON and multipart/mixed),
// documents PUT as multipart/related, and every refusal: 413, 409, 404, 412, roles.
class TestServerAttachments : public QObject, private ServerClient
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_server;

    HttpExchange send(const QByteArray &method, const QString &path, const QByteArray &auth,
                      const QList<QPair<QByteArray, QByteArray>> &headers = {}, const QByteArray &body = {})
    {
        QUrl url = m_base.adjusted(QUrl::RemoveUserInfo);
        url.setPath(path.section(u'?', 0, 0));
        if (path.contains(u'?'))
            url.setQuery(path.section(u'?', 1));
        QList<QPair<QByteArray, QByteArray>> all = headers;
        if (!auth.isEmpty())
            all.append({ "Authorization", auth });
        return HttpExchange::run(m_network, method, url, all, body);
    }

    static QJsonObject json(const HttpExchange &answer) { return QJsonDocument::fromJson(answer.body).object(); }
    static QString digestOf(const QByteArray &data)
    {
        return "md5-" + QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Md5).toBase64());
    }

private slots:
    void initTestCase()
    {
        m_data = m_dir.filePath("server");
        QCOMPARE(cli({ "init" }).value("ok").toBool(), true);
        QCOMPARE(cli({ "add-org", "visserijplein" }).value("ok").toBool(), true);
        m_server = std::make_unique<ServerProcess>(SERVER_BINARY, m_data);
        m_base = m_server->start("admin:test-secret", { "--rate-limit", "1000:1000" });
        QVERIFY(m_base.isValid());
        QCOMPARE(http("PUT", "/photos", admin()).status, 201);
    }

    void putGetHeadAndDeleteAnAttachment()
    {
        const QByteArray data("hello, neighbours");
        const HttpExchange created = send("PUT", "/photos/doc1/note.txt", admin(), { { "Content-Type", "text/plain;charset=utf-8" } }, data);
        QCOMPARE(created.status, 201);
        const QString rev1 = json(created).value("rev").toString();
        QVERIFY(rev1.startsWith("1-"));

        const HttpExchange got = send("GET", "/photos/doc1/note.txt", admin());
        QCOMPARE(got.status, 200);
        QCOMPARE(got.body, data);
        QCOMPARE(got.header("Content-Type"), QByteArray("text/plain;charset=utf-8"));
        const QByteArray etag = '"' + digestOf(data).mid(4).toLatin1() + '"';
        QCOMPARE(got.header("ETag"), etag);
        const HttpExchange head = send("HEAD", "/photos/doc1/note.txt", admin());
        QCOMPARE(head.status, 200);
        QCOMPARE(head.header("Content-Length"), QByteArray::number(data.size()));
        QVERIFY(head.body.isEmpty());
        QCOMPARE(send("GET", "/photos/doc1/note.txt", admin(), { { "If-None-Match", etag } }).status, 304);

        // The document shows the stub CouchDB shows.
        const QJsonObject stub = json(send("GET", "/photos/doc1", admin())).value("_attachments").toObject().value("note.txt").toObject();
        QCOMPARE(stub.value("digest").toString(), digestOf(data));
        QCOMPARE(stub.value("length").toInt(), data.size());
        QCOMPARE(stub.value("revpos").toInt(), 1);
        QCOMPARE(stub.value("stub").toBool(), true);

        // A second attachment by If-Match, then the first deleted by ?rev.
        const HttpExchange second = send("PUT", "/photos/doc1/pic.bin", admin(),
                                         { { "Content-Type", "application/octet-stream" }, { "If-Match", '"' + rev1.toLatin1() + '"' } },
                                         QByteArray(3000, 'x'));
        QCOMPARE(second.status, 201);
        const QString rev2 = json(second).value("rev").toString();
        const HttpExchange removed = send("DELETE", "/photos/doc1/note.txt?rev=" + rev2, admin());
        QCOMPARE(removed.status, 200);
        QCOMPARE(send("GET", "/photos/doc1/note.txt", admin()).status, 404);
        QCOMPARE(json(send("GET", "/photos/doc1/note.txt", admin())).value("reason").toString(), QString("Document is missing attachment"));
        QCOMPARE(send("GET", "/photos/doc1/pic.bin", admin()).body, QByteArray(3000, 'x'));
        // An older revision's attachment by ?rev: it is no leaf any more, so it is not kept.
        QCOMPARE(send("GET", "/photos/doc1/pic.bin?rev=" + rev1, admin()).status, 404);
    }

    void refusals()
    {
        const HttpExchange created = send("PUT", "/photos/doc2/a.txt", admin(), { { "Content-Type", "text/plain" } }, "one");
        const QString rev1 = json(created).value("rev").toString();
        const QString rev2 = json(send("PUT", "/photos/doc2/b.txt?rev=" + rev1, admin(), { { "Content-Type", "text/plain" } }, "two")).value("rev").toString();
        QVERIFY(rev2.startsWith("2-"));
        // A stale revision, none at all, one that does not exist, a missing document.
        QCOMPARE(send("PUT", "/photos/doc2/c.txt?rev=" + rev1, admin(), {}, "x").status, 409);
        QCOMPARE(send("PUT", "/photos/doc2/c.txt", admin(), {}, "x").status, 409);
        QCOMPARE(send("DELETE", "/photos/doc2/a.txt", admin()).status, 409);
        const HttpExchange unknownRev = send("PUT", "/photos/doc2/c.txt?rev=1-00000000000000000000000000000000", admin(), {}, "x");
        QCOMPARE(unknownRev.status, 409); // with not_found, as CouchDB 3.4.3 answers it
        QCOMPARE(json(unknownRev).value("reason").toString(), QString("missing_rev"));
        QCOMPARE(send("DELETE", "/photos/doc2/nope.txt?rev=" + rev2, admin()).status, 404);
        const HttpExchange missingDoc = send("GET", "/photos/nodoc/a.txt", admin());
        QCOMPARE(missingDoc.status, 404);
        QCOMPARE(json(missingDoc).value("reason").toString(), QString("missing"));
        // A stub that names nothing, bad base64.
        const HttpExchange stub = send("PUT", "/photos/doc2", admin(), { { "Content-Type", "application/json" } },
                                       QJsonDocument(QJsonObject { { "_rev", rev2 }, { "_attachments", QJsonObject { { "z.txt", QJsonObject { { "stub", true } } } } } }).toJson());
        QCOMPARE(stub.status, 412);
        QCOMPARE(json(stub).value("error").toString(), QString("missing_stub"));
        const HttpExchange base64 = send("PUT", "/photos/doc3", admin(), { { "Content-Type", "application/json" } },
                                         "{\"_attachments\":{\"a.txt\":{\"content_type\":\"text/plain\",\"data\":\"aGVsb!G8=\"}}}");
        QCOMPARE(base64.status, 400);
        QCOMPARE(json(base64).value("reason").toString(), QString("Invalid attachment data for a.txt"));
        QCOMPARE(send("GET", "/photos/doc3", admin()).status, 404);
        QCOMPARE(send("GET", "/photos/doc2", admin()).status, 200); // nothing lost
        QCOMPARE(json(send("GET", "/photos/doc2", admin())).value("_rev").toString(), rev2);
    }

    void anAttachmentOverTheLimitIs413()
    {
        const qint64 limit = 16 * 1024 * 1024; // ServerLimits::maxAttachmentBytes
        const HttpExchange raw = send("PUT", "/photos/big/too.bin", admin(), { { "Content-Type", "application/octet-stream" } },
                                      QByteArray(limit + 1, 'b'));
        QCOMPARE(raw.status, 413);
        QCOMPARE(json(raw).value("error").toString(), QString("attachment_too_large"));
        QCOMPARE(send("GET", "/photos/big", admin()).status, 404);
        const QByteArray inlineDoc = "{\"_attachments\":{\"too.bin\":{\"content_type\":\"application/octet-stream\",\"data\":\""
                + QByteArray(limit + 3, 'c').toBase64() + "\"}}}";
        const HttpExchange inlined = send("PUT", "/photos/big", admin(), { { "Content-Type", "application/json" } }, inlineDoc);
        QCOMPARE(inlined.status, 413);
        QCOMPARE(json(inlined).value("error").toString(), QString("attachment_too_large"));
        // The same as a part of a multipart/related document (how CouchDB's replicator sends it).
        const QByteArray boundary = "limitboundary";
        const QByteArray related = "--" + boundary + "\r\nContent-Type: application/json\r\n\r\n"
                + "{\"_attachments\":{\"too.bin\":{\"content_type\":\"application/octet-stream\",\"follows\":true}}}\r\n--"
                + boundary + "\r\n\r\n" + QByteArray(limit + 1, 'd') + "\r\n--" + boundary + "--";
        const HttpExchange parted = send("PUT", "/photos/big", admin(), { { "Content-Type", "multipart/related; boundary=" + boundary } }, related);
        QCOMPARE(parted.status, 413);
        QCOMPARE(json(parted).value("error").toString(), QString("attachment_too_large"));
        QCOMPARE(send("GET", "/photos/big", admin()).status, 404);
        // At the limit it is taken.
        QCOMPARE(send("PUT", "/photos/big/ok.bin", admin(), { { "Content-Type", "application/octet-stream" } }, QByteArray(limit, 'b')).status, 201);
    }

    void attachmentsTrueAndAttsSince()
    {
        const QString rev1 = json(send("PUT", "/photos/doc4/a.txt", admin(), { { "Content-Type", "text/plain" } }, "first")).value("rev").toString();
        const QString rev2 = json(send("PUT", "/photos/doc4/b.bin?rev=" + rev1, admin(), { { "Content-Type", "application/octet-stream" } }, "second")).value("rev").toString();
        const QJsonObject all = json(send("GET", "/photos/doc4?attachments=true", admin())).value("_attachments").toObject();
        QCOMPARE(all.value("a.txt").toObject().value("data").toString(), QString::fromLatin1(QByteArray("first").toBase64()));
        QCOMPARE(all.value("b.bin").toObject().value("data").toString(), QString::fromLatin1(QByteArray("second").toBase64()));
        QVERIFY(!all.value("a.txt").toObject().contains("stub"));
        const QString since = QString::fromLatin1(QUrl::toPercentEncoding("[\"" + rev1 + "\"]"));
        const QJsonObject newer = json(send("GET", "/photos/doc4?atts_since=" + since, admin())).value("_attachments").toObject();
        QCOMPARE(newer.value("a.txt").toObject().value("stub").toBool(), true);
        QVERIFY(!newer.value("a.txt").toObject().contains("data"));
        QCOMPARE(newer.value("b.bin").toObject().value("data").toString(), QString::fromLatin1(QByteArray("second").toBase64()));

        // _bulk_get: atts_since per document.
        const QByteArray bulk = "{\"docs\":[{\"id\":\"doc4\",\"rev\":\"" + rev2.toLatin1() + "\",\"atts_since\":[\"" + rev1.toLatin1() + "\"]}]}";
        const HttpExchange got = send("POST", "/photos/_bulk_get?revs=true&attachments=true", admin(), { { "Content-Type", "application/json" } }, bulk);
        QCOMPARE(got.status, 200);
        const QJsonObject doc = json(got).value("results").toArray().first().toObject().value("docs").toArray().first().toObject().value("ok").toObject();
        QCOMPARE(doc.value("_attachments").toObject().value("a.txt").toObject().value("stub").toBool(), true);
        QCOMPARE(doc.value("_attachments").toObject().value("b.bin").toObject().value("data").toString(), QString::fromLatin1(QByteArray("second").toBase64()));
        // Without attachments=true or atts_since (which asks for the newer data, as in CouchDB): stubs only.
        const QByteArray bare = "{\"docs\":[{\"id\":\"doc4\",\"rev\":\"" + rev2.toLatin1() + "\"}]}";
        const HttpExchange stubs = send("POST", "/photos/_bulk_get", admin(), { { "Content-Type", "application/json" } }, bare);
        QCOMPARE(stubs.status, 200);
        QVERIFY(!stubs.body.contains("\"data\""));

        // open_revs as CouchDB's replicator asks for it: multipart/mixed, with the data.
        const QString openRevs = QString::fromLatin1(QUrl::toPercentEncoding("[\"" + rev2 + "\"]"));
        const HttpExchange mixed = send("GET", "/photos/doc4?revs=true&latest=true&open_revs=" + openRevs, admin(), { { "Accept", "multipart/mixed" } });
        QCOMPARE(mixed.status, 200);
        QVERIFY(mixed.header("Content-Type").startsWith("multipart/mixed; boundary="));
        QVERIFY(mixed.body.contains(QByteArray("second").toBase64()));
        const HttpExchange plain = send("GET", "/photos/doc4?open_revs=" + openRevs, admin(), { { "Accept", "application/json" } });
        QVERIFY(QJsonDocument::fromJson(plain.body).isArray());
        QVERIFY(!plain.body.contains("\"data\""));
    }

    void aDocumentPutAsMultipartRelated()
    {
        const QByteArray photo(200 * 1024, 'p');
        const QByteArray note("a note");
        const QByteArray boundary = "abc123boundary";
        const QByteArray doc = "{\"title\":\"with parts\",\"_attachments\":{\"photo.jpg\":{\"content_type\":\"image/jpeg\",\"length\":"
                + QByteArray::number(photo.size()) + ",\"follows\":true},\"note.txt\":{\"content_type\":\"text/plain\",\"length\":6,\"follows\":true}}}";
        const QByteArray body = "--" + boundary + "\r\nContent-Type: application/json\r\n\r\n" + doc + "\r\n--" + boundary
                + "\r\n\r\n" + photo + "\r\n--" + boundary + "\r\n\r\n" + note + "\r\n--" + boundary + "--";
        const HttpExchange put = send("PUT", "/photos/doc5", admin(), { { "Content-Type", "multipart/related; boundary=\"" + boundary + '"' } }, body);
        QCOMPARE(put.status, 201);
        QCOMPARE(send("GET", "/photos/doc5/photo.jpg", admin()).body, photo);
        QCOMPARE(send("GET", "/photos/doc5/note.txt", admin()).body, note);
        QCOMPARE(json(send("GET", "/photos/doc5", admin())).value("title").toString(), QString("with parts"));
        // A part sent gzip-encoded (as CouchDB's replicator sends a compressible type) is stored plain.
        const QByteArray gzipped = QByteArray::fromBase64("H4sIAAAAAAAAA8tIzcnJBwCGphA2BQAAAA=="); // "hello"
        const QByteArray zipped = "--" + boundary + "\r\nContent-Type: application/json\r\n\r\n"
                + "{\"_attachments\":{\"hello.txt\":{\"content_type\":\"text/plain\",\"follows\":true}}}\r\n--" + boundary
                + "\r\nContent-Type: text/plain\r\nContent-Encoding: gzip\r\n\r\n" + gzipped + "\r\n--" + boundary + "--";
        QCOMPARE(send("PUT", "/photos/doc5z", admin(), { { "Content-Type", "multipart/related; boundary=" + boundary } }, zipped).status, 201);
        QCOMPARE(send("GET", "/photos/doc5z/hello.txt", admin()).body, QByteArray("hello"));
        // A part too few: refused, nothing written.
        const QByteArray short_ = "--" + boundary + "\r\nContent-Type: application/json\r\n\r\n" + doc + "\r\n--" + boundary
                + "\r\n\r\n" + photo + "\r\n--" + boundary + "--";
        const HttpExchange refused = send("PUT", "/photos/doc6", admin(), { { "Content-Type", "multipart/related; boundary=" + boundary } }, short_);
        QCOMPARE(refused.status, 400);
        QCOMPARE(send("GET", "/photos/doc6", admin()).status, 404);
    }

    void aStoredContentTypeAddsNoHeaderLines()
    {
        const QByteArray doc = "{\"_attachments\":{\"x.txt\":{\"content_type\":\"text/plain\\r\\nSet-Cookie: stolen=1\",\"data\":\"aGk=\"}}}";
        QCOMPARE(send("PUT", "/photos/doc7", admin(), { { "Content-Type", "application/json" } }, doc).status, 201);
        const HttpExchange got = send("GET", "/photos/doc7/x.txt", admin());
        QCOMPARE(got.status, 200);
        QVERIFY(got.header("Set-Cookie").isEmpty());
        QCOMPARE(got.body, QByteArray("hi"));
    }

    void typedDatabasesFollowTheAccessRules()
    {
        const QByteArray coordinator = enrol({ "--role", "coordinator", "--org", "visserijplein" });
        const QByteArray buurtmaatje = enrol({ "--role", "buurtmaatje", "--org", "visserijplein" });
        QVERIFY(!coordinator.isEmpty() && !buurtmaatje.isEmpty());
        const Answer initiative = http("PUT", "/directory/initiative:fotoclub", coordinator,
                                       QJsonObject { { "type", "initiative" }, { "slug", "fotoclub" }, { "originalLanguage", "nl" } });
        QCOMPARE(initiative.status, 201);
        const QString rev = initiative.body.toObject().value("rev").toString();
        // A photo of 100 KB on an initiative: beyond 64 KiB of document, yet taken, as
        // attachments are not part of the document's size.
        const QByteArray photo(100 * 1024, 'f');
        QCOMPARE(send("PUT", "/directory/initiative:fotoclub/photo.jpg?rev=" + rev, buurtmaatje, { { "Content-Type", "image/jpeg" } }, photo).status, 403);
        const HttpExchange added = send("PUT", "/directory/initiative:fotoclub/photo.jpg?rev=" + rev, coordinator, { { "Content-Type", "image/jpeg" } }, photo);
        QCOMPARE(added.status, 201);
        QCOMPARE(send("GET", "/directory/initiative:fotoclub/photo.jpg", buurtmaatje).body, photo); // every device reads the directory
        // The same as CouchDB's replicator and ours send it: multipart/related, new_edits=false.
        // Only the JSON part counts towards the 64 KiB (it was once measured with the photo).
        const QByteArray boundary = "b0undary";
        const QByteArray bigPhoto(300 * 1024, 'g');
        const QByteArray doc = "{\"_id\":\"photo:fotoclub:0123abcd\",\"_rev\":\"1-" + QByteArray(32, 'e') + "\",\"type\":\"photo\","
                "\"initiative\":\"initiative:fotoclub\",\"alt\":{\"nl\":\"De zaal\"},\"_revisions\":{\"start\":1,\"ids\":[\"" + QByteArray(32, 'e') + "\"]},"
                "\"_attachments\":{\"display.jpg\":{\"content_type\":\"image/jpeg\",\"revpos\":1,\"length\":"
                + QByteArray::number(bigPhoto.size()) + ",\"follows\":true}}}";
        const auto multipart = [&](const QByteArray &json) {
            return "--" + boundary + "\r\nContent-Type: application/json\r\n\r\n" + json + "\r\n--" + boundary
                    + "\r\nContent-Type: image/jpeg\r\nContent-Disposition: attachment; filename=\"display.jpg\"\r\n\r\n" + bigPhoto
                    + "\r\n--" + boundary + "--";
        };
        const QList<QPair<QByteArray, QByteArray>> related { { "Content-Type", "multipart/related; boundary=" + boundary } };
        const HttpExchange replicated = send("PUT", "/directory/photo:fotoclub:0123abcd?new_edits=false", coordinator, related, multipart(doc));
        QVERIFY2(replicated.status == 201, replicated.body.constData());
        QCOMPARE(send("GET", "/directory/photo:fotoclub:0123abcd/display.jpg", buurtmaatje).body, bigPhoto);
        // Its JSON part over 64 KiB is too large all the same.
        QByteArray bigDoc = doc;
        bigDoc.replace("\"type\":\"photo\"", "\"type\":\"photo\",\"x\":\"" + QByteArray(70000, 'x') + '"');
        bigDoc.replace("photo:fotoclub:0123abcd", "photo:fotoclub:4567abcd");
        QCOMPARE(send("PUT", "/directory/photo:fotoclub:4567abcd?new_edits=false", coordinator, related, multipart(bigDoc)).status, 413);

        // A document over 64 KiB without attachments is still too large.
        QCOMPARE(http("PUT", "/directory/initiative:groot", coordinator,
                      QJsonObject { { "type", "initiative" }, { "slug", "groot" }, { "originalLanguage", "nl" }, { "x", QString(70000, 'x') } }).status, 413);

        // Cards carry no attachments, not even from the admin; a holder sees no other card's.
        QCOMPARE(http("PUT", "/cards/card:K7QM4", admin(), QJsonObject { { "type", "card" }, { "code", "K7QM4" }, { "org", "visserijplein" },
                                                                          { "initiatives", QJsonArray { "initiative:fotoclub" } },
                                                                          { "validFrom", "2026-11-01" },
                                                                          { "validUntil", QDate::currentDate().addYears(1).toString(Qt::ISODate) } }).status, 201);
        const QString cardRev = json(send("GET", "/cards/card:K7QM4", admin())).value("_rev").toString();
        const HttpExchange onCard = send("PUT", "/cards/card:K7QM4/x.bin?rev=" + cardRev, admin(), { { "Content-Type", "image/png" } }, "png");
        QCOMPARE(onCard.status, 403);
        const QByteArray holder = enrol({ "--role", "cardholder", "--card", "P2XR9" });
        QCOMPARE(send("GET", "/cards/card:K7QM4/x.bin", holder).status, 404);
        QCOMPARE(send("GET", "/photos/doc1/pic.bin", coordinator).status, 403); // a database only the admin reads
        QCOMPARE(send("GET", "/photos/doc1/pic.bin", {}).status, 401);
    }
};

QTEST_GUILESS_MAIN(TestServerAttachments)
#include "tst_serverattachments.moc"
