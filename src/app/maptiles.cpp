#include "maptiles.h"

#include "tilefetcher.h"

#include <QDateTime>
#include <QNetworkAccessManager>

MapTiles::MapTiles(QObject *parent)
    : QObject(parent),
      m_network(std::make_unique<QNetworkAccessManager>()),
      m_fetcher(std::make_unique<TileFetcher>(m_network.get()))
{
    m_flush.setSingleShot(true);
    m_flush.setInterval(1000);
    connect(&m_flush, &QTimer::timeout, this, &MapTiles::flushShown);
    connect(m_fetcher.get(), &TileFetcher::fetched, this, &MapTiles::arrived);
}

MapTiles::~MapTiles()
{
    flushShown();
    m_fetcher->cancelAll();
}

qint64 MapTiles::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

StoreError MapTiles::open(const QString &cachePath, qint64 budgetBytes)
{
    if (StoreError error = m_cache.open(cachePath); !error.ok())
        return error;
    if (StoreError error = m_cache.setBudgetBytes(budgetBytes); !error.ok())
        return error;
    const Result<qint64> count = m_cache.count();
    m_hasCached = count.ok() && count.value() > 0;
    emit configurationChanged();
    return StoreError::none();
}

void MapTiles::setUrlTemplate(const QString &urlTemplate)
{
    m_fetcher->setUrlTemplate(urlTemplate);
    emit configurationChanged();
}

void MapTiles::setAttribution(const QString &text)
{
    m_attribution = text.trimmed().left(200);
    emit configurationChanged();
}

void MapTiles::setTimeoutMs(int ms)
{
    m_fetcher->setTimeoutMs(ms);
}

bool MapTiles::fetching() const
{
    return m_fetcher->isEnabled();
}

bool MapTiles::available() const
{
    return fetching() || m_hasCached;
}

Result<TileCache::PackImport> MapTiles::importPack(const QString &packPath)
{
    Result<TileCache::PackImport> imported = m_cache.importPack(packPath, now());
    if (imported.ok() && imported.value().tiles > 0 && !m_hasCached) {
        m_hasCached = true;
        emit configurationChanged();
    }
    return imported;
}

QImage MapTiles::image(const TileId &tile, bool fetch)
{
    if (const QImage *kept = m_images.object(tile))
        return *kept;
    if (!m_cache.isOpen())
        return {};
    Result<QByteArray> stored = m_cache.tile(tile);
    if (stored.ok()) {
        QImage decoded;
        if (decoded.loadFromData(stored.value())) {
            decoded.convertTo(QImage::Format_RGB32);
            m_images.insert(tile, new QImage(decoded), 1);
            // The streets change: an old tile is shown now and replaced when the new one comes.
            if (fetching() && now() - m_cache.fetchedAt(tile) > refreshAfterMs)
                m_fetcher->request(tile);
            return decoded;
        }
        // Damaged on the disk: gone, and fetched again when a server is configured.
        static_cast<void>(m_cache.remove(tile));
    }
    if (fetch && fetching())
        m_fetcher->request(tile);
    return {};
}

void MapTiles::want(const QList<TileId> &tiles)
{
    if (!fetching())
        return;
    QList<TileId> missing;
    for (const TileId &tile : tiles) {
        if (!m_images.contains(tile) && !m_cache.contains(tile))
            missing.append(tile);
    }
    m_fetcher->setWanted(missing);
}

void MapTiles::arrived(const TileId &tile, const QByteArray &data)
{
    QImage decoded;
    if (!decoded.loadFromData(data))
        return; // the right first bytes, not a picture: neither kept nor shown
    decoded.convertTo(QImage::Format_RGB32);
    if (m_cache.isOpen() && m_cache.put(tile, data, now()).ok() && !m_hasCached) {
        m_hasCached = true;
        emit configurationChanged();
    }
    m_images.insert(tile, new QImage(decoded), 1);
    emit tileArrived(tile);
}

void MapTiles::noteShown(const QList<TileId> &tiles)
{
    for (const TileId &tile : tiles)
        m_shown.insert(tile);
    if (!m_shown.isEmpty() && !m_flush.isActive())
        m_flush.start();
}

void MapTiles::flushShown()
{
    if (m_shown.isEmpty() || !m_cache.isOpen())
        return;
    static_cast<void>(m_cache.markShown(m_shown.values(), now())); // a lost "shown" only ages a tile
    m_shown.clear();
}
