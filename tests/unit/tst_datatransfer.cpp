#include "databasefolder.h"
#include "datatransfer.h"
#include "domainindexer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

// Import and export in the buurtbrug/1 format: exact round trips, idempotent re-imports.
class TestDataTransfer : public QObject
{
    Q_OBJECT

    static QByteArray sampleFile()
    {
        return R"({"format":"buurtbrug/1","databases":{
            "directory":[
              {"_id":"initiative:huiskamer","type":"initiative","slug":"huiskamer","originalLanguage":"nl"},
              {"_id":"translation:huiskamer:nl","type":"translation","initiative":"initiative:huiskamer",
               "language":"nl","name":"De Huiskamer","status":"original"}],
            "org-visserijplein":[
              {"_id":"tally:1","type":"tally","date":"2026-11-20","language":"ar","does":["translating"]}]}})";
    }

private slots:
    void importCreatesThenIsANoOp()
    {
        QTemporaryDir dir;
        DatabaseFolder folder(DomainIndexer::indexer());
        QVERIFY(folder.open(dir.path(), true).ok());
        const auto first = DataTransfer::importJson(folder, sampleFile());
        QVERIFY2(first.ok(), qPrintable(first.error().reason));
        QCOMPARE(first.value().perDatabase.value("directory").created, 2);
        QCOMPARE(first.value().perDatabase.value("org-visserijplein").created, 1);
        const auto second = DataTransfer::importJson(folder, sampleFile());
        QCOMPARE(second.value().perDatabase.value("directory").unchanged, 2);
        QCOMPARE(folder.database("directory").value()->info().value().updateSeq, 2);
    }

    void exportThenImportIsExactIncludingConflictsAndTombstones()
    {
        QTemporaryDir dir;
        DatabaseFolder source(DomainIndexer::indexer());
        QVERIFY(source.open(dir.filePath("a"), true).ok());
        QVERIFY(DataTransfer::importJson(source, sampleFile()).ok());
        DocumentDatabase *db = source.database("directory").value();
        // A conflict and a deletion, as replication would leave them.
        const QString rev = db->get("translation:huiskamer:nl").value().value("_rev").toString();
        QJsonObject branch { { "_id", "translation:huiskamer:nl" }, { "_rev", "2-00000000000000000000000000000001" },
                             { "type", "translation" }, { "initiative", "initiative:huiskamer" }, { "language", "nl" },
                             { "name", "Huiskamer (oud)" }, { "status", "original" },
                             { "_revisions", QJsonObject { { "start", 2 }, { "ids", QJsonArray { "00000000000000000000000000000001", rev.mid(2) } } } } };
        QVERIFY(db->put(QJsonObject { { "_id", "translation:huiskamer:nl" }, { "_rev", rev }, { "type", "translation" },
                                      { "initiative", "initiative:huiskamer" }, { "language", "nl" },
                                      { "name", "De Huiskamer West" }, { "status", "original" } }).error.ok());
        QVERIFY(db->bulkDocs({ branch }, false).first().error.ok());
        GetOptions conflicts;
        conflicts.conflicts = true;
        QCOMPARE(db->get("translation:huiskamer:nl", conflicts).value().value("_conflicts").toArray().size(), 1);
        const QString tallyRev = source.database("org-visserijplein").value()->get("tally:1").value().value("_rev").toString();
        QVERIFY(source.database("org-visserijplein").value()->remove("tally:1", tallyRev).error.ok());

        const auto exported = DataTransfer::exportJson(source, source.databaseNames());
        QVERIFY(exported.ok());
        DatabaseFolder target(DomainIndexer::indexer());
        QVERIFY(target.open(dir.filePath("b"), true).ok());
        const QByteArray bytes = QJsonDocument(exported.value()).toJson();
        const auto imported = DataTransfer::importJson(target, bytes);
        QVERIFY2(imported.ok(), qPrintable(imported.error().reason));

        GetOptions options;
        options.conflicts = true;
        options.revisions = true;
        QCOMPARE(target.database("directory").value()->get("translation:huiskamer:nl", options).value(),
                 db->get("translation:huiskamer:nl", options).value());
        QCOMPARE(target.database("org-visserijplein").value()->get("tally:1").error().reason, QString("deleted"));
        // Importing the export again changes nothing.
        const qint64 seq = target.database("directory").value()->info().value().updateSeq;
        QVERIFY(DataTransfer::importJson(target, bytes).ok());
        QCOMPARE(target.database("directory").value()->info().value().updateSeq, seq);
    }

    void wrongFormatIsRefused()
    {
        QTemporaryDir dir;
        DatabaseFolder folder(DomainIndexer::indexer());
        QVERIFY(folder.open(dir.path(), true).ok());
        QCOMPARE(DataTransfer::importJson(folder, R"({"docs":[]})").error().code, StoreError::Code::ValidationFailed);
        QCOMPARE(DataTransfer::importJson(folder, R"({"format":"buurtbrug/1","databases":{"Bad Name":[]}})").error().code,
                 StoreError::Code::BadRequest);
        QCOMPARE(DataTransfer::importJson(folder, R"({"format":"buurtbrug/1","databases":{"cards":[
            {"_id":"initiative:x","type":"initiative","slug":"x","originalLanguage":"nl"}]}})").error().code,
                 StoreError::Code::ValidationFailed);
        QVERIFY(folder.databaseNames().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDataTransfer)
#include "tst_datatransfer.moc"
