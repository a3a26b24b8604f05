#include "directoryterms.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace {
struct Language
{
    const char *native; // UTF-8
    const char *label;  // English source text, translated in the context "Languages"
};

const QHash<QString, Language> &languages()
{
    static const QHash<QString, Language> table {
        { QStringLiteral("nl"), { "Nederlands", QT_TRANSLATE_NOOP("Languages", "Dutch") } },
        { QStringLiteral("en"), { "English", QT_TRANSLATE_NOOP("Languages", "English") } },
        { QStringLiteral("ar"), { "العربية", QT_TRANSLATE_NOOP("Languages", "Arabic") } },
        { QStringLiteral("ber"), { "Tamaziɣt", QT_TRANSLATE_NOOP("Languages", "Tamazight (Berber)") } },
        { QStringLiteral("tr"), { "Türkçe", QT_TRANSLATE_NOOP("Languages", "Turkish") } },
        { QStringLiteral("pl"), { "Polski", QT_TRANSLATE_NOOP("Languages", "Polish") } },
        { QStringLiteral("bg"), { "Български", QT_TRANSLATE_NOOP("Languages", "Bulgarian") } },
        { QStringLiteral("so"), { "Soomaali", QT_TRANSLATE_NOOP("Languages", "Somali") } },
        { QStringLiteral("pap"), { "Papiamentu", QT_TRANSLATE_NOOP("Languages", "Papiamento") } },
        { QStringLiteral("srn"), { "Sranantongo", QT_TRANSLATE_NOOP("Languages", "Sranan Tongo") } },
        { QStringLiteral("kea"), { "Kabuverdianu", QT_TRANSLATE_NOOP("Languages", "Cape Verdean Creole") } },
        { QStringLiteral("es"), { "Español", QT_TRANSLATE_NOOP("Languages", "Spanish") } },
        { QStringLiteral("pt"), { "Português", QT_TRANSLATE_NOOP("Languages", "Portuguese") } },
        { QStringLiteral("fr"), { "Français", QT_TRANSLATE_NOOP("Languages", "French") } },
        { QStringLiteral("de"), { "Deutsch", QT_TRANSLATE_NOOP("Languages", "German") } },
        { QStringLiteral("ro"), { "Română", QT_TRANSLATE_NOOP("Languages", "Romanian") } },
        { QStringLiteral("ti"), { "ትግርኛ", QT_TRANSLATE_NOOP("Languages", "Tigrinya") } },
        { QStringLiteral("fa"), { "فارسی", QT_TRANSLATE_NOOP("Languages", "Persian") } },
        { QStringLiteral("uk"), { "Українська", QT_TRANSLATE_NOOP("Languages", "Ukrainian") } },
    };
    return table;
}

struct ThemeName
{
    const char *code;
    const char *label;
};

// In the order filters list them.
const ThemeName themes[] = {
    { "meeting", QT_TRANSLATE_NOOP("Themes", "Meeting people") },
    { "food", QT_TRANSLATE_NOOP("Themes", "Food") },
    { "mental-health", QT_TRANSLATE_NOOP("Themes", "Mental health") },
    { "caregivers", QT_TRANSLATE_NOOP("Themes", "Informal carers") },
    { "language", QT_TRANSLATE_NOOP("Themes", "Language") },
    { "children", QT_TRANSLATE_NOOP("Themes", "Children") },
    { "elderly", QT_TRANSLATE_NOOP("Themes", "Older people") },
    { "creative", QT_TRANSLATE_NOOP("Themes", "Creative") },
    { "gardening", QT_TRANSLATE_NOOP("Themes", "Gardening") },
    { "sport", QT_TRANSLATE_NOOP("Themes", "Sport and exercise") },
    { "work", QT_TRANSLATE_NOOP("Themes", "Work") },
    { "volunteering", QT_TRANSLATE_NOOP("Themes", "Volunteering") },
    { "advice", QT_TRANSLATE_NOOP("Themes", "Advice") },
};

QString isolate(const QString &text)
{
    return QChar(0x2068) + text + QChar(0x2069);
}
}

const QStringList &DirectoryTerms::themeCodes()
{
    static const QStringList codes = [] {
        QStringList list;
        for (const ThemeName &t : themes)
            list.append(QString::fromLatin1(t.code));
        return list;
    }();
    return codes;
}

QString DirectoryTerms::themeLabel(const QString &code)
{
    for (const ThemeName &t : themes) {
        if (code == QLatin1String(t.code))
            return QCoreApplication::translate("Themes", t.label);
    }
    QString words = code;
    words.replace(u'-', u' ').replace(u'_', u' ');
    if (!words.isEmpty())
        words[0] = words[0].toUpper();
    return words;
}

const QStringList &DirectoryTerms::languageCodes()
{
    static const QStringList codes { "nl", "en", "ar", "ber", "tr", "pl", "bg", "so", "pap", "srn", "kea",
                                     "es", "pt", "fr", "de", "ro", "ti", "fa", "uk" };
    return codes;
}

QString DirectoryTerms::nativeLanguageName(const QString &code)
{
    const auto it = languages().constFind(code);
    if (it != languages().constEnd())
        return QString::fromUtf8(it->native);
    const QLocale locale(code);
    QString own = locale.language() == QLocale::C ? QString() : locale.nativeLanguageName();
    if (own.isEmpty())
        return code;
    own[0] = own[0].toUpper();
    return own;
}

QString DirectoryTerms::languageLabel(const QString &code)
{
    const auto it = languages().constFind(code);
    return it == languages().constEnd() ? QString() : QCoreApplication::translate("Languages", it->label);
}

QString DirectoryTerms::languageDisplay(const QString &code)
{
    const QString own = nativeLanguageName(code);
    const QString label = languageLabel(code);
    if (label.isEmpty() || label.compare(own, Qt::CaseInsensitive) == 0)
        return isolate(own);
    return QStringLiteral("%1 (%2)").arg(isolate(own), isolate(label));
}
