#include "schedule.h"

#include "dutchholidays.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace {
constexpr int msecsPerDay = 24 * 60 * 60 * 1000;
constexpr int defaultDurationMsecs = 2 * 60 * 60 * 1000;

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// "HH:MM", 00:00..23:59, exactly two digits each.
QTime parseTime(const QString &text)
{
    if (text.size() != 5 || text.at(2) != u':' || !isAsciiDigit(text.at(0)) || !isAsciiDigit(text.at(1))
        || !isAsciiDigit(text.at(3)) || !isAsciiDigit(text.at(4)))
        return {};
    const int hour = text.left(2).toInt();
    const int minute = text.mid(3).toInt();
    return hour < 24 && minute < 60 ? QTime(hour, minute) : QTime();
}

// "YYYY-MM-DD" with ASCII digits and a real calendar day.
QDate parseDate(const QJsonValue &value)
{
    const QString text = value.toString();
    if (text.size() != 10)
        return {};
    for (int i = 0; i < 10; ++i) {
        if ((i == 4 || i == 7) ? text.at(i) != u'-' : !isAsciiDigit(text.at(i)))
            return {};
    }
    return QDate::fromString(text, Qt::ISODate);
}

std::optional<int> wholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (std::floor(number) != number || std::abs(number) > 1e6)
        return std::nullopt;
    return int(number);
}

std::optional<Qt::DayOfWeek> parseDay(const QJsonValue &value)
{
    static const char *const names[] = { "MO", "TU", "WE", "TH", "FR", "SA", "SU" };
    const QString text = value.toString();
    for (int i = 0; i < 7; ++i) {
        if (text == QLatin1String(names[i]))
            return Qt::DayOfWeek(i + 1);
    }
    return std::nullopt;
}

bool present(const QJsonValue &value)
{
    return !value.isUndefined() && !value.isNull();
}
}

std::optional<Schedule> Schedule::parse(const QJsonValue &json, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!json.isObject())
        return fail(QStringLiteral("schedule must be an object"));
    const QJsonObject s = json.toObject();
    const auto field = [&s](const char *name) { return s.value(QLatin1String(name)); };
    Schedule schedule;

    const QString freq = field("freq").toString();
    if (!present(field("freq")))
        return fail(QStringLiteral("schedule.freq is required: weekly, monthly or dates"));
    if (freq == QLatin1String("weekly"))
        schedule.m_frequency = Frequency::Weekly;
    else if (freq == QLatin1String("monthly"))
        schedule.m_frequency = Frequency::Monthly;
    else if (freq == QLatin1String("dates"))
        schedule.m_frequency = Frequency::Dates;
    else
        return fail(QStringLiteral("schedule.freq must be weekly, monthly or dates"));
    const bool monthly = schedule.m_frequency == Frequency::Monthly;

    if (schedule.m_frequency == Frequency::Dates) {
        // Fixed dates carry no rule: a weekday, an nth or an interval would be ignored, so refuse them.
        for (const char *rule : { "byDay", "nth", "interval" }) {
            if (present(field(rule)))
                return fail(QStringLiteral("schedule.%1 is not used when schedule.freq is dates").arg(QLatin1String(rule)));
        }
        if (!field("dates").isArray() || field("dates").toArray().isEmpty())
            return fail(QStringLiteral("schedule.dates is required when schedule.freq is dates: a list of dates"));
        const QJsonArray dates = field("dates").toArray();
        if (dates.size() > maxDates)
            return fail(QStringLiteral("schedule.dates must not hold more than 366 dates"));
        for (qsizetype i = 0; i < dates.size(); ++i) {
            const QDate date = parseDate(dates.at(i));
            if (!date.isValid())
                return fail(QStringLiteral("schedule.dates[%1] must be a date YYYY-MM-DD").arg(i));
            schedule.m_dates.insert(date);
        }
    } else if (present(field("dates"))) {
        return fail(QStringLiteral("schedule.dates is only allowed when schedule.freq is dates"));
    }

    if (schedule.m_frequency != Frequency::Dates) {
        if (!present(field("byDay")))
            return fail(QStringLiteral("schedule.byDay is required: one of MO..SU"));
        const auto day = parseDay(field("byDay"));
        if (!day)
            return fail(QStringLiteral("schedule.byDay must be one of MO..SU (two capital letters, e.g. TU)"));
        schedule.m_day = *day;
    }

    if (present(field("nth"))) {
        if (!monthly)
            return fail(QStringLiteral("schedule.nth is only allowed when schedule.freq is monthly"));
        const auto nth = wholeNumber(field("nth"));
        if (!nth || !((*nth >= 1 && *nth <= 4) || *nth == -1))
            return fail(QStringLiteral("schedule.nth must be 1..4 or -1 (the last of the month)"));
        schedule.m_nth = *nth;
    } else if (monthly) {
        return fail(QStringLiteral("schedule.nth is required when schedule.freq is monthly: 1..4 or -1 (the last)"));
    }

    if (present(field("interval"))) {
        const auto interval = wholeNumber(field("interval"));
        if (!interval || *interval < 1 || *interval > maxInterval)
            return fail(QStringLiteral("schedule.interval must be a whole number from 1 to 52"));
        schedule.m_interval = *interval;
    }

    if (present(field("anchor"))) {
        schedule.m_anchor = parseDate(field("anchor"));
        if (!schedule.m_anchor.isValid())
            return fail(QStringLiteral("schedule.anchor must be a date YYYY-MM-DD"));
    } else if (schedule.m_interval > 1) {
        return fail(QStringLiteral("schedule.anchor is required when schedule.interval is more than 1"));
    }

    if (present(field("start"))) {
        schedule.m_start = parseTime(field("start").toString());
        if (!schedule.m_start.isValid())
            return fail(QStringLiteral("schedule.start must be a time HH:MM from 00:00 to 23:59"));
    }
    if (present(field("end"))) {
        schedule.m_end = parseTime(field("end").toString());
        if (!schedule.m_end.isValid())
            return fail(QStringLiteral("schedule.end must be a time HH:MM from 00:00 to 23:59"));
        if (!schedule.m_start.isValid())
            return fail(QStringLiteral("schedule.end needs a schedule.start"));
        if (schedule.m_end <= schedule.m_start)
            return fail(QStringLiteral("schedule.end must be after schedule.start (on the same day)"));
    }

    if (present(field("except"))) {
        if (!field("except").isArray())
            return fail(QStringLiteral("schedule.except must be a list of dates"));
        const QJsonArray except = field("except").toArray();
        if (except.size() > maxExceptions)
            return fail(QStringLiteral("schedule.except must not hold more than 366 dates"));
        for (qsizetype i = 0; i < except.size(); ++i) {
            const QDate date = parseDate(except.at(i));
            if (!date.isValid())
                return fail(QStringLiteral("schedule.except[%1] must be a date YYYY-MM-DD").arg(i));
            schedule.m_except.insert(date);
        }
    }

    if (present(field("skipHolidays"))) {
        if (!field("skipHolidays").isBool())
            return fail(QStringLiteral("schedule.skipHolidays must be true or false"));
        schedule.m_skipHolidays = field("skipHolidays").toBool();
    }
    return schedule;
}

bool Schedule::matchesPattern(QDate date) const
{
    if (m_frequency == Frequency::Dates)
        return m_dates.contains(date);
    if (date.dayOfWeek() != m_day)
        return false;
    if (m_frequency == Frequency::Weekly) {
        if (m_interval == 1)
            return true;
        // Weeks run Monday..Sunday and are counted from the anchor's week.
        const QDate anchorMonday = m_anchor.addDays(1 - m_anchor.dayOfWeek());
        return (anchorMonday.daysTo(date) / 7) % m_interval == 0;
    }
    const bool inWeek = m_nth == -1 ? date.day() + 7 > date.daysInMonth()
                                    : (date.day() - 1) / 7 + 1 == m_nth;
    if (!inWeek)
        return false;
    if (m_interval == 1)
        return true;
    const int months = (date.year() - m_anchor.year()) * 12 + date.month() - m_anchor.month();
    return months % m_interval == 0;
}

bool Schedule::occursOn(QDate date) const
{
    if (!date.isValid() || (m_anchor.isValid() && date < m_anchor))
        return false;
    if (!matchesPattern(date) || m_except.contains(date))
        return false;
    return !(m_skipHolidays && DutchHolidays::isHoliday(date));
}

int Schedule::startMsecs() const
{
    return m_start.isValid() ? m_start.msecsSinceStartOfDay() : 0;
}

int Schedule::endMsecs() const
{
    if (m_end.isValid())
        return m_end.msecsSinceStartOfDay();
    return m_start.isValid() ? std::min(startMsecs() + defaultDurationMsecs, msecsPerDay) : msecsPerDay;
}

bool Schedule::isOpenAt(const QDateTime &localTime) const
{
    if (!localTime.isValid() || !occursOn(localTime.date()))
        return false;
    const int now = localTime.time().msecsSinceStartOfDay();
    return now >= startMsecs() && now < endMsecs();
}

std::optional<QDate> Schedule::nextDate(QDate from, int horizonDays) const
{
    if (!from.isValid())
        return std::nullopt;
    const int horizon = std::clamp(horizonDays, 0, maxHorizonDays);
    for (int i = 0; i <= horizon; ++i) {
        const QDate date = from.addDays(i);
        if (occursOn(date))
            return date;
    }
    return std::nullopt;
}

std::optional<QDateTime> Schedule::nextStart(const QDateTime &from, int horizonDays) const
{
    if (!from.isValid())
        return std::nullopt;
    QDate date = from.date();
    if (occursOn(date) && startMsecs() < from.time().msecsSinceStartOfDay())
        date = date.addDays(1); // today's occurrence has begun: look from tomorrow
    const int horizon = std::clamp(horizonDays, 0, maxHorizonDays) - int(from.date().daysTo(date));
    if (horizon < 0)
        return std::nullopt;
    const auto next = nextDate(date, horizon);
    if (!next)
        return std::nullopt;
    QDateTime result = from;
    result.setDate(*next);
    result.setTime(m_start.isValid() ? m_start : QTime(0, 0));
    return result;
}
