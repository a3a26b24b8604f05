#include "documentdatabase.h"
#include "sqliteconnection.h"
#include "storeschema.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

// Attachments in the store: inline base64 becomes a stub with CouchDB's metadata, content is
// kept once per content, bytes beside a document ("follows") are its data, stubs name the parent's attachment, bad input is refused with
// nothing written, unused content goes on purge and compaction, old files are migrated.
class TestAttachmentStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<DocumentDatabase> m_db;

    QString path() const { return m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + ".sqlite"); }

    static QJsonObject inlineAttachment(const QByteArray &data, const QString &type = QStringLiteral("text/plain"))
    {
        return QJsonObject { { "content_type", type }, { "data", QString::fromLatin1(data.toBase64()) } };
    }

    static QJsonObject withAttachments(const QString &id, const QJsonObject &attachments, const QString &rev = {})
    {
        QJsonObject doc { { "_id", id }, { "kind", "photo" }, { "_attachments", attachments } };
        if (!rev.isEmpty())
            doc.insert("_rev", rev);
        return doc;
    }

    // How many contents the file holds, read from the file itself.
    qint64 storedContents()
    {
        SqliteConnection connection;
        if (!connection.open(m_db->path(), SqliteConnection::Mode::ReadOnly, StoreSchema::migrations()).ok())
            return -1;
        SqliteStatement &count = connection.statement("SELECT count(*) FROM attachment_data");
        const qint64 n = count.step() == 100 /* SQLITE_ROW */ ? count.int64(0) : -1;
        count.reset();
        return n;
    }

private slots:
    void init()
    {
        m_db = std::make_unique<DocumentDatabase>("test");
        QVERIFY(m_db->open(path()).ok());
    }

    void inlineDataBecomesAStub()
    {
        const QByteArray data("hello");
        const WriteResult put = m_db->put(withAttachments("a", { { "x.txt", inlineAttachment(data) } }));
        QVERIFY2(put.error.ok(), qPrintable(put.error.reason));
        const QJsonObject stub = m_db->get("a").value().value("_attachments").toObject().value("x.txt").toObject();
        QCOMPARE(stub.value("content_type").toString(), QString("text/plain"));
        QCOMPARE(stub.value("length").toInt(), 5);
        QCOMPARE(stub.value("revpos").toInt(), 1);
        QCOMPARE(stub.value("stub").toBool(), true);
        QCOMPARE(stub.value("digest").toString(),
                 "md5-" + QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Md5).toBase64()));
        QVERIFY(!stub.contains("data"));
        const auto read = m_db->attachment("a", {}, "x.txt");
        QVERIFY(read.ok());
        QCOMPARE(read.value().data, data);
        QCOMPARE(read.value().rev, put.rev);
        QCOMPARE(m_db->attachment("a", {}, "y.txt").error().code, StoreError::Code::NotFound);
        QCOMPARE(m_db->attachment("b", {}, "x.txt").error().code, StoreError::Code::NotFound);
    }

    void sameContentIsStoredOnce()
    {
        const QByteArray photo(100 * 1024, 'p');
        QVERIFY(m_db->put(withAttachments("a", { { "p.jpg", inlineAttachment(photo, "image/jpeg") } })).error.ok());
        QVERIFY(m_db->put(withAttachments("b", { { "q.jpg", inlineAttachment(photo, "image/jpeg") } })).error.ok());
        const QString rev = m_db->get("a").value().value("_rev").toString();
        const WriteResult again = m_db->put(withAttachments("a", { { "p.jpg", inlineAttachment(photo, "image/jpeg") },
                                                                   { "r.jpg", inlineAttachment(photo, "image/jpeg") } }, rev));
        QVERIFY2(again.error.ok(), qPrintable(again.error.reason));
        QCOMPARE(storedContents(), 1);
        QCOMPARE(m_db->attachment("b", {}, "q.jpg").value().data, photo);
        QCOMPARE(m_db->attachment("a", {}, "r.jpg").value().data, photo);
    }

    void aStubKeepsTheParentsAttachment()
    {
        const WriteResult first = m_db->put(withAttachments("a", { { "x.txt", inlineAttachment("one") } }));
        QJsonObject doc = m_db->get("a").value();
        doc.insert("kind", "changed");
        const WriteResult second = m_db->put(doc); // _attachments as read: stubs
        QVERIFY2(second.error.ok(), qPrintable(second.error.reason));
        QVERIFY(second.rev.startsWith("2-"));
        const auto read = m_db->attachment("a", {}, "x.txt");
        QCOMPARE(read.value().data, QByteArray("one"));
        QCOMPARE(read.value().stub.value("revpos").toInt(), 1);
        QCOMPARE(storedContents(), 1);
        // The first revision is no leaf any more: its attachment is not served from it.
        QCOMPARE(m_db->attachment("a", first.rev, "x.txt").error().code, StoreError::Code::NotFound);
    }

    void aStubNamingNothingIsMissingStub()
    {
        const WriteResult first = m_db->put(withAttachments("a", { { "x.txt", inlineAttachment("one") } }));
        const WriteResult refused = m_db->put(withAttachments("a", { { "y.txt", QJsonObject { { "stub", true } } } }, first.rev));
        QCOMPARE(refused.error.code, StoreError::Code::MissingStub);
        QCOMPARE(refused.error.httpStatus(), 412);
        QCOMPARE(refused.error.couchName(), QString("missing_stub"));
        QCOMPARE(m_db->get("a").value().value("_rev").toString(), first.rev);
        QCOMPARE(m_db->put(withAttachments("new", { { "y.txt", QJsonObject { { "stub", true } } } })).error.code,
                 StoreError::Code::MissingStub);
        QCOMPARE(m_db->get("new").error().code, StoreError::Code::NotFound);
    }

    void badBase64IsRefused()
    {
        QJsonObject bad { { "content_type", "text/plain" }, { "data", "aGVsb!G8=" } };
        const WriteResult refused = m_db->put(withAttachments("a", { { "x.txt", bad } }));
        QCOMPARE(refused.error.code, StoreError::Code::BadRequest);
        QCOMPARE(refused.error.reason, QString("Invalid attachment data for x.txt"));
        QCOMPARE(m_db->get("a").error().code, StoreError::Code::NotFound);
        QCOMPARE(storedContents(), 0);
        // The other documents of the batch are written.
        const QList<WriteResult> batch = m_db->bulkDocs(QList<QJsonObject> { withAttachments("b", { { "x.txt", bad } }),
                                                                             QJsonObject { { "_id", "c" } } }, true);
        QCOMPARE(batch.at(0).error.code, StoreError::Code::BadRequest);
        QVERIFY(batch.at(1).error.ok());
    }

    void aDigestThatDoesNotMatchIsRefused()
    {
        QJsonObject att = inlineAttachment("hello");
        att.insert("digest", "md5-AAAAAAAAAAAAAAAAAAAAAA==");
        const WriteResult refused = m_db->put(withAttachments("a", { { "x.txt", att } }));
        QCOMPARE(refused.error.code, StoreError::Code::BadRequest);
        QVERIFY(refused.error.reason.contains("digest"));
        att.insert("digest", "md5-XUFAKrxLKna5cZ2REBfFkg=="); // MD5 of "hello"
        QVERIFY(m_db->put(withAttachments("a", { { "x.txt", att } })).error.ok());
    }

    void changedDataMakesANewRevision()
    {
        const WriteResult a = m_db->put(withAttachments("a", { { "x.txt", inlineAttachment("one") } }));
        const WriteResult b = m_db->put(withAttachments("b", { { "x.txt", inlineAttachment("two") } }));
        QVERIFY(a.error.ok() && b.error.ok());
        QVERIFY(a.rev != b.rev); // same body, other attachment
    }

    void unusedContentGoesOnCompactionAndPurge()
    {
        const WriteResult first = m_db->put(withAttachments("a", { { "x.txt", inlineAttachment("one") } }));
        QVERIFY(m_db->put(withAttachments("a", { { "x.txt", inlineAttachment("two") } }, first.rev)).error.ok());
        QVERIFY(m_db->put(withAttachments("b", { { "x.txt", inlineAttachment("kept") } })).error.ok());
        QCOMPARE(storedContents(), 3);
        QVERIFY(m_db->compact().ok());
        QCOMPARE(storedContents(), 2); // "one" is named by no leaf
        QCOMPARE(m_db->attachment("a", {}, "x.txt").value().data, QByteArray("two"));
        QCOMPARE(m_db->purge({ "a" }).value(), 1);
        QCOMPARE(storedContents(), 1);
        QCOMPARE(m_db->attachment("b", {}, "x.txt").value().data, QByteArray("kept"));
    }

    void aReplicatedStubNamesTheStoredAncestor()
    {
        const WriteResult first = m_db->put(withAttachments("a", { { "x.txt", inlineAttachment("one") } }));
        const QString hash = first.rev.mid(2);
        // A peer's revision 2 whose attachment it sends as a stub (atts_since named revision 1).
        QJsonObject doc { { "_id", "a" }, { "_rev", "2-" + QString(32, 'b') }, { "kind", "edited" },
                          { "_revisions", QJsonObject { { "start", 2 }, { "ids", QJsonArray { QString(32, 'b'), hash } } } },
                          { "_attachments", QJsonObject { { "x.txt", QJsonObject { { "stub", true }, { "revpos", 1 },
                                                                                   { "content_type", "text/plain" },
                                                                                   { "digest", "md5-whatever-a-peer-made" } } } } } };
        const WriteResult written = m_db->bulkDocs(QList<QJsonObject> { doc }, false).constFirst();
        QVERIFY2(written.error.ok(), qPrintable(written.error.reason));
        QCOMPARE(m_db->attachment("a", {}, "x.txt").value().data, QByteArray("one"));
        // One the store cannot find is refused, and the document is not written.
        doc.insert("_id", "z");
        QCOMPARE(m_db->bulkDocs(QList<QJsonObject> { doc }, false).constFirst().error.code, StoreError::Code::MissingStub);
        QCOMPARE(m_db->get("z").error().code, StoreError::Code::NotFound);
    }

    void replicatedDataKeepsThePeersMetadata()
    {
        QJsonObject att = inlineAttachment("hello");
        att.insert("digest", "md5-iMaiC8wqiFlD2NjLTemvCQ=="); // CouchDB's, of its gzip form
        att.insert("revpos", 1);
        QJsonObject doc { { "_id", "a" }, { "_rev", "2-" + QString(32, 'c') }, { "_attachments", QJsonObject { { "x.txt", att } } } };
        QVERIFY(m_db->bulkDocs(QList<QJsonObject> { doc }, false).constFirst().error.ok());
        const auto read = m_db->attachment("a", {}, "x.txt");
        QCOMPARE(read.value().stub.value("digest").toString(), QString("md5-iMaiC8wqiFlD2NjLTemvCQ=="));
        QCOMPARE(read.value().stub.value("revpos").toInt(), 1);
        QCOMPARE(read.value().data, QByteArray("hello"));
    }

    void gzipEncodedDataIsStoredDecoded()
    {
        // "hello" gzip-compressed, as a CouchDB peer sends a compressible type with its encoding.
        const QByteArray gz = QByteArray::fromBase64("H4sIAAAAAAAAA8tIzcnJBwCGphA2BQAAAA==");
        QJsonObject att { { "content_type", "text/plain" }, { "encoding", "gzip" }, { "data", QString::fromLatin1(gz.toBase64()) } };
        QVERIFY(m_db->put(withAttachments("a", { { "x.txt", att } })).error.ok());
        QCOMPARE(m_db->attachment("a", {}, "x.txt").value().data, QByteArray("hello"));
        att.insert("data", QString::fromLatin1(QByteArray("not gzip").toBase64()));
        QCOMPARE(m_db->put(withAttachments("b", { { "x.txt", att } })).error.code, StoreError::Code::BadRequest);
    }

    void tooLargeIsRefused()
    {
        m_db->setMaxAttachmentBytes(1000);
        const WriteResult refused = m_db->put(withAttachments("a", { { "x.bin", inlineAttachment(QByteArray(1001, 'x')) } }));
        QCOMPARE(refused.error.code, StoreError::Code::AttachmentTooLarge);
        QCOMPARE(refused.error.httpStatus(), 413);
        QCOMPARE(m_db->get("a").error().code, StoreError::Code::NotFound);
        QVERIFY(m_db->put(withAttachments("a", { { "x.bin", inlineAttachment(QByteArray(1000, 'x')) } })).error.ok());
    }

    void bytesBesideTheDocumentAreStoredAsItsData()
    {
        // What a replication writes: the attachment marked "follows", its bytes beside the JSON.
        const QByteArray photo(300 * 1000, 'p');
        const QJsonObject follows { { "content_type", "image/jpeg" }, { "revpos", 1 }, { "length", photo.size() }, { "follows", true } };
        Result<DocumentParts> parts = DocumentParts::fromJson(
                QJsonObject { { "_id", "a" }, { "_rev", "1-" + QString(32, 'a') }, { "_attachments", QJsonObject { { "p.jpg", follows } } } });
        QVERIFY(parts.ok());
        parts.value().following = { { "p.jpg", photo } };
        QVERIFY(m_db->bulkDocs(QList<DocumentParts> { parts.value() }, false).constFirst().error.ok());
        QCOMPARE(m_db->attachment("a", {}, "p.jpg").value().data, photo);
        QCOMPARE(m_db->attachment("a", {}, "p.jpg").value().stub.value("length").toInteger(), photo.size());

        // Read back the same way: marked "follows", the bytes apart, no base64 in the text.
        const Result<DocumentWithBytes> sent = m_db->withFollowingAttachments(m_db->openRevs("a", {}, true, false, DocumentDatabase::Form::Text).value().constFirst().json);
        QVERIFY(sent.ok());
        QVERIFY2(sent.value().json.size() < 500, sent.value().json.constData());
        QVERIFY(sent.value().json.contains("\"follows\":true"));
        QCOMPARE(sent.value().attachments.size(), 1);
        QCOMPARE(sent.value().attachments.constFirst().second, photo);
        // The holder of the revision gets no bytes, only the stub.
        const Result<DocumentWithBytes> known = m_db->withFollowingAttachments(
                m_db->openRevs("a", {}, true, false, DocumentDatabase::Form::Text).value().constFirst().json, { "1-" + QString(32, 'a') });
        QVERIFY(known.value().attachments.isEmpty());
        QVERIFY(known.value().json.contains("\"stub\":true"));

        // Bytes that did not come, or do not match the length given, are refused; nothing is written.
        parts.value().id = "b";
        parts.value().following.clear();
        QCOMPARE(m_db->bulkDocs(QList<DocumentParts> { parts.value() }, false).constFirst().error.code, StoreError::Code::BadRequest);
        parts.value().following = { { "p.jpg", photo.left(1000) } };
        QCOMPARE(m_db->bulkDocs(QList<DocumentParts> { parts.value() }, false).constFirst().error.code, StoreError::Code::BadRequest);
        QCOMPARE(m_db->get("b").error().code, StoreError::Code::NotFound);
    }

    void aStoreFromBeforeAttachmentsIsMigrated()
    {
        // A file at schema 2, the last one without attachments.
        m_db.reset();
        const QString file = m_dir.filePath("old.sqlite");
        {
            SqliteConnection old;
            QVERIFY(old.open(file, SqliteConnection::Mode::ReadWrite, StoreSchema::migrations().mid(0, 2)).ok());
        }
        m_db = std::make_unique<DocumentDatabase>("test");
        QVERIFY(m_db->open(file).ok());
        QVERIFY(m_db->put(withAttachments("a", { { "x.txt", inlineAttachment("one") } })).error.ok());
        QCOMPARE(m_db->attachment("a", {}, "x.txt").value().data, QByteArray("one"));
    }
};

QTEST_GUILESS_MAIN(TestAttachmentStore)
#include "tst_attachmentstore.moc"
