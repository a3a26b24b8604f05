#include "databasefolder.h"
#include "directorypullfilters.h"
#include "documentdatabase.h"
#include "domainindexer.h"
#include "mangoselector.h"
#include "photointerest.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// Which photos a reader's phone keeps (issue 19): the places on its card, those looked at last
// (kept across restarts, at most 40) and the nearest, and the selectors that pull exactly those
// photos, their removals included, and the directory's text without any photo.
class TestPhotoInterest : public QObject
{
    Q_OBJECT

    static QString place(int i) { return QStringLiteral("initiative:place-%1").arg(i); }

private slots:
    void cardThenLookedAtThenNear()
    {
        PhotoInterest interest;
        QSignalSpy changed(&interest, &PhotoInterest::changed);
        interest.setCardPlaces({ place(1), place(2) });
        interest.noteShown(place(3));
        interest.noteShown(place(1)); // on the card already: listed once
        interest.setNearPlaces({ place(4), place(3) });
        QCOMPARE(interest.places(), (QStringList { place(1), place(2), place(3), place(4) }));
        const int before = changed.count();
        interest.setNearPlaces({ place(4), place(3) }); // the same: no news
        interest.noteShown(place(1));                   // first already
        QCOMPARE(changed.count(), before);
        interest.noteShown("not a place");
        interest.setNearPlaces({ "photo:x:1" });
        QCOMPARE(interest.places(), (QStringList { place(1), place(2), place(3) }));
    }

    void theLookedAtAreKeptAcrossRestartsWithinTheLimit()
    {
        QTemporaryDir dir;
        DatabaseFolder folder(DomainIndexer::indexer());
        QVERIFY(folder.open(dir.path(), true).ok());
        DocumentDatabase *directory = folder.database("directory", true).value();
        {
            PhotoInterest interest;
            interest.setStore(directory);
            for (int i = 0; i < PhotoInterest::recentLimit + 5; ++i)
                interest.noteShown(place(i));
            interest.noteShown(place(10)); // again: to the front
        }
        PhotoInterest later;
        later.setStore(directory);
        QCOMPARE(later.recent().size(), PhotoInterest::recentLimit);
        QCOMPARE(later.recent().first(), place(10));
        QCOMPARE(later.recent().at(1), place(PhotoInterest::recentLimit + 4));
        QVERIFY(!later.recent().contains(place(0))); // the oldest went
        // Kept as a _local document: it never replicates.
        QCOMPARE(directory->info().value().docCount, 0);
    }

    void theFiltersPassExactlyWhatTheyName()
    {
        QString why;
        const MangoSelector photos = MangoSelector::parse(DirectoryPullFilters::photosOf({ "initiative:wijk-paleis", "initiative:taalcafe" }).selector, &why);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        const MangoSelector text = MangoSelector::parse(DirectoryPullFilters::text().selector, &why);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        const auto doc = [](const QString &id, const QString &type) { return QJsonObject { { "_id", id }, { "type", type } }; };
        const auto tombstone = [](const QString &id) { return QJsonObject { { "_id", id }, { "_rev", "2-a" }, { "_deleted", true } }; };
        QVERIFY(photos.matches(doc("photo:wijk-paleis:1f", "photo")));
        QVERIFY(photos.matches(tombstone("photo:taalcafe:2e")));
        QVERIFY(!photos.matches(doc("photo:wijk-paleis-2:1f", "photo"))); // another place whose name starts alike
        QVERIFY(!photos.matches(doc("photo:wijk:1f", "photo")));
        QVERIFY(!photos.matches(doc("initiative:wijk-paleis", "initiative")));
        QVERIFY(text.matches(doc("initiative:wijk-paleis", "initiative")));
        QVERIFY(text.matches(tombstone("translation:wijk-paleis:ar"))); // a removal of text travels
        QVERIFY(!text.matches(doc("photo:wijk-paleis:1f", "photo")));
        QVERIFY(!text.matches(tombstone("photo:wijk-paleis:1f")));
        // The same set in another order is the same filter (the same checkpoint's filter).
        QCOMPARE(DirectoryPullFilters::photosOf({ "initiative:b", "initiative:a" }).key(), DirectoryPullFilters::photosOf({ "initiative:a", "initiative:b" }).key());
        QVERIFY(DirectoryPullFilters::photosOf({}).isEmpty());
        QCOMPARE(DirectoryPullFilters::forPlaces({}).size(), 1); // the text alone
    }
};

QTEST_GUILESS_MAIN(TestPhotoInterest)
#include "tst_photointerest.moc"
