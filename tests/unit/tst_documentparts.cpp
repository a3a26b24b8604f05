#include "documentdatabase.h"
#include "documentparts.h"
#include "domainindexer.h"
#include "jsonscan.h"
#include "jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

// A document that arrives as text (a replication, a _bulk_docs body) is split without being
// parsed into an object first. Whatever the text, the outcome must be the one the parsed
// object gives: the same id, revision, history, deletion and body, or the same refusal.
class TestDocumentParts : public QObject
{
    Q_OBJECT

    // A document as a replication hands it to the store: split, its body's indexes derived.
    // Text that does not split gives parts without an id, which every write refuses.
    static DocumentParts splitAndIndexed(const DocumentDatabase &db, const QByteArray &text)
    {
        Result<DocumentParts> parts = DocumentParts::fromText(text);
        if (!parts.ok())
            return {};
        parts.value().indexes = db.indexer().derive(parts.value().id, parts.value().bodyObject());
        return parts.value();
    }

private slots:
    void textGivesWhatTheParsedObjectGives_data()
    {
        QTest::addColumn<QByteArray>("text");
        const QList<std::pair<const char *, QByteArray>> rows {
            { "a visit", R"({"_id":"visit:1","_rev":"1-abc","count":3,"date":"2026-11-23","type":"visit"})" },
            { "a history", R"({"_id":"a","_rev":"3-c","_revisions":{"start":3,"ids":["c","b","a"]},"x":[1,{"y":null}]})" },
            { "history before rev", R"({"_revisions":{"ids":["c","b"],"start":3},"_id":"a","x":true})" },
            { "a tombstone", R"({"_id":"a","_rev":"2-b","_deleted":true})" },
            { "not deleted", R"({"_deleted":false,"_id":"a","_rev":"2-b"})" },
            { "members as PouchDB writes them", R"({"type":"visit","count":3,"_id":"v","_rev":"1-a","_revisions":{"start":1,"ids":["a"]}})" },
            { "whitespace", "{ \"_id\" : \"a\",\n\t\"n\" : [ 1 , 2 ] }" },
            { "escapes in values", R"({"_id":"caf\u00e9 \u0022q\u0022","v":"line\nnext \ud83d\ude42 \/ \\"})" },
            { "an escaped member name", R"({"\u005fid":"x","n\u0061me":"y"})" },
            { "a repeated member", R"({"_id":"a","n":1,"m":0,"n":2})" },
            { "a repeated _id", R"({"_id":"a","_id":"b"})" },
            { "every script", R"({"_id":"i:1","name":"مقهى café İstanbul Łódź 🙂"})" },
            { "no body", R"({"_id":"a"})" },
            { "nothing at all", "{}" },
            { "an empty _rev", R"({"_id":"a","_rev":"","v":1})" },
            { "read-only metadata", R"({"_id":"a","_conflicts":["1-x"],"_deleted_conflicts":[],"_local_seq":3,"_revs_info":[],"v":1})" },
            { "no attachments", R"({"_id":"a","_attachments":{}})" },
            { "numbers", R"({"_id":"n","a":-0.5e+3,"b":0,"c":9223372036854775807,"d":1E-2,"e":-9223372036854775808})" },
            { "numbers at the edges of a double", R"({"_id":"e","big":1.7e308,"tiny":4.9e-324,"long":1.2345678901234568e29})" },
            { "deep values", R"({"_id":"d","a":{"b":{"c":[[[{"d":[]}]]]}}})" },
            { "_id a number", R"({"_id":42})" },
            { "_rev not N-hash", R"({"_id":"a","_rev":"abc"})" },
            { "_rev a number", R"({"_id":"a","_rev":5})" },
            { "_deleted a word", R"({"_id":"a","_deleted":"yes"})" },
            { "unknown special member", R"({"_id":"a","_secret":1})" },
            { "unknown special member first", R"({"_secret":1,"_id":"a"})" },
            { "an attachment", R"({"_id":"a","_attachments":{"f.txt":{}}})" },
            { "an inline attachment", R"({"_id":"a","v":1,"_attachments":{"f.txt":{"content_type":"text/plain","data":"aGk="},"g":{"stub":true}}})" },
            { "_attachments a list", R"({"_id":"a","_attachments":[]})" },
            { "_rev not the newest of _revisions", R"({"_id":"a","_rev":"2-b","_revisions":{"start":2,"ids":["x","a"]}})" },
            { "more ids than start", R"({"_id":"a","_revisions":{"start":1,"ids":["a","b"]}})" },
            { "an id that is a number", R"({"_id":"a","_revisions":{"start":2,"ids":[1,"a"]}})" },
            { "an id with a space", R"({"_id":"a","_revisions":{"start":1,"ids":["a b"]}})" },
            { "_revisions a list", R"({"_id":"a","_revisions":[1]})" },
            { "_revisions without ids", R"({"_id":"a","_revisions":{"start":1}})" },
            { "_revisions start a string", R"({"_id":"a","_revisions":{"start":"1","ids":["a"]}})" },
            { "a reserved id", R"({"_id":"_bad"})" },
            { "a control character in the id", R"({"_id":"a\u0001"})" },
            { "a design document", R"({"_id":"_design/x","views":{}})" },
        };
        for (const auto &[name, text] : rows)
            QTest::newRow(name) << text;
        // Many members out of order, the last repeating the first.
        QByteArray many = R"({"_id":"m")";
        for (int i = 40; i > 0; --i)
            many += QStringLiteral(",\"k%1\":%1").arg(i).toUtf8();
        QTest::newRow("many members, one repeated") << QByteArray(many + R"(,"k40":0})");
        QTest::newRow("many members") << QByteArray(many + "}");
    }
    void textGivesWhatTheParsedObjectGives()
    {
        QFETCH(QByteArray, text);
        const Result<QJsonObject> object = JsonText::parseObject(text);
        QVERIFY2(object.ok(), "the row must be valid JSON");
        const Result<DocumentParts> fromObject = DocumentParts::fromJson(object.value());
        const Result<DocumentParts> fromText = DocumentParts::fromText(text);
        QCOMPARE(fromText.ok(), fromObject.ok());
        if (!fromObject.ok()) {
            QCOMPARE(fromText.error().code, fromObject.error().code);
            QVERIFY(!fromText.error().reason.isEmpty());
            return;
        }
        const DocumentParts &a = fromText.value();
        const DocumentParts &b = fromObject.value();
        QCOMPARE(a.id, b.id);
        QCOMPARE(a.rev.has_value(), b.rev.has_value());
        if (b.rev)
            QCOMPARE(a.rev->toString(), b.rev->toString());
        QCOMPARE(a.history.size(), b.history.size());
        for (qsizetype i = 0; i < b.history.size(); ++i)
            QCOMPARE(a.history.at(i).toString(), b.history.at(i).toString());
        QCOMPARE(a.deleted, b.deleted);
        QCOMPARE(a.attachments, b.attachments); // resolved later by the write (AttachmentResolver)
        QCOMPARE(a.bodyObject(), b.bodyObject());
        // The stored text is the body, compact, and nothing else.
        const Result<QJsonObject> stored = JsonText::parseObject(a.bodyText());
        QVERIFY(stored.ok());
        QCOMPARE(stored.value(), b.body);
        // No name twice in what is stored (readers differ on which of two they take).
        const QByteArray storedText = a.bodyText(); // the scan only views it
        JsonScan scan(storedText);
        qsizetype members = 0;
        QVERIFY(scan.members([&](QByteArrayView, bool, qsizetype) { ++members; return scan.value(); }));
        QCOMPARE(members, stored.value().size());
    }

    void compactTextKeepsItsBytes()
    {
        // Member order and number forms stay as the sender wrote them, as CouchDB keeps them.
        const Result<DocumentParts> parts =
                DocumentParts::fromText(R"({"zeta":1.50,"_id":"a","_rev":"1-x","alpha":[1e2,"x"],"_revisions":{"start":1,"ids":["x"]}})");
        QVERIFY(parts.ok());
        QCOMPARE(parts.value().bodyText(), QByteArray(R"({"zeta":1.50,"alpha":[1e2,"x"]})"));
        QCOMPARE(parts.value().bodyObject().value("alpha").toArray().first().toDouble(), 100.0);
    }

    void textThatIsNotJsonIsRefused_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("code");
        const int json = int(StoreError::Code::InvalidJson);
        QTest::newRow("truncated") << QByteArray(R"({"_id":"a")") << json;
        QTest::newRow("truncated in a string") << QByteArray("{\"_id\":\"a") << json;
        QTest::newRow("trailing comma") << QByteArray(R"({"a":1,})") << json;
        QTest::newRow("two values") << QByteArray("{} {}") << json;
        QTest::newRow("single quotes") << QByteArray("{'a':1}") << json;
        QTest::newRow("a list") << QByteArray("[1]") << json;
        QTest::newRow("a string") << QByteArray(R"("x")") << json;
        QTest::newRow("nothing") << QByteArray() << json;
        QTest::newRow("a bad escape") << QByteArray(R"({"a":"\x"})") << json;
        QTest::newRow("a short unicode escape") << QByteArray(R"({"a":"\u12"})") << json;
        QTest::newRow("a raw control character") << QByteArray("{\"a\":\"x\x01y\"}") << json;
        QTest::newRow("a raw newline in a string") << QByteArray("{\"a\":\"x\ny\"}") << json;
        QTest::newRow("a leading zero") << QByteArray(R"({"a":01})") << json;
        QTest::newRow("a bare point") << QByteArray(R"({"a":1.})") << json;
        QTest::newRow("a bare minus") << QByteArray(R"({"a":-})") << json;
        QTest::newRow("a bare exponent") << QByteArray(R"({"a":1e})") << json;
        QTest::newRow("a plus sign") << QByteArray(R"({"a":+1})") << json;
        QTest::newRow("a misspelt word") << QByteArray(R"({"a":tru})") << json;
        QTest::newRow("a name without quotes") << QByteArray(R"({a:1})") << json;
        QTest::newRow("a missing colon") << QByteArray(R"({"a" 1})") << json;
        QTest::newRow("a missing value") << QByteArray(R"({"a":})") << json;
        QTest::newRow("an unclosed list") << QByteArray(R"({"a":[1,2})") << json;
        QTest::newRow("a comment") << QByteArray(R"({"a":1 /* no */})") << json;
        QTest::newRow("a number too large") << QByteArray(R"({"a":1e400})") << json;
        QTest::newRow("a number too small") << QByteArray(R"({"a":-2e-324})") << json;
        // Kept as a 64-bit integer or refused, never rounded (issue 15).
        QTest::newRow("an integer beyond 64 bits") << QByteArray(R"({"a":123456789012345678901234567890})") << json;
        QTest::newRow("an integer just below 64 bits") << QByteArray(R"({"a":-9223372036854775809})") << json;
        QTest::newRow("nested too deeply") << QByteArray("{\"a\":" + QByteArray(100000, '[') + QByteArray(100000, ']') + "}") << json;
        QTest::newRow("invalid UTF-8") << QByteArray("{\"_id\":\"caf\x80\"}") << int(StoreError::Code::InvalidUtf8);
        // Qt would drop it, making a body member of a special one (found by fuzzing).
        QTest::newRow("a name beginning with U+FEFF") << QByteArray("{\"\xEF\xBB\xBF_deleted\":true}") << json;
        QTest::newRow("a value beginning with U+FEFF") << QByteArray("{\"a\":\"\xEF\xBB\xBFz\"}") << json;
        QTest::newRow("a UTF-8 surrogate") << QByteArray("{\"n\":\"\xED\xA0\x80\"}") << int(StoreError::Code::InvalidUtf8);
    }
    void textThatIsNotJsonIsRefused()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, code);
        QVERIFY(!JsonText::parseObject(text).ok());
        const Result<DocumentParts> parts = DocumentParts::fromText(text);
        QVERIFY(!parts.ok());
        QCOMPARE(int(parts.error().code), code);
        QVERIFY(!parts.error().reason.isEmpty());
    }

    void textAndObjectsAreStoredAndIndexedAlike()
    {
        QTemporaryDir dir;
        DocumentDatabase asText("a"), asObjects("b");
        QVERIFY(asText.open(dir.filePath("a.sqlite")).ok());
        QVERIFY(asObjects.open(dir.filePath("b.sqlite")).ok());
        QVERIFY(asText.setIndexer(DomainIndexer::indexer()).ok());
        QVERIFY(asObjects.setIndexer(DomainIndexer::indexer()).ok());
        const QList<QByteArray> texts {
            R"({"type":"visit","date":"2026-11-23","count":4,"participant":"p1","_id":"visit:1","_rev":"2-b","_revisions":{"start":2,"ids":["b","a"]}})",
            R"({"_id":"visit:2","_rev":"1-c","_deleted":true})",
            R"({"_id":"note:1","_rev":"1-d","text":"مرحبا","n":[1,2]})",
            R"({"_id":"bad:1","_rev":"1-e","_secret":true})",
            R"({"_id":"_local/checkpoint","last":5})",
        };
        QList<QJsonObject> objects;
        for (const QByteArray &text : texts)
            objects.append(JsonText::parseObject(text).value());
        const QList<WriteResult> a = asText.bulkDocs(texts, false);
        const QList<WriteResult> b = asObjects.bulkDocs(objects, false);
        QCOMPARE(a.size(), texts.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            QCOMPARE(a.at(i).id, b.at(i).id);
            QCOMPARE(a.at(i).error.code, b.at(i).error.code);
        }
        QCOMPARE(a.at(3).id, QStringLiteral("bad:1")); // a refusal names its document
        QCOMPARE(a.at(3).error.code, StoreError::Code::BadRequest);
        for (const char *id : { "visit:1", "visit:2", "note:1", "bad:1", "_local/checkpoint" }) {
            const auto x = asText.get(id, GetOptions { {}, true, true, true });
            const auto y = asObjects.get(id, GetOptions { {}, true, true, true });
            QCOMPARE(x.ok(), y.ok());
            if (y.ok())
                QCOMPARE(x.value(), y.value());
        }
        QCOMPARE(asText.get("note:1").value().value("text").toString(), QStringLiteral("مرحبا"));
        QCOMPARE(asText.countIndex(DomainIndexer::byPerson, "p1").value(), qint64(1));
        QCOMPARE(asText.indexValues(DomainIndexer::fieldLogFacts).value().size(), 1);
        QCOMPARE(asText.indexValues(DomainIndexer::fieldLogFacts).value().first().value,
                 asObjects.indexValues(DomainIndexer::fieldLogFacts).value().first().value);
        QCOMPARE(asText.info().value().docCount, asObjects.info().value().docCount);
        QCOMPARE(asText.info().value().deletedCount, qint64(1));
    }

    void splitDocumentsAreWrittenWithTheIndexesDerivedBefore()
    {
        // A replication splits and indexes a batch on its own thread and hands the parts over.
        QTemporaryDir dir;
        DocumentDatabase db("split");
        QVERIFY(db.open(dir.filePath("split.sqlite")).ok());
        QVERIFY(db.setIndexer(DomainIndexer::indexer()).ok());
        QList<DocumentParts> split;
        for (const QByteArray &text : { QByteArray(R"({"_id":"visit:1","_rev":"1-a","type":"visit","date":"2026-11-23","count":2,"participant":"p7"})"),
                                        QByteArray(R"({"_id":"visit:2","_rev":"1-b","type":"visit","date":"2026-11-24","count":1})"),
                                        QByteArray(R"({"_id":"_local/x","_rev":"1-c","v":1})") })
            split.append(splitAndIndexed(db, text));
        QCOMPARE(split.at(2).id, QStringLiteral("_local/x"));
        const QList<WriteResult> written = db.bulkDocs(split, false);
        QVERIFY(written.at(0).error.ok());
        QVERIFY(written.at(1).error.ok());
        // A replication does not carry _local documents: one that claims to be is refused.
        QCOMPARE(written.at(2).error.code, StoreError::Code::BadRequest);
        QCOMPARE(db.getLocal("_local/x").error().code, StoreError::Code::NotFound);
        QCOMPARE(db.countIndex(DomainIndexer::byPerson, "p7").value(), qint64(1));
        QCOMPARE(db.indexValues(DomainIndexer::fieldLogFacts).value().size(), 2);
        QCOMPARE(db.get("visit:1").value().value("count").toInt(), 2);
        // A later revision that wins replaces the entries; one that loses leaves them.
        const DocumentParts edit = splitAndIndexed(
                db, R"({"_id":"visit:1","_rev":"2-d","_revisions":{"start":2,"ids":["d","a"]},"type":"visit","date":"2026-11-23","count":3,"participant":"p8"})");
        QVERIFY(db.bulkDocs(QList<DocumentParts> { edit }, false).first().error.ok());
        QCOMPARE(db.countIndex(DomainIndexer::byPerson, "p7").value(), qint64(0));
        QCOMPARE(db.countIndex(DomainIndexer::byPerson, "p8").value(), qint64(1));
        const DocumentParts loser = splitAndIndexed(db, R"({"_id":"visit:1","_rev":"1-0","type":"visit","date":"2026-11-23","participant":"p9"})");
        QVERIFY(db.bulkDocs(QList<DocumentParts> { loser }, false).first().error.ok());
        QCOMPARE(db.countIndex(DomainIndexer::byPerson, "p9").value(), qint64(0));
        QCOMPARE(db.countIndex(DomainIndexer::byPerson, "p8").value(), qint64(1));
    }

    void anIdMadeAtTheWriteIsTheOneIndexed()
    {
        // Indexes derived before the write of a document without an id cannot know the id the
        // store gives it: the write derives them again.
        QTemporaryDir dir;
        DocumentDatabase db("ids");
        QVERIFY(db.open(dir.filePath("ids.sqlite")).ok());
        QVERIFY(db.setIndexer(DomainIndexer::indexer()).ok());
        const DocumentParts parts = splitAndIndexed(db, R"({"type":"initiative","slug":"huiskamer","address":{"city":"Rotterdam"}})");
        QVERIFY(parts.indexes.has_value());
        const WriteResult written = db.bulkDocs(QList<DocumentParts> { parts }, true).first();
        QVERIFY(written.error.ok());
        QVERIFY(!written.id.isEmpty());
        const QList<IndexRow> facts = db.indexRows(DomainIndexer::directoryFacts).value();
        QCOMPARE(facts.size(), 1);
        QCOMPARE(facts.first().key, written.id);
    }

    void aByteOrderMarkIsPassedOver()
    {
        // Some editors start a saved file with one; an import must not fail on it.
        const Result<QJsonObject> parsed = JsonText::parseObject("\xEF\xBB\xBF{\"a\":1}");
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value().value("a").toInt(), 1);
        QCOMPARE(JsonText::parseObject("\xEF\xBB\xBF{\"a\":}").error().code, StoreError::Code::InvalidJson);
    }

    void aDoubleReadsBackAsQtWritesIt()
    {
        // Qt writes a double from 2^63 up as an integer's digits; that text must read back.
        const Result<QJsonValue> parsed = JsonText::parse("[92233720368547758071.2,1.5e20]");
        QVERIFY(parsed.ok());
        const QByteArray written = QJsonDocument(parsed.value().toArray()).toJson(QJsonDocument::Compact);
        const Result<QJsonValue> again = JsonText::parse(written);
        QVERIFY2(again.ok(), written.constData());
        QCOMPARE(again.value(), parsed.value());
        // An integer that is not a double's own text is still refused, not rounded.
        QVERIFY(!JsonText::parse("92233720368547758071").ok());
    }

    void aByteOrderMarkInAStringIsKeptWhenEscaped()
    {
        // Unescaped at the start of a string it is refused (above); escaped, Qt keeps it, and
        // inside a string it is plain text.
        const Result<DocumentParts> parts = DocumentParts::fromText("{\"_id\":\"a\",\"\\ufeff_deleted\":true,\"b\":\"x\xEF\xBB\xBF\"}");
        QVERIFY(parts.ok());
        QVERIFY(!parts.value().deleted);
        QCOMPARE(parts.value().bodyObject().value(QStringLiteral("\uFEFF_deleted")).toBool(), true);
        QCOMPARE(parts.value().bodyObject().value("b").toString(), QStringLiteral("x\uFEFF"));
    }
};

QTEST_GUILESS_MAIN(TestDocumentParts)
#include "tst_documentparts.moc"
