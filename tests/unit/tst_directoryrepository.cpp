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
};

QTEST_GUILESS_MAIN(TestDirectoryRepository)
#include "tst_directoryrepository.moc"
