#include "revision.h"

#include <QRegularExpression>
#include <QTest>

class TestRevision : public QObject
{
    Q_OBJECT

private slots:
    void parsesValidRevisions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("pos");
        QTest::addColumn<QString>("hash");
        QTest::newRow("couchdb") << "1-967a00dff5e02add41819138abb3284d" << 1 << "967a00dff5e02add41819138abb3284d";
        QTest::newRow("deep") << "1234-abc" << 1234 << "abc";
        QTest::newRow("pouchdb short") << "2-x" << 2 << "x";
    }
    void parsesValidRevisions()
    {
        QFETCH(QString, text);
        const auto rev = Revision::parse(text);
        QVERIFY(rev.has_value());
        QFETCH(int, pos);
        QFETCH(QString, hash);
        QCOMPARE(rev->pos, pos);
        QCOMPARE(rev->hash, hash);
        QCOMPARE(rev->toString(), text);
    }

    void refusesMalformedRevisions_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *bad : { "", "1", "1-", "-abc", "0-abc", "01-abc", "a-abc", "1-ab-c", "1-ab c",
                                 "1-é", "99999999999-abc", "1-\nabc" })
            QTest::newRow(bad) << QString::fromUtf8(bad);
    }
    void refusesMalformedRevisions()
    {
        QFETCH(QString, text);
        QVERIFY(!Revision::parse(text).has_value());
    }

    void nextRevisionIsDeterministicAndLowercaseHex()
    {
        const QJsonObject body { { "name", "Sirenelunch" } };
        const Revision a = Revision::next(std::nullopt, false, body);
        const Revision b = Revision::next(std::nullopt, false, body);
        QCOMPARE(a, b);
        QCOMPARE(a.pos, 1);
        QVERIFY(QRegularExpression("^[0-9a-f]{32}$").match(a.hash).hasMatch());
        // Different body, deletion flag or parent give different revisions.
        QVERIFY(Revision::next(std::nullopt, true, body) != a);
        QVERIFY(Revision::next(std::nullopt, false, QJsonObject { { "name", "Other" } }) != a);
        const Revision child = Revision::next(a, false, body);
        QCOMPARE(child.pos, 2);
        QVERIFY(child.hash != a.hash);
    }

    void nextRevisionIgnoresKeyOrder()
    {
        QJsonObject one;
        one.insert("a", 1);
        one.insert("b", 2);
        QJsonObject two;
        two.insert("b", 2);
        two.insert("a", 1);
        QCOMPARE(Revision::next(std::nullopt, false, one), Revision::next(std::nullopt, false, two));
    }

    void winnerOrderMatchesCouchDb()
    {
        const Revision low { 3, "aaa" };
        const Revision high { 3, "bbb" };
        const Revision deep { 4, "000" };
        QVERIFY(revisionWins(high, false, low, false));
        QVERIFY(revisionWins(deep, false, high, false));
        QVERIFY(revisionWins(low, false, deep, true)); // non-deleted beats a deeper tombstone
        QVERIFY(!revisionWins(low, false, low, false));
    }
};

QTEST_GUILESS_MAIN(TestRevision)
#include "tst_revision.moc"
