#pragma once

#include "directorydraft.h"
#include "directoryeditproblem.h"

#include <QDate>
#include <QObject>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

// One recurring activity as the desk's schedule editor holds it: the rule chosen (weekly, every
// other week, the nth or last weekday of the month, fixed dates), its weekday, times and dates
// as typed, exceptions, holidays, and the activity's name per language. It builds the
// `schedule` object (docs/DATA-MODEL.md) and previews its next five dates from `today`.
// Invariant: what was typed stays until setDraft() replaces the form; a typed date that is no
// date is refused at its field and not added.
class ActivityForm : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Held by DirectoryEditorController")
    Q_PROPERTY(QString activityId READ activityId NOTIFY loaded)
    Q_PROPERTY(bool isNew READ isNew NOTIFY loaded)
    Q_PROPERTY(QString slug READ slug WRITE setSlug NOTIFY changed)
    Q_PROPERTY(QString textLanguage READ textLanguage WRITE setTextLanguage NOTIFY textsChanged)
    Q_PROPERTY(QString name READ name WRITE setName NOTIFY textsChanged)
    Q_PROPERTY(QString description READ description WRITE setDescription NOTIFY textsChanged)
    // "weekly", "every-other-week", "monthly" or "dates".
    Q_PROPERTY(QString rule READ rule WRITE setRule NOTIFY changed)
    Q_PROPERTY(int weekday READ weekday WRITE setWeekday NOTIFY changed) // 1 (Monday) .. 7
    Q_PROPERTY(int nth READ nth WRITE setNth NOTIFY changed)             // 1..4, -1 the last
    Q_PROPERTY(int weeksBetween READ weeksBetween WRITE setWeeksBetween NOTIFY changed)
    Q_PROPERTY(int monthsBetween READ monthsBetween WRITE setMonthsBetween NOTIFY changed)
    // The first date (typed, day-month-year): every other week counts from its week.
    Q_PROPERTY(QString firstDate READ firstDate WRITE setFirstDate NOTIFY changed)
    Q_PROPERTY(QString startTime READ startTime WRITE setStartTime NOTIFY changed)
    Q_PROPERTY(QString endTime READ endTime WRITE setEndTime NOTIFY changed)
    Q_PROPERTY(bool skipHolidays READ skipHolidays WRITE setSkipHolidays NOTIFY changed)
    // Fixed dates and exceptions, in date order: [{iso, text}] (text in the UI locale).
    Q_PROPERTY(QVariantList dates READ dates NOTIFY changed)
    Q_PROPERTY(QVariantList exceptions READ exceptions NOTIFY changed)
    // The next five dates of the schedule as it stands: [{iso, text}].
    Q_PROPERTY(QVariantList preview READ preview NOTIFY changed)
    Q_PROPERTY(QVariantMap problems READ problems NOTIFY problemsChanged)
    Q_PROPERTY(int problemCount READ problemCount NOTIFY problemsChanged)

public:
    explicit ActivityForm(QObject *parent = nullptr);

    void setToday(QDate today) { m_today = today; }
    void setLanguage(const QString &language);
    void setDraft(const ActivityDraft &draft, const QString &textLanguage);
    // The draft to save: the schedule built from the fields, texts as typed.
    [[nodiscard]] ActivityDraft draft() const;
    [[nodiscard]] QJsonObject schedule() const;
    void setProblems(const QList<DirectoryEdit::FieldProblem> &problems);
    void retranslate();

    [[nodiscard]] QString activityId() const { return m_draft.rev.isEmpty() ? QString() : m_draft.id(); }
    [[nodiscard]] bool isNew() const { return m_draft.rev.isEmpty(); }
    [[nodiscard]] QString slug() const { return m_draft.slug; }
    void setSlug(const QString &v) { set(m_draft.slug, v.trimmed()); }
    [[nodiscard]] QString textLanguage() const { return m_textLanguage; }
    void setTextLanguage(const QString &language);
    [[nodiscard]] QString name() const { return m_draft.texts.value(m_textLanguage).name; }
    void setName(const QString &v);
    [[nodiscard]] QString description() const { return m_draft.texts.value(m_textLanguage).description; }
    void setDescription(const QString &v);
    [[nodiscard]] QString rule() const { return m_rule; }
    void setRule(const QString &v) { set(m_rule, v); }
    // Weeks between dates (every few weeks) and months (monthly); as typed, checked on save.
    [[nodiscard]] int weeksBetween() const { return m_weeks; }
    void setWeeksBetween(int v) { set(m_weeks, v); }
    [[nodiscard]] int monthsBetween() const { return m_months; }
    void setMonthsBetween(int v) { set(m_months, v); }
    [[nodiscard]] int weekday() const { return m_weekday; }
    void setWeekday(int v) { set(m_weekday, qBound(1, v, 7)); }
    [[nodiscard]] int nth() const { return m_nth; }
    void setNth(int v) { set(m_nth, v == -1 ? -1 : qBound(1, v, 4)); }
    [[nodiscard]] QString firstDate() const { return m_firstDate; }
    void setFirstDate(const QString &v) { set(m_firstDate, v); }
    [[nodiscard]] QString startTime() const { return m_startTime; }
    void setStartTime(const QString &v) { set(m_startTime, v); }
    [[nodiscard]] QString endTime() const { return m_endTime; }
    void setEndTime(const QString &v) { set(m_endTime, v); }
    [[nodiscard]] bool skipHolidays() const { return m_skipHolidays; }
    void setSkipHolidays(bool v) { set(m_skipHolidays, v); }
    [[nodiscard]] QVariantList dates() const { return listed(m_dates); }
    [[nodiscard]] QVariantList exceptions() const { return listed(m_exceptions); }
    [[nodiscard]] QVariantList preview() const;
    [[nodiscard]] QVariantMap problems() const;
    [[nodiscard]] int problemCount() const { return int(m_problems.size() + m_inputProblems.size()); }

    // A typed date added to the fixed dates or the exceptions; false (and a message at the
    // field "newDate" or "newException") when it is no date.
    Q_INVOKABLE bool addDate(const QString &typed);
    Q_INVOKABLE bool addException(const QString &typed);
    Q_INVOKABLE void removeDate(const QString &iso);
    Q_INVOKABLE void removeException(const QString &iso);

signals:
    void loaded();
    void changed();
    void textsChanged();
    void problemsChanged();

private:
    ActivityDraft m_draft;
    QString m_textLanguage = QStringLiteral("nl");
    QString m_language = QStringLiteral("nl"); // for dates said in words
    QDate m_today = QDate::currentDate();
    QString m_rule = QStringLiteral("weekly");
    int m_weekday = 1;
    int m_nth = 1;
    int m_weeks = 3;  // every few weeks: two is "every other week", a rule of its own
    int m_months = 1; // monthly: every month unless a stored schedule says more
    QString m_firstDate;
    QString m_startTime;
    QString m_endTime;
    bool m_skipHolidays = false;
    QList<QDate> m_dates;      // sorted
    QList<QDate> m_exceptions; // sorted
    QList<DirectoryEdit::FieldProblem> m_problems;
    QMap<QString, QString> m_inputProblems; // typed input refused before any save: field → message source

    template<typename T>
    void set(T &field, const T &value)
    {
        if (field == value)
            return;
        field = value;
        emit changed();
    }
    [[nodiscard]] QVariantList listed(const QList<QDate> &dates) const;
    bool addTo(QList<QDate> &list, const QString &typed, const QString &field);
};
