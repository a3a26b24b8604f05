#include "uilanguage.h"

#include "directoryterms.h"

#include <QGuiApplication>
#include <QLocale>

UiLanguage::UiLanguage(QObject *parent) : QObject(parent) { }

const QList<UiLanguage::Choice> &UiLanguage::choices()
{
    static const QList<Choice> list {
        { QStringLiteral("nl"), QStringLiteral("Nederlands") },
        { QStringLiteral("en"), QStringLiteral("English") },
        { QStringLiteral("ar"), QStringLiteral("العربية") },
        { QStringLiteral("tr"), QStringLiteral("Türkçe") },
        { QStringLiteral("pl"), QStringLiteral("Polski") },
    };
    return list;
}

bool UiLanguage::isSupported(const QString &code)
{
    return std::any_of(choices().cbegin(), choices().cend(), [&](const Choice &c) { return c.code == code; });
}

QString UiLanguage::nativeName(const QString &code)
{
    for (const Choice &c : choices()) {
        if (c.code == code)
            return c.nativeName;
    }
    // Content may be in any language: named in its own script (DirectoryTerms knows those
    // QLocale does not, such as Tamazight, Papiamentu and Sranantongo).
    return DirectoryTerms::nativeLanguageName(code);
}

QLocale UiLanguage::locale(const QString &code)
{
    if (code == QLatin1String("ar"))
        return QLocale(QLocale::Arabic, QLocale::Morocco);
    return QLocale(code);
}

bool UiLanguage::setCode(const QString &code)
{
    const bool supported = isSupported(code);
    const QString chosen = supported ? code : QStringLiteral("nl");
    if (chosen == m_code)
        return supported;
    if (m_installed)
        QCoreApplication::removeTranslator(&m_translator);
    // English is the source language of the texts; every other language has a .qm file.
    m_installed = m_translator.load(QStringLiteral(":/i18n/buurtbrug_%1.qm").arg(chosen))
            && QCoreApplication::installTranslator(&m_translator);
    m_code = chosen;
    const QLocale locale = UiLanguage::locale(chosen);
    QLocale::setDefault(locale);
    m_rightToLeft = locale.textDirection() == Qt::RightToLeft;
    QGuiApplication::setLayoutDirection(m_rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    if (m_retranslate)
        m_retranslate();
    emit changed();
    return supported;
}
