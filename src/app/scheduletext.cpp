#include "scheduletext.h"

#include <QCoreApplication>
#include "uilanguage.h"

#include <QLocale>

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
    if (day < 1)
        return tr("Schedule unknown");
    const QString dayName = locale.dayName(day, QLocale::LongFormat);
    const int interval = schedule.value(QLatin1String("interval")).toInt(1);
    QString when;
    if (schedule.value(QLatin1String("freq")).toString() == QLatin1String("monthly")) {
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
