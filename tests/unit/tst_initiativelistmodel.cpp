#include "databasefolder.h"
#include "domainindexer.h"
#include "initiativelistmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>

#include <cmath>
#include <functional>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The list the directory page shows: sorted by name in the UI language, and following the
// store with precise row signals, so the list does not jump while a person scrolls.
class TestInitiativeListModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    DatabaseFolder m_folder { DomainIndexer::indexer() };
    DocumentDatabase *m_db = nullptr;

    void add(const QString &slug, const QString &nl, const QString &ar = {})
    {
        QList<QJsonObject> docs { { { "_id", "initiative:" + slug }, { "type", "initiative" }, { "slug", slug },
                                    { "originalLanguage", "nl" }, { "address", QJsonObject { { "street", "Straat 1" }, { "city", "Rotterdam" } } } },
                                  { { "_id", "translation:" + slug + ":nl" }, { "type", "translation" },
                                    { "initiative", "initiative:" + slug }, { "language", "nl" }, { "name", nl },
                                    { "summary", "Samenvatting " + nl }, { "status", "original" } } };
        if (!ar.isEmpty())
            docs.append({ { "_id", "translation:" + slug + ":ar" }, { "type", "translation" },
                          { "initiative", "initiative:" + slug }, { "language", "ar" }, { "name", ar },
                          { "status", "human" } });
        for (const WriteResult &r : m_db->bulkDocs(docs, true))
            QVERIFY(r.error.ok());
    }

    static QStringList names(const InitiativeListModel &model)
    {
        QStringList list;
        for (int i = 0; i < model.rowCount(); ++i)
            list.append(model.data(model.index(i), InitiativeListModel::NameRole).toString());
        return list;
    }

    // An initiative with facts and one weekly activity, for the filter tests.
    void addPlace(const QString &slug, const QString &name, double lat, double lon, const QJsonObject &access,
                  const QStringList &themes, const QStringList &spoken, const QString &day, const QString &start,
                  const QString &end)
    {
        QList<QJsonObject> docs {
            { { "_id", "initiative:" + slug }, { "type", "initiative" }, { "slug", slug }, { "originalLanguage", "nl" },
              { "position", QJsonObject { { "lat", lat }, { "lon", lon } } }, { "accessibility", access },
              { "themes", QJsonArray::fromStringList(themes) }, { "languagesSpoken", QJsonArray::fromStringList(spoken) } },
            { { "_id", "translation:" + slug + ":nl" }, { "type", "translation" }, { "initiative", "initiative:" + slug },
              { "language", "nl" }, { "name", name }, { "status", "original" } },
            { { "_id", "activity:" + slug + ":a" }, { "type", "activity" }, { "initiative", "initiative:" + slug },
              { "slug", "a" },
              { "schedule", QJsonObject { { "freq", "weekly" }, { "byDay", day }, { "start", start }, { "end", end } } } } };
        for (const WriteResult &r : m_db->bulkDocs(docs, true))
            QVERIFY2(r.error.ok(), qPrintable(r.error.reason));
    }

    // More initiatives than a first page: n of them, named so that name order is not key order.
    void addMany(int n)
    {
        QList<QJsonObject> docs;
        for (int i = 0; i < n; ++i) {
            const QString slug = QStringLiteral("m%1").arg(i, 3, 10, QLatin1Char('0'));
            docs.append({ { "_id", "initiative:" + slug }, { "type", "initiative" }, { "slug", slug }, { "originalLanguage", "nl" },
                          { "position", QJsonObject { { "lat", 51.9 + 0.0001 * ((i * 37) % n) }, { "lon", 4.45 } } } });
            docs.append({ { "_id", "translation:" + slug + ":nl" }, { "type", "translation" }, { "initiative", "initiative:" + slug },
                          { "language", "nl" }, { "name", QStringLiteral("Plek %1").arg((i * 53) % n, 3, 10, QLatin1Char('0')) },
                          { "status", "original" } });
        }
        for (const WriteResult &r : m_db->bulkDocs(docs, true))
            QVERIFY(r.error.ok());
    }

    // The whole list as a model that has read everything shows it.
    QStringList wholeList(const std::function<void(InitiativeListModel &)> &setUp = {})
    {
        InitiativeListModel whole(m_db);
        if (setUp)
            setUp(whole);
        if (!QTest::qWaitFor([&whole] { return whole.loaded(); }, 10000))
            return {};
        return names(whole);
    }

private slots:
    // A directory larger than a page shows its first page at once, then the rest as one insert
    // at the end: the rows shown first never move.
    void largeDirectoryShowsFirstPageThenTheRest()
    {
        addMany(250);
        const QStringList expected = wholeList();
        QCOMPARE(expected.size(), 252);
        InitiativeListModel model(m_db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy loaded(&model, &InitiativeListModel::loadedChanged);
        QVERIFY(!model.loaded());
        QCOMPARE(model.rowCount(), InitiativeListModel::firstPageRows);
        QCOMPARE(model.totalCount(), 252);
        QCOMPARE(names(model), expected.first(InitiativeListModel::firstPageRows));
        QVERIFY(loaded.wait(10000));
        QVERIFY(model.loaded());
        QCOMPARE(names(model), expected);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), InitiativeListModel::firstPageRows);
        QCOMPARE(inserted.first().at(2).toInt(), 251);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(loaded.size(), 1);

        // After that, a write reaches the list (read again off the GUI thread) as a precise insert.
        inserted.clear();
        add("aa", "Aaa eerst");
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 253, 10000);
        QCOMPARE(names(model).first(), QString("Aaa eerst"));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(reset.size(), 0);
    }

    // With a position fix, the first page is the nearest, read again when the fix arrives
    // before the rest of the list.
    void firstPageIsNearestFirstWithAFix()
    {
        addMany(250);
        const auto near = [](InitiativeListModel &m) { m.setReaderPosition({ 51.9125, 4.45 }, 10, false); };
        const QStringList expected = wholeList(near);
        QCOMPARE(expected.size(), 252);
        InitiativeListModel model(m_db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        near(model);
        QVERIFY(model.sortedByDistance());
        QVERIFY(!model.loaded());
        QCOMPARE(names(model), expected.first(InitiativeListModel::firstPageRows));
        QTRY_VERIFY_WITH_TIMEOUT(model.loaded(), 10000);
        QCOMPARE(names(model), expected);
        // Back to name order before the rest is read: that order's first page.
        const QStringList byNames = wholeList();
        InitiativeListModel byName(m_db);
        near(byName);
        byName.setSortByDistance(false);
        QVERIFY(!byName.loaded());
        QCOMPARE(names(byName), byNames.first(InitiativeListModel::firstPageRows));
    }

    // A search typed before the rest is read searches every initiative, not the first page.
    void searchBeforeTheRestIsReadFindsEverything()
    {
        addMany(250);
        InitiativeListModel model(m_db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!model.loaded());
        QVERIFY(!names(model).contains("Plek 249"));
        model.filter()->setQuery("plek 249");
        QVERIFY(model.loaded());
        QCOMPARE(names(model), QStringList { "Plek 249" });
        model.filter()->setQuery("");
        QCOMPARE(model.rowCount(), 252);
        QCOMPARE(model.spokenLanguages(), QStringList());
        // The list read elsewhere meanwhile arrives without changing anything.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QTest::qWait(200);
        QCOMPARE(model.rowCount(), 252);
        QCOMPARE(reset.size(), 0);
    }

    // A language chosen while the rest is read: the list that arrives is in that language.
    void languageChosenWhileLoading()
    {
        addMany(250);
        add("zz", "Zzz laatst", "أ أول");
        InitiativeListModel model(m_db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLanguage("ar");
        QTRY_VERIFY_WITH_TIMEOUT(model.loaded(), 10000);
        QCOMPARE(model.rowCount(), 253);
        QVERIFY(names(model).contains("أ أول"));
        QVERIFY(!names(model).contains("Zzz laatst"));
    }
    void init()
    {
        static int n = 0;
        QVERIFY(m_folder.open(m_dir.filePath(QString::number(++n)), true).ok());
        m_db = m_folder.database("directory", true).value();
        add("b", "Buurtmaatjes", "رفاق الحي");
        add("s", "Sirenelunch");
    }

    void rolesAndSorting()
    {
        InitiativeListModel model(m_db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(names(model), (QStringList { "Buurtmaatjes", "Sirenelunch" }));
        const QModelIndex first = model.index(0);
        QCOMPARE(model.data(first, InitiativeListModel::IdRole).toString(), QString("initiative:b"));
        QCOMPARE(model.data(first, InitiativeListModel::AddressRole).toString(), QString("Straat 1, Rotterdam"));
        QCOMPARE(model.data(first, InitiativeListModel::SummaryRole).toString(), QString("Samenvatting Buurtmaatjes"));
        QVERIFY(model.roleNames().values().contains("nameLanguage"));
        QCOMPARE(model.indexOf("initiative:s"), 1);
        QCOMPARE(model.idAt(5), QString());
    }

    void storeWritesBecomePreciseRowSignals()
    {
        InitiativeListModel model(m_db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        add("h", "Huiskamer");
        QCOMPARE(names(model), (QStringList { "Buurtmaatjes", "Huiskamer", "Sirenelunch" }));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 1);
        const QString rev = m_db->get("initiative:s").value().value("_rev").toString();
        QVERIFY(m_db->remove("initiative:s", rev).error.ok());
        QCOMPARE(names(model), (QStringList { "Buurtmaatjes", "Huiskamer" }));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(reset.count(), 0);
    }

    void languageSwitchChangesTextsAndKeepsFallback()
    {
        InitiativeListModel model(m_db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLanguage("ar");
        QVERIFY(names(model).contains("رفاق الحي"));
        const int sirene = model.indexOf("initiative:s");
        QCOMPARE(model.data(model.index(sirene), InitiativeListModel::NameRole).toString(), QString("Sirenelunch"));
        QCOMPARE(model.data(model.index(sirene), InitiativeListModel::NameLanguageRole).toString(), QString("nl"));
    }
    void searchNarrowsAndClearingRestores()
    {
        InitiativeListModel model(m_db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLanguage("ar");
        model.filter()->setQuery("SIRENE");
        QCOMPARE(names(model), QStringList { "Sirenelunch" });
        model.filter()->setQuery("رفاق"); // the Arabic name
        QCOMPARE(names(model), QStringList { "رفاق الحي" });
        model.filter()->setQuery("zzz");
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totalCount(), 2);
        model.filter()->setQuery("");
        QCOMPARE(model.rowCount(), 2);
    }

    void filtersDistanceAndToday()
    {
        // Visserijplein and three places: 200 m east, ~1.1 km north, no position.
        const double lat = 51.9105, lon = 4.4502;
        addPlace("dichtbij", "Dichtbij", lat, lon + 0.0029, { { "stepFree", true }, { "rollator", true } },
                 { "food" }, { "nl", "ar" }, "TU", "12:00", "14:00");
        addPlace("ver", "Ver weg", lat + 0.01, lon, { { "stepFree", true } }, { "meeting" }, { "tr" }, "WE", "10:00", "12:00");
        InitiativeListModel model(m_db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Tuesday 24 November 2026, 12:30.
        model.setClock([] { return QDateTime(QDate(2026, 11, 24), QTime(12, 30)); });
        // Without a position the list is in name order, and says so, whatever the wish.
        QVERIFY(model.sortByDistance());
        QVERIFY(!model.sortedByDistance());
        QVERIFY(!model.canSortByDistance());
        QCOMPARE(names(model), (QStringList { "Buurtmaatjes", "Dichtbij", "Sirenelunch", "Ver weg" }));
        // Only the neighbourhood's centre (no fix): still by name.
        model.setReaderPosition({ lat, lon }, 10, true, false);
        QVERIFY(!model.sortedByDistance());
        QCOMPARE(names(model), (QStringList { "Buurtmaatjes", "Dichtbij", "Sirenelunch", "Ver weg" }));
        QSignalSpy sortChanged(&model, &InitiativeListModel::sortByDistanceChanged);
        model.setReaderPosition({ lat, lon }, 10, false);
        QCOMPARE(sortChanged.size(), 1);
        QVERIFY(model.sortedByDistance());

        // Nearest first; initiatives without a position come last, in name order.
        QCOMPARE(names(model), (QStringList { "Dichtbij", "Ver weg", "Buurtmaatjes", "Sirenelunch" }));
        const QModelIndex near = model.index(0);
        QVERIFY(qAbs(model.data(near, InitiativeListModel::DistanceRole).toDouble() - 200) <= 10);
        QCOMPARE(model.data(near, InitiativeListModel::WalkingMinutesRole).toInt(), 4); // 200 m at 50 m/min
        QCOMPARE(model.data(near, InitiativeListModel::CompassRole).toInt(), 2);        // east
        QCOMPARE(model.data(near, InitiativeListModel::ApproximateRole).toBool(), false);
        QCOMPARE(model.data(near, InitiativeListModel::TodayRole).toString(), QString("12:00–14:00"));
        QCOMPARE(model.data(near, InitiativeListModel::OpenNowRole).toBool(), true);
        QCOMPARE(model.data(model.index(1), InitiativeListModel::TodayRole).toString(), QString());
        QCOMPARE(model.data(model.index(3), InitiativeListModel::DistanceRole).toDouble(), -1.0);

        model.filter()->setNearby(true);
        QCOMPARE(names(model), QStringList { "Dichtbij" });
        model.filter()->setNearby(false);
        model.filter()->setToday(true);
        QCOMPARE(names(model), QStringList { "Dichtbij" });
        model.setClock([] { return QDateTime(QDate(2026, 11, 25), QTime(9, 0)); }); // Wednesday
        QCOMPARE(names(model), QStringList { "Ver weg" });
        model.filter()->setOpenNow(true);
        QCOMPARE(model.rowCount(), 0); // opens at 10:00
        model.filter()->clearFilters();
        QCOMPARE(model.filter()->activeCount(), 0);
        QCOMPARE(model.rowCount(), 4);

        model.filter()->setStepFree(true);
        QCOMPARE(names(model), (QStringList { "Dichtbij", "Ver weg" }));
        model.filter()->setRollator(true);
        QCOMPARE(names(model), QStringList { "Dichtbij" });
        model.filter()->clearFilters();
        model.filter()->setTheme("meeting");
        QCOMPARE(names(model), QStringList { "Ver weg" });
        model.filter()->setTheme("");
        model.filter()->setSpokenLanguage("ar");
        QCOMPARE(names(model), QStringList { "Dichtbij" });
        QCOMPARE(model.spokenLanguages(), (QStringList { "ar", "nl", "tr" }));
        model.filter()->setSpokenLanguage("");

        // Sorting by name instead.
        model.setSortByDistance(false);
        QVERIFY(!model.sortedByDistance());
        QCOMPARE(names(model), (QStringList { "Buurtmaatjes", "Dichtbij", "Sirenelunch", "Ver weg" }));
    }

    void aPoorFixIsNeverShownAsExact()
    {
        addPlace("p", "Plek", 51.9105, 4.4502 + 0.0042, {}, {}, {}, "MO", "09:00", "10:00");
        InitiativeListModel model(m_db);
        model.setReaderPosition({ 51.9105, 4.4502 }, 400, true);
        const int row = model.indexOf("initiative:p");
        QVERIFY(row >= 0);
        QCOMPARE(model.data(model.index(row), InitiativeListModel::ApproximateRole).toBool(), true);
        const double shown = model.data(model.index(row), InitiativeListModel::DistanceRole).toDouble();
        QVERIFY2(shown >= 200 && shown <= 400, qPrintable(QString::number(shown))); // about 300 m
        QCOMPARE(std::fmod(shown, 100.0), 0.0); // rounded to the fix's precision
    }
};

QTEST_GUILESS_MAIN(TestInitiativeListModel)
#include "tst_initiativelistmodel.moc"
