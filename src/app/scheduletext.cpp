#include "scheduletext.h"

#include <QCoreApplication>
#include "uilanguage.h"

#include <QJsonArray>
#include <QLocale>

#include <algorithm>

namespace {
int weekday(const QString &byDay)
{
    static const QStringList days { QStringLiteral("MO"), QStringLiteral("TU"), QStringLiteral("WE"),
                                    QStringLiteral("TH"), QStringLiteral("FR"), QStringLiteral("SA"),
                                    QStringLiteral("SU") };
    return int(days.indexOf(byDay)) + 1;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("ScheduleText", text);
}
}

QString ScheduleText::describe(const QJsonObject &schedule, const QString &language)
{
    const QLocale locale = UiLanguage::locale(language);
    const int day = weekday(schedule.value(QLatin1String("byDay")).toString());
    const bool fixedDates = schedule.value(QLatin1String("freq")).toString() == QLatin1String("dates");
    if (day < 1 && !fixedDates)
        return tr("Schedule unknown");
    const QString dayName = locale.dayName(std::max(day, 1), QLocale::LongFormat);
    const int interval = schedule.value(QLatin1String("interval")).toInt(1);
    QString when;
    if (fixedDates) {
        // One date is said; several are counted (the detail page names the next one).
        const QJsonArray dates = schedule.value(QLatin1String("dates")).toArray();
        const QDate only = QDate::fromString(dates.first().toString(), Qt::ISODate);
        when = dates.size() == 1 && only.isValid()
                ? tr("On %1").arg(locale.toString(only, QLocale::LongFormat))
                : QCoreApplication::translate("ScheduleText", "On %n set date(s)", nullptr, int(dates.size()));
    } else if (schedule.value(QLatin1String("freq")).toString() == QLatin1String("monthly")) {
        switch (schedule.value(QLatin1String("nth")).toInt()) {
        case 1: when = tr("First %1 of the month").arg(dayName); break;
        case 2: when = tr("Second %1 of the month").arg(dayName); break;
        case 3: when = tr("Third %1 of the month").arg(dayName); break;
        case 4: when = tr("Fourth %1 of the month").arg(dayName); break;
        case -1: when = tr("Last %1 of the month").arg(dayName); break;
        default: return tr("Schedule unknown");
        }
    } else if (interval == 2) {
        when = tr("Every other %1").arg(dayName);
    } else if (interval > 2) {
        when = QCoreApplication::translate("ScheduleText", "Every %n weeks on %1", nullptr, interval).arg(dayName);
    } else {
        when = tr("Every %1").arg(dayName);
    }
    const QString start = schedule.value(QLatin1String("start")).toString();
    const QString end = schedule.value(QLatin1String("end")).toString();
    if (!start.isEmpty() && !end.isEmpty())
        return tr("%1, %2–%3").arg(when, start, end);
    if (!start.isEmpty())
        return tr("%1, %2").arg(when, start);
    return when;
}
