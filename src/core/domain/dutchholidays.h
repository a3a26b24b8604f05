#pragma once

#include <QDate>
#include <QList>

// Dutch national public holidays, computed (no table, no network), for schedules that close on
// holidays. Koningsdag follows the rule in force since 2014 for every year; Bevrijdingsdag is
// included every year (see dutchholidays.cpp).
namespace DutchHolidays {
// Easter Sunday of a Gregorian year (anonymous Gregorian computus). Invalid for year < 1583.
[[nodiscard]] QDate easterSunday(int year);
[[nodiscard]] bool isHoliday(QDate date);
// The holidays of a year in date order.
[[nodiscard]] QList<QDate> inYear(int year);
}
