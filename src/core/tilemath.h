#pragma once

#include <QList>
#include <QPointF>
#include <QString>

#include <optional>

// One raster tile of the XYZ scheme (OpenStreetMap's "slippy map" tiles): zoom z, column x from
// the antimeridian eastwards, row y from the north. At zoom z there are 2^z × 2^z tiles.
struct TileId
{
    int z = 0;
    int x = 0;
    int y = 0;

    [[nodiscard]] bool isValid() const;
    // "z/x/y", for logs and keys.
    [[nodiscard]] QString key() const;
    // The tile one zoom level out that holds this one (invalid at zoom 0).
    [[nodiscard]] TileId parent() const;
    friend bool operator==(const TileId &a, const TileId &b) { return a.z == b.z && a.x == b.x && a.y == b.y; }
    friend bool operator!=(const TileId &a, const TileId &b) { return !(a == b); }
};

inline size_t qHash(const TileId &t, size_t seed = 0)
{
    return qHashMulti(seed, t.z, t.x, t.y);
}

// A rectangle in degrees (WGS 84), west/south/east/north.
struct GeoBox
{
    double west = 0;
    double south = 0;
    double east = 0;
    double north = 0;

    // "minLon,minLat,maxLon,maxLat" as buurtbrug-admin and MBTiles' "bounds" write it.
    [[nodiscard]] static std::optional<GeoBox> parse(const QString &text);
    [[nodiscard]] bool isValid() const;
};

// Web Mercator (EPSG:3857) as the XYZ tile scheme uses it. "World" coordinates run from 0 to 1
// over the whole map (x eastwards from 180° W, y southwards from 85.0511° N), so one value
// serves every zoom level: a pixel at zoom z is world × tileSize × 2^z.
namespace TileMath {
constexpr int tileSize = 256;
constexpr int maxZoom = 22;
// Where Web Mercator stops: the square world's edge, atan(sinh(π)) in degrees.
constexpr double maxLatitude = 85.0511287798066;

// Latitude and longitude → world coordinates; latitudes beyond maxLatitude are clamped.
[[nodiscard]] QPointF toWorld(double latitude, double longitude);
// World coordinates → { latitude, longitude } as a point (x = longitude, y = latitude).
[[nodiscard]] QPointF toLatLon(const QPointF &world);
// The tile holding this position at zoom z.
[[nodiscard]] TileId tileAt(double latitude, double longitude, int z);
// The north-west corner of the tile, in world coordinates.
[[nodiscard]] QPointF tileOrigin(const TileId &tile);
// Every tile touching the box at zoom z, row by row from the north-west.
[[nodiscard]] QList<TileId> tilesCovering(const GeoBox &box, int z);
// How many tiles tilesCovering() gives for each zoom in [minZoom, maxZoom], summed.
[[nodiscard]] qint64 tileCount(const GeoBox &box, int minZoom, int maxZoom);
// Metres on the ground per pixel at this latitude and (fractional) zoom.
[[nodiscard]] double metresPerPixel(double latitude, double zoom);
}
