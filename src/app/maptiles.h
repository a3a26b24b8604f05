#pragma once

#include "result.h"
#include "tilecache.h"
#include "tilemath.h"

#include <QCache>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class TileFetcher;

// The map's tiles for the view: decoded images from memory, else from the device's TileCache,
// else asked of the deployment's tile server (TileFetcher) and kept in the cache when they
// arrive (tileArrived). Without a tile server (the default) nothing leaves the device: the map
// shows what the cache and an imported tile pack hold. Tiles drawn are noted as shown in one
// write a second, for the cache's least-recently-shown eviction. A cached tile that no longer
// decodes is removed and fetched again; one older than refreshAfterMs is shown and fetched again.
class MapTiles : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppController")
    // The tile server's attribution as the deployment gives it ("© OpenStreetMap contributors").
    Q_PROPERTY(QString attribution READ attribution NOTIFY configurationChanged)
    // A tile server is configured: tiles not on the device are fetched when online.
    Q_PROPERTY(bool fetching READ fetching NOTIFY configurationChanged)
    // Anything to draw at all: a tile server, or tiles on the device.
    Q_PROPERTY(bool available READ available NOTIFY configurationChanged)
    Q_PROPERTY(int maxTileZoom READ maxTileZoom CONSTANT)

public:
    static constexpr int defaultMaxTileZoom = 18;
    static constexpr int memoryTiles = 160; // decoded tiles kept: a tablet's screen twice over
    // A tile kept longer is still shown, and fetched again in the background when a server is set.
    static constexpr qint64 refreshAfterMs = qint64(30) * 24 * 60 * 60 * 1000;

    explicit MapTiles(QObject *parent = nullptr);
    ~MapTiles() override;

    // The cache file (made when missing) and its budget.
    [[nodiscard]] StoreError open(const QString &cachePath, qint64 budgetBytes = TileCache::defaultBudgetBytes);
    // "https://tile.example.org/{z}/{x}/{y}.png"; empty: no fetching (the default).
    void setUrlTemplate(const QString &urlTemplate);
    void setAttribution(const QString &text);
    // Copies a tile pack's tiles into the cache (pinned); skips a pack imported before.
    [[nodiscard]] Result<TileCache::PackImport> importPack(const QString &packPath);
    // The time used for "last shown" (tests pin it).
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    // For tests: the fetcher's timeout.
    void setTimeoutMs(int ms);

    [[nodiscard]] QString attribution() const { return m_attribution; }
    [[nodiscard]] bool fetching() const;
    [[nodiscard]] bool available() const;
    [[nodiscard]] int maxTileZoom() const { return defaultMaxTileZoom; }
    [[nodiscard]] TileCache &cache() { return m_cache; }
    [[nodiscard]] TileFetcher *fetcher() const { return m_fetcher.get(); }

    // The tile decoded, or a null image. With `fetch`, a tile not on the device is asked for.
    [[nodiscard]] QImage image(const TileId &tile, bool fetch);
    // The tiles a view needs now, most important first: the fetcher's queue follows it.
    void want(const QList<TileId> &tiles);
    void noteShown(const QList<TileId> &tiles);

signals:
    void tileArrived(const TileId &tile);
    void configurationChanged();

private:
    TileCache m_cache;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<TileFetcher> m_fetcher;
    QCache<TileId, QImage> m_images { memoryTiles };
    QSet<TileId> m_shown;
    QTimer m_flush;
    QString m_attribution;
    bool m_hasCached = false;
    std::function<qint64()> m_clock;

    void arrived(const TileId &tile, const QByteArray &data);
    void flushShown();
    [[nodiscard]] qint64 now() const;
};
