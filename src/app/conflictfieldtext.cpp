#include "conflictfieldtext.h"

#include "directoryterms.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace {
bool isDateField(const QString &field)
{
    return field == u"lastChecked" || field == u"retired" || field == u"schedule.anchor"
        || field == u"schedule.except";
}
}

QString ConflictFieldText::scalar(const QString &field, const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? tr("Yes") : tr("No");
    if (value.isDouble())
        return QLocale().toString(value.toDouble(), 'g', 10);
    if (!value.isString())
        return QString::fromUtf8(QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact))
            .mid(1)
            .chopped(1);
    const QString text = value.toString();
    if (field == u"themes")
        return DirectoryTerms::themeLabel(text);
    if (field == u"languagesSpoken" || field == u"originalLanguage" || field == u"language")
        return DirectoryTerms::languageDisplay(text);
    if (field == u"status") {
        if (text == u"original")
            return tr("original text");
        if (text == u"human")
            return tr("translated by a person");
        if (text == u"needs-review")
            return tr("to be checked");
    }
    if (isDateField(field)) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            return QLocale().toString(date, QLocale::LongFormat);
    }
    return text;
}

QString ConflictFieldText::label(const QString &field)
{
    // The fields of initiative, activity and translation documents (docs/DATA-MODEL.md).
    static const QHash<QString, const char *> labels {
        { QStringLiteral("themes"), QT_TRANSLATE_NOOP("ConflictFieldText", "Themes") },
        { QStringLiteral("address.street"), QT_TRANSLATE_NOOP("ConflictFieldText", "Street") },
        { QStringLiteral("address.postcode"), QT_TRANSLATE_NOOP("ConflictFieldText", "Postcode") },
        { QStringLiteral("address.city"), QT_TRANSLATE_NOOP("ConflictFieldText", "City") },
        { QStringLiteral("position.lat"), QT_TRANSLATE_NOOP("ConflictFieldText", "Latitude") },
        { QStringLiteral("position.lon"), QT_TRANSLATE_NOOP("ConflictFieldText", "Longitude") },
        { QStringLiteral("contact.phone"), QT_TRANSLATE_NOOP("ConflictFieldText", "Phone") },
        { QStringLiteral("contact.email"), QT_TRANSLATE_NOOP("ConflictFieldText", "Email") },
        { QStringLiteral("contact.website"), QT_TRANSLATE_NOOP("ConflictFieldText", "Website") },
        { QStringLiteral("languagesSpoken"),
            QT_TRANSLATE_NOOP("ConflictFieldText", "Languages spoken") },
        { QStringLiteral("accessibility.stepFree"),
            QT_TRANSLATE_NOOP("ConflictFieldText", "Step-free entrance") },
        { QStringLiteral("accessibility.rollator"),
            QT_TRANSLATE_NOOP("ConflictFieldText", "Room for a rollator") },
        { QStringLiteral("accessibility.quietRoom"),
            QT_TRANSLATE_NOOP("ConflictFieldText", "Quiet room") },
        { QStringLiteral("lastChecked"), QT_TRANSLATE_NOOP("ConflictFieldText", "Last checked") },
        { QStringLiteral("retired"), QT_TRANSLATE_NOOP("ConflictFieldText", "Retired on") },
        { QStringLiteral("stampRadiusMetres"),
            QT_TRANSLATE_NOOP("ConflictFieldText", "Stamp distance in metres") },
        { QStringLiteral("originalLanguage"),
            QT_TRANSLATE_NOOP("ConflictFieldText", "Original language") },
        { QStringLiteral("sample"), QT_TRANSLATE_NOOP("ConflictFieldText", "Sample data") },
        { QStringLiteral("slug"), QT_TRANSLATE_NOOP("ConflictFieldText", "Short name in links") },
        { QStringLiteral("type"), QT_TRANSLATE_NOOP("ConflictFieldText", "Kind of record") },
        { QStringLiteral("initiative"), QT_TRANSLATE_NOOP("ConflictFieldText", "Initiative") },
        { QStringLiteral("schedule.freq"), QT_TRANSLATE_NOOP("ConflictFieldText", "How often") },
        { QStringLiteral("schedule.interval"),
            QT_TRANSLATE_NOOP("ConflictFieldText", "Every how many weeks or months") },
        { QStringLiteral("schedule.byDay"), QT_TRANSLATE_NOOP("ConflictFieldText", "Weekday") },
        { QStringLiteral("schedule.nth"),
            QT_TRANSLATE_NOOP("ConflictFieldText", "Which week of the month") },
        { QStringLiteral("schedule.start"), QT_TRANSLATE_NOOP("ConflictFieldText", "Starts at") },
        { QStringLiteral("schedule.end"), QT_TRANSLATE_NOOP("ConflictFieldText", "Ends at") },
        { QStringLiteral("schedule.anchor"),
            QT_TRANSLATE_NOOP("ConflictFieldText", "Counted from") },
        { QStringLiteral("schedule.except"),
            QT_TRANSLATE_NOOP("ConflictFieldText", "Not on these days") },
        { QStringLiteral("schedule.skipHolidays"),
            QT_TRANSLATE_NOOP("ConflictFieldText", "Not on public holidays") },
        { QStringLiteral("name"), QT_TRANSLATE_NOOP("ConflictFieldText", "Name") },
        { QStringLiteral("summary"), QT_TRANSLATE_NOOP("ConflictFieldText", "Summary") },
        { QStringLiteral("description"), QT_TRANSLATE_NOOP("ConflictFieldText", "Description") },
        { QStringLiteral("openingNotes"), QT_TRANSLATE_NOOP("ConflictFieldText", "How to get in") },
        { QStringLiteral("status"), QT_TRANSLATE_NOOP("ConflictFieldText", "Translation status") },
        { QStringLiteral("authorRole"), QT_TRANSLATE_NOOP("ConflictFieldText", "Written by") },
        { QStringLiteral("language"), QT_TRANSLATE_NOOP("ConflictFieldText", "Language") },
    };
    if (const auto it = labels.constFind(field); it != labels.cend())
        return tr(it.value());
    if (field.startsWith(u"activities."))
        return tr("Texts of the activity %1").arg(field.mid(11));
    return field;
}

QString ConflictFieldText::value(const QString &field, const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull() || (value.isString() && value.toString().isEmpty())
        || (value.isArray() && value.toArray().isEmpty()))
        return tr("(empty)");
    if (!value.isArray())
        return value.isObject()
            ? QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact))
            : scalar(field, value);
    QStringList items;
    for (const QJsonValue &item : value.toArray())
        items.append(scalar(field, item));
    return items.join(tr(", ", "between the items of a list"));
}
