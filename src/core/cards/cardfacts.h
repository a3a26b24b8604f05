#pragma once

#include <QDate>
#include <QJsonObject>
#include <QStringList>

// What a card says (docs/DATA-MODEL.md, "card"): no name, no diagnosis.
struct CardFacts
{
    QString code;
    QString org;
    QStringList initiatives; // initiative ids
    QDate validFrom;
    QDate validUntil;
    QString language;

    // The facts of a `card:<code>` document as it is stored in `cards`.
    [[nodiscard]] static CardFacts fromDocument(const QJsonObject &card);
};

// What an initiative's poster says: which organisation put it up, for which initiative.
struct PosterFacts
{
    QString org;
    QString initiative; // initiative id
};

// Cards, posters and commands name an initiative by id ("initiative:wijkpaleis") or, where
// space or typing counts, by slug ("wijkpaleis"); these accept either.
namespace InitiativeRef {
[[nodiscard]] QString id(const QString &idOrSlug);
[[nodiscard]] QString slug(const QString &idOrSlug);
}
