#include "documentvalidator.h"

#include <QJsonArray>
#include <QTest>

// The typed schema of docs/DATA-MODEL.md: what each document type must carry.
class TestDocumentValidator : public QObject
{
    Q_OBJECT

    static QJsonObject initiative()
    {
        return { { "_id", "initiative:huiskamer" }, { "type", "initiative" }, { "slug", "huiskamer" },
                 { "originalLanguage", "nl" }, { "position", QJsonObject { { "lat", 51.91 }, { "lon", 4.44 } } } };
    }
    static QJsonObject translation()
    {
        return { { "_id", "translation:huiskamer:ar" }, { "type", "translation" }, { "initiative", "initiative:huiskamer" },
                 { "language", "ar" }, { "name", "غرفة المعيشة" }, { "status", "human" } };
    }
    static QJsonObject activity()
    {
        return { { "_id", "activity:huiskamer:lunch" }, { "type", "activity" }, { "initiative", "initiative:huiskamer" },
                 { "slug", "lunch" },
                 { "schedule", QJsonObject { { "freq", "monthly" }, { "nth", 1 }, { "byDay", "MO" }, { "start", "12:00" } } } };
    }
    static QJsonObject with(QJsonObject doc, const QString &key, const QJsonValue &value)
    {
        if (value.isUndefined())
            doc.remove(key);
        else
            doc.insert(key, value);
        return doc;
    }

private slots:
    void acceptsValidDocuments()
    {
        for (const QJsonObject &doc : { initiative(), translation(), activity() }) {
            const StoreError error = DocumentValidator::validate(doc);
            QVERIFY2(error.ok(), qPrintable(error.reason));
        }
        QVERIFY(DocumentValidator::validate(QJsonObject { { "_id", "stamp:ABC:huiskamer:2026-11-23" }, { "type", "stamp" },
                                                          { "card", "card:ABC" }, { "initiative", "initiative:huiskamer" },
                                                          { "date", "2026-11-23" } }).ok());
        QVERIFY(DocumentValidator::validate(QJsonObject { { "_id", "visit:1" }, { "type", "visit" },
                                                          { "initiative", "initiative:huiskamer" },
                                                          { "date", "2026-11-23" }, { "count", 12 } }).ok());
    }

    void refusesWrongDocuments_data()
    {
        QTest::addColumn<QJsonObject>("doc");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("mentions");
        const int unknown = int(StoreError::Code::UnknownType);
        const int invalid = int(StoreError::Code::ValidationFailed);
        QTest::newRow("no type") << with(initiative(), "type", QJsonValue::Undefined) << unknown << "type";
        QTest::newRow("unknown type") << with(initiative(), "type", "spaceship") << unknown << "spaceship";
        QTest::newRow("id prefix") << with(initiative(), "_id", "translation:huiskamer") << invalid << "_id";
        QTest::newRow("slug mismatch") << with(initiative(), "slug", "other") << invalid << "_id";
        QTest::newRow("latitude out of world") << with(initiative(), "position", QJsonObject { { "lat", 95.0 }, { "lon", 4.4 } }) << invalid << "position";
        QTest::newRow("bad language code") << with(translation(), "language", "Arabic") << invalid << "language";
        QTest::newRow("empty name") << with(translation(), "name", "   ") << invalid << "name";
        QTest::newRow("huge name") << with(translation(), "name", QString(201, u'a')) << invalid << "name";
        QTest::newRow("bad status") << with(translation(), "status", "done") << invalid << "status";
        QTest::newRow("broken schedule") << with(activity(), "schedule", QJsonObject { { "freq", "daily" } }) << invalid << "schedule";
        QTest::newRow("fifth monday") << with(activity(), "schedule", QJsonObject { { "freq", "monthly" }, { "nth", 5 }, { "byDay", "MO" } }) << invalid << "schedule";
        QTest::newRow("hour 25") << with(activity(), "schedule", QJsonObject { { "freq", "weekly" }, { "byDay", "MO" }, { "start", "25:00" } }) << invalid << "schedule";
        QTest::newRow("negative count") << QJsonObject { { "_id", "visit:1" }, { "type", "visit" }, { "initiative", "initiative:x" }, { "date", "2026-01-01" }, { "count", -3 } } << invalid << "count";
        QTest::newRow("impossible date") << QJsonObject { { "_id", "visit:1" }, { "type", "visit" }, { "initiative", "initiative:x" }, { "date", "2026-02-30" }, { "count", 1 } } << invalid << "date";
        QTest::newRow("card without initiatives") << QJsonObject { { "_id", "card:ABC" }, { "type", "card" }, { "code", "ABC" }, { "org", "reakt" }, { "initiatives", QJsonArray() }, { "validFrom", "2026-01-01" }, { "validUntil", "2026-06-01" } } << invalid << "initiatives";
        QTest::newRow("stamp id not derived") << QJsonObject { { "_id", "stamp:random" }, { "type", "stamp" }, { "card", "card:ABC" }, { "initiative", "initiative:x" }, { "date", "2026-11-23" } } << invalid << "_id";
    }
    void refusesWrongDocuments()
    {
        QFETCH(QJsonObject, doc);
        QFETCH(int, code);
        QFETCH(QString, mentions);
        const StoreError error = DocumentValidator::validate(doc);
        QCOMPARE(int(error.code), code);
        QVERIFY2(error.reason.contains(mentions), qPrintable(error.reason));
    }

    void typesBelongInTheirDatabase()
    {
        QVERIFY(DocumentValidator::validateFor(initiative(), "directory").ok());
        QCOMPARE(DocumentValidator::validateFor(initiative(), "cards").code, StoreError::Code::ValidationFailed);
        const QJsonObject tally { { "_id", "tally:1" }, { "type", "tally" }, { "date", "2026-11-23" } };
        QVERIFY(DocumentValidator::validateFor(tally, "org-visserijplein").ok());
        QCOMPARE(DocumentValidator::validateFor(tally, "directory").code, StoreError::Code::ValidationFailed);
    }
};

QTEST_GUILESS_MAIN(TestDocumentValidator)
#include "tst_documentvalidator.moc"
