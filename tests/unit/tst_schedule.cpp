#include "dutchholidays.h"
#include "schedule.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// Recurring schedules of activities and Dutch public holidays, on fixed dates (never "today").
class TestSchedule : public QObject
{
    Q_OBJECT

    static QJsonObject json(const char *text)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(text), &error);
        if (error.error != QJsonParseError::NoError)
            qFatal("bad test JSON: %s", text);
        return doc.object();
    }
    static Schedule parsed(const char *text)
    {
        QString error;
        const auto schedule = Schedule::parse(json(text), &error);
        if (!schedule)
            qFatal("schedule refused: %s", qPrintable(error));
        return *schedule;
    }
    static QDate day(const char *iso) { return QDate::fromString(QLatin1String(iso), Qt::ISODate); }
    static QDateTime at(const char *iso) { return QDateTime::fromString(QLatin1String(iso), Qt::ISODate); }

    static constexpr const char *sirenelunch = R"({"freq":"weekly","byDay":"TU","start":"12:00","end":"14:00"})";

private slots:
    void occursOn_data()
    {
        QTest::addColumn<QString>("schedule");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<bool>("occurs");
        const auto row = [](const char *name, const char *schedule, const char *date, bool occurs) {
            QTest::newRow(name) << QString::fromLatin1(schedule) << day(date) << occurs;
        };
        row("weekly tuesday", sirenelunch, "2026-11-24", true);
        row("weekly not wednesday", sirenelunch, "2026-11-25", false);
        row("weekly far future", sirenelunch, "2031-01-07", true);

        const char *other = R"({"freq":"weekly","interval":2,"anchor":"2026-01-06","byDay":"TU"})";
        row("2nd: anchor", other, "2026-01-06", true);
        row("2nd: off week", other, "2026-01-13", false);
        row("2nd: on week", other, "2026-01-20", true);
        row("2nd: before anchor", other, "2025-12-23", false);
        const char *midWeek = R"({"freq":"weekly","interval":2,"anchor":"2026-01-08","byDay":"TU"})";
        row("2nd mid-week anchor: before it", midWeek, "2026-01-06", false);
        row("2nd mid-week anchor: week 1", midWeek, "2026-01-13", false);
        row("2nd mid-week anchor: week 2", midWeek, "2026-01-20", true);
        const char *december = R"({"freq":"weekly","interval":2,"anchor":"2026-12-15","byDay":"TU"})";
        row("2nd december: 53-week year", december, "2026-12-29", true);
        row("2nd december: new year off", december, "2027-01-05", false);
        row("2nd december: new year on", december, "2027-01-12", true);
        const char *dec2025 = R"({"freq":"weekly","interval":2,"anchor":"2025-12-30","byDay":"TU"})";
        row("2nd 2025: anchor", dec2025, "2025-12-30", true);
        row("2nd 2025: off", dec2025, "2026-01-06", false);
        row("2nd 2025: on", dec2025, "2026-01-13", true);

        const char *firstMonday = R"({"freq":"monthly","nth":1,"byDay":"MO","start":"12:00"})";
        row("1st monday december", firstMonday, "2026-12-07", true);
        row("2nd monday december", firstMonday, "2026-12-14", false);
        row("1st monday november", firstMonday, "2026-11-02", true);
        row("1st monday february", firstMonday, "2026-02-02", true);
        row("1st tuesday is no monday", firstMonday, "2026-12-01", false);

        const char *lastFriday = R"({"freq":"monthly","nth":-1,"byDay":"FR"})";
        row("last friday january", lastFriday, "2026-01-30", true);
        row("last friday february", lastFriday, "2026-02-27", true);
        row("not last friday february", lastFriday, "2026-02-20", false);

        const char *lastTuesday = R"({"freq":"monthly","nth":-1,"byDay":"TU"})";
        const char *fourthTuesday = R"({"freq":"monthly","nth":4,"byDay":"TU"})";
        row("5-tuesday month: last is 5th", lastTuesday, "2026-03-31", true);
        row("5-tuesday month: 4th is not last", lastTuesday, "2026-03-24", false);
        row("5-tuesday month: 4th", fourthTuesday, "2026-03-24", true);
        row("5-tuesday month: 5th is not 4th", fourthTuesday, "2026-03-31", false);
        row("4-tuesday february: last", lastTuesday, "2026-02-24", true);
        row("4-tuesday february: 4th", fourthTuesday, "2026-02-24", true);
        row("leap february: last is 29th", lastTuesday, "2028-02-29", true);
        row("leap february: 22nd not last", lastTuesday, "2028-02-22", false);
        row("leap february: 4th is 22nd", fourthTuesday, "2028-02-22", true);

        const char *quarterly = R"({"freq":"monthly","interval":3,"anchor":"2026-01-01","nth":1,"byDay":"MO"})";
        row("every 3 months: anchor month", quarterly, "2026-01-05", true);
        row("every 3 months: off month", quarterly, "2026-02-02", false);
        row("every 3 months: april", quarterly, "2026-04-06", true);
        row("every 3 months: next year", quarterly, "2027-01-04", true);

        const char *closed = R"({"freq":"weekly","byDay":"TU","except":["2026-12-29"]})";
        row("exception closed", closed, "2026-12-29", false);
        row("exception week before", closed, "2026-12-22", true);

        const char *holidays = R"({"freq":"weekly","byDay":"MO","skipHolidays":true})";
        row("tweede paasdag skipped", holidays, "2026-04-06", false);
        row("koningsdag skipped", holidays, "2026-04-27", false);
        row("tweede pinksterdag skipped", holidays, "2026-05-25", false);
        row("ordinary monday", holidays, "2026-04-13", true);
        row("holidays kept by default", R"({"freq":"weekly","byDay":"MO"})", "2026-04-06", true);
        row("goede vrijdag skipped", R"({"freq":"weekly","byDay":"FR","skipHolidays":true})", "2026-04-03", false);

        const char *fixed = R"({"freq":"dates","dates":["2026-12-05","2027-01-16","2026-12-26"],"except":["2027-01-16"]})";
        row("fixed date", fixed, "2026-12-05", true);
        row("fixed: a week later is no date", fixed, "2026-12-12", false);
        row("fixed: same weekday, other date", fixed, "2026-11-28", false);
        row("fixed: order does not matter", fixed, "2026-12-26", true);
        row("fixed: a date can be excepted", fixed, "2027-01-16", false);
        row("fixed on a holiday", R"({"freq":"dates","dates":["2026-12-26"]})", "2026-12-26", true);
        row("fixed: holiday skipped", R"({"freq":"dates","dates":["2026-12-26"],"skipHolidays":true})", "2026-12-26", false);
        row("fixed: before anchor", R"({"freq":"dates","dates":["2026-12-05"],"anchor":"2026-12-06"})", "2026-12-05", false);
    }
    void occursOn()
    {
        QFETCH(QString, schedule);
        QFETCH(QDate, date);
        QFETCH(bool, occurs);
        QVERIFY(date.isValid());
        QCOMPARE(parsed(qPrintable(schedule)).occursOn(date), occurs);
    }

    void isOpenAt_data()
    {
        QTest::addColumn<QString>("schedule");
        QTest::addColumn<QDateTime>("time");
        QTest::addColumn<bool>("open");
        const auto row = [](const char *name, const char *schedule, const char *time, bool open) {
            QTest::newRow(name) << QString::fromLatin1(schedule) << at(time) << open;
        };
        row("start minute", sirenelunch, "2026-11-24T12:00:00", true);
        row("minute before start", sirenelunch, "2026-11-24T11:59:00", false);
        row("last minute", sirenelunch, "2026-11-24T13:59:00", true);
        row("at end", sirenelunch, "2026-11-24T14:00:00", false);
        row("other day same time", sirenelunch, "2026-11-25T12:30:00", false);
        const char *noEnd = R"({"freq":"weekly","byDay":"TU","start":"12:00"})";
        row("no end: two hours", noEnd, "2026-11-24T13:59:00", true);
        row("no end: closed after two hours", noEnd, "2026-11-24T14:00:00", false);
        const char *late = R"({"freq":"weekly","byDay":"TU","start":"23:00"})";
        row("no end: until midnight", late, "2026-11-24T23:59:00", true);
        row("no end: not into next day", late, "2026-11-25T00:30:00", false);
        const char *allDay = R"({"freq":"weekly","byDay":"TU"})";
        row("no start: whole day from midnight", allDay, "2026-11-24T00:00:00", true);
        row("no start: whole day to midnight", allDay, "2026-11-24T23:59:00", true);
        row("exception is closed", R"({"freq":"weekly","byDay":"TU","start":"12:00","except":["2026-12-29"]})",
            "2026-12-29T12:30:00", false);
    }
    void isOpenAt()
    {
        QFETCH(QString, schedule);
        QFETCH(QDateTime, time);
        QFETCH(bool, open);
        QVERIFY(time.isValid());
        QCOMPARE(parsed(qPrintable(schedule)).isOpenAt(time), open);
    }

    void nextStart_data()
    {
        QTest::addColumn<QString>("schedule");
        QTest::addColumn<QDateTime>("from");
        QTest::addColumn<int>("horizon");
        QTest::addColumn<QDateTime>("expected"); // invalid: none
        const auto row = [](const char *name, const char *schedule, const char *from, int horizon, const char *expected) {
            QTest::newRow(name) << QString::fromLatin1(schedule) << at(from) << horizon << (expected ? at(expected) : QDateTime());
        };
        row("same day before start", sirenelunch, "2026-11-24T11:59:00", 400, "2026-11-24T12:00:00");
        row("at start", sirenelunch, "2026-11-24T12:00:00", 400, "2026-11-24T12:00:00");
        row("in progress: next week", sirenelunch, "2026-11-24T12:01:00", 400, "2026-12-01T12:00:00");
        row("from sunday", sirenelunch, "2026-11-22T20:00:00", 400, "2026-11-24T12:00:00");
        row("across holiday and exception",
            R"({"freq":"weekly","byDay":"MO","start":"10:00","skipHolidays":true,"except":["2026-04-13"]})",
            "2026-04-05T09:00:00", 400, "2026-04-20T10:00:00");
        row("before anchor", R"({"freq":"weekly","interval":2,"anchor":"2026-12-15","byDay":"TU","start":"09:30"})",
            "2026-11-01T00:00:00", 400, "2026-12-15T09:30:00");
        row("last friday next month", R"({"freq":"monthly","nth":-1,"byDay":"FR","start":"19:30"})",
            "2026-01-31T00:00:00", 400, "2026-02-27T19:30:00");
        row("whole day at midnight", R"({"freq":"weekly","byDay":"TU"})", "2026-11-23T10:00:00", 400, "2026-11-24T00:00:00");
        row("beyond horizon", sirenelunch, "2026-11-25T00:00:00", 5, nullptr);
        row("horizon reaches last day", sirenelunch, "2026-11-25T00:00:00", 6, "2026-12-01T12:00:00");
        row("fixed dates: the next one", R"({"freq":"dates","dates":["2027-03-01","2026-12-05"],"start":"14:00","end":"16:00"})",
            "2026-12-05T15:00:00", 400, "2027-03-01T14:00:00");
        row("fixed dates: all past", R"({"freq":"dates","dates":["2026-01-05"]})", "2026-11-24T00:00:00", 400, nullptr);
        row("anchor far away: bounded", R"({"freq":"weekly","byDay":"TU","anchor":"9999-12-28"})",
            "2026-11-24T00:00:00", std::numeric_limits<int>::max(), nullptr);
    }
    void nextStart()
    {
        QFETCH(QString, schedule);
        QFETCH(QDateTime, from);
        QFETCH(int, horizon);
        QFETCH(QDateTime, expected);
        const auto next = parsed(qPrintable(schedule)).nextStart(from, horizon);
        QCOMPARE(next.has_value(), expected.isValid());
        if (next)
            QCOMPARE(*next, expected);
    }

    void refusesBrokenSchedules_data()
    {
        QTest::addColumn<QJsonValue>("schedule");
        QTest::addColumn<QString>("message");
        const auto row = [](const char *name, const QJsonValue &schedule, const char *message) {
            QTest::newRow(name) << schedule << QString::fromLatin1(message);
        };
        row("not an object", QJsonValue(QStringLiteral("weekly")), "schedule must be an object");
        row("a list", QJsonValue(QJsonArray { 1 }), "schedule must be an object");
        row("no freq", json(R"({"byDay":"TU"})"), "schedule.freq is required");
        row("unknown freq", json(R"({"freq":"daily","byDay":"TU"})"), "schedule.freq must be weekly, monthly or dates");
        row("no byDay", json(R"({"freq":"weekly"})"), "schedule.byDay is required");
        row("byDay XX", json(R"({"freq":"weekly","byDay":"XX"})"), "schedule.byDay must be one of MO..SU");
        row("byDay lowercase", json(R"({"freq":"weekly","byDay":"tu"})"), "schedule.byDay must be one of MO..SU");
        row("byDay number", json(R"({"freq":"weekly","byDay":2})"), "schedule.byDay must be one of MO..SU");
        row("nth 0", json(R"({"freq":"monthly","nth":0,"byDay":"MO"})"), "schedule.nth must be 1..4 or -1");
        row("nth 5", json(R"({"freq":"monthly","nth":5,"byDay":"MO"})"), "schedule.nth must be 1..4 or -1");
        row("nth fraction", json(R"({"freq":"monthly","nth":1.5,"byDay":"MO"})"), "schedule.nth must be 1..4 or -1");
        row("nth with weekly", json(R"({"freq":"weekly","nth":1,"byDay":"MO"})"), "schedule.nth is only allowed when schedule.freq is monthly");
        row("monthly without nth", json(R"({"freq":"monthly","byDay":"MO"})"), "schedule.nth is required");
        row("interval 0", json(R"({"freq":"weekly","interval":0,"byDay":"MO"})"), "schedule.interval must be a whole number from 1 to 52");
        row("interval negative", json(R"({"freq":"weekly","interval":-2,"anchor":"2026-01-05","byDay":"MO"})"), "schedule.interval");
        row("interval absurd", json(R"({"freq":"weekly","interval":53,"anchor":"2026-01-05","byDay":"MO"})"), "schedule.interval");
        row("interval huge", json(R"({"freq":"weekly","interval":1e300,"anchor":"2026-01-05","byDay":"MO"})"), "schedule.interval");
        row("interval text", json(R"({"freq":"weekly","interval":"2","anchor":"2026-01-05","byDay":"MO"})"), "schedule.interval");
        row("no anchor for interval 2", json(R"({"freq":"weekly","interval":2,"byDay":"MO"})"), "schedule.anchor is required when schedule.interval is more than 1");
        row("impossible anchor", json(R"({"freq":"weekly","anchor":"2026-02-30","byDay":"MO"})"), "schedule.anchor must be a date");
        row("hour 25", json(R"({"freq":"weekly","byDay":"MO","start":"25:00"})"), "schedule.start must be a time HH:MM");
        row("one-digit hour", json(R"({"freq":"weekly","byDay":"MO","start":"9:00"})"), "schedule.start must be a time HH:MM");
        row("minute 60", json(R"({"freq":"weekly","byDay":"MO","start":"12:60"})"), "schedule.start must be a time HH:MM");
        row("time with newline", json(R"({"freq":"weekly","byDay":"MO","start":"12:00\n"})"), "schedule.start must be a time HH:MM");
        row("end 24:00", json(R"({"freq":"weekly","byDay":"MO","start":"12:00","end":"24:00"})"), "schedule.end must be a time HH:MM");
        row("end equals start", json(R"({"freq":"weekly","byDay":"MO","start":"12:00","end":"12:00"})"), "schedule.end must be after schedule.start");
        row("end before start", json(R"({"freq":"weekly","byDay":"MO","start":"22:00","end":"01:00"})"), "schedule.end must be after schedule.start");
        row("end without start", json(R"({"freq":"weekly","byDay":"MO","end":"14:00"})"), "schedule.end needs a schedule.start");
        row("except not a list", json(R"({"freq":"weekly","byDay":"MO","except":"2026-12-29"})"), "schedule.except must be a list of dates");
        row("except word", json(R"({"freq":"weekly","byDay":"MO","except":["soon"]})"), "schedule.except[0] must be a date");
        row("except number", json(R"({"freq":"weekly","byDay":"MO","except":["2026-12-29",20261229]})"), "schedule.except[1] must be a date");
        row("except impossible day", json(R"({"freq":"weekly","byDay":"MO","except":["2026-13-01"]})"), "schedule.except[0] must be a date");
        QJsonArray many;
        for (int i = 0; i < 367; ++i)
            many.append(QDate(2026, 1, 1).addDays(i).toString(Qt::ISODate));
        QJsonObject huge = json(R"({"freq":"weekly","byDay":"MO"})");
        huge.insert(QStringLiteral("except"), many);
        row("except over 366", huge, "schedule.except must not hold more than 366 dates");
        row("dates without a list", json(R"({"freq":"dates"})"), "schedule.dates is required when schedule.freq is dates");
        row("dates empty", json(R"({"freq":"dates","dates":[]})"), "schedule.dates is required when schedule.freq is dates");
        row("dates a word", json(R"({"freq":"dates","dates":["soon"]})"), "schedule.dates[0] must be a date");
        row("dates impossible day", json(R"({"freq":"dates","dates":["2026-12-05","2026-02-30"]})"), "schedule.dates[1] must be a date");
        row("dates with byDay", json(R"({"freq":"dates","byDay":"TU","dates":["2026-12-05"]})"), "schedule.byDay is not used when schedule.freq is dates");
        row("dates with interval", json(R"({"freq":"dates","interval":2,"dates":["2026-12-05"]})"), "schedule.interval is not used");
        row("dates with weekly", json(R"({"freq":"weekly","byDay":"TU","dates":["2026-12-05"]})"), "schedule.dates is only allowed when schedule.freq is dates");
        QJsonObject tooManyDates = json(R"({"freq":"dates"})");
        QJsonArray manyDates = many;
        tooManyDates.insert(QStringLiteral("dates"), manyDates);
        row("dates over 366", tooManyDates, "schedule.dates must not hold more than 366 dates");
        row("skipHolidays text", json(R"({"freq":"weekly","byDay":"MO","skipHolidays":"yes"})"), "schedule.skipHolidays must be true or false");
    }
    void refusesBrokenSchedules()
    {
        QFETCH(QJsonValue, schedule);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!Schedule::parse(schedule, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY(!Schedule::parse(schedule)); // no error pointer needed
    }

    void acceptsLimits()
    {
        QJsonArray dates;
        for (int i = 0; i < 366; ++i)
            dates.append(QDate(2026, 1, 1).addDays(i).toString(Qt::ISODate));
        QJsonObject s = json(R"({"freq":"weekly","interval":52,"anchor":"2026-01-05","byDay":"SU","start":"00:00","end":"23:59","skipHolidays":false})");
        s.insert(QStringLiteral("except"), dates);
        QString error;
        const auto schedule = Schedule::parse(s, &error);
        QVERIFY2(schedule, qPrintable(error));
        QCOMPARE(schedule->interval(), 52);
        QCOMPARE(schedule->day(), Qt::Sunday);
        QCOMPARE(schedule->exceptions().size(), 366);
        QVERIFY(!schedule->occursOn(QDate(2026, 1, 11)));
        QVERIFY(schedule->occursOn(QDate(2027, 1, 10)));

        QJsonObject fixed = json(R"({"freq":"dates","start":"10:00"})");
        fixed.insert(QStringLiteral("dates"), dates);
        const auto everyDay = Schedule::parse(fixed, &error);
        QVERIFY2(everyDay, qPrintable(error));
        QCOMPARE(everyDay->frequency(), Schedule::Frequency::Dates);
        QCOMPARE(everyDay->dates().size(), 366);
        QVERIFY(everyDay->isOpenAt(QDateTime(QDate(2026, 7, 1), QTime(10, 30))));
        QVERIFY(!everyDay->occursOn(QDate(2027, 1, 2)));
    }

    void easterSunday_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QDate>("easter");
        for (const char *iso : { "2024-03-31", "2025-04-20", "2026-04-05", "2027-03-28", "2038-04-25", "2285-03-22", "2190-04-25" })
            QTest::newRow(iso) << day(iso).year() << day(iso);
    }
    void easterSunday()
    {
        QFETCH(int, year);
        QFETCH(QDate, easter);
        QCOMPARE(DutchHolidays::easterSunday(year), easter);
        QVERIFY(DutchHolidays::isHoliday(easter));
        QVERIFY(DutchHolidays::isHoliday(easter.addDays(1)));
        QVERIFY(!DutchHolidays::isHoliday(easter.addDays(-1)));
    }

    void holidaysOfAYear()
    {
        QList<QDate> expected;
        for (const char *iso : { "2026-01-01", "2026-04-03", "2026-04-05", "2026-04-06", "2026-04-27", "2026-05-05",
                                 "2026-05-14", "2026-05-24", "2026-05-25", "2026-12-25", "2026-12-26" })
            expected.append(day(iso));
        QCOMPARE(DutchHolidays::inYear(2026), expected);
        for (const QDate &d : expected)
            QVERIFY2(DutchHolidays::isHoliday(d), qPrintable(d.toString(Qt::ISODate)));
        QCOMPARE(DutchHolidays::inYear(2016).size(), 10); // Hemelvaartsdag on 5 May: listed once
        QVERIFY(DutchHolidays::isHoliday(day("2025-04-26"))); // Koningsdag moves to Saturday...
        QVERIFY(!DutchHolidays::isHoliday(day("2025-04-27"))); // ...when the 27th is a Sunday
        QVERIFY(DutchHolidays::isHoliday(day("2025-05-29"))); // Hemelvaartsdag 2025
        QVERIFY(!DutchHolidays::isHoliday(day("2026-12-24")));
        QVERIFY(!DutchHolidays::isHoliday(day("2026-12-31")));
        QVERIFY(!DutchHolidays::isHoliday(QDate()));
    }
};

QTEST_APPLESS_MAIN(TestSchedule)
#include "tst_schedule.moc"
