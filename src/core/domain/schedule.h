#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonValue>
#include <QSet>
#include <QTime>

#include <optional>

// The recurring schedule of an activity (the `schedule` object of docs/DATA-MODEL.md): a weekday
// every n weeks, the nth/last weekday every n months, or a list of fixed dates, with optional
// times, exception dates and closing on Dutch public holidays. A Schedule exists only in a valid
// state: parse() refuses anything else with a message naming the field. All dates and times are the neighbourhood's local
// time; no method reads the clock, and every search is bounded.
class Schedule
{
public:
    enum class Frequency { Weekly, Monthly, Dates };
    static constexpr int maxInterval = 52;
    static constexpr int maxExceptions = 366;
    static constexpr int maxDates = 366;
    static constexpr int maxHorizonDays = 3660;

    // Parses and validates. On failure returns std::nullopt and, when given, sets *error to an
    // English message such as "schedule.byDay must be one of MO..SU".
    [[nodiscard]] static std::optional<Schedule> parse(const QJsonValue &json, QString *error = nullptr);

    // True when an occurrence falls on the date: never before the anchor, on an exception date,
    // or (with skipHolidays) on a Dutch public holiday.
    [[nodiscard]] bool occursOn(QDate date) const;
    // True during an occurrence: start <= time < end. Without end the activity lasts two hours
    // (at most until midnight); without start it lasts the whole day.
    [[nodiscard]] bool isOpenAt(const QDateTime &localTime) const;
    // The first occurrence on a date in [from, from + horizonDays] (horizonDays clamped to
    // 0..maxHorizonDays).
    [[nodiscard]] std::optional<QDate> nextDate(QDate from, int horizonDays = 400) const;
    // The first start at or after `from`, searching horizonDays days ahead. An occurrence already in
    // progress at `from` is not returned (ask isOpenAt); a whole-day occurrence starts at 00:00.
    // The result keeps the time spec of `from`.
    [[nodiscard]] std::optional<QDateTime> nextStart(const QDateTime &from, int horizonDays = 400) const;

    Frequency frequency() const { return m_frequency; }
    int interval() const { return m_interval; }
    Qt::DayOfWeek day() const { return m_day; } // not used with Frequency::Dates
    int nth() const { return m_nth; } // 1..4 or -1 (last) when monthly; 0 when weekly
    QTime start() const { return m_start; } // invalid: whole day
    QTime end() const { return m_end; } // invalid: not given
    QDate anchor() const { return m_anchor; } // invalid: not given
    const QSet<QDate> &exceptions() const { return m_except; }
    const QSet<QDate> &dates() const { return m_dates; } // Frequency::Dates only
    bool skipsHolidays() const { return m_skipHolidays; }

private:
    Schedule() = default;
    bool matchesPattern(QDate date) const;
    int startMsecs() const;
    int endMsecs() const;

    Frequency m_frequency = Frequency::Weekly;
    int m_interval = 1;
    Qt::DayOfWeek m_day = Qt::Monday;
    int m_nth = 0;
    QTime m_start;
    QTime m_end;
    QDate m_anchor;
    QSet<QDate> m_except;
    QSet<QDate> m_dates;
    bool m_skipHolidays = false;
};
