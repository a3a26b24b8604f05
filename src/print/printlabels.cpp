#include "printlabels.h"

#include <QLocale>

namespace {
PrintLabels dutch()
{
    return { QStringLiteral("nl"), false, QStringLiteral("Kijk op de Wijk"), QStringLiteral("Jouw kaart"),
             QStringLiteral("Kaartcode"), QStringLiteral("Geldig vanaf %1"), QStringLiteral("Geldig tot en met %1"),
             QStringLiteral("Hier ben je welkom"), QStringLiteral("Laat deze kaart op elke plek zien voor een stempel"),
             QStringLiteral("Welkom"), QStringLiteral("Kijk op de Wijk: scan deze code voor een stempel op je kaart") };
}

PrintLabels english()
{
    return { QStringLiteral("en"), false, QStringLiteral("Kijk op de Wijk"), QStringLiteral("Your card"),
             QStringLiteral("Card code"), QStringLiteral("Valid from %1"), QStringLiteral("Valid until %1"),
             QStringLiteral("Places to visit"), QStringLiteral("Show this card at each place for a stamp"),
             QStringLiteral("Welcome"), QStringLiteral("Kijk op de Wijk: scan this code to stamp your card") };
}

// The Dutch name stays beside the Arabic one: it is what hosts and referrers call it, kept on
// one line by no-break spaces.
PrintLabels arabic()
{
    return { QStringLiteral("ar"), true, QStringLiteral("نظرة على الحي (Kijk\u00A0op\u00A0de\u00A0Wijk)"), QStringLiteral("بطاقتك"),
             QStringLiteral("رمز البطاقة"), QStringLiteral("صالحة من %1"), QStringLiteral("صالحة حتى %1"),
             QStringLiteral("أماكن يمكنك زيارتها"), QStringLiteral("اعرض هذه البطاقة في كل مكان لتحصل على ختم"),
             QStringLiteral("أهلاً وسهلاً"), QStringLiteral("نظرة على الحي (Kijk\u00A0op\u00A0de\u00A0Wijk): امسح هذا الرمز لتختم بطاقتك") };
}

PrintLabels turkish()
{
    return { QStringLiteral("tr"), false, QStringLiteral("Kijk op de Wijk"), QStringLiteral("Kartınız"),
             QStringLiteral("Kart kodu"), QStringLiteral("%1 tarihinden itibaren geçerli"),
             QStringLiteral("%1 tarihine kadar geçerli"), QStringLiteral("Ziyaret edebileceğiniz yerler"),
             QStringLiteral("Damga almak için bu kartı her yerde gösterin"), QStringLiteral("Hoş geldiniz"),
             QStringLiteral("Kijk op de Wijk: kartınıza damga almak için bu kodu okutun") };
}

PrintLabels polish()
{
    return { QStringLiteral("pl"), false, QStringLiteral("Kijk op de Wijk"), QStringLiteral("Twoja karta"),
             QStringLiteral("Kod karty"), QStringLiteral("Ważna od %1"), QStringLiteral("Ważna do %1"),
             QStringLiteral("Miejsca, które warto odwiedzić"),
             QStringLiteral("Pokaż tę kartę w każdym miejscu, aby dostać pieczątkę"), QStringLiteral("Witamy"),
             QStringLiteral("Kijk op de Wijk: zeskanuj ten kod, aby dostać pieczątkę na swojej karcie") };
}
}

PrintLabels PrintLabels::forLanguage(const QString &language)
{
    const QString base = language.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
    if (base == QLatin1String("en"))
        return english();
    if (base == QLatin1String("ar"))
        return arabic();
    if (base == QLatin1String("tr"))
        return turkish();
    if (base == QLatin1String("pl"))
        return polish();
    return dutch();
}

QString PrintLabels::date(const QDate &day) const
{
    // monthName is the form used inside a date ("lutego", not "luty", in Polish).
    return QStringLiteral("%1 %2 %3").arg(day.day()).arg(QLocale(language).monthName(day.month())).arg(day.year());
}
