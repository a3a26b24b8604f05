#include "mapview.h"

#include "maptiles.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace {
// A blank tile: the page's own calm colour with a faint grid, so a map still filling in reads
// as "not here yet", never as an error.
const QColor blankFill(0xee, 0xeb, 0xe4);
const QColor blankLine(0xe2, 0xde, 0xd6);
constexpr int ancestorsTried = 4;
}

MapView::MapView(QQuickItem *parent) : QQuickPaintedItem(parent)
{
    setOpaquePainting(true);
    setFillColor(blankFill);
}

void MapView::setTiles(MapTiles *tiles)
{
    if (tiles == m_tiles)
        return;
    if (m_tiles)
        m_tiles->disconnect(this);
    m_tiles = tiles;
    if (m_tiles) {
        // A tile that arrives for the zoom shown fills its square.
        connect(m_tiles, &MapTiles::tileArrived, this, [this](const TileId &tile) {
            if (tile.z == tileZoom())
                prepare();
        });
        connect(m_tiles, &MapTiles::configurationChanged, this, &MapView::prepare);
    }
    emit tilesChanged();
    prepare();
}

void MapView::setLatitude(double latitude)
{
    latitude = std::clamp(latitude, -TileMath::maxLatitude, TileMath::maxLatitude);
    if (!std::isfinite(latitude) || latitude == m_latitude)
        return;
    m_latitude = latitude;
    changed();
}

void MapView::setLongitude(double longitude)
{
    if (!std::isfinite(longitude))
        return;
    longitude = std::clamp(longitude, -180.0, 180.0);
    if (longitude == m_longitude)
        return;
    m_longitude = longitude;
    changed();
}

void MapView::setZoom(double zoom)
{
    if (!std::isfinite(zoom))
        return;
    zoom = std::clamp(zoom, minZoom(), maxZoom());
    if (zoom == m_zoom)
        return;
    m_zoom = zoom;
    changed();
}

double MapView::worldSize() const
{
    return TileMath::tileSize * std::pow(2.0, m_zoom);
}

double MapView::originX() const
{
    return TileMath::toWorld(m_latitude, m_longitude).x() * worldSize() - width() / 2;
}

double MapView::originY() const
{
    return TileMath::toWorld(m_latitude, m_longitude).y() * worldSize() - height() / 2;
}

double MapView::metresPerPixel() const
{
    return TileMath::metresPerPixel(m_latitude, m_zoom);
}

QPointF MapView::project(double latitude, double longitude) const
{
    return TileMath::toWorld(latitude, longitude);
}

QPointF MapView::itemPoint(double latitude, double longitude) const
{
    const QPointF world = TileMath::toWorld(latitude, longitude);
    return { world.x() * worldSize() - originX(), world.y() * worldSize() - originY() };
}

QPointF MapView::coordinateAt(double x, double y) const
{
    const double size = worldSize();
    return TileMath::toLatLon({ (originX() + x) / size, (originY() + y) / size });
}

void MapView::pan(double dx, double dy)
{
    const QPointF centre = coordinateAt(width() / 2 - dx, height() / 2 - dy);
    centreOn(centre.y(), centre.x());
}

void MapView::zoomAround(double steps, double x, double y)
{
    const QPointF anchor = coordinateAt(x, y);
    const double before = m_zoom;
    const bool blocked = signalsBlocked();
    blockSignals(true);
    setZoom(m_zoom + steps);
    blockSignals(blocked);
    if (m_zoom == before)
        return;
    // Move the centre so the anchor is under (x, y) again.
    const QPointF now = itemPoint(anchor.y(), anchor.x());
    const double dx = x - now.x();
    const double dy = y - now.y();
    const QPointF centre = coordinateAt(width() / 2 - dx, height() / 2 - dy);
    m_latitude = std::clamp(centre.y(), -TileMath::maxLatitude, TileMath::maxLatitude);
    m_longitude = std::clamp(centre.x(), -180.0, 180.0);
    changed();
}

void MapView::centreOn(double latitude, double longitude)
{
    if (!std::isfinite(latitude) || !std::isfinite(longitude))
        return;
    latitude = std::clamp(latitude, -TileMath::maxLatitude, TileMath::maxLatitude);
    longitude = std::clamp(longitude, -180.0, 180.0);
    if (latitude == m_latitude && longitude == m_longitude)
        return;
    m_latitude = latitude;
    m_longitude = longitude;
    changed();
}

void MapView::geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry)
{
    QQuickPaintedItem::geometryChange(newGeometry, oldGeometry);
    if (newGeometry.size() != oldGeometry.size())
        changed();
}

void MapView::changed()
{
    emit viewChanged();
    prepare();
}

int MapView::tileZoom() const
{
    const int most = m_tiles ? m_tiles->maxTileZoom() : MapTiles::defaultMaxTileZoom;
    return std::clamp(int(std::lround(m_zoom)), 0, most);
}

void MapView::prepare()
{
    if (m_preparing || width() <= 0 || height() <= 0)
        return;
    m_preparing = true;
    const int z = tileZoom();
    const double tilePixels = TileMath::tileSize * std::pow(2.0, m_zoom - z); // a z tile on screen
    const double left = originX();
    const double top = originY();
    const int count = 1 << z;
    const int firstX = std::max(0, int(std::floor(left / tilePixels)));
    const int firstY = std::max(0, int(std::floor(top / tilePixels)));
    const int lastX = std::min(count - 1, int(std::floor((left + width()) / tilePixels)));
    const int lastY = std::min(count - 1, int(std::floor((top + height()) / tilePixels)));

    // The tiles nearest the centre first: they are asked for first.
    QList<TileId> wanted;
    for (int y = firstY; y <= lastY; ++y) {
        for (int x = firstX; x <= lastX; ++x)
            wanted.append({ z, x, y });
    }
    const double centreX = (left + width() / 2) / tilePixels - 0.5;
    const double centreY = (top + height() / 2) / tilePixels - 0.5;
    std::stable_sort(wanted.begin(), wanted.end(), [&](const TileId &a, const TileId &b) {
        return std::hypot(a.x - centreX, a.y - centreY) < std::hypot(b.x - centreX, b.y - centreY);
    });

    QList<Piece> frame;
    QList<TileId> shown;
    int blank = 0;
    for (const TileId &tile : std::as_const(wanted)) {
        Piece piece;
        // Edges on whole pixels: neighbouring tiles meet without a hairline between them.
        const double x0 = std::round(tile.x * tilePixels - left);
        const double y0 = std::round(tile.y * tilePixels - top);
        piece.target = QRectF(x0, y0, std::round((tile.x + 1) * tilePixels - left) - x0, std::round((tile.y + 1) * tilePixels - top) - y0);
        if (m_tiles) {
            piece.image = m_tiles->image(tile, false);
            if (!piece.image.isNull()) {
                piece.source = piece.image.rect();
                shown.append(tile);
            } else {
                // A cached ancestor, scaled up, stands in until the tile comes.
                TileId ancestor = tile;
                for (int up = 1; up <= ancestorsTried && ancestor.z > 0; ++up) {
                    ancestor = ancestor.parent();
                    const QImage image = m_tiles->image(ancestor, false);
                    if (image.isNull())
                        continue;
                    const double part = double(image.width()) / (1 << up);
                    piece.image = image;
                    piece.source = QRectF((tile.x - (ancestor.x << up)) * part, (tile.y - (ancestor.y << up)) * part, part, part);
                    break;
                }
            }
        }
        if (piece.image.isNull())
            ++blank;
        frame.append(piece);
    }
    if (m_tiles) {
        m_tiles->want(wanted);
        m_tiles->noteShown(shown);
    }
    m_frame = frame;
    m_blank = blank;
    m_preparing = false;
    update();
    emit frameChanged();
}

void MapView::paint(QPainter *painter)
{
    painter->setRenderHint(QPainter::SmoothPixmapTransform, true);
    for (const Piece &piece : std::as_const(m_frame)) {
        if (piece.image.isNull()) {
            painter->fillRect(piece.target, blankFill);
            painter->setPen(QPen(blankLine, 1));
            painter->drawRect(piece.target);
            continue;
        }
        painter->drawImage(piece.target, piece.image, piece.source);
    }
}
