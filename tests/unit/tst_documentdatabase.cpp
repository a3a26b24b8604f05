#include "documentdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The document store as a CouchDB client sees it: revisions, conflicts, tombstones, the
// changes feed, _local docs, revs_diff and the merge of foreign histories.
class TestDocumentDatabase : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<DocumentDatabase> m_db;

    QJsonObject doc(const QString &id, const QJsonObject &fields = {}, const QString &rev = {})
    {
        QJsonObject d = fields;
        d.insert("_id", id);
        if (!rev.isEmpty())
            d.insert("_rev", rev);
        return d;
    }

private slots:
    void init()
    {
        m_db = std::make_unique<DocumentDatabase>("test");
        QVERIFY(m_db->open(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + ".sqlite")).ok());
    }

    void putAndGetRoundTrip()
    {
        const WriteResult put = m_db->put(doc("a", { { "name", "Huiskamer" }, { "n", 3 } }));
        QVERIFY2(put.error.ok(), qPrintable(put.error.reason));
        QVERIFY(QRegularExpression("^1-[0-9a-f]{32}$").match(put.rev).hasMatch());
        const auto got = m_db->get("a");
        QVERIFY(got.ok());
        QCOMPARE(got.value().value("_rev").toString(), put.rev);
        QCOMPARE(got.value().value("name").toString(), QString("Huiskamer"));
        QCOMPARE(got.value().value("n").toInt(), 3);
    }

    void updateNeedsTheCurrentRevision()
    {
        const QString rev1 = m_db->put(doc("a", { { "v", 1 } })).rev;
        const WriteResult noRev = m_db->put(doc("a", { { "v", 2 } }));
        QCOMPARE(noRev.error.code, StoreError::Code::Conflict);
        const QString rev2 = m_db->put(doc("a", { { "v", 2 } }, rev1)).rev;
        QVERIFY(rev2.startsWith("2-"));
        const WriteResult stale = m_db->put(doc("a", { { "v", 3 } }, rev1));
        QCOMPARE(stale.error.code, StoreError::Code::Conflict);
        QCOMPARE(m_db->get("a").value().value("v").toInt(), 2);
        // A rev on a document that does not exist is a conflict too.
        QCOMPARE(m_db->put(doc("new", {}, "1-abc")).error.code, StoreError::Code::Conflict);
    }

    void retriedWriteIsIdempotent()
    {
        const QString rev1 = m_db->put(doc("a", { { "v", 1 } })).rev;
        const WriteResult first = m_db->put(doc("a", { { "v", 2 } }, rev1));
        const WriteResult retry = m_db->put(doc("a", { { "v", 2 } }, rev1));
        QVERIFY(retry.error.ok());
        QCOMPARE(retry.rev, first.rev);
        QCOMPARE(m_db->info().value().updateSeq, 2);
        QCOMPARE(m_db->get("a").value().value("_rev").toString(), first.rev);
    }

    // Purge (for the sample neighbourhood when a phone joins): no tombstone, no history, no
    // changes row, counters right; a purged id can start afresh.
    void purgeLeavesNoTrace()
    {
        const QString a1 = m_db->put(doc("a", { { "v", 1 } })).rev;
        QVERIFY(m_db->put(doc("a", { { "v", 2 } }, a1)).error.ok());
        QVERIFY(m_db->put(doc("b")).error.ok());
        const QString c1 = m_db->put(doc("c")).rev;
        QVERIFY(m_db->remove("c", c1).error.ok());
        const qint64 seqBefore = m_db->info().value().updateSeq;
        QSignalSpy changed(m_db.get(), &DocumentDatabase::documentsChanged);
        const Result<int> purged = m_db->purge({ "a", "c", "unknown" });
        QVERIFY(purged.ok());
        QCOMPARE(purged.value(), 2);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m_db->get("a").error().code, StoreError::Code::NotFound);
        QCOMPARE(m_db->get("c").error().code, StoreError::Code::NotFound);
        QStringList ids;
        for (const ChangeRow &row : m_db->changes({}).value().rows)
            ids.append(row.id);
        QCOMPARE(ids, QStringList { "b" });
        const DatabaseInfo info = m_db->info().value();
        QCOMPARE(info.docCount, 1);
        QCOMPARE(info.deletedCount, 0);
        QVERIFY(info.updateSeq > seqBefore);
        QVERIFY(m_db->revsDiff({ { "a", { a1 } } }).value().contains("a")); // unknown again
        QVERIFY(m_db->put(doc("a", { { "v", 9 } })).rev.startsWith("1-"));
        QCOMPARE(m_db->purge({ "nothing" }).value(), 0);
    }

    void deleteLeavesATombstoneAndCanBeRecreated()
    {
        const QString rev1 = m_db->put(doc("a", { { "v", 1 } })).rev;
        const WriteResult removed = m_db->remove("a", rev1);
        QVERIFY(removed.error.ok());
        QVERIFY(removed.rev.startsWith("2-"));
        const auto gone = m_db->get("a");
        QCOMPARE(gone.error().code, StoreError::Code::NotFound);
        QCOMPARE(gone.error().reason, QString("deleted"));
        GetOptions atRev;
        atRev.rev = removed.rev;
        QVERIFY(m_db->get("a", atRev).value().value("_deleted").toBool());
        QCOMPARE(m_db->info().value().docCount, 0);
        QCOMPARE(m_db->info().value().deletedCount, 1);
        // Recreating without a rev extends the tombstone.
        const WriteResult again = m_db->put(doc("a", { { "v", 9 } }));
        QVERIFY(again.error.ok());
        QVERIFY(again.rev.startsWith("3-"));
        QCOMPARE(m_db->info().value().docCount, 1);
        QCOMPARE(m_db->info().value().deletedCount, 0);
    }

    void revisionsAndConflictsOnRequest()
    {
        const QString rev1 = m_db->put(doc("a", { { "v", 1 } })).rev;
        const QString rev2 = m_db->put(doc("a", { { "v", 2 } }, rev1)).rev;
        GetOptions options;
        options.revisions = true;
        options.conflicts = true;
        const QJsonObject got = m_db->get("a", options).value();
        const QJsonObject revisions = got.value("_revisions").toObject();
        QCOMPARE(revisions.value("start").toInt(), 2);
        QCOMPARE(revisions.value("ids").toArray().size(), 2);
        QCOMPARE(revisions.value("ids").toArray().at(0).toString(), rev2.mid(2));
        QCOMPARE(revisions.value("ids").toArray().at(1).toString(), rev1.mid(2));
        QVERIFY(!got.contains("_conflicts"));
    }

    void newEditsFalseMergesForeignBranchesIntoConflicts()
    {
        const QString rev1 = m_db->put(doc("a", { { "v", 1 } })).rev;
        const QString hash1 = rev1.mid(2);
        // Two devices each edited revision 1; both edits arrive by replication.
        QJsonObject left = doc("a", { { "v", "left" } }, "2-11111111111111111111111111111111");
        left.insert("_revisions", QJsonObject { { "start", 2 }, { "ids", QJsonArray { "11111111111111111111111111111111", hash1 } } });
        QJsonObject right = doc("a", { { "v", "right" } }, "2-ffffffffffffffffffffffffffffffff");
        right.insert("_revisions", QJsonObject { { "start", 2 }, { "ids", QJsonArray { "ffffffffffffffffffffffffffffffff", hash1 } } });
        for (const WriteResult &r : m_db->bulkDocs({ left, right }, false))
            QVERIFY2(r.error.ok(), qPrintable(r.error.reason));
        GetOptions options;
        options.conflicts = true;
        const QJsonObject got = m_db->get("a", options).value();
        QCOMPARE(got.value("v").toString(), QString("right")); // higher hash wins
        QCOMPARE(got.value("_conflicts").toArray(), QJsonArray { "2-11111111111111111111111111111111" });
        // The losing branch is still readable and can be resolved by deleting it.
        GetOptions loser;
        loser.rev = "2-11111111111111111111111111111111";
        QCOMPARE(m_db->get("a", loser).value().value("v").toString(), QString("left"));
        QVERIFY(m_db->remove("a", "2-11111111111111111111111111111111").error.ok());
        QVERIFY(!m_db->get("a", options).value().contains("_conflicts"));
        // Replaying the same replication is a no-op.
        const qint64 seq = m_db->info().value().updateSeq;
        (void)m_db->bulkDocs({ left, right }, false);
        QCOMPARE(m_db->info().value().updateSeq, seq);
    }

    void newEditsFalseWithoutHistoryNeedsRev()
    {
        const QList<WriteResult> results = m_db->bulkDocs({ doc("x", { { "v", 1 } }) }, false);
        QCOMPARE(results.first().error.code, StoreError::Code::BadRequest);
        QVERIFY(m_db->bulkDocs({ doc("x", { { "v", 1 } }, "1-abc") }, false).first().error.ok());
        QCOMPARE(m_db->get("x").value().value("_rev").toString(), QString("1-abc"));
    }

    void bulkDocsReportsPerDocumentAndGeneratesIds()
    {
        const QString rev1 = m_db->put(doc("a", { { "v", 1 } })).rev;
        const QList<WriteResult> results = m_db->bulkDocs(
                { doc("a", { { "v", 2 } }), QJsonObject { { "v", 3 } }, doc("b", { { "v", 4 } }) }, true);
        QCOMPARE(results.size(), 3);
        QCOMPARE(results.at(0).error.code, StoreError::Code::Conflict);
        QVERIFY(results.at(1).error.ok());
        QCOMPARE(results.at(1).id.size(), 32);
        QVERIFY(results.at(2).error.ok());
        QCOMPARE(m_db->info().value().docCount, 3);
    }

    void changesFeedListsEachDocumentOnceAtItsLatestSequence()
    {
        const QString rev1 = m_db->put(doc("a", { { "v", 1 } })).rev;
        (void)m_db->put(doc("b", { { "v", 1 } }));
        (void)m_db->put(doc("a", { { "v", 2 } }, rev1));
        ChangesOptions options;
        const ChangesPage page = m_db->changes(options).value();
        QCOMPARE(page.rows.size(), 2);
        QCOMPARE(page.rows.at(0).id, QString("b"));
        QCOMPARE(page.rows.at(1).id, QString("a"));
        QCOMPARE(page.rows.at(1).seq, 3);
        QCOMPARE(page.lastSeq, 3);
        options.since = 2;
        QCOMPARE(m_db->changes(options).value().rows.size(), 1);
        options.since = 0;
        options.limit = 1;
        const ChangesPage first = m_db->changes(options).value();
        QCOMPARE(first.rows.size(), 1);
        QVERIFY(first.hasMore);
        options.since = first.lastSeq;
        options.limit = 5;
        const ChangesPage last = m_db->changes(options).value();
        QCOMPARE(last.rows.size(), 1);
        QVERIFY(!last.hasMore);
        QCOMPARE(last.pending, 0);
        (void)m_db->put(doc("c"));
        (void)m_db->put(doc("d"));
        options.since = 0;
        options.limit = 1;
        options.countPending = true;
        QCOMPARE(m_db->changes(options).value().pending, 3);
    }

    void changesFeedListsAllLeavesWinnerFirst()
    {
        (void)m_db->bulkDocs({ doc("c", { { "v", 1 } }, "1-aaaa"), doc("c", { { "v", 2 } }, "1-bbbb") }, false);
        ChangesOptions options;
        options.includeDocs = true;
        const ChangeRow row = m_db->changes(options).value().rows.first();
        QCOMPARE(row.revs, (QStringList { "1-bbbb", "1-aaaa" }));
        QCOMPARE(row.doc.value("v").toInt(), 2);
        options.allLeaves = false;
        QCOMPARE(m_db->changes(options).value().rows.first().revs, QStringList { "1-bbbb" });
    }

    void revsDiffNamesMissingRevisionsAndAncestors()
    {
        const QString rev1 = m_db->put(doc("a", { { "v", 1 } })).rev;
        const auto diff = m_db->revsDiff({ { "a", { rev1, "2-abc" } }, { "z", { "1-zzz" } } }).value();
        QCOMPARE(diff.value("a").missing, QStringList { "2-abc" });
        QCOMPARE(diff.value("a").possibleAncestors, QStringList { rev1 });
        QCOMPARE(diff.value("z").missing, QStringList { "1-zzz" });
        QVERIFY(!m_db->revsDiff({ { "a", { rev1 } } }).value().contains("a"));
    }

    void openRevsAnswersEveryLeafOrMissing()
    {
        (void)m_db->bulkDocs({ doc("c", { { "v", 1 } }, "1-aaaa"), doc("c", { { "v", 2 } }, "1-bbbb") }, false);
        const auto all = m_db->openRevs("c", {}, true).value();
        QCOMPARE(all.size(), 2);
        const auto some = m_db->openRevs("c", { "1-aaaa", "9-nope" }, false).value();
        QCOMPARE(some.size(), 2);
        QVERIFY(!some.at(0).missing);
        QVERIFY(some.at(1).missing);
    }

    void openRevsAsTextIsTheSameDocument()
    {
        // What replication sends on unparsed must be exactly what the parsed form says, for ids
        // and values that need escaping, nested values, a deletion and an empty body.
        const QString id = QString::fromUtf8("visit:\"quoted\" \\ / زيارة 🌷");
        const QJsonObject body { { "name", "تست \"x\"\n\t\u0001" }, { "nested", QJsonObject { { "list", QJsonArray { 1, 2.5, true, QJsonValue() } } } } };
        const QString rev1 = m_db->put(doc(id, body)).rev;
        QVERIFY(!rev1.isEmpty());
        const QString rev2 = m_db->remove(id, rev1).rev;
        (void)m_db->bulkDocs({ doc("empty", {}, "1-cccc") }, false);
        for (const auto &[docId, revs] : { std::pair { id, QStringList { rev1, rev2 } }, std::pair { QString("empty"), QStringList { "1-cccc" } } }) {
            for (const bool withRevisions : { false, true }) {
                const auto objects = m_db->openRevs(docId, revs, withRevisions).value();
                const auto texts = m_db->openRevs(docId, revs, withRevisions, false, DocumentDatabase::Form::Text).value();
                QCOMPARE(texts.size(), objects.size());
                for (int i = 0; i < texts.size(); ++i) {
                    QCOMPARE(texts.at(i).missing, objects.at(i).missing);
                    if (objects.at(i).missing)
                        continue;
                    QJsonParseError error;
                    const QJsonDocument parsed = QJsonDocument::fromJson(texts.at(i).json, &error);
                    QCOMPARE(error.error, QJsonParseError::NoError);
                    QCOMPARE(parsed.object(), objects.at(i).doc);
                }
            }
        }
    }

    void openRevsLatestFollowsToTheLeaves()
    {
        const QString rev1 = m_db->put(doc("a", { { "v", 1 } })).rev;
        const QString rev2 = m_db->put(doc("a", { { "v", 2 } }, rev1)).rev;
        const auto answers = m_db->openRevs("a", { rev1 }, false, true).value();
        QCOMPARE(answers.size(), 1);
        QCOMPARE(answers.first().rev, rev2);
        QCOMPARE(answers.first().doc.value("v").toInt(), 2);
        QVERIFY(m_db->openRevs("a", { rev1 }, false, false).value().first().missing); // body compacted away
    }

    void allDocsByRangeAndByKeys()
    {
        for (const char *id : { "c", "a", "b", "d" })
            (void)m_db->put(doc(id, { { "n", id } }));
        const QString revD = m_db->get("d").value().value("_rev").toString();
        (void)m_db->remove("d", revD);
        AllDocsOptions options;
        QStringList ids;
        for (const AllDocsRow &row : m_db->allDocs(options).value())
            ids.append(row.id);
        QCOMPARE(ids, (QStringList { "a", "b", "c" }));
        options.startKey = "b";
        options.endKey = "c";
        options.inclusiveEnd = false;
        options.includeDocs = true;
        const auto range = m_db->allDocs(options).value();
        QCOMPARE(range.size(), 1);
        QCOMPARE(range.first().doc.value("n").toString(), QString("b"));
        AllDocsOptions backwards;
        backwards.descending = true;
        backwards.limit = 2;
        QCOMPARE(m_db->allDocs(backwards).value().first().id, QString("c"));
        AllDocsOptions keys;
        keys.keys = { "b", "d", "zz" };
        const auto byKey = m_db->allDocs(keys).value();
        QCOMPARE(byKey.size(), 3);
        QVERIFY(!byKey.at(0).deleted && !byKey.at(0).missing);
        QVERIFY(byKey.at(1).deleted);
        QVERIFY(byKey.at(2).missing);
    }

    void localDocsAreVersionedButNotReplicated()
    {
        const WriteResult first = m_db->putLocal(doc("_local/checkpoint", { { "seq", 5 } }));
        QVERIFY(first.error.ok());
        QCOMPARE(first.rev, QString("0-1"));
        QCOMPARE(m_db->putLocal(doc("_local/checkpoint", { { "seq", 6 } })).error.code, StoreError::Code::Conflict);
        const WriteResult second = m_db->putLocal(doc("_local/checkpoint", { { "seq", 6 } }, "0-1"));
        QCOMPARE(second.rev, QString("0-2"));
        QCOMPARE(m_db->getLocal("_local/checkpoint").value().value("seq").toInt(), 6);
        QCOMPARE(m_db->get("_local/checkpoint").value().value("_rev").toString(), QString("0-2"));
        QVERIFY(m_db->changes({}).value().rows.isEmpty());
        QCOMPARE(m_db->info().value().updateSeq, 0);
        QVERIFY(m_db->removeLocal("_local/checkpoint", "0-2").error.ok());
        QCOMPARE(m_db->getLocal("_local/checkpoint").error().code, StoreError::Code::NotFound);
    }

    void revsLimitStemsHistory()
    {
        QVERIFY(m_db->setRevsLimit(5).ok());
        QString rev = m_db->put(doc("a", { { "v", 0 } })).rev;
        for (int i = 1; i < 20; ++i)
            rev = m_db->put(doc("a", { { "v", i } }, rev)).rev;
        GetOptions options;
        options.revisions = true;
        const QJsonObject got = m_db->get("a", options).value();
        QCOMPARE(got.value("_revisions").toObject().value("start").toInt(), 20);
        QCOMPARE(got.value("_revisions").toObject().value("ids").toArray().size(), 5);
    }

    // A document first met through replication is written straight from its history; it must
    // end up as the same tree a merge would give: stemmed, linked, and extendable.
    void firstForeignHistoryIsStemmedLinkedAndExtendable()
    {
        QVERIFY(m_db->setRevsLimit(5).ok());
        QJsonArray ids;
        for (int i = 8; i >= 1; --i)
            ids.append(QString(32, QChar(u'a' + i)));
        QJsonObject first = doc("long", { { "v", 8 } }, "8-" + ids.at(0).toString());
        first.insert("_revisions", QJsonObject { { "start", 8 }, { "ids", ids } });
        QJsonObject gone = doc("gone", {}, "2-" + QString(32, u'2'));
        gone.insert("_deleted", true);
        gone.insert("_revisions", QJsonObject { { "start", 2 }, { "ids", QJsonArray { QString(32, u'2'), QString(32, u'1') } } });
        for (const WriteResult &r : m_db->bulkDocs({ first, gone }, false))
            QVERIFY2(r.error.ok(), qPrintable(r.error.reason));

        GetOptions options;
        options.revisions = true;
        options.conflicts = true;
        const QJsonObject got = m_db->get("long", options).value();
        QCOMPARE(got.value("v").toInt(), 8);
        QCOMPARE(got.value("_revisions").toObject().value("start").toInt(), 8);
        QJsonArray newestFive;
        for (int i = 0; i < 5; ++i)
            newestFive.append(ids.at(i));
        QCOMPARE(got.value("_revisions").toObject().value("ids").toArray(), newestFive);
        QCOMPARE(m_db->get("gone").error().code, StoreError::Code::NotFound);
        QCOMPARE(m_db->info().value().docCount, 1);
        QCOMPARE(m_db->info().value().deletedCount, 1);

        // The next edit from the peer extends the same branch: one leaf, no conflict.
        QJsonObject next = doc("long", { { "v", 9 } }, "9-" + QString(32, u'9'));
        next.insert("_revisions", QJsonObject { { "start", 9 }, { "ids", QJsonArray { QString(32, u'9'), ids.at(0) } } });
        QVERIFY(m_db->bulkDocs({ next }, false).first().error.ok());
        const QJsonObject after = m_db->get("long", options).value();
        QCOMPARE(after.value("v").toInt(), 9);
        QVERIFY(!after.contains("_conflicts"));
        QCOMPARE(after.value("_revisions").toObject().value("ids").toArray().size(), 5);
        GetOptions old;
        old.rev = "8-" + ids.at(0).toString();
        QCOMPARE(m_db->get("long", old).error().code, StoreError::Code::NotFound); // only leaves keep bodies
    }

    static Indexer colourIndexer(const QString &version)
    {
        return { [](const QString &, const QJsonObject &body) {
                    DocumentIndexes out;
                    out.keys.append({ "by-colour", body.value("colour").toString(), body.value("shade").toString() });
                    if (body.contains("words"))
                        out.search = SearchEntry { body.value("group").toString(), body.value("title").toString(),
                                                   body.value("words").toString() };
                    return out;
                },
                 version };
    }

    void indexerKeysFollowTheWinner()
    {
        QVERIFY(m_db->setIndexer(colourIndexer("1")).ok());
        const QString rev1 = m_db->put(doc("a", { { "colour", "red" } })).rev;
        (void)m_db->put(doc("b", { { "colour", "red" } }));
        QCOMPARE(m_db->queryIndex("by-colour", "red", "red").value(), (QStringList { "a", "b" }));
        const QString rev2 = m_db->put(doc("a", { { "colour", "blue" } }, rev1)).rev;
        QCOMPARE(m_db->queryIndex("by-colour", "red", "red").value(), QStringList { "b" });
        QCOMPARE(m_db->countIndex("by-colour", "blue").value(), 1);
        (void)m_db->remove("a", rev2);
        QCOMPARE(m_db->countIndex("by-colour", "blue").value(), 0);
    }

    void indexValuesAreStoredWithTheirKeys()
    {
        QVERIFY(m_db->setIndexer(colourIndexer("1")).ok());
        const QString rev = m_db->put(doc("a", { { "colour", "red" }, { "shade", "crimson" } })).rev;
        (void)m_db->put(doc("b", { { "colour", "blue" }, { "shade", "navy" } }));
        QList<IndexRow> rows = m_db->indexRows("by-colour").value();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].key, QString("blue"));
        QCOMPARE(rows[0].value, QString("navy"));
        QCOMPARE(rows[0].docId, QString("b"));
        (void)m_db->put(doc("a", { { "colour", "red" }, { "shade", "scarlet" } }, rev));
        rows = m_db->indexRows("by-colour").value();
        QCOMPARE(rows[1].value, QString("scarlet"));
    }

    void searchFindsGroupsByNameAndText()
    {
        QVERIFY(m_db->setIndexer(colourIndexer("1")).ok());
        (void)m_db->put(doc("t1", { { "group", "g1" }, { "title", "buurthuis" }, { "words", "koffie en soep" } }));
        (void)m_db->put(doc("t2", { { "group", "g1" }, { "title", "community centre" }, { "words", "coffee" } }));
        const QString rev = m_db->put(doc("t3", { { "group", "g2" }, { "title", "soepkeuken" }, { "words", "buurt maaltijd" } })).rev;
        // A prefix matches both groups; the one with the word in its name ranks first.
        QList<SearchHit> hits = m_db->search("\"soep\"*").value();
        QCOMPARE(hits.size(), 2);
        QCOMPARE(hits[0].group, QString("g2"));
        // Two languages of one group are one hit.
        QCOMPARE(m_db->search("\"co\"*").value().size(), 1);
        QCOMPARE(m_db->search("\"buurt\"*").value().size(), 2);
        QCOMPARE(m_db->search("\"nothing\"*").value().size(), 0);
        (void)m_db->remove("t3", rev);
        QCOMPARE(m_db->search("\"soep\"*").value().size(), 1);
        QVERIFY(!m_db->search("AND AND (").ok());
    }

    void indexesAreRebuiltWhenTheIndexerChanges()
    {
        (void)m_db->put(doc("a", { { "colour", "red" } }));
        (void)m_db->put(doc("b", { { "colour", "red" }, { "words", "hello" }, { "group", "g" } }));
        QVERIFY(m_db->setIndexer(colourIndexer("1")).ok());
        QCOMPARE(m_db->countIndex("by-colour", "red").value(), 2);
        QCOMPARE(m_db->search("\"hello\"").value().size(), 1);

        Indexer other = colourIndexer("2");
        int derived = 0;
        other.derive = [&derived](const QString &, const QJsonObject &body) {
            ++derived;
            DocumentIndexes out;
            out.keys.append({ "by-length", QString::number(body.value("colour").toString().size()), {} });
            return out;
        };
        QVERIFY(m_db->setIndexer(other).ok());
        QCOMPARE(m_db->countIndex("by-colour", "red").value(), 0);
        QCOMPARE(m_db->countIndex("by-length", "3").value(), 2);
        QCOMPARE(m_db->search("\"hello\"").value().size(), 0);
        QCOMPARE(derived, 2); // both documents, once
        // The same version again does not rebuild: no document is derived again.
        QVERIFY(m_db->setIndexer(other).ok());
        QCOMPARE(derived, 2);
        QCOMPARE(m_db->countIndex("by-length", "3").value(), 2);
    }

    void writesSignalCommittedChanges()
    {
        QSignalSpy spy(m_db.get(), &DocumentDatabase::documentsChanged);
        (void)m_db->put(doc("a"));
        QCOMPARE(spy.count(), 1);
        (void)m_db->put(doc("a")); // conflict: nothing changed
        QCOMPARE(spy.count(), 1);
    }

    void reopenKeepsEverything()
    {
        const QString path = m_db->path();
        const QString rev1 = m_db->put(doc("a", { { "v", 1 } })).rev;
        (void)m_db->putLocal(doc("_local/x", { { "k", 1 } }));
        m_db.reset();
        DocumentDatabase again("test");
        QVERIFY(again.open(path).ok());
        QCOMPARE(again.get("a").value().value("_rev").toString(), rev1);
        QCOMPARE(again.info().value().updateSeq, 1);
        QCOMPARE(again.integrityCheck(), QString("ok"));
    }
};

QTEST_GUILESS_MAIN(TestDocumentDatabase)
#include "tst_documentdatabase.moc"
