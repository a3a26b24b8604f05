#include "activityform.h"

#include "directoryedittext.h"
#include "initiativeeditor.h"
#include "typedinput.h"
#include "uilanguage.h"

#include <QJsonArray>

#include <algorithm>

namespace {
const char *const dayCodes[] = { "MO", "TU", "WE", "TH", "FR", "SA", "SU" };

QJsonArray isoDates(const QList<QDate> &dates)
{
    QJsonArray array;
    for (const QDate &date : dates)
        array.append(date.toString(Qt::ISODate));
    return array;
}

QList<QDate> sortedDates(const QJsonValue &value)
{
    QList<QDate> dates;
    for (const QJsonValue &v : value.toArray()) {
        const QDate date = QDate::fromString(v.toString(), Qt::ISODate);
        if (date.isValid() && !dates.contains(date))
            dates.append(date);
    }
    std::sort(dates.begin(), dates.end());
    return dates;
}

// A time as the schedule stores it; what is not a time is passed on as typed, so the
// schedule's own check names the field rather than the time silently going missing.
QString timeOf(const QString &typed)
{
    const QString time = TypedInput::time(typed);
    return time.isEmpty() ? typed.trimmed() : time;
}
}

ActivityForm::ActivityForm(QObject *parent) : QObject(parent) { }

void ActivityForm::setLanguage(const QString &language)
{
    m_language = language;
    emit changed(); // dates said in the new language
    emit problemsChanged();
}

void ActivityForm::setDraft(const ActivityDraft &draft, const QString &textLanguage)
{
    m_draft = draft;
    m_textLanguage = textLanguage;
    const QJsonObject &s = draft.schedule;
    const QString freq = s.value(QLatin1String("freq")).toString();
    const int interval = s.value(QLatin1String("interval")).toInt(1);
    m_weeks = freq == QLatin1String("weekly") && interval > 2 ? interval : 3;
    m_months = freq == QLatin1String("monthly") ? interval : 1;
    m_rule = freq == QLatin1String("dates") ? QStringLiteral("dates")
            : freq == QLatin1String("monthly") ? QStringLiteral("monthly")
            : interval == 2 ? QStringLiteral("every-other-week")
            : interval > 2  ? QStringLiteral("every-n-weeks")
                              : QStringLiteral("weekly");
    const QString day = s.value(QLatin1String("byDay")).toString();
    m_weekday = 1;
    for (int i = 0; i < 7; ++i) {
        if (day == QLatin1String(dayCodes[i]))
            m_weekday = i + 1;
    }
    m_nth = s.value(QLatin1String("nth")).toInt(1);
    m_firstDate = TypedInput::dateText(QDate::fromString(s.value(QLatin1String("anchor")).toString(), Qt::ISODate));
    m_startTime = s.value(QLatin1String("start")).toString();
    m_endTime = s.value(QLatin1String("end")).toString();
    m_skipHolidays = s.value(QLatin1String("skipHolidays")).toBool();
    m_dates = sortedDates(s.value(QLatin1String("dates")));
    m_exceptions = sortedDates(s.value(QLatin1String("except")));
    m_problems.clear();
    m_inputProblems.clear();
    emit loaded();
    emit changed();
    emit textsChanged();
    emit problemsChanged();
}

QJsonObject ActivityForm::schedule() const
{
    QJsonObject s;
    if (m_rule == QLatin1String("dates")) {
        s.insert(QStringLiteral("freq"), QStringLiteral("dates"));
        s.insert(QStringLiteral("dates"), isoDates(m_dates));
    } else {
        const bool monthly = m_rule == QLatin1String("monthly");
        s.insert(QStringLiteral("freq"), monthly ? QStringLiteral("monthly") : QStringLiteral("weekly"));
        s.insert(QStringLiteral("byDay"), QLatin1String(dayCodes[m_weekday - 1]));
        if (monthly)
            s.insert(QStringLiteral("nth"), m_nth);
        // Every few weeks and monthly keep the number as typed (or stored): one out of range
        // reaches the schedule's own check, which names it at its field.
        const int interval = m_rule == QLatin1String("every-other-week") ? 2
                : m_rule == QLatin1String("every-n-weeks")               ? m_weeks
                : monthly                                                ? m_months
                                                                         : 1;
        if (interval != 1)
            s.insert(QStringLiteral("interval"), interval);
        if (!m_firstDate.trimmed().isEmpty()) {
            const QDate first = TypedInput::date(m_firstDate);
            s.insert(QStringLiteral("anchor"), first.isValid() ? first.toString(Qt::ISODate) : m_firstDate.trimmed());
        }
    }
    if (!m_startTime.trimmed().isEmpty())
        s.insert(QStringLiteral("start"), timeOf(m_startTime));
    if (!m_endTime.trimmed().isEmpty())
        s.insert(QStringLiteral("end"), timeOf(m_endTime));
    if (!m_exceptions.isEmpty())
        s.insert(QStringLiteral("except"), isoDates(m_exceptions));
    if (m_skipHolidays)
        s.insert(QStringLiteral("skipHolidays"), true);
    return s;
}

ActivityDraft ActivityForm::draft() const
{
    ActivityDraft draft = m_draft;
    draft.schedule = schedule();
    if (draft.rev.isEmpty() && draft.slug.isEmpty()) {
        for (const ActivityText &t : std::as_const(draft.texts)) {
            draft.slug = InitiativeEditor::slugFor(t.name);
            if (!draft.slug.isEmpty())
                break;
        }
    }
    return draft;
}

void ActivityForm::setProblems(const QList<DirectoryEdit::FieldProblem> &problems)
{
    m_problems = problems;
    emit problemsChanged();
}

void ActivityForm::retranslate()
{
    emit changed();
    emit problemsChanged();
}

void ActivityForm::setTextLanguage(const QString &language)
{
    if (language.isEmpty() || language == m_textLanguage)
        return;
    m_textLanguage = language;
    emit textsChanged();
}

void ActivityForm::setName(const QString &v)
{
    if (name() == v)
        return;
    m_draft.texts[m_textLanguage].name = v;
    emit textsChanged();
}

void ActivityForm::setDescription(const QString &v)
{
    if (description() == v)
        return;
    m_draft.texts[m_textLanguage].description = v;
    emit textsChanged();
}

QVariantList ActivityForm::listed(const QList<QDate> &dates) const
{
    const QLocale locale = UiLanguage::locale(m_language);
    QVariantList list;
    for (const QDate &date : dates)
        list.append(QVariantMap { { QStringLiteral("iso"), date.toString(Qt::ISODate) },
                                  { QStringLiteral("text"), locale.toString(date, QStringLiteral("ddd d MMMM yyyy")) } });
    return list;
}

QVariantList ActivityForm::preview() const
{
    return listed(InitiativeEditor::nextDates(schedule(), m_today, 5));
}

QVariantMap ActivityForm::problems() const
{
    QVariantMap map;
    for (const DirectoryEdit::FieldProblem &p : m_problems) {
        const QString key = p.field.isEmpty() ? QStringLiteral("form") : p.field;
        if (!map.contains(key))
            map.insert(key, DirectoryEditText::message(p.problem));
    }
    for (auto it = m_inputProblems.cbegin(); it != m_inputProblems.cend(); ++it)
        map.insert(it.key(), tr("Type a date as day-month-year, such as 19-12-2026."));
    return map;
}

bool ActivityForm::addTo(QList<QDate> &list, const QString &typed, const QString &field)
{
    const QDate date = TypedInput::date(typed);
    if (!date.isValid()) {
        m_inputProblems.insert(field, typed);
        emit problemsChanged();
        return false;
    }
    if (m_inputProblems.remove(field) > 0)
        emit problemsChanged();
    if (!list.contains(date)) {
        list.append(date);
        std::sort(list.begin(), list.end());
        emit changed();
    }
    return true;
}

bool ActivityForm::addDate(const QString &typed)
{
    return addTo(m_dates, typed, QStringLiteral("newDate"));
}

bool ActivityForm::addException(const QString &typed)
{
    return addTo(m_exceptions, typed, QStringLiteral("newException"));
}

void ActivityForm::removeDate(const QString &iso)
{
    if (m_dates.removeAll(QDate::fromString(iso, Qt::ISODate)) > 0)
        emit changed();
}

void ActivityForm::removeException(const QString &iso)
{
    if (m_exceptions.removeAll(QDate::fromString(iso, Qt::ISODate)) > 0)
        emit changed();
}
