#include "scheduletext.h"

#include <QJsonArray>
#include <QTest>

// Schedules said in words, with weekday names from the reader's locale.
class TestScheduleText : public QObject
{
    Q_OBJECT

private slots:
    void describesRecurringSchedules_data()
    {
        QTest::addColumn<QJsonObject>("schedule");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("sirenelunch") << QJsonObject { { "freq", "monthly" }, { "nth", 1 }, { "byDay", "MO" }, { "start", "12:00" }, { "end", "14:00" } }
                                     << "en" << "First Monday of the month, 12:00–14:00";
        QTest::newRow("weekly") << QJsonObject { { "freq", "weekly" }, { "byDay", "TU" }, { "start", "10:00" } }
                                << "en" << "Every Tuesday, 10:00";
        QTest::newRow("every other") << QJsonObject { { "freq", "weekly" }, { "interval", 2 }, { "byDay", "WE" } }
                                     << "en" << "Every other Wednesday";
        QTest::newRow("last friday") << QJsonObject { { "freq", "monthly" }, { "nth", -1 }, { "byDay", "FR" } }
                                     << "en" << "Last Friday of the month";
        QTest::newRow("broken") << QJsonObject { { "freq", "weekly" }, { "byDay", "XX" } } << "en" << "Schedule unknown";
    }
    void describesRecurringSchedules()
    {
        QFETCH(QJsonObject, schedule);
        QFETCH(QString, language);
        QFETCH(QString, expected);
        QCOMPARE(ScheduleText::describe(schedule, language), expected);
    }

    void fixedDatesAreCountedOrNamed()
    {
        const QJsonObject three { { "freq", "dates" }, { "dates", QJsonArray { "2026-12-19", "2027-01-16", "2027-02-06" } }, { "start", "13:00" } };
        const QString several = ScheduleText::describe(three, "en");
        QVERIFY2(several.startsWith("On 3 ") && several.endsWith(", 13:00"), qPrintable(several));
        const QString one = ScheduleText::describe({ { "freq", "dates" }, { "dates", QJsonArray { "2026-12-19" } } }, "nl");
        QVERIFY2(one.contains("19 december 2026"), qPrintable(one));
    }

    void weekdayNamesFollowTheLocale()
    {
        const QJsonObject schedule { { "freq", "weekly" }, { "byDay", "MO" } };
        QVERIFY(ScheduleText::describe(schedule, "nl").contains("maandag"));
        QVERIFY(ScheduleText::describe(schedule, "tr").contains("Pazartesi"));
        QVERIFY(ScheduleText::describe(schedule, "ar").contains("الاثنين"));
    }
};

QTEST_GUILESS_MAIN(TestScheduleText)
#include "tst_scheduletext.moc"
