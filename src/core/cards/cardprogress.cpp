#include "cardprogress.h"

#include <QSet>

CardProgress CardProgressOf::compute(const CardFacts &card, const QList<Stamp> &stamps)
{
    CardProgress progress;
    for (const QString &initiative : card.initiatives) {
        CardPlace place;
        place.initiative = initiative;
        for (const Stamp &stamp : stamps) {
            if (stamp.initiative != initiative)
                continue;
            place.stamped = place.stamped || stamp.verified;
            if (!place.lastVisit.isValid() || stamp.date > place.lastVisit)
                place.lastVisit = stamp.date;
        }
        place.pending = !place.stamped && place.lastVisit.isValid();
        progress.collected += place.stamped ? 1 : 0;
        progress.pending += place.pending ? 1 : 0;
        progress.places.append(place);
    }
    return progress;
}

std::optional<NextVisit> CardProgressOf::nextOpenToday(const CardProgress &progress, DirectoryRepository &directory,
                                                       const QDateTime &now, std::optional<Geo::Point> here)
{
    QSet<QString> toVisit;
    for (const CardPlace &place : progress.places) {
        if (!place.stamped)
            toVisit.insert(place.initiative);
    }
    if (toVisit.isEmpty())
        return std::nullopt;
    Result<QList<ScheduledActivity>> today = directory.activitiesOn(now.date());
    if (!today.ok())
        return std::nullopt;
    QList<NextVisit> candidates;
    const QTime earliest = now.time().addSecs(-3600) > now.time() ? QTime(0, 0) : now.time().addSecs(-3600);
    for (const ScheduledActivity &activity : today.value()) {
        if (toVisit.contains(activity.initiative) && (!activity.start.isValid() || activity.start >= earliest))
            candidates.append({ activity.initiative, activity.activity, activity.start });
    }
    if (candidates.isEmpty())
        return std::nullopt;
    if (here && Geo::isValid(*here)) {
        Result<QHash<QString, Geo::Point>> positions = directory.positionsOf(toVisit);
        if (positions.ok()) {
            for (NextVisit &candidate : candidates) {
                const auto at = positions.value().constFind(candidate.initiative);
                if (at != positions.value().constEnd())
                    candidate.distanceMetres = Geo::distanceMetres(*here, *at);
            }
        }
    }
    // Places with a known distance first, nearest first; then by start (the whole day last).
    const auto before = [](const NextVisit &a, const NextVisit &b) {
        const bool aKnown = a.distanceMetres >= 0, bKnown = b.distanceMetres >= 0;
        if (aKnown != bKnown)
            return aKnown;
        if (aKnown && a.distanceMetres != b.distanceMetres)
            return a.distanceMetres < b.distanceMetres;
        if (a.start.isValid() != b.start.isValid())
            return a.start.isValid();
        return a.start != b.start ? a.start < b.start : a.initiative < b.initiative;
    };
    return *std::min_element(candidates.begin(), candidates.end(), before);
}
