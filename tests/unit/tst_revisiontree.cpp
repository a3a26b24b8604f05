#include "revisiontree.h"

#include <QTest>

namespace {
Revision rev(const char *text)
{
    return *Revision::parse(QString::fromLatin1(text));
}
}

class TestRevisionTree : public QObject
{
    Q_OBJECT

private slots:
    void linearHistoryHasOneLeaf()
    {
        RevisionTree tree;
        tree.mergePath({ rev("3-c"), rev("2-b"), rev("1-a") }, false);
        QCOMPARE(tree.leaves().size(), 1);
        QCOMPARE(tree.winner().rev, rev("3-c"));
        QVERIFY(tree.conflicts().isEmpty());
        QCOMPARE(tree.ancestry("3-c", 10), (QList<Revision> { rev("3-c"), rev("2-b"), rev("1-a") }));
        QCOMPARE(tree.ancestry("3-c", 2).size(), 2);
    }

    void branchesKeepConflictsAndPickTheSameWinnerInAnyOrder()
    {
        RevisionTree one;
        one.mergePath({ rev("2-aaa"), rev("1-x") }, false);
        one.mergePath({ rev("2-bbb"), rev("1-x") }, false);
        RevisionTree two;
        two.mergePath({ rev("2-bbb"), rev("1-x") }, false);
        two.mergePath({ rev("2-aaa"), rev("1-x") }, false);
        QCOMPARE(one.winner().rev, rev("2-bbb"));
        QCOMPARE(two.winner().rev, rev("2-bbb"));
        QCOMPARE(one.conflicts(), QList<Revision> { rev("2-aaa") });
    }

    void deletedLeafLosesToShallowerLiveLeaf()
    {
        RevisionTree tree;
        tree.mergePath({ rev("3-z"), rev("2-b"), rev("1-a") }, true);
        tree.mergePath({ rev("2-c"), rev("1-a") }, false);
        QCOMPARE(tree.winner().rev, rev("2-c"));
        QVERIFY(tree.conflicts().isEmpty());
        QCOMPARE(tree.deletedConflicts(), QList<Revision> { rev("3-z") });
    }

    void mergingReportsOnlyNewRevisions()
    {
        RevisionTree tree;
        QCOMPARE(tree.mergePath({ rev("2-b"), rev("1-a") }, false).size(), 2);
        QCOMPARE(tree.mergePath({ rev("3-c"), rev("2-b"), rev("1-a") }, false), QList<Revision> { rev("3-c") });
        QVERIFY(tree.mergePath({ rev("3-c"), rev("2-b") }, false).isEmpty());
        QVERIFY(!tree.isLeaf("2-b"));
        QVERIFY(tree.isLeaf("3-c"));
    }

    void stemmingKeepsLimitAncestorsOfEveryLeaf()
    {
        RevisionTree tree;
        QList<Revision> path;
        for (int i = 10; i >= 1; --i)
            path.append(Revision { i, QStringLiteral("h%1").arg(i) });
        tree.mergePath(path, false);
        tree.mergePath({ Revision { 4, "branch" }, Revision { 3, "h3" } }, false);
        const QStringList dropped = tree.stem(3);
        // Main line keeps 10, 9, 8; the branch keeps 4-branch, 3-h3, 2-h2.
        QVERIFY(tree.contains("10-h10") && tree.contains("8-h8") && !tree.contains("7-h7"));
        QVERIFY(tree.contains("4-branch") && tree.contains("2-h2") && !tree.contains("1-h1"));
        QVERIFY(dropped.contains("1-h1"));
        QCOMPARE(tree.leaves().size(), 2);
        QCOMPARE(tree.winner().rev, (Revision { 10, "h10" }));
    }
};

QTEST_GUILESS_MAIN(TestRevisionTree)
#include "tst_revisiontree.moc"
