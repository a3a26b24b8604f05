#include "databasefolder.h"
#include "domainindexer.h"
#include "fieldlog.h"
#include "fieldreport.h"
#include "personerasure.h"
#include "replicatelocally.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// Erasure on request, across devices: a coordinator erases a resident on the server's store
// while a verbindingswerker's phone still holds an older, edited copy. After sync both sides
// hold nothing about the person in any revision, the counts stay, the code is refused for new
// logs, and the database file no longer contains the name.
class TestPersonErasure : public QObject
{
    Q_OBJECT

    const QDate today { 2026, 11, 24 };
    QTemporaryDir m_dir;
    std::unique_ptr<DatabaseFolder> m_serverFolder;
    std::unique_ptr<DatabaseFolder> m_phoneFolder;
    DocumentDatabase *m_server = nullptr;
    DocumentDatabase *m_phone = nullptr;


    // Every leaf revision of every document, as JSON text.
    static QString allLeaves(DocumentDatabase *db)
    {
        QString text;
        AllDocsOptions options;
        for (const AllDocsRow &row : db->allDocs(options).value()) {
            for (const OpenRevision &leaf : db->openRevs(row.id, {}, false).value())
                text += QString::fromUtf8(QJsonDocument(leaf.doc).toJson(QJsonDocument::Compact));
        }
        return text;
    }

    static qint64 contactsCounted(DocumentDatabase *db)
    {
        const auto report = FieldReport::compute(*db, nullptr, { QDate(2026, 11, 1), QDate(2026, 11, 30) }).value();
        return report.tables.first().total.cells[FieldReport::Contacts].value;
    }

private slots:
    void init()
    {
        m_serverFolder = std::make_unique<DatabaseFolder>(DomainIndexer::indexer());
        m_phoneFolder = std::make_unique<DatabaseFolder>(DomainIndexer::indexer());
        const QString name = QTest::currentTestFunction();
        QVERIFY(m_serverFolder->open(m_dir.filePath(name + "-server"), true).ok());
        QVERIFY(m_phoneFolder->open(m_dir.filePath(name + "-phone"), true).ok());
        m_server = m_serverFolder->database("org-visserijplein", true).value();
        m_phone = m_phoneFolder->database("org-visserijplein", true).value();
    }

    void erasureReachesEveryRevisionOnEveryDevice()
    {
        FieldLog phoneLog(*m_phone, nullptr, [this] { return today; });
        const QString contact = phoneLog.logContact({ "zon-17", "Fatima", true, today, "market", "ar", { "housing" },
                                                      { "Fatima needs a flat" }, { "cooking" }, "formal",
                                                      "Woonstichting", today.addDays(7) },
                                                    Fix { { 51.9133, 4.4497 }, 9 })
                                        .value();
        QVERIFY(phoneLog.logVisit({ "initiative:sirene", {}, today, 12, "zon-17" }).ok());
        const QString other = phoneLog.logContact({ "maan-2", "Piet", true, today, "street", "nl", {}, {}, {}, {}, {}, {} }).value();
        QVERIFY(replicateLocally(m_phone, m_server));
        QCOMPARE(contactsCounted(m_server), 2);

        // Offline, the phone moves the follow-up: a revision the server does not have.
        QVERIFY(phoneLog.setFollowUp(contact, today.addDays(3)).ok());

        const auto summary = PersonErasure::erase(*m_server, "zon-17", today);
        QVERIFY2(summary.ok(), qPrintable(summary.error().reason));
        QCOMPARE(summary.value().documents, 2); // the contact and the visit
        QVERIFY(!allLeaves(m_server).contains("Fatima"));

        // Back online: both ways, then each side applies the erasures it knows of.
        QVERIFY(replicateLocally(m_server, m_phone));
        QVERIFY(replicateLocally(m_phone, m_server));
        QVERIFY(PersonErasure::reapply(*m_phone).ok());
        QVERIFY(replicateLocally(m_phone, m_server));
        QVERIFY(PersonErasure::reapply(*m_server).ok());
        QVERIFY(replicateLocally(m_server, m_phone));

        for (DocumentDatabase *db : { m_server, m_phone }) {
            const QString leaves = allLeaves(db);
            for (const char *gone : { "Fatima", "zon-17", "flat", "housing", "Woonstichting", "cooking", "51.9" })
                QVERIFY2(!leaves.contains(gone), qPrintable(QString(gone) + " in " + leaves));
            QVERIFY(leaves.contains("Piet")); // someone else's contact is untouched
            const QJsonObject erased = db->get(contact).value();
            QCOMPARE(erased.value("erased").toBool(), true);
            QCOMPARE(erased.value("date").toString(), QString("2026-11-24"));
            QCOMPARE(erased.value("referral").toObject().value("to").toString(), QString("formal"));
            QCOMPARE(contactsCounted(db), 2); // the counts stay
            GetOptions withConflicts;
            withConflicts.conflicts = true;
            QVERIFY(!db->get(contact, withConflicts).value().contains("_conflicts"));
        }
        QCOMPARE(m_phone->get(other).value().value("name").toString(), QString("Piet"));

        // The code itself is refused for new logs, on the phone too.
        QVERIFY(!phoneLog.logContact({ "zon-17", {}, false, today, {}, {}, {}, {}, {}, {}, {}, {} }).ok());

        // On disk: nothing of the person left in the file or its log once compacted.
        QVERIFY(m_phone->compact().ok());
        for (const QString &suffix : { QString(), QString("-wal") }) {
            QFile file(m_phone->path() + suffix);
            if (!file.open(QIODevice::ReadOnly)) {
                QVERIFY2(!suffix.isEmpty(), "the database file itself must be there");
                continue; // no write-ahead log left at all
            }
            const QByteArray bytes = file.readAll();
            QVERIFY2(!bytes.contains("Fatima"), qPrintable(m_phone->path() + suffix));
            QVERIFY2(!bytes.contains("zon-17"), qPrintable(m_phone->path() + suffix));
        }
    }

    void erasingAnUnknownCodeOnlyRecordsTheRequest()
    {
        const auto summary = PersonErasure::erase(*m_server, "nobody-1", today);
        QVERIFY(summary.ok());
        QCOMPARE(summary.value().documents, 0);
        QVERIFY(PersonErasure::isErased(*m_server, "nobody-1").value());
        QVERIFY(PersonErasure::isErased(*m_server, "  nobody-1 ").value());
        QVERIFY(!PersonErasure::isErased(*m_server, "nobody-2").value());
        // The request keeps only a hash, never the code.
        QVERIFY(!allLeaves(m_server).contains("nobody-1"));
        QVERIFY(!PersonErasure::erase(*m_server, "  ", today).ok());
        // A device that logged the code before it synced the request erases its copy on sync.
        FieldLog phoneLog(*m_phone, nullptr, [this] { return today; });
        const QString late = phoneLog.logContact({ "nobody-1", "Jan", true, today, {}, {}, {}, {}, {}, {}, {}, {} }).value();
        QVERIFY(replicateLocally(m_server, m_phone));
        const auto reapplied = PersonErasure::reapply(*m_phone);
        QVERIFY(reapplied.ok());
        QCOMPARE(reapplied.value().documents, 1);
        QVERIFY(!m_phone->get(late).value().contains("name"));
        QCOMPARE(PersonErasure::reapply(*m_phone).value().documents, 0); // nothing left
    }
};

QTEST_GUILESS_MAIN(TestPersonErasure)
#include "tst_personerasure.moc"
