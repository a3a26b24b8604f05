#include "conflictdesk.h"
#include "conflictfieldmodel.h"
#include "databasefolder.h"
#include "documentdatabase.h"
#include "domainindexer.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The desk's side of a conflict on a real store: which documents of an initiative have two
// versions (for coordinators and editors only), the differing fields as a well-behaved list
// model with a choice each, the merge that is saved, and a save refused when new versions
// arrived after the view was read.
class TestConflictDesk : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    DatabaseFolder m_folder { DomainIndexer::indexer() };
    DocumentDatabase *m_db = nullptr;

    // Two edits of the same first revision, as two devices made them (a: more themes, b: a
    // new phone and a quiet room).
    void makeConflict(const QString &slug, const QString &parent = "1111")
    {
        const QJsonObject base { { "_id", "initiative:" + slug }, { "type", "initiative" },
            { "slug", slug }, { "originalLanguage", "nl" }, { "themes", QJsonArray { "food" } },
            { "contact", QJsonObject { { "phone", "010 123 4567" } } } };
        QJsonObject a = base, b = base;
        a.insert("_rev", "2-aaaa" + parent);
        a.insert("_revisions",
            QJsonObject { { "start", 2 }, { "ids", QJsonArray { "aaaa" + parent, parent } } });
        a.insert("themes", QJsonArray { "food", "meeting" });
        b.insert("_rev", "2-bbbb" + parent);
        b.insert("_revisions",
            QJsonObject { { "start", 2 }, { "ids", QJsonArray { "bbbb" + parent, parent } } });
        b.insert("contact", QJsonObject { { "phone", "010 765 4321" } });
        b.insert("accessibility", QJsonObject { { "quietRoom", true } });
        for (const WriteResult &r : m_db->bulkDocs(QList<QJsonObject> { a, b }, false))
            QVERIFY(r.error.ok());
    }
    static int rowOf(const ConflictFieldModel &model, const QString &field)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.data(model.index(row), ConflictFieldModel::FieldRole).toString() == field)
                return row;
        }
        return -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_folder.open(m_dir.path(), true).ok());
        m_db = m_folder.database("directory", true).value();
    }

    void onlyCoordinatorsAndEditorsAreTold()
    {
        makeConflict("een");
        ConflictDesk desk(m_db);
        desk.setInitiativeId("initiative:een");
        QVERIFY(desk.documents().isEmpty());
        desk.setRoles({ "host" });
        QVERIFY(!desk.canResolve());
        QVERIFY(desk.documents().isEmpty());
        QSignalSpy listed(&desk, &ConflictDesk::documentsChanged);
        desk.setRoles({ "editor" });
        QVERIFY(desk.canResolve());
        QCOMPARE(desk.documents(), QStringList { "initiative:een" });
        QCOMPARE(listed.size(), 1);
        QVERIFY(!desk.save()); // nothing opened, nothing written
    }

    void theFieldsAreAModelAndTheChoicesTheMerge()
    {
        makeConflict("twee");
        ConflictDesk desk(m_db);
        desk.setRoles({ "coordinator" });
        desk.setInitiativeId("initiative:twee");
        ConflictFieldModel *fields = desk.fields();
        QAbstractItemModelTester tester(
            fields, QAbstractItemModelTester::FailureReportingMode::QtTest);
        desk.open();
        QCOMPARE(desk.documentId(), QString("initiative:twee"));
        QCOMPARE(desk.versionCount(), 2);
        QCOMPARE(fields->rowCount(), 3); // accessibility.quietRoom, contact.phone, themes
        QCOMPARE(fields->roleNames().value(ConflictFieldModel::ChosenRole), QByteArray("chosen"));
        QVERIFY(!desk.unchanged().isEmpty());
        // The winner is b (the higher hash): version 0 has the new phone, version 1 the themes.
        const int themes = rowOf(*fields, "themes");
        const int quiet = rowOf(*fields, "accessibility.quietRoom");
        QVERIFY(themes >= 0 && quiet >= 0);
        QCOMPARE(fields->data(fields->index(quiet), ConflictFieldModel::ValuesRole)
                     .toStringList()
                     .size(),
            2);
        QSignalSpy changed(fields, &QAbstractItemModel::dataChanged);
        fields->choose(themes, 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), themes);
        fields->choose(themes, 1); // already chosen: no signal
        fields->choose(themes, 7); // no such version: ignored
        QCOMPARE(changed.size(), 1);
        QCOMPARE(fields->chosenFor("themes"), 1);
        QCOMPARE(fields->chosenFor("slug"), -1);

        QSignalSpy noticed(&desk, &ConflictDesk::noticeChanged);
        QVERIFY(desk.save());
        QCOMPARE(noticed.size(), 1);
        QVERIFY(desk.problem().isEmpty());
        QVERIFY(desk.documents().isEmpty());
        QCOMPARE(desk.versionCount(), 0);
        QCOMPARE(fields->rowCount(), 0);
        const QJsonObject stored = m_db->get("initiative:twee").value();
        QCOMPARE(stored.value("themes").toArray(), (QJsonArray { "food", "meeting" }));
        QCOMPARE(
            stored.value("contact").toObject().value("phone").toString(), QString("010 765 4321"));
        QCOMPARE(stored.value("accessibility").toObject().value("quietRoom").toBool(), true);
        QVERIFY(RevisionConflicts::of(*m_db, "initiative:twee").value().revs.size() == 1);
    }

    void aSaveAfterNewVersionsArrivedIsRefusedAndReadAgain()
    {
        makeConflict("drie");
        ConflictDesk desk(m_db);
        desk.setRoles({ "coordinator" });
        desk.setInitiativeId("initiative:drie");
        desk.open();
        QCOMPARE(desk.versionCount(), 2);
        // A sync brings a third version meanwhile.
        const QJsonObject third { { "_id", "initiative:drie" }, { "_rev", "2-cccc1111" },
            { "type", "initiative" }, { "slug", "drie" }, { "originalLanguage", "ar" },
            { "_revisions",
                QJsonObject { { "start", 2 }, { "ids", QJsonArray { "cccc1111", "1111" } } } } };
        QVERIFY(m_db->bulkDocs(QList<QJsonObject> { third }, false).first().error.ok());
        QVERIFY(!desk.save());
        QVERIFY(!desk.problem().isEmpty());
        QCOMPARE(desk.versionCount(), 3); // read again, with the new version
        QCOMPARE(RevisionConflicts::of(*m_db, "initiative:drie").value().revs.size(),
            3); // nothing written
        QVERIFY(desk.save());
        QVERIFY(desk.problem().isEmpty());
        QCOMPARE(RevisionConflicts::of(*m_db, "initiative:drie").value().revs.size(), 1);
    }

    void aMergeTheValidatorRefusesIsNotSaved()
    {
        makeConflict("vier");
        ConflictDesk desk(m_db);
        desk.setRoles({ "coordinator" });
        desk.setInitiativeId("initiative:vier");
        desk.open();
        // A version that lost a required field (as an old device might send): keeping its
        // "originalLanguage" (absent) must not be saved.
        const QJsonObject broken { { "_id", "initiative:vier" }, { "_rev", "2-0000" },
            { "type", "initiative" }, { "slug", "vier" },
            { "_revisions",
                QJsonObject { { "start", 2 }, { "ids", QJsonArray { "0000", "1111" } } } } };
        QVERIFY(m_db->bulkDocs(QList<QJsonObject> { broken }, false).first().error.ok());
        desk.open();
        QCOMPARE(desk.versionCount(), 3);
        const int language = rowOf(*desk.fields(), "originalLanguage");
        QVERIFY(language >= 0);
        const QVariantList values
            = desk.fields()
                  ->data(desk.fields()->index(language), ConflictFieldModel::ValuesRole)
                  .toList();
        const int missing = int(values.indexOf(QVariant(QStringLiteral("(empty)"))));
        QVERIFY(missing >= 0);
        desk.fields()->choose(language, missing);
        QVERIFY(!desk.save());
        QVERIFY(!desk.problem().isEmpty());
        QCOMPARE(RevisionConflicts::of(*m_db, "initiative:vier").value().revs.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestConflictDesk)
#include "tst_conflictdesk.moc"
