#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

// What a printed card or poster shows, already resolved from the store: texts in the
// holder's (or poster's) language and the signed QR payload. The sheets draw only this, so
// they never read a database and never see anything about the holder beyond a language.

enum class CardFormat {
    A6,         // 105 × 148 mm, one page
    CreditCard, // 85.6 × 54 mm, the places on a second page (the back)
};

struct PrintablePlace
{
    QString name;
    QString address; // one line: street, postcode city
};

struct PrintableCard
{
    QString code;    // canonical, without dashes
    QString payload; // BUURTBRUG:CARD:1:...
    QDate validFrom;
    QDate validUntil;
    QString language; // the holder's; the labels fall back to Dutch
    QList<PrintablePlace> places;
};

struct PrintablePoster
{
    QString payload; // BUURTBRUG:POSTER:1:...
    QString language;
    PrintablePlace place;
    QByteArray photo; // JPEG: the place's first photo as the app shows it; empty when it has none
};
