#pragma once

#include <QDate>
#include <QString>

// The fixed texts of a printed card or poster, in the language of the person who holds or
// reads it (not the language of whoever prints it): translated from the same .ts files as the
// UI (context "PrintLabels"), through a translator of their own for that language.
// Languages without labels get Dutch, the language spoken at every place on the card.
struct PrintLabels
{
    QString language; // the language the labels are in
    bool rightToLeft = false;
    QString title;             // "Kijk op de Wijk"
    QString yourCard;          // above the code
    QString cardCode;          // "Card code"
    QString validFrom;         // "Valid from %1"
    QString validUntil;        // "Valid until %1" (the day itself included)
    QString placesToVisit;     // heading of the list
    QString showCard;          // the holder's instruction
    QString welcome;           // poster heading
    QString posterInstruction; // "Kijk op de Wijk: scan this code to stamp your card"

    [[nodiscard]] static PrintLabels forLanguage(const QString &language);
    // "28 februari 2027": the month named in the labels' language, Western digits as on
    // every Dutch letter the holder gets, so a host can read the date too.
    [[nodiscard]] QString date(const QDate &day) const;
};
