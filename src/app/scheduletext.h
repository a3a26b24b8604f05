#pragma once

#include <QJsonObject>
#include <QString>

// Says a recurring schedule (docs/DATA-MODEL.md) in words of the UI language, e.g.
// "First Monday of the month, 12:00–14:00". Weekday names come from the locale.
namespace ScheduleText {
[[nodiscard]] QString describe(const QJsonObject &schedule, const QString &language);
}
