#include "databasefolder.h"
#include "domainindexer.h"
#include "initiativelistmodel.h"

#include <QAbstractItemModelTester>
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

private slots:
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
};

QTEST_GUILESS_MAIN(TestInitiativeListModel)
#include "tst_initiativelistmodel.moc"
