#pragma once

// Plain geometry on WGS 84 coordinates for "how far, which way, how long on foot", with the
// honesty rules the app needs: distances are never shown more precisely than the position
// they come from, and positions attached to field logs are coarsened to a grid. Pure functions,
// no Qt: every function accepts any input and answers NaN (or -1 where it returns an int) when
// a coordinate is not valid.
namespace Geo {

struct Point
{
    double lat;
    double lon;
};

// Mean Earth radius (IUGG), used by the haversine formula.
constexpr double earthRadiusMetres = 6371008.8;
// Metres per degree of latitude, the approximation used for the privacy grid.
constexpr double metresPerDegreeLatitude = 111320.0;

// Walking pace with a rollator or a buggy: 3 km/h.
constexpr double rollatorMetresPerMinute = 50.0;
// The "within rollator distance" filter: 15 minutes at rollator pace. The reports name
// "buggy or rollator distance" as what decides whether residents go somewhere; a quarter of an
// hour each way is what people with a rollator, or a toddler in a buggy, still walk for an
// errand or an activity.
constexpr double rollatorDistanceMetres = 15 * rollatorMetresPerMinute;

// Finite, latitude in [-90, 90], longitude in [-180, 180].
[[nodiscard]] bool isValid(Point p);

// Great-circle distance (haversine). NaN when either point is invalid.
[[nodiscard]] double distanceMetres(Point a, Point b);

// Initial bearing from `from` towards `to`, in [0, 360), 0 = north, 90 = east. 0 for the same
// point; NaN when either point is invalid.
[[nodiscard]] double bearingDegrees(Point from, Point to);

// The nearest of eight compass points: 0 N, 1 NE, 2 E, 3 SE, 4 S, 5 SW, 6 W, 7 NW. Each covers
// 45 degrees centred on its direction (N is [337.5, 22.5)); any finite bearing is normalised
// first. -1 when the bearing is not finite. The UI translates the index.
[[nodiscard]] int compassPoint(double bearingDegrees);

// Whole minutes at rollator pace, rounded up, at least 1 (0 m is "1 minute"). -1 when metres is
// not finite.
[[nodiscard]] int walkingMinutes(double metres);

// The step a distance is rounded to, given how accurate the position is. The base granularity is
// 10 m under 1 km and 100 m from 1 km on. A known accuracy (> 0) sets a floor: its order of
// magnitude, halved at 5 — 1, 5, 10, 50, 100, 500, 1000 … — the largest such value not above the
// accuracy (9 m → 5, 40 m → 10, 50 m → 50, 300 m → 100, 500 m → 500). The step is the larger of
// the two. An unknown accuracy (NaN or <= 0) gives the base granularity.
[[nodiscard]] double roundingStep(double metres, double accuracyMetres);

// `metres` rounded to the nearest roundingStep(), never more precise than the fix. A positive
// distance never rounds down to 0: it becomes one step ("about 10 m"). Negative becomes 0;
// NaN stays NaN.
[[nodiscard]] double roundedDistance(double metres, double accuracyMetres);

// What a person reads about a walk: the distance as shown and the minutes it takes at rollator
// pace. Every screen (list, detail, card) takes both from walk(), so they never disagree.
struct Walk
{
    double metres = -1; // rounded as shown; -1: unknown
    int minutes = -1;   // walkingMinutes(metres): from the shown distance, so the two agree
};

// The one rounding of a walk: roundedDistance(), with the fix's accuracy counting for at most
// half the distance, so a poor fix makes a distance vaguer ("about 200 m") but never turns 200 m
// into 500 m. Unknown (NaN or negative metres): {-1, -1}.
[[nodiscard]] Walk walk(double metres, double accuracyMetres);

// The centre of the grid cell holding p, for storing a position at reduced precision. Rows are
// cellMetres / 111 320 degrees of latitude high, counted from the south pole; within a row the
// columns are cellMetres wide at the row's centre latitude (the degree step scaled by 1/cos), so
// cells stay about square, counted from longitude -180 (so the columns of neighbouring rows do
// not line up, like bricks in a wall). Every point of one cell gives exactly
// the same result; the result is at most half a cell diagonal (~71 m for 100 m) away. Near the
// poles a row is one cell. An invalid point or a non-positive cell gives {NaN, NaN}.
[[nodiscard]] Point snapToGrid(Point p, double cellMetres = 100);

} // namespace Geo
