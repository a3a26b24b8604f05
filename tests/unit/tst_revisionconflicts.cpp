#include "databasefolder.h"
#include "domainindexer.h"
#include "revisionconflicts.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

// Conflicting revisions of one initiative, as replication leaves them (new_edits=false):
// listed field by field, resolved by picking or merging, the losers deleted.
class TestRevisionConflicts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    DatabaseFolder m_folder { DomainIndexer::indexer() };
    DocumentDatabase *m_db = nullptr;

    // Two edits of the same first revision, as two devices made them.
    void makeConflict(const QString &slug)
    {
        const QJsonObject base { { "_id", "initiative:" + slug }, { "type", "initiative" }, { "slug", slug },
                                 { "originalLanguage", "nl" }, { "themes", QJsonArray { "food" } },
                                 { "contact", QJsonObject { { "phone", "010 123 4567" } } } };
        QJsonObject a = base, b = base;
        a.insert("_rev", "2-aaaa");
        a.insert("_revisions", QJsonObject { { "start", 2 }, { "ids", QJsonArray { "aaaa", "1111" } } });
        a.insert("themes", QJsonArray { "food", "meeting" });
        b.insert("_rev", "2-bbbb");
        b.insert("_revisions", QJsonObject { { "start", 2 }, { "ids", QJsonArray { "bbbb", "1111" } } });
        b.insert("contact", QJsonObject { { "phone", "010 765 4321" } });
        for (const WriteResult &r : m_db->bulkDocs(QList<QJsonObject> { a, b }, false))
            QVERIFY(r.error.ok());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_folder.open(m_dir.path(), true).ok());
        m_db = m_folder.database("directory", true).value();
    }

    void listsTheFieldsTheVersionsDisagreeOn()
    {
        makeConflict("een");
        const ConflictView view = RevisionConflicts::of(*m_db, "initiative:een").value();
        QVERIFY(view.inConflict());
        QCOMPARE(view.revs, (QStringList { "2-bbbb", "2-aaaa" })); // the higher hash wins, as in CouchDB
        QCOMPARE(view.differences.size(), 2);
        QCOMPARE(view.differences.at(0).field, QString("contact.phone"));
        QCOMPARE(view.differences.at(0).values, (QList<QJsonValue> { "010 765 4321", "010 123 4567" }));
        QCOMPARE(view.differences.at(1).field, QString("themes"));
        QCOMPARE(view.same, (QStringList { "originalLanguage", "slug", "type" }));
    }

    void anInitiativeSaysWhichOfItsDocumentsAreInConflict()
    {
        makeConflict("vijf");
        QVERIFY(m_db->put({ { "_id", "activity:vijf:lunch" }, { "type", "activity" }, { "initiative", "initiative:vijf" },
                            { "slug", "lunch" }, { "schedule", QJsonObject { { "freq", "weekly" }, { "byDay", "TU" } } } }).error.ok());
        QCOMPARE(RevisionConflicts::conflictedOf(*m_db, "initiative:vijf").value(), QStringList { "initiative:vijf" });
        const ConflictView view = RevisionConflicts::of(*m_db, "initiative:vijf").value();
        QVERIFY(RevisionConflicts::pick(*m_db, view, view.revs.first()).ok());
        QVERIFY(RevisionConflicts::conflictedOf(*m_db, "initiative:vijf").value().isEmpty());
    }

    void aDocumentWithoutConflictsHasNone()
    {
        QVERIFY(m_db->put({ { "_id", "initiative:rustig" }, { "type", "initiative" }, { "slug", "rustig" }, { "originalLanguage", "nl" } }).error.ok());
        const ConflictView view = RevisionConflicts::of(*m_db, "initiative:rustig").value();
        QVERIFY(!view.inConflict());
        QVERIFY(view.differences.isEmpty());
        QCOMPARE(RevisionConflicts::resolve(*m_db, view, view.versions.first()).error().code, StoreError::Code::Conflict);
    }

    void pickingTheLoserKeepsItsBodyAndDeletesTheOther()
    {
        makeConflict("twee");
        const ConflictView view = RevisionConflicts::of(*m_db, "initiative:twee").value();
        const Result<QString> rev = RevisionConflicts::pick(*m_db, view, "2-aaaa");
        QVERIFY2(rev.ok(), qPrintable(rev.error().reason));
        QVERIFY(rev.value().startsWith("3-"));
        GetOptions options;
        options.conflicts = true;
        const QJsonObject now = m_db->get("initiative:twee", options).value();
        QVERIFY(!now.contains("_conflicts"));
        QCOMPARE(now.value("themes").toArray().size(), 2);
        QCOMPARE(now.value("contact").toObject().value("phone").toString(), QString("010 123 4567"));
    }

    void mergingTakesEachFieldFromTheChosenVersion()
    {
        makeConflict("drie");
        const ConflictView view = RevisionConflicts::of(*m_db, "initiative:drie").value();
        const QJsonObject body = RevisionConflicts::merged(view, { { "themes", "2-aaaa" } });
        QVERIFY(RevisionConflicts::resolve(*m_db, view, body).ok());
        const ConflictView after = RevisionConflicts::of(*m_db, "initiative:drie").value();
        QVERIFY(!after.inConflict());
        QCOMPARE(after.versions.first().value("themes").toArray().size(), 2);                                      // from a
        QCOMPARE(after.versions.first().value("contact").toObject().value("phone").toString(), QString("010 765 4321")); // from b
        // Resolving with the old view again is refused: its leaves are gone.
        QCOMPARE(RevisionConflicts::resolve(*m_db, view, body).error().code, StoreError::Code::Conflict);
    }

    void anInvalidMergeIsRefusedAndChangesNothing()
    {
        makeConflict("vier");
        const ConflictView view = RevisionConflicts::of(*m_db, "initiative:vier").value();
        QJsonObject body = view.versions.first();
        body.insert("position", QJsonObject { { "lat", 200 }, { "lon", 4 } });
        QCOMPARE(RevisionConflicts::resolve(*m_db, view, body).error().code, StoreError::Code::ValidationFailed);
        QCOMPARE(RevisionConflicts::of(*m_db, "initiative:vier").value().revs, view.revs);
    }
};

QTEST_GUILESS_MAIN(TestRevisionConflicts)
#include "tst_revisionconflicts.moc"
