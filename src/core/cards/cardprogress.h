#pragma once

#include "cardverifier.h"
#include "directoryrepository.h"
#include "stampbook.h"

#include <QTime>

#include <optional>

// One place on a card, and how far the holder got with it.
struct CardPlace
{
    QString initiative; // initiative id
    bool stamped = false;  // a verified stamp on some day
    bool pending = false;  // only unverified self-stamps, waiting for a host
    QDate lastVisit;
};

// A card's progress as its holder sees it: every place in card order, how many are stamped.
struct CardProgress
{
    QList<CardPlace> places;
    int collected = 0; // places with a verified stamp
    int pending = 0;   // places with only an unverified stamp
    [[nodiscard]] int total() const { return int(places.size()); }
    [[nodiscard]] bool complete() const { return total() > 0 && collected == total(); }
};

// Where the holder could go next: a place still to visit that has an activity later today.
struct NextVisit
{
    QString initiative;
    QString activity;
    QTime start;                // invalid: the whole day
    double distanceMetres = -1; // -1 without a position
};

namespace CardProgressOf {
[[nodiscard]] CardProgress compute(const CardFacts &card, const QList<Stamp> &stamps);
// The nearest to `here` of the places still to visit with an activity today that has not long
// started; without a position, the earliest. An activity that began up to an hour ago counts:
// walking in late is still a visit.
[[nodiscard]] std::optional<NextVisit> nextOpenToday(const CardProgress &progress, DirectoryRepository &directory,
                                                     const QDateTime &now, std::optional<Geo::Point> here);
}
