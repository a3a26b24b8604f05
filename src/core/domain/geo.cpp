#include "geo.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace Geo {

namespace {
constexpr double pi = 3.14159265358979323846;
constexpr double nan = std::numeric_limits<double>::quiet_NaN();

double radians(double degrees)
{
    return degrees * pi / 180.0;
}

double degrees(double radians)
{
    return radians * 180.0 / pi;
}
} // namespace

bool isValid(Point p)
{
    return std::isfinite(p.lat) && std::isfinite(p.lon) && p.lat >= -90.0 && p.lat <= 90.0
            && p.lon >= -180.0 && p.lon <= 180.0;
}

double distanceMetres(Point a, Point b)
{
    if (!isValid(a) || !isValid(b))
        return nan;
    const double phi1 = radians(a.lat);
    const double phi2 = radians(b.lat);
    const double sinHalfPhi = std::sin((phi2 - phi1) / 2);
    const double sinHalfLambda = std::sin(radians(b.lon - a.lon) / 2);
    const double h = std::clamp(sinHalfPhi * sinHalfPhi
                                        + std::cos(phi1) * std::cos(phi2) * sinHalfLambda * sinHalfLambda,
                                0.0, 1.0);
    return 2 * earthRadiusMetres * std::atan2(std::sqrt(h), std::sqrt(1 - h));
}

double bearingDegrees(Point from, Point to)
{
    if (!isValid(from) || !isValid(to))
        return nan;
    const double phi1 = radians(from.lat);
    const double phi2 = radians(to.lat);
    const double deltaLambda = radians(to.lon - from.lon);
    const double y = std::sin(deltaLambda) * std::cos(phi2);
    const double x = std::cos(phi1) * std::sin(phi2) - std::sin(phi1) * std::cos(phi2) * std::cos(deltaLambda);
    if (x == 0 && y == 0)
        return 0;
    const double bearing = std::fmod(degrees(std::atan2(y, x)) + 360.0, 360.0);
    return bearing >= 360.0 ? 0.0 : bearing;
}

int compassPoint(double bearing)
{
    if (!std::isfinite(bearing))
        return -1;
    double normalised = std::fmod(bearing, 360.0);
    if (normalised < 0)
        normalised += 360.0;
    return int(std::floor((normalised + 22.5) / 45.0)) % 8;
}

int walkingMinutes(double metres)
{
    if (!std::isfinite(metres))
        return -1;
    // Beyond a year of walking the answer stops being useful; stay far from int overflow.
    const double minutes = std::ceil(std::min(metres, 1e9) / rollatorMetresPerMinute);
    return std::max(1, int(minutes));
}

double roundingStep(double metres, double accuracyMetres)
{
    const double base = metres < 1000.0 ? 10.0 : 100.0;
    if (!std::isfinite(accuracyMetres) || accuracyMetres <= 0)
        return base;
    const double order = std::pow(10.0, std::floor(std::log10(accuracyMetres)));
    const double accuracyStep = accuracyMetres >= 5 * order ? 5 * order : order;
    return std::max(base, accuracyStep);
}

double roundedDistance(double metres, double accuracyMetres)
{
    if (std::isnan(metres))
        return nan;
    if (metres <= 0)
        return 0;
    const double step = roundingStep(metres, accuracyMetres);
    const double rounded = std::round(metres / step) * step;
    return rounded > 0 ? rounded : step;
}

Walk walk(double metres, double accuracyMetres)
{
    if (!std::isfinite(metres) || metres < 0)
        return {};
    const double floor = std::isfinite(accuracyMetres) && accuracyMetres > 0 ? std::min(accuracyMetres, metres / 2) : accuracyMetres;
    const double shown = roundedDistance(metres, floor);
    return { shown, walkingMinutes(shown) };
}

Point snapToGrid(Point p, double cellMetres)
{
    if (!isValid(p) || !std::isfinite(cellMetres) || cellMetres <= 0)
        return { nan, nan };
    const double latStep = cellMetres / metresPerDegreeLatitude;
    const double row = std::floor((p.lat + 90.0) / latStep);
    const double lat = std::min(90.0, -90.0 + (row + 0.5) * latStep);

    // The column width depends only on the row, so every point of a cell shares it.
    const double cosLat = std::cos(radians(lat));
    const double lonStep = cosLat > 0 ? std::min(360.0, latStep / cosLat) : 360.0;
    const double column = std::floor((p.lon + 180.0) / lonStep);
    const double lon = std::min(180.0, -180.0 + (column + 0.5) * lonStep);
    return { lat, lon };
}

} // namespace Geo
