#pragma once

#include "maptiles.h"
#include "tilemath.h"

#include <QImage>
#include <QPointer>
#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

// A slippy map drawn from XYZ raster tiles (Qt 6.4 on Debian has no Qt Location): the view is
// a centre (latitude, longitude) and a zoom, possibly fractional; tiles of the nearest whole
// zoom (at most the tiles' own) are scaled to it. A tile not on the device is drawn from a
// cached ancestor scaled up when there is one, else as a calm blank square, and asked for.
// Everything the painter needs is gathered on the GUI thread (prepare) before an update, so
// paint() only draws. Markers are QML items placed with project(), worldSize and origin:
// their positions are plain property bindings. Geography never mirrors: right-to-left
// layouts move the controls, not the map.
class MapView : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(MapTiles *tiles READ tiles WRITE setTiles NOTIFY tilesChanged)
    Q_PROPERTY(double latitude READ latitude WRITE setLatitude NOTIFY viewChanged)
    Q_PROPERTY(double longitude READ longitude WRITE setLongitude NOTIFY viewChanged)
    Q_PROPERTY(double zoom READ zoom WRITE setZoom NOTIFY viewChanged)
    Q_PROPERTY(double minZoom READ minZoom CONSTANT)
    Q_PROPERTY(double maxZoom READ maxZoom CONSTANT)
    // Pixels across the whole world at this zoom, and the world pixel at the item's top left.
    Q_PROPERTY(double worldSize READ worldSize NOTIFY viewChanged)
    Q_PROPERTY(double originX READ originX NOTIFY viewChanged)
    Q_PROPERTY(double originY READ originY NOTIFY viewChanged)
    Q_PROPERTY(double metresPerPixel READ metresPerPixel NOTIFY viewChanged)
    // Of the tiles in view: how many are drawn as a blank square (nothing on the device yet).
    Q_PROPERTY(int blankTiles READ blankTiles NOTIFY frameChanged)
    Q_PROPERTY(int drawnTiles READ drawnTiles NOTIFY frameChanged)

public:
    explicit MapView(QQuickItem *parent = nullptr);

    [[nodiscard]] MapTiles *tiles() const { return m_tiles; }
    void setTiles(MapTiles *tiles);
    [[nodiscard]] double latitude() const { return m_latitude; }
    void setLatitude(double latitude);
    [[nodiscard]] double longitude() const { return m_longitude; }
    void setLongitude(double longitude);
    [[nodiscard]] double zoom() const { return m_zoom; }
    void setZoom(double zoom);
    [[nodiscard]] double minZoom() const { return 3; }
    [[nodiscard]] double maxZoom() const { return 20; }
    [[nodiscard]] double worldSize() const;
    [[nodiscard]] double originX() const;
    [[nodiscard]] double originY() const;
    [[nodiscard]] double metresPerPixel() const;
    [[nodiscard]] int blankTiles() const { return m_blank; }
    [[nodiscard]] int drawnTiles() const { return int(m_frame.size()) - m_blank; }

    // A position in world coordinates (0..1 across the map at any zoom).
    Q_INVOKABLE QPointF project(double latitude, double longitude) const;
    // A position in this item's coordinates, and back ({x: longitude, y: latitude}).
    Q_INVOKABLE QPointF itemPoint(double latitude, double longitude) const;
    Q_INVOKABLE QPointF coordinateAt(double x, double y) const;
    // Moves the map's content by (dx, dy) pixels, as a finger dragging it.
    Q_INVOKABLE void pan(double dx, double dy);
    // Zooms by `steps` (1 = twice as large) keeping the place under (x, y) where it is.
    Q_INVOKABLE void zoomAround(double steps, double x, double y);
    Q_INVOKABLE void centreOn(double latitude, double longitude);

    void paint(QPainter *painter) override;

signals:
    void tilesChanged();
    void viewChanged();
    void frameChanged();

protected:
    void geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry) override;

private:
    struct Piece
    {
        QRectF target;  // in item pixels
        QImage image;   // null: a blank square
        QRectF source;  // the part of image to draw
    };

    QPointer<MapTiles> m_tiles;
    double m_latitude = 51.9105;
    double m_longitude = 4.4502;
    double m_zoom = 15;
    QList<Piece> m_frame;
    int m_blank = 0;
    bool m_preparing = false;

    void changed();
    void prepare();
    [[nodiscard]] int tileZoom() const;
};
