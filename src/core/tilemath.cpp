#include "tilemath.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace {
constexpr double pi = 3.14159265358979323846;
constexpr double earthCircumference = 40075016.686; // metres at the equator (WGS 84)

int clampIndex(double value, int z)
{
    const int last = (1 << z) - 1;
    return std::clamp(int(std::floor(value)), 0, last);
}
}

bool TileId::isValid() const
{
    if (z < 0 || z > TileMath::maxZoom)
        return false;
    const qint64 n = qint64(1) << z;
    return x >= 0 && y >= 0 && x < n && y < n;
}

QString TileId::key() const
{
    return QStringLiteral("%1/%2/%3").arg(z).arg(x).arg(y);
}

TileId TileId::parent() const
{
    if (z <= 0)
        return { -1, 0, 0 };
    return { z - 1, x / 2, y / 2 };
}

std::optional<GeoBox> GeoBox::parse(const QString &text)
{
    const QStringList parts = text.split(u',');
    if (parts.size() != 4)
        return std::nullopt;
    double values[4];
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        values[i] = parts.at(i).trimmed().toDouble(&ok);
        if (!ok)
            return std::nullopt;
    }
    GeoBox box { values[0], values[1], values[2], values[3] };
    if (!box.isValid())
        return std::nullopt;
    return box;
}

bool GeoBox::isValid() const
{
    const auto finite = [](double v) { return std::isfinite(v); };
    return finite(west) && finite(south) && finite(east) && finite(north) && west >= -180 && east <= 180 && west < east
            && south >= -90 && north <= 90 && south < north;
}

namespace TileMath {

QPointF toWorld(double latitude, double longitude)
{
    const double lat = std::clamp(latitude, -maxLatitude, maxLatitude) * pi / 180.0;
    const double x = (longitude + 180.0) / 360.0;
    const double y = (1.0 - std::log(std::tan(lat) + 1.0 / std::cos(lat)) / pi) / 2.0;
    return { x, y };
}

QPointF toLatLon(const QPointF &world)
{
    const double longitude = world.x() * 360.0 - 180.0;
    const double latitude = std::atan(std::sinh(pi * (1.0 - 2.0 * world.y()))) * 180.0 / pi;
    return { longitude, latitude };
}

TileId tileAt(double latitude, double longitude, int z)
{
    const QPointF w = toWorld(latitude, longitude);
    const double n = double(qint64(1) << z);
    return { z, clampIndex(w.x() * n, z), clampIndex(w.y() * n, z) };
}

QPointF tileOrigin(const TileId &tile)
{
    const double n = double(qint64(1) << tile.z);
    return { tile.x / n, tile.y / n };
}

QList<TileId> tilesCovering(const GeoBox &box, int z)
{
    const TileId nw = tileAt(box.north, box.west, z);
    const TileId se = tileAt(box.south, box.east, z);
    QList<TileId> tiles;
    tiles.reserve((se.x - nw.x + 1) * (se.y - nw.y + 1));
    for (int y = nw.y; y <= se.y; ++y) {
        for (int x = nw.x; x <= se.x; ++x)
            tiles.append({ z, x, y });
    }
    return tiles;
}

qint64 tileCount(const GeoBox &box, int minZoom, int maxZoomLevel)
{
    qint64 count = 0;
    for (int z = minZoom; z <= maxZoomLevel; ++z) {
        const TileId nw = tileAt(box.north, box.west, z);
        const TileId se = tileAt(box.south, box.east, z);
        count += qint64(se.x - nw.x + 1) * (se.y - nw.y + 1);
    }
    return count;
}

double metresPerPixel(double latitude, double zoom)
{
    const double lat = std::clamp(latitude, -maxLatitude, maxLatitude) * pi / 180.0;
    return earthCircumference * std::cos(lat) / (tileSize * std::pow(2.0, zoom));
}
}
