#include "databasefolder.h"
#include "datatransfer.h"
#include "domainindexer.h"
#include "jsontext.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

// Bad input gets a clear error and loses nothing that was stored before.
class TestStoreBadInput : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<DatabaseFolder> m_folder;
    QString m_storedRev;

    DocumentDatabase *directory() { return m_folder->database("directory", true).value(); }

    // The document stored by init() is still there, unchanged.
    void verifyNothingLost()
    {
        const auto got = directory()->get("keep-me");
        QVERIFY(got.ok());
        QCOMPARE(got.value().value("_rev").toString(), m_storedRev);
        QCOMPARE(got.value().value("note").toString(), QString("stored before the bad input"));
        QCOMPARE(directory()->integrityCheck(), QString("ok"));
    }

private slots:
    void init()
    {
        m_folder = std::make_unique<DatabaseFolder>(DomainIndexer::indexer());
        static int round = 0;
        const QString folder = m_dir.filePath(QStringLiteral("store-%1").arg(++round));
        QVERIFY(m_folder->open(folder, true).ok());
        const WriteResult put = directory()->put(QJsonObject { { "_id", "keep-me" }, { "note", "stored before the bad input" } });
        QVERIFY(put.error.ok());
        m_storedRev = put.rev;
    }

    void malformedJsonIsRefusedWithItsPosition_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("truncated") << QByteArray(R"({"format":"buurtbrug/1","databases":{"directory":[{"_id":)");
        QTest::newRow("trailing comma") << QByteArray("{\"a\":1,}");
        QTest::newRow("two values") << QByteArray("{} {}");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not an object") << QByteArray("[1,2]");
        QTest::newRow("single quotes") << QByteArray("{'a':1}");
    }
    void malformedJsonIsRefusedWithItsPosition()
    {
        QFETCH(QByteArray, bytes);
        const auto result = DataTransfer::importJson(*m_folder, bytes);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, StoreError::Code::InvalidJson);
        QVERIFY(!result.error().reason.isEmpty());
        verifyNothingLost();
    }

    void invalidUtf8IsRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("lone continuation") << QByteArray("{\"name\":\"caf\x80\"}");
        QTest::newRow("overlong slash") << QByteArray("{\"name\":\"\xC0\xAF\"}");
        QTest::newRow("surrogate") << QByteArray("{\"name\":\"\xED\xA0\x80\"}");
        QTest::newRow("truncated sequence") << QByteArray("{\"name\":\"\xE2\x82\"}");
        QTest::newRow("0xFF") << QByteArray("{\"name\":\"\xFF\"}");
        QTest::newRow("beyond unicode") << QByteArray("{\"name\":\"\xF4\x90\x80\x80\"}");
    }
    void invalidUtf8IsRefused()
    {
        QFETCH(QByteArray, bytes);
        QCOMPARE(JsonText::parseObject(bytes).error().code, StoreError::Code::InvalidUtf8);
        QCOMPARE(DataTransfer::importJson(*m_folder, bytes).error().code, StoreError::Code::InvalidUtf8);
        verifyNothingLost();
    }

    void validUtf8InEveryScriptIsAccepted()
    {
        const QByteArray text = QStringLiteral(R"({"name":"مقهى café İstanbul Łódź 🙂"})").toUtf8();
        const auto parsed = JsonText::parseObject(text);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value().value("name").toString(), QStringLiteral("مقهى café İstanbul Łódź 🙂"));
    }

    void unparsableRevIsRefused_data()
    {
        QTest::addColumn<QString>("rev");
        for (const char *bad : { "abc", "1-", "-1", "0-abc", "x-1", "1-a b", "1-ab/c" })
            QTest::newRow(bad) << QString::fromLatin1(bad);
    }
    void unparsableRevIsRefused()
    {
        QFETCH(QString, rev);
        const WriteResult put = directory()->put(QJsonObject { { "_id", "keep-me" }, { "_rev", rev }, { "note", "overwritten" } });
        QCOMPARE(put.error.code, StoreError::Code::InvalidRevision);
        const QList<WriteResult> bulk = directory()->bulkDocs({ QJsonObject { { "_id", "keep-me" }, { "_rev", rev } } }, false);
        QCOMPARE(bulk.first().error.code, StoreError::Code::InvalidRevision);
        verifyNothingLost();
    }

    void badSpecialFieldsAndIdsAreRefused()
    {
        QCOMPARE(directory()->put(QJsonObject { { "_id", "a" }, { "_secret", 1 } }).error.code, StoreError::Code::BadRequest);
        QCOMPARE(directory()->put(QJsonObject { { "_id", "_other" } }).error.code, StoreError::Code::BadRequest);
        QCOMPARE(directory()->put(QJsonObject { { "_id", 42 } }).error.code, StoreError::Code::BadRequest);
        QCOMPARE(directory()->put(QJsonObject { { "_id", "a" }, { "_deleted", "yes" } }).error.code, StoreError::Code::BadRequest);
        // Special members are found wherever they stand in the text, among members that sort
        // before and after them.
        const QJsonObject hidden = JsonText::parseObject(R"({"zeta":1,"_id":"b","Alpha":2,"~x":3,"_secret":1})").value();
        QCOMPARE(directory()->put(hidden).error.code, StoreError::Code::BadRequest);
        const QJsonObject tombstone =
                JsonText::parseObject(R"({"zeta":1,"Alpha":2,"~x":3,"_id":"c","_rev":"1-abc","_deleted":true})").value();
        QVERIFY(directory()->bulkDocs({ tombstone }, false).first().error.ok());
        QCOMPARE(directory()->get("c").error().code, StoreError::Code::NotFound);
        verifyNothingLost();
    }

    void unknownDocTypeFailsTheWholeImport()
    {
        const QByteArray file = R"({"format":"buurtbrug/1","databases":{"directory":[
            {"_id":"initiative:ok","type":"initiative","slug":"ok","originalLanguage":"nl"},
            {"_id":"spaceship:1","type":"spaceship"}]}})";
        const auto result = DataTransfer::importJson(*m_folder, file);
        QCOMPARE(result.error().code, StoreError::Code::UnknownType);
        QVERIFY2(result.error().reason.contains("directory[1]") && result.error().reason.contains("spaceship"),
                 qPrintable(result.error().reason));
        QCOMPARE(directory()->get("initiative:ok").error().code, StoreError::Code::NotFound);
        verifyNothingLost();
    }

    void missingDataFolderIsNamed()
    {
        DatabaseFolder folder;
        const StoreError error = folder.open(m_dir.filePath("does/not/exist"), false);
        QCOMPARE(error.code, StoreError::Code::MissingFolder);
        QVERIFY(error.reason.contains("does/not/exist"));
        DocumentDatabase db("x");
        QCOMPARE(db.open(m_dir.filePath("nowhere/x.sqlite")).code, StoreError::Code::MissingFolder);
    }

    void notADatabaseFileIsReportedCorrupt()
    {
        QFile garbage(m_dir.filePath("garbage.sqlite"));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(8192, 'G'));
        garbage.close();
        DocumentDatabase db("garbage");
        QCOMPARE(db.open(garbage.fileName()).code, StoreError::Code::Corrupt);
        QCOMPARE(QFile(garbage.fileName()).size(), 8192); // left as it was, for a person to inspect
    }

    void readOnlyStoreRefusesWritesAndKeepsReading()
    {
        const QString folder = m_folder->folder();
        m_folder.reset();
        DatabaseFolder readOnly;
        QVERIFY(readOnly.open(folder, false, SqliteConnection::Mode::ReadOnly).ok());
        DocumentDatabase *db = readOnly.database("directory").value();
        QCOMPARE(db->put(QJsonObject { { "_id", "new" } }).error.code, StoreError::Code::ReadOnly);
        QCOMPARE(db->get("keep-me").value().value("_rev").toString(), m_storedRev);
    }

    void immutableFileOnDiskGivesAClearError()
    {
        if (QStandardPaths::findExecutable("chattr").isEmpty() || ::geteuid() != 0)
            QSKIP("needs root and chattr to make a file that even root cannot write");
        const QString file = directory()->path();
        const QString folder = m_folder->folder();
        m_folder.reset(); // close, so the WAL is checkpointed into the file
        if (QProcess::execute("chattr", { "+i", file, folder }) != 0)
            QSKIP("this file system does not support the immutable attribute");
        auto cleanup = qScopeGuard([&] { QProcess::execute("chattr", { "-i", file, folder }); });

        DatabaseFolder blocked(DomainIndexer::indexer());
        StoreError error = blocked.open(folder, false);
        if (error.ok()) {
            auto db = blocked.database("directory");
            error = db.ok() ? db.value()->put(QJsonObject { { "_id", "new" } }).error : db.error();
        }
        QVERIFY(!error.ok());
        QVERIFY2(error.code == StoreError::Code::ReadOnly || error.code == StoreError::Code::IoError,
                 qPrintable(error.codeName() + ": " + error.reason));
        cleanup.dismiss();
        QCOMPARE(QProcess::execute("chattr", { "-i", file, folder }), 0);
        m_folder = std::make_unique<DatabaseFolder>(DomainIndexer::indexer());
        QVERIFY(m_folder->open(folder, false).ok());
        verifyNothingLost();
    }

    void fullDiskRefusesTheWholeBatchAndKeepsEarlierData()
    {
        DocumentDatabase *db = directory();
        db->setMaxPageCount(db->info().value().fileSize / 4096 + 8);
        QList<QJsonObject> batch;
        for (int i = 0; i < 400; ++i)
            batch.append(QJsonObject { { "_id", QString("big-%1").arg(i) }, { "pad", QString(1000, u'z') } });
        const QList<WriteResult> results = db->bulkDocs(batch, true);
        QCOMPARE(results.size(), batch.size());
        for (const WriteResult &r : results)
            QCOMPARE(r.error.code, StoreError::Code::DiskFull);
        QCOMPARE(db->get("big-0").error().code, StoreError::Code::NotFound);
        QCOMPARE(db->info().value().docCount, 1);
        verifyNothingLost();
        // Once space is back, the same batch goes in.
        db->setMaxPageCount(1 << 30);
        QVERIFY(db->bulkDocs(batch, true).first().error.ok());
        QCOMPARE(db->info().value().docCount, 401);
    }
};

QTEST_GUILESS_MAIN(TestStoreBadInput)
#include "tst_storebadinput.moc"
