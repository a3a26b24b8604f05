#include "databasefolder.h"
#include "domainindexer.h"
#include "typedstore.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

// Every document type through the typed layer: validated, kept in its own database, and
// found again by date (field logs through their facts), initiative and card.
class TestTypedStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    DatabaseFolder m_folder { DomainIndexer::indexer() };

private slots:
    void initTestCase() { QVERIFY(m_folder.open(m_dir.path(), true).ok()); }

    void fieldLogsAreFoundByDate()
    {
        TypedStore org(*m_folder.database("org-visserijplein", true).value());
        QVERIFY(org.save({ { "_id", "visit:1" }, { "type", "visit" }, { "initiative", "initiative:huiskamer" }, { "date", "2026-11-02" }, { "count", 12 } }).ok());
        QVERIFY(org.save({ { "_id", "visit:2" }, { "type", "visit" }, { "initiative", "initiative:taalcafe" }, { "date", "2026-11-20" }, { "count", 4 } }).ok());
        QVERIFY(org.save({ { "_id", "contact:1" }, { "type", "contact" }, { "person", "K-17" }, { "date", "2026-12-01" } }).ok());
        QVERIFY(org.save({ { "_id", "tally:1" }, { "type", "tally" }, { "date", "2026-11-20" }, { "language", "ar" } }).ok());
        const auto november = org.find(DomainIndexer::fieldLogFacts, "2026-11-01", "2026-11-30").value();
        QCOMPARE(november.size(), 3);
        QCOMPARE(november.first().value("count").toInt(), 12); // in date order
        QCOMPARE(org.find(DomainIndexer::fieldLogFacts, "2026-12-01", "2026-12-31").value().first().value("person").toString(), "K-17");
        // Field logs carry only the entries reports and people lookups read.
        QVERIFY(org.ofType("visit").value().isEmpty());
    }

    void cardsAndStampsConvergeOnDerivedIds()
    {
        TypedStore cards(*m_folder.database("cards", true).value());
        QVERIFY(cards.save({ { "_id", "card:K7QM4" }, { "type", "card" }, { "code", "K7QM4" }, { "org", "reakt" },
                             { "initiatives", QJsonArray { "initiative:huiskamer" } }, { "validFrom", "2026-11-01" },
                             { "validUntil", "2027-05-01" }, { "shareProgress", false } }).ok());
        const QJsonObject stamp { { "_id", "stamp:K7QM4:huiskamer:2026-11-23" }, { "type", "stamp" }, { "card", "card:K7QM4" },
                                  { "initiative", "initiative:huiskamer" }, { "date", "2026-11-23" }, { "method", "host" } };
        const auto first = cards.save(stamp);
        QVERIFY(first.ok());
        // The same stamp made again (another device, a double tap) is the same document.
        const auto again = cards.save(stamp);
        QCOMPARE(again.error().code, StoreError::Code::Conflict);
        QCOMPARE(cards.find("by-card", "card:K7QM4", "card:K7QM4").value().size(), 1);
    }

    void typesStayInTheirDatabase()
    {
        TypedStore directory(*m_folder.database("directory", true).value());
        const auto wrongPlace = directory.save({ { "_id", "visit:9" }, { "type", "visit" }, { "initiative", "initiative:x" }, { "date", "2026-11-02" }, { "count", 1 } });
        QCOMPARE(wrongPlace.error().code, StoreError::Code::ValidationFailed);
        QCOMPARE(directory.save({ { "_id", "thing:1" }, { "type", "thing" } }).error().code, StoreError::Code::UnknownType);
        QCOMPARE(directory.get("visit:9").error().code, StoreError::Code::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestTypedStore)
#include "tst_typedstore.moc"
