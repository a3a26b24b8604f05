#pragma once

#include <QDate>
#include <QString>

#include <optional>

// Reads what a person typed into a form, forgiving in the ways people type: Arabic-Indic and
// Persian digits count as digits (an Arabic keyboard gives ٢٠٢٦), a decimal comma (51,9105) or
// the Arabic decimal separator is a decimal point, a date is day-month-year as on Dutch papers (19-12-2026, 19/12/2026,
// 19.12.2026) or ISO (2026-12-19), a time may have one hour digit or a dot (9.30 → 09:30).
// Nothing here knows what a field means; that is the validator's.
namespace TypedInput {
// The text with every decimal digit of any script as an ASCII digit, trimmed.
[[nodiscard]] QString asciiDigits(const QString &text);
// A calendar date, or an invalid QDate.
[[nodiscard]] QDate date(const QString &text);
// "HH:MM", or "" when it is not a time of day.
[[nodiscard]] QString time(const QString &text);
// A decimal number of degrees, or nothing.
[[nodiscard]] std::optional<double> degrees(const QString &text);
// A date as a person types it back: 19-12-2026.
[[nodiscard]] QString dateText(QDate date);
}
