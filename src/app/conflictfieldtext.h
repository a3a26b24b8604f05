#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

// The one place a conflicting field's path ("contact.phone", "schedule.byDay") becomes the
// words a coordinator reads, and a stored value becomes text to compare: themes and languages
// by their names, yes/no for flags, dates in the UI language, "(empty)" for a missing value.
// Translated at the time of the call (context "ConflictFieldText").
class ConflictFieldText
{
    Q_DECLARE_TR_FUNCTIONS(ConflictFieldText)

public:
    [[nodiscard]] static QString label(const QString &field);
    [[nodiscard]] static QString value(const QString &field, const QJsonValue &value);

private:
    [[nodiscard]] static QString scalar(const QString &field, const QJsonValue &value);
};
