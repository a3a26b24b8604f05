#include "mangoselector.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

// MangoSelector on its own, so the selector logic is checked where no CouchDB is at hand
// (tst_couchdiff compares the same operators with CouchDB 3.4.3's answers).
class TestMangoSelector : public QObject
{
    Q_OBJECT

    static QJsonObject json(const char *text) { return QJsonDocument::fromJson(text).object(); }

    static bool matches(const char *selector, const char *doc)
    {
        QString error;
        const MangoSelector parsed = MangoSelector::parse(json(selector), &error);
        if (!error.isEmpty())
            qFatal("selector refused: %s", qPrintable(error));
        return parsed.matches(json(doc));
    }

private slots:
    void operators_data()
    {
        QTest::addColumn<QByteArray>("selector");
        QTest::addColumn<QByteArray>("doc");
        QTest::addColumn<bool>("expected");
        const QByteArray anna = "{\"_id\":\"a\",\"n\":1,\"name\":\"Anna\",\"tags\":[\"x\",\"y\"],\"p\":{\"q\":\"one\"},\"nothing\":null}";
        const struct { const char *name; const char *selector; bool expected; } cases[] = {
            { "implicit eq", "{\"name\":\"Anna\"}", true },
            { "eq other", "{\"name\":{\"$eq\":\"Bram\"}}", false },
            { "ne", "{\"name\":{\"$ne\":\"Bram\"}}", true },
            { "ne needs the field", "{\"missing\":{\"$ne\":1}}", false },
            { "gt", "{\"n\":{\"$gt\":0}}", true },
            { "gte equal", "{\"n\":{\"$gte\":1}}", true },
            { "lt", "{\"n\":{\"$lt\":1}}", false },
            { "collation string above number", "{\"name\":{\"$gt\":5}}", true },
            { "in", "{\"n\":{\"$in\":[1,2]}}", true },
            { "in array field", "{\"tags\":{\"$in\":[\"y\"]}}", true },
            { "nin", "{\"n\":{\"$nin\":[1]}}", false },
            { "exists", "{\"p\":{\"$exists\":true}}", true },
            { "not exists", "{\"zz\":{\"$exists\":false}}", true },
            { "type null", "{\"nothing\":{\"$type\":\"null\"}}", true },
            { "type array", "{\"tags\":{\"$type\":\"array\"}}", true },
            { "size", "{\"tags\":{\"$size\":2}}", true },
            { "mod", "{\"n\":{\"$mod\":[2,1]}}", true },
            { "regex", "{\"name\":{\"$regex\":\"^A\"}}", true },
            { "regex on a number", "{\"n\":{\"$regex\":\"1\"}}", false },
            { "all", "{\"tags\":{\"$all\":[\"y\",\"x\"]}}", true },
            { "all missing one", "{\"tags\":{\"$all\":[\"x\",\"z\"]}}", false },
            { "elemMatch", "{\"tags\":{\"$elemMatch\":{\"$eq\":\"x\"}}}", true },
            { "allMatch", "{\"tags\":{\"$allMatch\":{\"$in\":[\"x\",\"y\"]}}}", true },
            { "and", "{\"$and\":[{\"n\":1},{\"name\":\"Anna\"}]}", true },
            { "or", "{\"$or\":[{\"n\":2},{\"name\":\"Anna\"}]}", true },
            { "nor", "{\"$nor\":[{\"n\":2},{\"name\":\"Bram\"}]}", true },
            { "not", "{\"n\":{\"$not\":{\"$gt\":0}}}", false },
            { "not of a missing field", "{\"$not\":{\"zz\":1}}", false },
            { "dotted", "{\"p.q\":\"one\"}", true },
            { "nested object", "{\"p\":{\"q\":\"one\"}}", true },
            { "array equality", "{\"tags\":[\"x\",\"y\"]}", true },
            { "no implicit element match", "{\"tags\":\"x\"}", false },
            { "null equality", "{\"nothing\":null}", true },
            { "missing is not null", "{\"zz\":null}", false },
        };
        for (const auto &c : cases)
            QTest::newRow(c.name) << QByteArray(c.selector) << anna << c.expected;
    }

    void operators()
    {
        QFETCH(QByteArray, selector);
        QFETCH(QByteArray, doc);
        QFETCH(bool, expected);
        QCOMPARE(matches(selector.constData(), doc.constData()), expected);
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("selector");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown operator") << QByteArray("{\"n\":{\"$bogus\":1}}") << QStringLiteral("Invalid operator: $bogus");
        QTest::newRow("in needs a list") << QByteArray("{\"n\":{\"$in\":1}}") << QStringLiteral("Bad argument for operator $in: 1");
        QTest::newRow("bad regex") << QByteArray("{\"n\":{\"$regex\":\"(\"}}") << QStringLiteral("Bad argument for operator $regex: \"(\"");
        QTest::newRow("or needs a list") << QByteArray("{\"$or\":{}}") << QStringLiteral("Invalid operator argument: $or requires an array");
        QTest::newRow("mod by zero") << QByteArray("{\"n\":{\"$mod\":[0,1]}}") << QStringLiteral("Bad argument for operator $mod: [0,1]");
    }

    void refusals()
    {
        QFETCH(QByteArray, selector);
        QFETCH(QString, error);
        QString why;
        (void)MangoSelector::parse(json(selector.constData()), &why);
        QCOMPARE(why, error);
        QString notObject;
        (void)MangoSelector::parse(QJsonArray { 1 }, &notObject);
        QVERIFY(!notObject.isEmpty());
    }

    void collation()
    {
        const QJsonArray ordered { QJsonValue(), false, true, 0, 1.5, "", "a", "b", QJsonArray(), QJsonArray { 1 }, QJsonObject() };
        for (qsizetype i = 0; i + 1 < ordered.size(); ++i)
            QVERIFY2(MangoSelector::compare(ordered.at(i), ordered.at(i + 1)) < 0, qPrintable(QString::number(i)));
    }
};

QTEST_GUILESS_MAIN(TestMangoSelector)
#include "tst_mangoselector.moc"
