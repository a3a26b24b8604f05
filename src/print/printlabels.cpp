#include "printlabels.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace {
// The texts, in English; translators see them in translations/*.ts under "PrintLabels".
// "Kijk op de Wijk" is the scheme's name: a translation may name it in its own words, with the
// Dutch name beside it, since that is what hosts and referrers call it.
struct Sources
{
    const char *title = QT_TRANSLATE_NOOP("PrintLabels", "Kijk op de Wijk");
    const char *yourCard = QT_TRANSLATE_NOOP("PrintLabels", "Your card");
    const char *cardCode = QT_TRANSLATE_NOOP("PrintLabels", "Card code");
    const char *validFrom = QT_TRANSLATE_NOOP("PrintLabels", "Valid from %1");
    const char *validUntil = QT_TRANSLATE_NOOP("PrintLabels", "Valid until %1");
    const char *placesToVisit = QT_TRANSLATE_NOOP("PrintLabels", "Places to visit");
    const char *showCard = QT_TRANSLATE_NOOP("PrintLabels", "Show this card at each place for a stamp");
    const char *welcome = QT_TRANSLATE_NOOP("PrintLabels", "Welcome");
    const char *posterInstruction = QT_TRANSLATE_NOOP("PrintLabels", "Kijk op de Wijk: scan this code to stamp your card");
};

// The languages with labels; any other gets Dutch, the language spoken at every place.
const QStringList printedLanguages { QStringLiteral("nl"), QStringLiteral("en"), QStringLiteral("ar"),
                                     QStringLiteral("tr"), QStringLiteral("pl") };
}

PrintLabels PrintLabels::forLanguage(const QString &language)
{
    QString base = language.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
    if (!printedLanguages.contains(base))
        base = QStringLiteral("nl");
    // The holder's language, not the UI's: a translator of its own, not the one installed.
    QTranslator translator;
    const bool loaded = translator.load(QStringLiteral(":/i18n/buurtbrug_%1.qm").arg(base));
    const auto text = [&](const char *source) {
        const QString translated = loaded ? translator.translate("PrintLabels", source) : QString();
        return translated.isEmpty() ? QString::fromUtf8(source) : translated;
    };
    const Sources s;
    PrintLabels labels;
    labels.language = loaded ? base : QStringLiteral("en");
    labels.rightToLeft = QLocale(labels.language).textDirection() == Qt::RightToLeft;
    labels.title = text(s.title);
    labels.yourCard = text(s.yourCard);
    labels.cardCode = text(s.cardCode);
    labels.validFrom = text(s.validFrom);
    labels.validUntil = text(s.validUntil);
    labels.placesToVisit = text(s.placesToVisit);
    labels.showCard = text(s.showCard);
    labels.welcome = text(s.welcome);
    labels.posterInstruction = text(s.posterInstruction);
    return labels;
}

QString PrintLabels::date(const QDate &day) const
{
    // monthName is the form used inside a date ("lutego", not "luty", in Polish).
    return QStringLiteral("%1 %2 %3").arg(day.day()).arg(QLocale(language).monthName(day.month())).arg(day.year());
}
