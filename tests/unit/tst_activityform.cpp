#include "activityform.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

// The schedule editor's form: each rule becomes the schedule object core reads, a stored
// schedule opens as the rule it is, typed dates are taken or refused at their field, and the
// preview follows every change.
class TestActivityForm : public QObject
{
    Q_OBJECT

    const QDate m_today { 2026, 11, 24 }; // a Tuesday

    static ActivityDraft draftWith(const QJsonObject &schedule)
    {
        ActivityDraft draft;
        draft.initiativeId = QStringLiteral("initiative:wijkpaleis");
        draft.slug = QStringLiteral("koffie");
        draft.rev = QStringLiteral("1-abc");
        draft.schedule = schedule;
        return draft;
    }
    static QStringList isoOf(const QVariantList &list)
    {
        QStringList iso;
        for (const QVariant &v : list)
            iso.append(v.toMap().value(QStringLiteral("iso")).toString());
        return iso;
    }

private slots:
    void eachRuleBuildsItsSchedule()
    {
        ActivityForm form;
        form.setToday(m_today);
        form.setDraft(draftWith({ { "freq", "weekly" }, { "byDay", "MO" } }), "nl");
        form.setWeekday(4);
        form.setStartTime("9.30");
        form.setEndTime("11:00");
        QCOMPARE(form.schedule(), (QJsonObject { { "freq", "weekly" }, { "byDay", "TH" }, { "start", "09:30" }, { "end", "11:00" } }));
        QCOMPARE(isoOf(form.preview()).first(), QString("2026-11-26"));

        form.setRule("every-other-week");
        form.setFirstDate("3-12-2026");
        QCOMPARE(form.schedule().value("interval").toInt(), 2);
        QCOMPARE(form.schedule().value("anchor").toString(), QString("2026-12-03"));
        QCOMPARE(isoOf(form.preview()), (QStringList { "2026-12-03", "2026-12-17", "2026-12-31", "2027-01-14", "2027-01-28" }));

        form.setRule("monthly");
        form.setFirstDate("");
        form.setNth(-1);
        form.setWeekday(5);
        form.setSkipHolidays(true);
        QCOMPARE(form.schedule(), (QJsonObject { { "freq", "monthly" }, { "byDay", "FR" }, { "nth", -1 }, { "start", "09:30" },
                                                 { "end", "11:00" }, { "skipHolidays", true } }));
        // 25 December 2026, the last Friday, is Christmas.
        QCOMPARE(isoOf(form.preview()).mid(0, 2), (QStringList { "2026-11-27", "2027-01-29" }));

        form.setRule("dates");
        QVERIFY(form.addDate("19-12-2026"));
        QVERIFY(form.addDate("2026-12-05"));
        QVERIFY(form.addDate("05-12-2026")); // the same date once
        QCOMPARE(isoOf(form.dates()), (QStringList { "2026-12-05", "2026-12-19" }));
        QCOMPARE(form.schedule().value("dates").toArray(), (QJsonArray { "2026-12-05", "2026-12-19" }));
        QVERIFY(!form.schedule().contains("byDay"));
        QVERIFY(form.addException("19-12-2026"));
        QCOMPARE(isoOf(form.preview()), (QStringList { "2026-12-05" }));
    }

    void storedSchedulesOpenAsTheirRule()
    {
        ActivityForm form;
        form.setDraft(draftWith({ { "freq", "weekly" }, { "interval", 2 }, { "anchor", "2026-01-06" }, { "byDay", "TU" } }), "nl");
        QCOMPARE(form.rule(), QString("every-other-week"));
        QCOMPARE(form.weekday(), 2);
        QCOMPARE(form.firstDate(), QString("06-01-2026"));
        form.setDraft(draftWith({ { "freq", "dates" }, { "dates", QJsonArray { "2027-01-16", "2026-12-19" } }, { "except", QJsonArray { "2027-01-16" } } }), "nl");
        QCOMPARE(form.rule(), QString("dates"));
        QCOMPARE(isoOf(form.dates()), (QStringList { "2026-12-19", "2027-01-16" }));
        QCOMPARE(isoOf(form.exceptions()), (QStringList { "2027-01-16" }));
        // Every third week opens as every few weeks (not as every week) and is kept when saved again.
        const QJsonObject everyThirdWeek { { "freq", "weekly" }, { "interval", 3 }, { "anchor", "2026-01-06" }, { "byDay", "TU" } };
        form.setDraft(draftWith(everyThirdWeek), "nl");
        QCOMPARE(form.rule(), QString("every-n-weeks"));
        QCOMPARE(form.weeksBetween(), 3);
        QCOMPARE(form.schedule(), everyThirdWeek);
        // Every other month likewise.
        const QJsonObject everyOtherMonth { { "freq", "monthly" }, { "interval", 2 }, { "nth", 1 }, { "anchor", "2026-01-06" }, { "byDay", "TU" } };
        form.setDraft(draftWith(everyOtherMonth), "nl");
        QCOMPARE(form.rule(), QString("monthly"));
        QCOMPARE(form.monthsBetween(), 2);
        QCOMPARE(form.schedule(), everyOtherMonth);
    }

    void everyFewWeeksCountsFromTheFirstDate()
    {
        ActivityForm form;
        form.setToday(m_today);
        form.setDraft(draftWith({ { "freq", "weekly" }, { "byDay", "TH" } }), "nl");
        form.setRule("every-n-weeks");
        QCOMPARE(form.weeksBetween(), 3); // two is "every other week"
        form.setWeeksBetween(4);
        form.setFirstDate("3-12-2026");
        QCOMPARE(form.schedule(), (QJsonObject { { "freq", "weekly" }, { "byDay", "TH" }, { "interval", 4 }, { "anchor", "2026-12-03" } }));
        QCOMPARE(isoOf(form.preview()), (QStringList { "2026-12-03", "2026-12-31", "2027-01-28", "2027-02-25", "2027-03-25" }));
        // The weeks do not carry over into months: once a month stays every month.
        form.setRule("monthly");
        QVERIFY(!form.schedule().contains("interval"));
        // An emptied number (0) is passed on, so the save's check names the field.
        form.setRule("every-n-weeks");
        form.setWeeksBetween(0);
        QCOMPARE(form.schedule().value("interval").toInt(), 0);
        QVERIFY(form.preview().isEmpty());
    }

    void aTypedDateThatIsNoDateIsRefusedAtItsField()
    {
        ActivityForm form;
        form.setToday(m_today);
        form.setDraft(draftWith({ { "freq", "dates" }, { "dates", QJsonArray { "2026-12-19" } } }), "nl");
        QSignalSpy changed(&form, &ActivityForm::changed);
        QVERIFY(!form.addDate("31-11-2026"));
        QVERIFY(!form.problems().value("newDate").toString().isEmpty());
        QCOMPARE(changed.count(), 0);
        QCOMPARE(isoOf(form.dates()), (QStringList { "2026-12-19" }));
        QVERIFY(form.addDate("30-11-2026"));
        QVERIFY(!form.problems().contains("newDate"));
    }

    void typedTimesThatAreNoTimesReachTheValidator()
    {
        ActivityForm form;
        form.setDraft(draftWith({ { "freq", "weekly" }, { "byDay", "MO" } }), "nl");
        form.setStartTime("noon");
        QCOMPARE(form.schedule().value("start").toString(), QString("noon")); // Schedule::parse names schedule.start
        QVERIFY(form.preview().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestActivityForm)
#include "tst_activityform.moc"
