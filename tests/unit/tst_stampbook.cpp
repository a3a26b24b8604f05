#include "cardcode.h"
#include "cardprogress.h"
#include "databasefolder.h"
#include "domainindexer.h"
#include "stampbook.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

// Stamping a Kijk op de Wijk card on the real store, offline: a host's stamp counts at once, a
// holder's own stamp counts at the door and waits for a host elsewhere, a second stamp on the
// same day changes nothing, and the card says how far its holder got and where to go next.
class TestStampBook : public QObject
{
    Q_OBJECT

    const QDate today { 2026, 11, 24 }; // a Tuesday
    QTemporaryDir m_dir;
    std::unique_ptr<DatabaseFolder> m_folder;
    DocumentDatabase *m_cards = nullptr;
    DocumentDatabase *m_directory = nullptr;
    CardFacts m_card;
    // The Sirene's door, a bench 40 m away, and the Wijkpaleis 2 km off.
    const Geo::Point sirene { 51.9120, 4.4460 };
    const Geo::Point bench { 51.91236, 4.4460 };
    const Geo::Point farAway { 51.9300, 4.4460 };

    StampBook book() { return StampBook(*m_cards, *m_directory); }
    int stampDocs()
    {
        return int(m_cards->queryIndex("by-type", "stamp", "stamp").value().size());
    }

private slots:
    void init()
    {
        m_folder = std::make_unique<DatabaseFolder>(DomainIndexer::indexer());
        static int run = 0;
        const QString path = m_dir.path() + "/" + QString::number(++run);
        QVERIFY(QDir().mkpath(path));
        QVERIFY(m_folder->open(path, true).ok());
        m_cards = m_folder->database("cards", true).value();
        m_directory = m_folder->database("directory", true).value();
        const auto place = [](const char *slug, Geo::Point at) {
            return QJsonObject { { "_id", QString("initiative:") + slug }, { "type", "initiative" }, { "slug", slug },
                                 { "originalLanguage", "nl" }, { "position", QJsonObject { { "lat", at.lat }, { "lon", at.lon } } } };
        };
        const auto activity = [](const char *initiative, const char *slug, const QJsonObject &schedule) {
            return QJsonObject { { "_id", QString("activity:%1:%2").arg(initiative, slug) }, { "type", "activity" },
                                 { "initiative", QString("initiative:") + initiative }, { "slug", slug }, { "schedule", schedule } };
        };
        QJsonObject garden = place("tuin", { 51.9140, 4.4480 });
        garden.insert("stampRadiusMetres", 300); // a big allotment garden
        const QList<QJsonObject> directory {
            place("sirene", sirene), place("wijkpaleis", { 51.9300, 4.4460 }), garden, place("bieb", { 51.9000, 4.4000 }),
            activity("wijkpaleis", "koffie", { { "freq", "weekly" }, { "byDay", "TU" }, { "start", "15:00" } }),
            activity("tuin", "tuinieren", { { "freq", "weekly" }, { "byDay", "TU" }, { "start", "13:00" } }),
            activity("bieb", "taalcafe", { { "freq", "weekly" }, { "byDay", "WE" }, { "start", "10:00" } }),
        };
        for (const WriteResult &r : m_directory->bulkDocs(directory, true))
            QVERIFY2(r.error.ok(), qPrintable(r.error.reason));
        m_card = { CardCode::generate(), "reakt",
                   { "initiative:sirene", "initiative:wijkpaleis", "initiative:tuin", "initiative:bieb" },
                   QDate(2026, 11, 1), QDate(2027, 1, 31), "ar" };
        const QJsonObject card { { "_id", "card:" + m_card.code }, { "type", "card" }, { "code", m_card.code }, { "org", "reakt" },
                                 { "initiatives", QJsonArray::fromStringList(m_card.initiatives) },
                                 { "validFrom", "2026-11-01" }, { "validUntil", "2027-01-31" }, { "shareProgress", false } };
        QVERIFY(m_cards->put(card).error.ok());
    }

    void aHostStampsOncePerDay()
    {
        Result<StampResult> first = book().stampAsHost(m_card, "initiative:sirene", today);
        QVERIFY2(first.ok(), qPrintable(first.error().reason));
        QCOMPARE(first.value().outcome, StampResult::Outcome::Stamped);
        QCOMPARE(first.value().stamp.id, QString("stamp:%1:sirene:2026-11-24").arg(m_card.code));
        const QJsonObject doc = m_cards->get(first.value().stamp.id).value();
        QCOMPARE(doc.value("method").toString(), QString("host"));
        QCOMPARE(doc.value("verified").toBool(), true);
        // The second stamp that day: answered, nothing written.
        const QString rev = doc.value("_rev").toString();
        Result<StampResult> again = book().stampAsHost(m_card, "sirene", today);
        QCOMPARE(again.value().outcome, StampResult::Outcome::AlreadyStamped);
        QCOMPARE(m_cards->get(first.value().stamp.id).value().value("_rev").toString(), rev);
        // The next week is another visit.
        QCOMPARE(book().stampAsHost(m_card, "sirene", today.addDays(7)).value().outcome, StampResult::Outcome::Stamped);
        QCOMPARE(stampDocs(), 2);
        QCOMPARE(book().stampsOf(m_card.code).value().size(), 2);
    }

    void aStampThatDoesNotFitTheCardIsRefused_data()
    {
        QTest::addColumn<QString>("initiative");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not on the card") << "initiative:elders" << today << "not on this card";
        QTest::newRow("expired") << "initiative:sirene" << QDate(2027, 2, 1) << "expired on 2027-01-31";
        QTest::newRow("not yet valid") << "initiative:sirene" << QDate(2026, 10, 31) << "valid from 2026-11-01";
        QTest::newRow("no day") << "initiative:sirene" << QDate() << "needs its day";
    }
    void aStampThatDoesNotFitTheCardIsRefused()
    {
        QFETCH(QString, initiative);
        QFETCH(QDate, day);
        QFETCH(QString, reason);
        Result<StampResult> host = book().stampAsHost(m_card, initiative, day);
        QVERIFY(!host.ok());
        QVERIFY2(host.error().reason.contains(reason), qPrintable(host.error().reason));
        QVERIFY(!book().stampByPoster(m_card, { "reakt", initiative }, Fix { sirene, 5 }, day).ok());
        QCOMPARE(stampDocs(), 0);
    }

    void aSelfStampCountsAtTheDoorOnly()
    {
        using O = StampResult::Outcome;
        // On the bench by the door, with a good fix.
        Result<StampResult> atDoor = book().stampByPoster(m_card, { "reakt", "initiative:sirene" }, Fix { bench, 10 }, today);
        QVERIFY2(atDoor.ok(), qPrintable(atDoor.error().reason));
        QCOMPARE(atDoor.value().outcome, O::Stamped);
        QVERIFY(atDoor.value().distanceMetres > 30 && atDoor.value().distanceMetres < 50);
        QCOMPARE(m_cards->get(atDoor.value().stamp.id).value().value("method").toString(), QString("self"));
        // 2 km away: kept, but not counted until a host confirms.
        Result<StampResult> away = book().stampByPoster(m_card, { "reakt", "initiative:wijkpaleis" }, Fix { sirene, 10 }, today);
        QCOMPARE(away.value().outcome, O::Unverified);
        QVERIFY(away.value().distanceMetres > 1900);
        QCOMPARE(m_cards->get(away.value().stamp.id).value().value("verified").toBool(), false);
        // Scanning again from afar changes nothing; the host stamping the card that day confirms it.
        QCOMPARE(book().stampByPoster(m_card, { "reakt", "wijkpaleis" }, Fix { sirene, 10 }, today).value().outcome, O::AlreadyStamped);
        Result<StampResult> confirmed = book().stampAsHost(m_card, "wijkpaleis", today);
        QCOMPARE(confirmed.value().outcome, O::Confirmed);
        QVERIFY(confirmed.value().stamp.verified);
        // The host's word is a document of its own, beside the holder's.
        QCOMPARE(m_cards->get(StampBook::stampId(m_card.code, "wijkpaleis", today)).value().value("method").toString(), QString("host"));
        QCOMPARE(away.value().stamp.id, StampBook::selfStampId(m_card.code, "wijkpaleis", today));
        QCOMPARE(m_cards->get(atDoor.value().stamp.id).value().value("verified").toBool(), false); // never the holder's to set
        QCOMPARE(m_cards->get(atDoor.value().stamp.id).value().value("nearby").toBool(), true);
        // A fix too vague to place the phone, or none at all: kept as unverified.
        QCOMPARE(book().stampByPoster(m_card, { "reakt", "sirene" }, Fix { sirene, 500 }, today.addDays(1)).value().outcome, O::Unverified);
        QCOMPARE(book().stampByPoster(m_card, { "reakt", "bieb" }, std::nullopt, today).value().outcome, O::Unverified);
        // The allotment garden's own radius: 250 m off still counts there.
        const Geo::Point edge { 51.9140 + 250 / Geo::metresPerDegreeLatitude, 4.4480 };
        QCOMPARE(book().stampByPoster(m_card, { "reakt", "tuin" }, Fix { edge, 10 }, today).value().outcome, O::Stamped);
        QCOMPARE(stampDocs(), 6);
        QCOMPARE(book().stampsOf(m_card.code).value().size(), 5); // the host's and the holder's visit is one
    }

    // The same visit stamped offline on two devices, by the holder and by the host: two
    // documents that never conflict, one visit, and the host's word counts.
    void twoDevicesAgreeOnOneVisit()
    {
        QTemporaryDir otherDir;
        DatabaseFolder other(DomainIndexer::indexer());
        QVERIFY(other.open(otherDir.path(), true).ok());
        DocumentDatabase *otherCards = other.database("cards", true).value();
        // The holder at home scans a photo of the poster; the host stamps the card at the door.
        QCOMPARE(StampBook(*otherCards, *m_directory).stampByPoster(m_card, { "reakt", "sirene" }, std::nullopt, today).value().outcome,
                 StampResult::Outcome::Unverified);
        QCOMPARE(book().stampAsHost(m_card, "sirene", today).value().outcome, StampResult::Outcome::Stamped);
        // Replication copies revisions as they are (new_edits=false), both ways.
        GetOptions withHistory;
        withHistory.revisions = true;
        const QJsonObject fromHolder = otherCards->get(StampBook::selfStampId(m_card.code, "sirene", today), withHistory).value();
        const QJsonObject fromHost = m_cards->get(StampBook::stampId(m_card.code, "sirene", today), withHistory).value();
        QVERIFY(m_cards->bulkDocs({ fromHolder }, false).constFirst().error.ok());
        QVERIFY(otherCards->bulkDocs({ fromHost }, false).constFirst().error.ok());
        for (DocumentDatabase *db : { m_cards, otherCards }) {
            QCOMPARE(db->queryIndex("by-type", "stamp", "stamp").value().size(), 2);
            const QList<Stamp> stamps = StampBook(*db, *m_directory).stampsOf(m_card.code).value();
            QCOMPARE(stamps.size(), 1);
            QVERIFY2(stamps.constFirst().verified && stamps.constFirst().byHost, "the host's stamp counts on both devices");
        }
    }

    void aHostTypesTheCode()
    {
        // Lower case, spaces and dashes, S for 5: the code is read as printed.
        QString typed = CardCode::display(m_card.code).toLower().replace('-', ' ');
        typed.replace('5', 's');
        Result<CardFacts> found = book().cardOnDevice(typed);
        QVERIFY2(found.ok(), qPrintable(found.error().reason));
        QCOMPARE(found.value().code, m_card.code);
        QCOMPARE(found.value().initiatives, m_card.initiatives);
        QCOMPARE(found.value().validUntil, m_card.validUntil);
        // One character wrong: the check character catches it.
        QString typo = m_card.code;
        typo[3] = typo.at(3) == 'A' ? 'B' : 'A';
        QCOMPARE(book().cardOnDevice(typo).error().code, StoreError::Code::BadRequest);
        // A valid code of a card this device has not synced yet.
        const Result<CardFacts> unknown = book().cardOnDevice(CardCode::generate());
        QCOMPARE(unknown.error().code, StoreError::Code::NotFound);
        QVERIFY(unknown.error().reason.contains("scan its QR code"));
    }

    void theHolderDecidesWhatTheReferrerSees()
    {
        const QString id = "card:" + m_card.code;
        QCOMPARE(m_cards->get(id).value().value("shareProgress").toBool(), false);
        QVERIFY(book().setShareProgress(m_card.code, true).ok());
        QCOMPARE(m_cards->get(id).value().value("shareProgress").toBool(), true);
        QVERIFY(book().setShareProgress(m_card.code, false).ok());
        QCOMPARE(m_cards->get(id).value().value("shareProgress").toBool(), false);
        QCOMPARE(book().setShareProgress(CardCode::generate(), true).code, StoreError::Code::NotFound);
    }

    void progressAndWhereToGoNext()
    {
        QVERIFY(book().stampAsHost(m_card, "sirene", today).ok());
        QVERIFY(book().stampByPoster(m_card, { "reakt", "bieb" }, std::nullopt, today).ok()); // unverified
        CardProgress progress = CardProgressOf::compute(m_card, book().stampsOf(m_card.code).value());
        QCOMPARE(progress.total(), 4);
        QCOMPARE(progress.collected, 1);
        QCOMPARE(progress.pending, 1);
        QVERIFY(!progress.complete());
        QVERIFY(progress.places.at(0).stamped);
        QCOMPARE(progress.places.at(0).lastVisit, today);
        QVERIFY(progress.places.at(3).pending);

        DirectoryRepository directory(*m_directory);
        // At noon near the Sirene: the garden (13:00) is nearer than the Wijkpaleis (15:00);
        // the library's language café is on Wednesdays.
        std::optional<NextVisit> next = CardProgressOf::nextOpenToday(progress, directory, QDateTime(today, QTime(12, 0)), sirene);
        QVERIFY(next);
        QCOMPARE(next->initiative, QString("initiative:tuin"));
        QCOMPARE(next->start, QTime(13, 0));
        QVERIFY(next->distanceMetres > 200 && next->distanceMetres < 400);
        // Without a position: the earliest. At 14:30 the garden began 90 minutes ago.
        QCOMPARE(CardProgressOf::nextOpenToday(progress, directory, QDateTime(today, QTime(12, 0)), std::nullopt)->initiative,
                 QString("initiative:tuin"));
        QCOMPARE(CardProgressOf::nextOpenToday(progress, directory, QDateTime(today, QTime(14, 30)), sirene)->initiative,
                 QString("initiative:wijkpaleis"));
        QVERIFY(!CardProgressOf::nextOpenToday(progress, directory, QDateTime(today, QTime(17, 0)), sirene));

        // Every place stamped: complete, and nowhere left to send the holder.
        for (const char *slug : { "wijkpaleis", "tuin", "bieb" })
            QVERIFY(book().stampAsHost(m_card, slug, today).ok());
        progress = CardProgressOf::compute(m_card, book().stampsOf(m_card.code).value());
        QVERIFY(progress.complete());
        QCOMPARE(progress.pending, 0);
        QVERIFY(!CardProgressOf::nextOpenToday(progress, directory, QDateTime(today, QTime(12, 0)), sirene));
    }
};

QTEST_GUILESS_MAIN(TestStampBook)
#include "tst_stampbook.moc"
