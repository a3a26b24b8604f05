#include "databasefolder.h"
#include "documentvalidator.h"
#include "domainindexer.h"
#include "fieldlog.h"
#include "personerasure.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

// Field logging on the real store: what a host, a verbindingswerker and a buurtmaatje log is
// durable, checked, and never more precise about a person than the rules allow.
class TestFieldLog : public QObject
{
    Q_OBJECT

    const QDate today { 2026, 11, 24 };
    QTemporaryDir m_dir;
    std::unique_ptr<DatabaseFolder> m_folder;
    DocumentDatabase *m_org = nullptr;
    DocumentDatabase *m_directory = nullptr;
    // The Visserijplein market, and a fix a few tens of metres from it.
    const Geo::Point market { 51.9133, 4.4497 };

    FieldLog log() { return FieldLog(*m_org, m_directory, [this] { return today; }); }

    QJsonObject doc(const QString &id) { return m_org->get(id).value(); }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_folder = std::make_unique<DatabaseFolder>(DomainIndexer::indexer());
        static int run = 0;
        const QString path = m_dir.path() + "/" + QString::number(++run);
        QVERIFY(QDir().mkpath(path));
        QVERIFY(m_folder->open(path, true).ok());
        m_org = m_folder->database("org-visserijplein", true).value();
        m_directory = m_folder->database("directory", true).value();
        const QList<QJsonObject> directory {
            { { "_id", "initiative:sirene" }, { "type", "initiative" }, { "slug", "sirene" }, { "originalLanguage", "nl" },
              { "position", QJsonObject { { "lat", 51.9120 }, { "lon", 4.4460 } } } },
            { { "_id", "initiative:no-place" }, { "type", "initiative" }, { "slug", "no-place" }, { "originalLanguage", "nl" } },
        };
        for (const WriteResult &r : m_directory->bulkDocs(directory, true))
            QVERIFY(r.error.ok());
    }

    void aVisitIsStoredDurablyAtTheInitiativesOwnPlace()
    {
        Result<QString> id = log().logVisit({ "initiative:sirene", "activity:sirene:lunch", today, 14, {} },
                                            Fix { market, 8 });
        QVERIFY2(id.ok(), qPrintable(id.error().reason));
        // Reopened from the file: the write was committed before logVisit returned.
        const QString path = m_org->path();
        DocumentDatabase reopened("org-visserijplein");
        QVERIFY(reopened.open(path, SqliteConnection::Mode::ReadOnly).ok());
        const QJsonObject visit = reopened.get(id.value()).value();
        QCOMPARE(visit.value("count").toInt(), 14);
        QCOMPARE(visit.value("date").toString(), QString("2026-11-24"));
        QCOMPARE(visit.value("activity").toString(), QString("activity:sirene:lunch"));
        const QJsonObject place = visit.value("place").toObject();
        QCOMPARE(place.value("precision").toString(), QString("initiative"));
        QCOMPARE(place.value("lat").toDouble(), 51.9120);
        QCOMPARE(place.value("lon").toDouble(), 4.4460);
    }

    void aVisitWithoutAnInitiativePositionUsesTheGridOrNothing()
    {
        const QString withFix = log().logVisit({ "initiative:no-place", {}, today, 3, {} }, Fix { market, 20 }).value();
        const QJsonObject place = doc(withFix).value("place").toObject();
        QCOMPARE(place.value("precision").toString(), QString("grid-100m"));
        const double moved = Geo::distanceMetres(market, { place.value("lat").toDouble(), place.value("lon").toDouble() });
        QVERIFY2(moved < 75, qPrintable(QString::number(moved))); // within the cell, half a diagonal
        QVERIFY(place.value("lat").toDouble() != market.lat || place.value("lon").toDouble() != market.lon);

        const QString poorFix = log().logVisit({ "initiative:no-place", {}, today, 3, {} }, Fix { market, 350 }).value();
        QVERIFY(!doc(poorFix).contains("place"));
        const QString noFix = log().logVisit({ "initiative:no-place", {}, today, 3, {} }).value();
        QVERIFY(!doc(noFix).contains("place"));
    }

    void badVisitsAreRefusedWithTheReason_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("initiative");
        QTest::addColumn<QString>("reason");
        QTest::newRow("tomorrow") << today.addDays(1) << 5 << "initiative:sirene" << "date 2026-11-25 is in the future";
        QTest::newRow("next year") << QDate(2027, 1, 1) << 5 << "initiative:sirene" << "in the future";
        QTest::newRow("negative count") << today << -1 << "initiative:sirene" << "count must be a whole number of 0 or more";
        QTest::newRow("absurd count") << today << 10001 << "initiative:sirene" << "count must be a whole number from 0 to 10000";
        QTest::newRow("no date") << QDate() << 5 << "initiative:sirene" << "date must be a date";
        QTest::newRow("not an initiative") << today << 5 << "activity:sirene:lunch" << "initiative must be an id starting with initiative:";
    }
    void badVisitsAreRefusedWithTheReason()
    {
        QFETCH(QDate, date);
        QFETCH(int, count);
        QFETCH(QString, initiative);
        QFETCH(QString, reason);
        Result<QString> id = log().logVisit({ initiative, {}, date, count, {} });
        QVERIFY(!id.ok());
        QVERIFY2(id.error().reason.contains(reason), qPrintable(id.error().reason));
        QCOMPARE(m_org->info().value().docCount, 0); // nothing half-written
    }

    void aContactKeepsARealNameOnlyWithConsent()
    {
        ContactEntry entry { "zon-17", "Fatima", false, today, "market", "ar", { "housing" }, { "company" }, { "cooking" },
                             "initiative", "initiative:sirene", today.addDays(7) };
        Result<QString> refused = log().logContact(entry);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().reason.contains("consent"), qPrintable(refused.error().reason));

        entry.consent = true;
        const QString id = log().logContact(entry, Fix { market, 10 }).value();
        const QJsonObject contact = doc(id);
        QCOMPARE(contact.value("person").toString(), QString("zon-17"));
        QCOMPARE(contact.value("name").toString(), QString("Fatima"));
        QCOMPARE(contact.value("consent").toObject().value("given").toString(), QString("2026-11-24"));
        QCOMPARE(contact.value("referral").toObject().value("status").toString(), QString("made"));
        QCOMPARE(contact.value("followUp").toString(), QString("2026-12-01"));
        // Person data is never stored at the initiative's door or at the fix itself: the grid.
        QCOMPARE(contact.value("place").toObject().value("precision").toString(), QString("grid-100m"));
    }

    void contactsWithBadFieldsAreRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("reason");
        QTest::newRow("future") << "date" << "in the future";
        QTest::newRow("follow-up before contact") << "followUp" << "followUp must not be before date";
        QTest::newRow("unknown initiative") << "referral" << "referral.to is not an initiative";
        QTest::newRow("no person") << "person" << "person must not be empty";
        QTest::newRow("channel") << "channel" << "channel must be one of";
        QTest::newRow("language") << "language" << "language must be a language code";
    }
    void contactsWithBadFieldsAreRefused()
    {
        QFETCH(QString, field);
        QFETCH(QString, reason);
        ContactEntry entry { "zon-17", {}, false, today, "street", "nl", {}, {}, {}, {}, {}, {} };
        if (field == "date")
            entry.date = today.addDays(3);
        if (field == "followUp")
            entry.followUp = today.addDays(-1);
        if (field == "referral") {
            entry.referralKind = "initiative";
            entry.referralTo = "initiative:does-not-exist";
        }
        if (field == "person")
            entry.person = "   ";
        if (field == "channel")
            entry.channel = "pigeon";
        if (field == "language")
            entry.language = "Arabic";
        Result<QString> id = log().logContact(entry);
        QVERIFY(!id.ok());
        QVERIFY2(id.error().reason.contains(reason), qPrintable(id.error().reason));
    }

    void followUpsOfTodayAreListedUntilTheOutcomeIsKnown()
    {
        FieldLog fieldLog = log();
        const auto contact = [&](const QString &person, QDate followUp) {
            return fieldLog.logContact({ person, {}, false, today.addDays(-10), "phone", "tr", {}, {}, {}, "formal",
                                         "huisarts", followUp })
                    .value();
        };
        const QString overdue = contact("a1", today.addDays(-2));
        const QString due = contact("b2", today);
        const QString later = contact("c3", today.addDays(3));
        Result<QList<FollowUp>> list = fieldLog.followUpsDue(today);
        QVERIFY(list.ok());
        QCOMPARE(list.value().size(), 2);
        QCOMPARE(list.value().at(0).contactId, overdue); // oldest first
        QCOMPARE(list.value().at(1).contactId, due);
        QCOMPARE(list.value().at(1).referralTo, QString("huisarts"));

        QVERIFY(fieldLog.setReferralStatus(due, "arrived").ok());
        QCOMPARE(doc(due).value("referral").toObject().value("status").toString(), QString("arrived"));
        QVERIFY(fieldLog.closeFollowUp(overdue).ok());
        QCOMPARE(fieldLog.followUpsDue(today).value().size(), 0);
        QCOMPARE(fieldLog.followUpsDue(today.addDays(3)).value().size(), 1);
        QCOMPARE(fieldLog.followUpsDue(today.addDays(3)).value().first().contactId, later);
        QVERIFY(fieldLog.setFollowUp(overdue, today.addDays(1)).ok()); // moved, open again
        QCOMPARE(fieldLog.followUpsDue(today.addDays(1)).value().first().contactId, overdue);
    }

    void aFollowUpForADeletedContactIsRefused()
    {
        FieldLog fieldLog = log();
        const QString id = fieldLog.logContact({ "d4", {}, false, today, {}, {}, {}, {}, {}, {}, {}, today }).value();
        QVERIFY(fieldLog.undo(id).ok());
        const StoreError error = fieldLog.setFollowUp(id, today.addDays(2));
        QCOMPARE(error.code, StoreError::Code::NotFound);
        QVERIFY2(error.reason.contains("deleted"), qPrintable(error.reason));
        QCOMPARE(fieldLog.setReferralStatus(id, "arrived").code, StoreError::Code::NotFound);
        QCOMPARE(fieldLog.followUpsDue(today).value().size(), 0);
    }

    void aTallyIsOneTapAndCanBeDetailedOrUndone()
    {
        FieldLog fieldLog = log();
        const QString first = fieldLog.logTally({ today, {}, {}, {}, {} }, Fix { market, 12 }).value();
        const QString second = fieldLog.logTally({ today, "ar", { "cooking" }, {}, {} }).value();
        QCOMPARE(fieldLog.countOn("tally", today).value(), 2);

        QVERIFY(fieldLog.updateTally(first, { today, "tr", { "chat", "errands", " chat " }, { "company" }, "initiative:sirene" }).ok());
        const QJsonObject detailed = doc(first);
        QCOMPARE(detailed.value("language").toString(), QString("tr"));
        QCOMPARE(detailed.value("does").toArray(), QJsonArray({ "chat", "errands" })); // trimmed, no repeats
        QCOMPARE(detailed.value("referral").toString(), QString("initiative:sirene"));
        QCOMPARE(detailed.value("place").toObject().value("precision").toString(), QString("grid-100m"));

        QVERIFY(fieldLog.undo(second).ok());
        QCOMPARE(fieldLog.countOn("tally", today).value(), 1);
        QCOMPARE(m_org->get(second).error().code, StoreError::Code::NotFound);
        QCOMPARE(fieldLog.undo(second).code, StoreError::Code::NotFound); // a second undo changes nothing
        QCOMPARE(fieldLog.countOn("tally", today).value(), 1);
        QVERIFY(!fieldLog.logTally({ today.addDays(1), {}, {}, {}, {} }).ok());
    }

    void withdrawnConsentErasesTheNameAndKeepsTheContacts()
    {
        FieldLog fieldLog = log();
        const QString a = fieldLog.logContact({ "zon-17", "Fatima", true, today.addDays(-3), "market", "ar", {}, {}, {}, {}, {}, {} }).value();
        const QString b = fieldLog.logContact({ "zon-17", {}, false, today, "phone", "ar", {}, {}, {}, {}, {}, {} }).value();
        const QString other = fieldLog.logContact({ "maan-2", "Piet", true, today, "street", "nl", {}, {}, {}, {}, {}, {} }).value();
        QCOMPARE(fieldLog.withdrawConsent("zon-17").value(), 1);
        const QJsonObject withdrawn = doc(a);
        QVERIFY(!withdrawn.contains("name"));
        QCOMPARE(withdrawn.value("consent").toObject().value("withdrawn").toString(), QString("2026-11-24"));
        QCOMPARE(withdrawn.value("person").toString(), QString("zon-17"));
        QVERIFY(!doc(b).contains("name"));
        QCOMPARE(doc(other).value("name").toString(), QString("Piet"));
        QCOMPARE(fieldLog.countOn("contact", today).value(), 2);
        QCOMPARE(fieldLog.countOn("contact", today.addDays(-3)).value(), 1);
        QCOMPARE(fieldLog.withdrawConsent("zon-17").value(), 0); // nothing left to erase
        // The validator itself refuses a name next to a withdrawn consent (e.g. from a peer).
        QJsonObject forged = withdrawn;
        forged.insert("name", "Fatima");
        QCOMPARE(m_org->put(forged).error.ok(), true); // the raw store accepts any JSON ...
        QVERIFY(DocumentValidator::validateFor(forged, "org-visserijplein").reason.contains("withdrawn")); // ... the typed layer does not
    }

    void anErasedCodeCannotBeLoggedAgain()
    {
        FieldLog fieldLog = log();
        QVERIFY(fieldLog.logContact({ "ster-5", {}, false, today, {}, {}, {}, {}, {}, {}, {}, {} }).ok());
        QVERIFY(PersonErasure::erase(*m_org, "ster-5", today).ok());
        Result<QString> again = fieldLog.logContact({ "ster-5", {}, false, today, {}, {}, {}, {}, {}, {}, {}, {} });
        QVERIFY(!again.ok());
        QVERIFY2(again.error().reason.contains("erased"), qPrintable(again.error().reason));
        QVERIFY(!fieldLog.logVisit({ "initiative:sirene", {}, today, 1, "ster-5" }).ok());
        QVERIFY(fieldLog.logContact({ "ster-6", {}, false, today, {}, {}, {}, {}, {}, {}, {}, {} }).ok());
    }
};

QTEST_GUILESS_MAIN(TestFieldLog)
#include "tst_fieldlog.moc"
