#include "databasefolder.h"
#include "directoryrepository.h"
#include "domainindexer.h"

#include <QTemporaryDir>
#include <QTest>

// Initiatives read in the reader's language, with the fallback chain chosen → nl → en → any.
class TestDirectoryRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    DatabaseFolder m_folder { DomainIndexer::indexer() };
    DocumentDatabase *m_db = nullptr;

    void add(const QString &slug, const QMap<QString, QString> &names, const QString &descriptionLang = {})
    {
        QList<QJsonObject> docs { { { "_id", "initiative:" + slug }, { "type", "initiative" }, { "slug", slug },
                                    { "originalLanguage", "nl" } } };
        for (auto it = names.cbegin(); it != names.cend(); ++it) {
            QJsonObject t { { "_id", QString("translation:%1:%2").arg(slug, it.key()) }, { "type", "translation" },
                            { "initiative", "initiative:" + slug }, { "language", it.key() }, { "name", it.value() },
                            { "status", "human" } };
            if (it.key() == descriptionLang)
                t.insert("description", "Beschrijving in " + it.key());
            docs.append(t);
        }
        for (const WriteResult &r : m_db->bulkDocs(docs, true))
            QVERIFY(r.error.ok());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_folder.open(m_dir.path(), true).ok());
        m_db = m_folder.database("directory", true).value();
        add("lunch", { { "nl", "Sirenelunch" }, { "ar", "غداء سيرينه" }, { "en", "Siren lunch" } }, "nl");
        add("taal", { { "en", "Language café" }, { "tr", "Dil kafesi" } });
        add("alleen-pools", { { "pl", "Kawiarenka" } });
    }

    void chainIsChosenThenDutchThenEnglish()
    {
        QCOMPARE(DirectoryRepository::fallbackChain("ar"), (QStringList { "ar", "nl", "en" }));
        QCOMPARE(DirectoryRepository::fallbackChain("nl"), (QStringList { "nl", "en" }));
    }

    void namesFollowTheChainAndSayTheirLanguage()
    {
        DirectoryRepository repo(*m_db);
        const auto ar = repo.initiative("initiative:lunch", "ar").value();
        QCOMPARE(ar.name.text, QString("غداء سيرينه"));
        QCOMPARE(ar.name.language, QString("ar"));
        QCOMPARE(ar.description.language, QString("nl")); // only Dutch has a description
        const auto tr = repo.initiative("initiative:lunch", "tr").value();
        QCOMPARE(tr.name.language, QString("nl"));
        QCOMPARE(repo.initiative("initiative:taal", "ar").value().name.text, QString("Language café"));
        const auto any = repo.initiative("initiative:alleen-pools", "ar").value();
        QCOMPARE(any.name.text, QString("Kawiarenka"));
        QCOMPARE(any.name.language, QString("pl"));
        QCOMPARE(repo.initiative("initiative:lunch", "nl").value().translatedInto, (QStringList { "ar", "en", "nl" }));
    }

    void listIsSortedByNameInTheReadersLanguage()
    {
        DirectoryRepository repo(*m_db);
        const auto list = repo.initiatives("nl").value();
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(0).name.text, QString("Kawiarenka"));
        QCOMPARE(list.at(1).name.text, QString("Language café"));
        QCOMPARE(list.at(2).name.text, QString("Sirenelunch"));
    }

    void missingInitiativeIsNotFound()
    {
        DirectoryRepository repo(*m_db);
        QCOMPARE(repo.initiative("initiative:nope", "nl").error().code, StoreError::Code::NotFound);
    }

    // What a peer that does not validate may send through sync is shown safely.
    void unvalidatedDataFromSyncIsShownSafely()
    {
        const QList<QJsonObject> docs {
            { { "_id", "initiative:raw" }, { "type", "initiative" }, { "slug", "raw" }, { "originalLanguage", "qq" },
              { "position", QJsonObject { { "lat", 95.0 }, { "lon", 400.0 } } } },
            { { "_id", "translation:raw:qq" }, { "type", "translation" }, { "initiative", "initiative:raw" },
              { "language", "qq" }, { "name", "abc\u202Edef\u2066" }, { "summary", "x\u202Dy" },
              { "description", QString(20000, QChar('w')) }, { "status", "human" } },
            { { "_id", "activity:raw:kapot" }, { "type", "activity" }, { "initiative", "initiative:raw" }, { "slug", "kapot" },
              { "schedule", QJsonObject { { "freq", "daily" }, { "byDay", "XX" } } } },
        };
        // put() bypasses the typed layer, as replication does.
        for (const QJsonObject &doc : docs)
            QVERIFY(m_db->put(doc).error.ok());
        DirectoryRepository repo(*m_db);
        const QList<InitiativeInfo> list = repo.initiatives("nl").value();
        const auto raw = std::find_if(list.begin(), list.end(), [](const InitiativeInfo &i) { return i.id == "initiative:raw"; });
        QVERIFY(raw != list.end());
        QCOMPARE(raw->name.text, QString("abcdef"));     // no override left to reverse the row
        QCOMPARE(raw->name.language, QString("qq"));      // an unknown language is kept as its code
        QCOMPARE(raw->summary.text, QString("xy"));
        QVERIFY(!raw->hasPosition);                       // outside the world: no distance shown
        const InitiativeInfo detail = repo.initiative("initiative:raw", "nl").value();
        QCOMPARE(detail.name.text, QString("abcdef"));
        QCOMPARE(detail.description.text.size(), 20000);
        QCOMPARE(repo.schedulesOf("initiative:raw").value().size(), 0); // a broken schedule is left out
        QVERIFY(!repo.schedules().value().contains("initiative:raw"));
    }
    // The list's first page (read before the first frame) is exactly the start of the whole
    // list, in every language and also nearest first: names in several scripts, fallbacks,
    // equal names and equal distances, places without a position or outside the world.
    void firstPageIsTheStartOfTheWholeList()
    {
        QTemporaryDir dir;
        DatabaseFolder folder { DomainIndexer::indexer() };
        QVERIFY(folder.open(dir.path(), true).ok());
        DocumentDatabase *db = folder.database("directory", true).value();
        const QStringList words { "Buurthuis", "buurthuis", "Çay", "İstanbul", "istanbul", "Łódź", "Lodz", "مطبخ",
                                  "المكتبة", "Zon", "Ärger", "Aardig", "Öykü", "ijs", "Ijsbaan", "Yoga", "\u202Ezon" };
        const QStringList languages { "nl", "en", "ar", "tr", "pl", "qq" };
        QList<QJsonObject> docs;
        for (int i = 0; i < 60; ++i) {
            const QString slug = QStringLiteral("p%1").arg(i, 2, 10, QLatin1Char('0'));
            QJsonObject initiative { { "_id", "initiative:" + slug }, { "type", "initiative" }, { "slug", slug },
                                     { "originalLanguage", "nl" } };
            if (i % 5 == 1)
                initiative.insert("position", QJsonObject { { "lat", 95.0 }, { "lon", 4.45 } }); // outside the world
            else if (i % 5 != 0) // every fifth has none; several share a place
                initiative.insert("position", QJsonObject { { "lat", 51.91 + 0.001 * (i % 7) }, { "lon", 4.45 - 0.002 * (i % 3) } });
            docs.append(initiative);
            // Two or three translations each, some in a language outside every chain, none for p59.
            for (int t = 0; t < 2 + i % 2 && i != 59; ++t) {
                const QString language = languages.at((i + t * 2) % languages.size());
                docs.append({ { "_id", QString("translation:%1:%2").arg(slug, language) }, { "type", "translation" },
                              { "initiative", "initiative:" + slug }, { "language", language },
                              { "name", i % 11 == 3 && t == 0 ? QString("  ") : words.at((i * 7 + t) % words.size()) + (i % 4 ? "" : " " + slug) },
                              { "summary", QString("over %1 %2").arg(slug, language) }, { "status", "human" } });
            }
        }
        for (const QJsonObject &doc : docs)
            QVERIFY(db->put(doc).error.ok()); // as replication writes: no validation
        DirectoryRepository repo(*db);
        const Geo::Point here { 51.912, 4.449 };
        for (const QString &language : { "nl", "en", "ar", "tr", "pl" }) {
            const QList<InitiativeInfo> all = repo.initiatives(language).value();
            QCOMPARE(all.size(), 60);
            // Nearest first as the list orders it: stable over name order, no position last.
            QList<InitiativeInfo> nearest = all;
            std::stable_sort(nearest.begin(), nearest.end(), [&here](const InitiativeInfo &a, const InitiativeInfo &b) {
                const double da = a.hasPosition ? Geo::distanceMetres(here, { a.latitude, a.longitude }) : -1;
                const double db = b.hasPosition ? Geo::distanceMetres(here, { b.latitude, b.longitude }) : -1;
                if ((da < 0) != (db < 0))
                    return db < 0;
                return da < db;
            });
            for (int count : { 1, 7, 59, 60, 100 }) {
                for (const bool byDistance : { false, true }) {
                    const QList<InitiativeInfo> &expected = byDistance ? nearest : all;
                    const std::optional<Geo::Point> from = byDistance ? std::optional<Geo::Point>(here) : std::nullopt;
                    const Result<InitiativePage> page = repo.firstInitiatives(language, count, from);
                    QVERIFY(page.ok());
                    QCOMPARE(page.value().total, 60);
                    QCOMPARE(page.value().first.size(), qMin(count, 60));
                    for (int i = 0; i < page.value().first.size(); ++i) {
                        const InitiativeInfo &got = page.value().first.at(i);
                        const QString where = QString("%1 %2 %3 row %4").arg(language).arg(count).arg(byDistance).arg(i);
                        QVERIFY2(got.id == expected.at(i).id, qPrintable(where + ": " + got.id + " instead of " + expected.at(i).id));
                        QCOMPARE(got.name.text, expected.at(i).name.text);
                        QCOMPARE(got.name.language, expected.at(i).name.language);
                        QCOMPARE(got.summary.text, expected.at(i).summary.text);
                        QCOMPARE(got.hasPosition, expected.at(i).hasPosition);
                    }
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestDirectoryRepository)
#include "tst_directoryrepository.moc"
