#include "databasefolder.h"
#include "documentdatabase.h"
#include "domainindexer.h"
#include "initiativeeditor.h"
#include "initiativephotos.h"
#include "photoshelf.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The storage budget of a reader's phone (issue 19): the photos of the most wanted places that
// fit are kept, the rest are purged from the phone (no tombstone), a place that did not fit is
// not asked for again until it is wanted more, and the budget is a setting kept across restarts.
class TestPhotoShelf : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<DatabaseFolder> m_folder;
    DocumentDatabase *m_db = nullptr;
    static constexpr qint64 kb = 1024;

    static QString place(int i) { return QStringLiteral("initiative:place-%1").arg(i); }

    // A photo of `bytes` in all (display and thumbnail); the shelf does not look into the bytes.
    QString addPhoto(const QString &initiative, qint64 bytes)
    {
        if (!m_db->get(initiative).ok()) {
            InitiativeDraft draft;
            draft.texts.insert("nl", { QStringLiteral("Place %1").arg(initiative.section('-', -1)), {}, {}, {}, "original", {} });
            draft.themes = QStringList { "meeting" };
            if (!InitiativeEditor(*m_db, QDate(2026, 12, 5)).save(draft).ok())
                return {};
        }
        InitiativePhotos::NewPhoto photo;
        photo.initiativeId = initiative;
        photo.display = QByteArray(bytes - 10 * kb, 'd');
        photo.thumbnail = QByteArray(10 * kb, 't');
        photo.width = 1600;
        photo.height = 1200;
        photo.alt = { { "nl", "De ingang" } };
        photo.added = QDate(2026, 12, 5);
        const Result<QString> id = InitiativePhotos(*m_db).add(photo);
        return id.ok() ? id.value() : QString();
    }
    bool onPhone(const QString &photoId) { return m_db->get(photoId).ok(); }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_folder = std::make_unique<DatabaseFolder>(DomainIndexer::indexer());
        QVERIFY(m_folder->open(m_dir.filePath(QTest::currentTestFunction()), true).ok());
        m_db = m_folder->database("directory", true).value();
        QVERIFY(m_db);
    }
    void cleanup()
    {
        m_db = nullptr;
        m_folder.reset();
    }

    void theMostWantedThatFitAreKeptAndTheRestPurged()
    {
        const QString first = addPhoto(place(1), 400 * kb);
        const QString second = addPhoto(place(2), 400 * kb);
        const QString third = addPhoto(place(3), 400 * kb);
        const QString small = addPhoto(place(4), 100 * kb);
        const QString unwanted = addPhoto(place(5), 200 * kb);
        const QString unwantedSmall = addPhoto(place(6), 100 * kb);
        QVERIFY(!first.isEmpty() && !second.isEmpty() && !third.isEmpty() && !small.isEmpty() && !unwanted.isEmpty()
                && !unwantedSmall.isEmpty());
        const qint64 seqBefore = m_db->info().value().updateSeq;

        PhotoShelf shelf;
        shelf.setStore(m_db);
        shelf.setBudgetBytes(1024 * kb); // the smallest budget there is: 1 MB
        shelf.setWanted({ place(1), place(2), place(3), place(4) });
        // Not active (a phone that takes every photo): nothing goes.
        QCOMPARE(shelf.kept().size(), 4);
        QVERIFY(onPhone(third) && onPhone(unwanted));

        QSignalSpy keptChanged(&shelf, &PhotoShelf::keptChanged);
        shelf.setActive(true);
        // 400 + 400 fit, the third 400 does not, the 100 after it still does.
        QCOMPARE(shelf.kept(), (QStringList { place(1), place(2), place(4) }));
        QCOMPARE(keptChanged.count(), 1);
        QVERIFY(onPhone(first) && onPhone(second) && onPhone(small));
        QVERIFY(!onPhone(third));
        // Places no longer wanted come after the wanted ones: kept while they fit, not pulled.
        QVERIFY(!onPhone(unwanted));
        QVERIFY(onPhone(unwantedSmall));
        QCOMPARE(shelf.usedBytes(), 1000 * kb);
        QVERIFY(shelf.usedBytes() <= shelf.budgetBytes());
        // Purged, not deleted: no tombstone that a push could carry (the feed has no such row).
        ChangesOptions options;
        options.since = seqBefore;
        const ChangesPage page = m_db->changes(options).value();
        for (const ChangeRow &row : page.rows)
            QVERIFY2(row.id != third && row.id != unwanted, qPrintable(row.id));
        QCOMPARE(m_db->get(third).error().code, StoreError::Code::NotFound);
    }

    void aPlaceThatDidNotFitIsNotAskedForUntilItIsWantedMore()
    {
        addPhoto(place(1), 600 * kb);
        const QString second = addPhoto(place(2), 600 * kb);
        PhotoShelf shelf;
        shelf.setStore(m_db);
        shelf.setBudgetBytes(1024 * kb);
        shelf.setWanted({ place(1), place(2) });
        shelf.setActive(true);
        QCOMPARE(shelf.kept(), QStringList { place(1) });
        QVERIFY(!onPhone(second));
        // Tidied again (the next pull): its size is remembered, it is not asked for again.
        shelf.tidy();
        QCOMPARE(shelf.kept(), QStringList { place(1) });
        // Opened: now the most wanted. It is asked for, and the place it pushes out is purged
        // at once, so the pull that brings it keeps the phone within its budget.
        shelf.setWanted({ place(2), place(1) });
        QCOMPARE(shelf.kept(), QStringList { place(2) });
        QCOMPARE(InitiativePhotos(*m_db).of(place(1)).value().size(), 0);
        QCOMPARE(shelf.usedBytes(), 0);
    }

    void aPlaceNeverHereCountsAsEmptyUntilItsPhotosArrive()
    {
        addPhoto(place(1), 700 * kb);
        PhotoShelf shelf;
        shelf.setStore(m_db);
        shelf.setBudgetBytes(1024 * kb);
        shelf.setWanted({ place(2), place(1) });
        shelf.setActive(true);
        QCOMPARE(shelf.kept(), (QStringList { place(2), place(1) })); // place 2: size unknown
        addPhoto(place(2), 500 * kb); // its pull arrives
        shelf.tidy();
        QCOMPARE(shelf.kept(), QStringList { place(2) });
        QCOMPARE(shelf.usedBytes(), 500 * kb);
    }

    void theLeastRecentlyWantedGoFirstAlsoAfterARestart()
    {
        for (int i = 1; i <= 3; ++i)
            addPhoto(place(i), 300 * kb);
        {
            PhotoShelf shelf;
            shelf.setStore(m_db);
            shelf.setBudgetBytes(1024 * kb);
            shelf.setActive(true);
            shelf.setWanted({ place(1) });
            shelf.setWanted({ place(3) });
            shelf.setWanted({ place(2) }); // wanted last: 2, then 3, then 1
            QCOMPARE(shelf.usedBytes(), 900 * kb);
        }
        PhotoShelf later;
        later.setStore(m_db);
        later.setActive(true);
        addPhoto(place(4), 300 * kb);
        later.setWanted({ place(4) });
        // 4 + 2 + 3 fit; 1, wanted longest ago, goes (not 3, which sorts last by id).
        QCOMPARE(InitiativePhotos(*m_db).of(place(1)).value().size(), 0);
        for (int i : { 2, 3, 4 })
            QCOMPARE(InitiativePhotos(*m_db).of(place(i)).value().size(), 1);
    }

    void theBudgetIsASettingKeptAcrossRestarts()
    {
        {
            PhotoShelf shelf;
            shelf.setStore(m_db);
            QCOMPARE(shelf.budgetMb(), PhotoShelf::defaultBudgetMb);
            QVERIFY(shelf.budgetChoices().contains(PhotoShelf::defaultBudgetMb));
            QSignalSpy changed(&shelf, &PhotoShelf::changed);
            shelf.setBudgetMb(500);
            QCOMPARE(changed.count(), 1);
        }
        PhotoShelf later;
        later.setStore(m_db);
        QCOMPARE(later.budgetMb(), 500);
        later.setBudgetMb(0); // nonsense is held to the smallest budget, not taken as "none"
        QCOMPARE(later.budgetMb(), 1);
        // Kept as a _local document: it never replicates.
        QCOMPARE(m_db->info().value().docCount, 0);
    }
};

QTEST_MAIN(TestPhotoShelf)
#include "tst_photoshelf.moc"
