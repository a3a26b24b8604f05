#include "dutchholidays.h"

#include <algorithm>

namespace {
// Days after Easter Sunday: Goede Vrijdag, Eerste and Tweede Paasdag, Hemelvaartsdag,
// Eerste and Tweede Pinksterdag.
constexpr int easterOffsets[] = { -2, 0, 1, 39, 49, 50 };

QDate koningsdag(int year)
{
    const QDate day(year, 4, 27);
    return day.dayOfWeek() == Qt::Sunday ? day.addDays(-1) : day;
}

bool isFixedHoliday(QDate date)
{
    const int m = date.month();
    const int d = date.day();
    return (m == 1 && d == 1)            // Nieuwjaarsdag
            || (m == 5 && d == 5)        // Bevrijdingsdag: a national day off only every fifth year
                                         // for many employers, but the community centres close
            || (m == 12 && (d == 25 || d == 26)); // Eerste and Tweede Kerstdag
}
}

QDate DutchHolidays::easterSunday(int year)
{
    if (year < 1583)
        return {};
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

bool DutchHolidays::isHoliday(QDate date)
{
    if (!date.isValid())
        return false;
    if (isFixedHoliday(date) || date == koningsdag(date.year()))
        return true;
    const QDate easter = easterSunday(date.year());
    if (!easter.isValid())
        return false;
    const qint64 offset = easter.daysTo(date);
    return std::find(std::begin(easterOffsets), std::end(easterOffsets), offset) != std::end(easterOffsets);
}

QList<QDate> DutchHolidays::inYear(int year)
{
    QList<QDate> days { QDate(year, 1, 1), koningsdag(year), QDate(year, 5, 5), QDate(year, 12, 25),
                        QDate(year, 12, 26) };
    if (const QDate easter = easterSunday(year); easter.isValid()) {
        for (int offset : easterOffsets)
            days.append(easter.addDays(offset));
    }
    days.removeIf([](QDate d) { return !d.isValid(); });
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end()); // Hemelvaartsdag can fall on 5 May
    return days;
}
