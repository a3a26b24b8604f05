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
        QVERIFY(DocumentValidator::validate(QJsonObject { { "_id", "receipt:2026-12-05T01:00:00Z:ab12cd34" }, { "type", "receipt" },
                                                          { "action", "withdraw-consent" }, { "date", "2026-12-05" },
                                                          { "at", "2026-12-05T01:00:00Z" }, { "by", "coordinator (device d1)" },
                                                          { "documents", 1 } }).ok());
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
        for (const char *code : { "english", "EN", "", "n1", "nl\n", "nl-" })
            QTest::newRow(qPrintable(QStringLiteral("language \"%1\"").arg(QString::fromLatin1(code).replace(u'\n', u"\\n"_qs))))
                    << with(translation(), "language", code) << invalid << "language must be a language code";
        QTest::newRow("empty name") << with(translation(), "name", "   ") << invalid << "name";
        QTest::newRow("name of spaces") << with(translation(), "name", u"\t \u00A0\u3000"_qs) << invalid << "name must not be empty or only whitespace";
        QTest::newRow("name of zero-width characters") << with(translation(), "name", u"\u200B\u200D\u2060"_qs) << invalid << "name must not be empty or only whitespace";
        const QString controls = QStringLiteral("must not contain bidi control characters");
        for (char16_t control : { 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069 }) {
            const QString text = u"Huiskamer "_qs + QChar(control) + u"tset"_qs;
            const QString hex = QString::number(int(control), 16).toUpper();
            QTest::newRow(qPrintable(u"name with U+"_qs + hex)) << with(translation(), "name", text) << invalid << u"name "_qs + controls;
            QTest::newRow(qPrintable(u"summary with U+"_qs + hex)) << with(translation(), "summary", text) << invalid << u"summary "_qs + controls;
        }
        const QString overrides = QStringLiteral("description must not contain bidi override characters");
        QTest::newRow("description with U+202E") << with(translation(), "description", u"Open \u202Eguis\u202C daily"_qs) << invalid << overrides;
        QTest::newRow("description with U+202D") << with(translation(), "description", u"\u202Dabc"_qs) << invalid << overrides;
        QTest::newRow("activity name with isolate") << with(translation(), "activities", QJsonObject { { "lunch", QJsonObject { { "name", u"Lunch\u2067"_qs } } } })
                                                    << invalid << u"activities.lunch.name "_qs + controls;
        QTest::newRow("activity description with override") << with(translation(), "activities", QJsonObject { { "lunch", QJsonObject { { "name", "Lunch" }, { "description", u"\u202Exyz"_qs } } } })
                                                            << invalid << "activities.lunch.description must not contain bidi override characters";
        QTest::newRow("huge name") << with(translation(), "name", QString(201, u'a')) << invalid << "name";
        QTest::newRow("bad status") << with(translation(), "status", "done") << invalid << "status";
        QTest::newRow("broken schedule") << with(activity(), "schedule", QJsonObject { { "freq", "daily" } }) << invalid << "schedule.freq must be weekly, monthly or dates";
        QTest::newRow("fifth monday") << with(activity(), "schedule", QJsonObject { { "freq", "monthly" }, { "nth", 5 }, { "byDay", "MO" } }) << invalid << "schedule.nth must be 1..4 or -1";
        QTest::newRow("hour 25") << with(activity(), "schedule", QJsonObject { { "freq", "weekly" }, { "byDay", "MO" }, { "start", "25:00" } }) << invalid << "schedule.start must be a time HH:MM";
        QTest::newRow("byDay XX") << with(activity(), "schedule", QJsonObject { { "freq", "weekly" }, { "byDay", "XX" } }) << invalid << "schedule.byDay must be one of MO..SU";
        QTest::newRow("end before start") << with(activity(), "schedule", QJsonObject { { "freq", "weekly" }, { "byDay", "MO" }, { "start", "14:00" }, { "end", "12:00" } })
                                          << invalid << "schedule.end must be after schedule.start";
        QTest::newRow("every other week without anchor") << with(activity(), "schedule", QJsonObject { { "freq", "weekly" }, { "interval", 2 }, { "byDay", "MO" } })
                                                         << invalid << "schedule.anchor is required";
        QTest::newRow("schedule not an object") << with(activity(), "schedule", "every tuesday") << invalid << "schedule must be an object";
        QTest::newRow("no schedule") << with(activity(), "schedule", QJsonValue::Undefined) << invalid << "schedule is required";
        QTest::newRow("negative count") << QJsonObject { { "_id", "visit:1" }, { "type", "visit" }, { "initiative", "initiative:x" }, { "date", "2026-01-01" }, { "count", -3 } } << invalid << "count";
        QTest::newRow("impossible date") << QJsonObject { { "_id", "visit:1" }, { "type", "visit" }, { "initiative", "initiative:x" }, { "date", "2026-02-30" }, { "count", 1 } } << invalid << "date";
        QTest::newRow("card without initiatives") << QJsonObject { { "_id", "card:ABC" }, { "type", "card" }, { "code", "ABC" }, { "org", "reakt" }, { "initiatives", QJsonArray() }, { "validFrom", "2026-01-01" }, { "validUntil", "2026-06-01" } } << invalid << "initiatives";
        const QJsonObject receipt { { "_id", "receipt:2026-12-05T01:00:00Z:ab12cd34" }, { "type", "receipt" }, { "action", "erase-person" },
                                    { "date", "2026-12-05" }, { "at", "2026-12-05T01:00:00Z" }, { "by", "coordinator (device d1)" }, { "documents", 2 } };
        QTest::newRow("receipt naming the person") << with(receipt, "person", "RZ-1") << invalid << "nothing about the person";
        QTest::newRow("receipt with a person hash") << with(receipt, "personHash", QString(64, 'a')) << invalid << "nothing about the person";
        QTest::newRow("receipt of an unknown action") << with(receipt, "action", "shred") << invalid << "action";
        QTest::newRow("receipt without who") << with(receipt, "by", QJsonValue::Undefined) << invalid << "by";
        QTest::newRow("card with a foreign payload") << QJsonObject { { "_id", "card:ABC" }, { "type", "card" }, { "code", "ABC" }, { "org", "reakt" }, { "initiatives", QJsonArray { "initiative:x" } }, { "validFrom", "2026-01-01" }, { "validUntil", "2026-06-01" }, { "payload", "https://example.org" } } << invalid << "payload";
        QTest::newRow("card revoked on no date") << QJsonObject { { "_id", "card:ABC" }, { "type", "card" }, { "code", "ABC" }, { "org", "reakt" }, { "initiatives", QJsonArray { "initiative:x" } }, { "validFrom", "2026-01-01" }, { "validUntil", "2026-06-01" }, { "revoked", "soon" } } << invalid << "revoked";
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

    void acceptsUnusualButHarmlessInput()
    {
        const auto accepted = [](const QJsonObject &doc) {
            const StoreError error = DocumentValidator::validate(doc);
            if (!error.ok())
                qWarning("refused: %s", qPrintable(error.reason));
            return error.ok();
        };
        // A well-formed but unknown language code is kept; the UI shows the code itself.
        QVERIFY(accepted(with(with(translation(), "_id", "translation:huiskamer:qq"), "language", "qq")));
        QVERIFY(accepted(with(with(translation(), "_id", "translation:huiskamer:nl-BE"), "language", "nl-BE")));
        // Marks and isolates are fine in a description, where mixed Arabic and Dutch text needs them.
        QVERIFY(accepted(with(translation(), "description", u"\u2067مرحبا\u2069 welkom \u202Bنص\u202C \u200F"_qs)));
        QVERIFY(accepted(with(translation(), "name", u"Huiskamer \u200F(غرفة)"_qs)));
        QVERIFY(accepted(with(translation(), "summary", "   "))); // optional, so blank is allowed
        QVERIFY(accepted(with(activity(), "schedule", QJsonObject { { "freq", "weekly" }, { "interval", 2 }, { "anchor", "2026-01-06" },
                                                                  { "byDay", "TU" }, { "skipHolidays", true }, { "except", QJsonArray { "2026-12-29" } } })));
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
