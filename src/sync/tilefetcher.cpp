#include "tilefetcher.h"

#include "tilecache.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrl>

namespace {
constexpr int failuresBeforeRest = 4;
constexpr qint64 firstRestMs = 5000;
constexpr qint64 longestRestMs = 5 * 60 * 1000;
}

TileFetcher::TileFetcher(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_network(network), m_timeouts(new QTimer(this)), m_wake(new QTimer(this))
{
    m_clock.start();
    m_timeouts->setInterval(100);
    connect(m_timeouts, &QTimer::timeout, this, &TileFetcher::checkTimeouts);
    m_wake->setSingleShot(true);
    connect(m_wake, &QTimer::timeout, this, &TileFetcher::pump);
}

TileFetcher::~TileFetcher()
{
    cancelAll();
}

bool TileFetcher::isValidTemplate(const QString &urlTemplate)
{
    const QUrl url(QString(urlTemplate).replace(QLatin1String("{z}"), QLatin1String("0"))
                           .replace(QLatin1String("{x}"), QLatin1String("0"))
                           .replace(QLatin1String("{y}"), QLatin1String("0")));
    return url.isValid() && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
            && !url.host().isEmpty() && urlTemplate.contains(QLatin1String("{z}"))
            && urlTemplate.contains(QLatin1String("{x}")) && urlTemplate.contains(QLatin1String("{y}"));
}

void TileFetcher::setUrlTemplate(const QString &urlTemplate)
{
    cancelAll();
    m_template = isValidTemplate(urlTemplate) ? urlTemplate : QString();
    m_failedAt.clear();
    m_failuresInRow = 0;
    m_restUntil = 0;
}

QUrl TileFetcher::urlOf(const TileId &tile) const
{
    QString url = m_template;
    url.replace(QLatin1String("{z}"), QString::number(tile.z));
    url.replace(QLatin1String("{x}"), QString::number(tile.x));
    url.replace(QLatin1String("{y}"), QString::number(tile.y));
    return QUrl(url);
}

bool TileFetcher::isRunning(const TileId &tile) const
{
    for (const Running &r : m_running) {
        if (r.tile == tile)
            return true;
    }
    return false;
}

void TileFetcher::fail(const TileId &tile, Error error)
{
    QMetaObject::invokeMethod(this, [this, tile, error] { emit failed(tile, error); }, Qt::QueuedConnection);
}

void TileFetcher::request(const TileId &tile)
{
    if (!isEnabled())
        return fail(tile, Error::Off);
    if (!tile.isValid())
        return fail(tile, Error::HttpError);
    const auto failedAt = m_failedAt.constFind(tile);
    if (failedAt != m_failedAt.cend() && m_clock.elapsed() - *failedAt < m_retryAfterMs)
        return fail(tile, Error::Resting);
    if (isRunning(tile))
        return;
    m_queue.removeAll(tile);
    m_queue.prepend(tile);
    QMetaObject::invokeMethod(this, &TileFetcher::pump, Qt::QueuedConnection);
}

void TileFetcher::setWanted(const QList<TileId> &tiles)
{
    m_queue.clear();
    // Requested in reverse so the first wanted ends at the front.
    for (auto it = tiles.crbegin(); it != tiles.crend(); ++it)
        request(*it);
}

void TileFetcher::cancelAll()
{
    m_queue.clear();
    const QList<QNetworkReply *> replies = m_running.keys();
    m_running.clear();
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    m_timeouts->stop();
}

void TileFetcher::pump()
{
    if (!isEnabled())
        return;
    const qint64 now = m_clock.elapsed();
    if (now < m_restUntil) {
        // The server failed again and again: the queue waits, and tells nobody it gave up.
        m_wake->start(int(m_restUntil - now));
        return;
    }
    while (m_running.size() < m_maxConcurrent && !m_queue.isEmpty()) {
        const TileId tile = m_queue.takeFirst();
        QNetworkRequest request(urlOf(tile));
        request.setRawHeader("User-Agent", m_userAgent);
        request.setRawHeader("Accept", "image/png,image/jpeg,image/webp;q=0.9");
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
        QNetworkReply *reply = m_network->get(request);
        Running running { tile, {} };
        running.started.start();
        m_running.insert(reply, running);
        // A larger answer is refused as it arrives, not after it has filled memory.
        connect(reply, &QNetworkReply::downloadProgress, this, [reply](qint64 received, qint64) {
            if (received > maxTileBytes)
                reply->abort();
        });
        connect(reply, &QNetworkReply::finished, this, [this, reply] { finish(reply); });
    }
    if (!m_running.isEmpty() && !m_timeouts->isActive())
        m_timeouts->start();
}

void TileFetcher::checkTimeouts()
{
    QList<QNetworkReply *> late;
    for (auto it = m_running.cbegin(); it != m_running.cend(); ++it) {
        if (it->started.elapsed() > m_timeoutMs)
            late.append(it.key());
    }
    for (QNetworkReply *reply : std::as_const(late)) {
        const TileId tile = m_running.take(reply).tile;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
        m_failedAt.insert(tile, m_clock.elapsed());
        ++m_failuresInRow;
        emit failed(tile, Error::Timeout);
    }
    if (m_running.isEmpty())
        m_timeouts->stop();
    if (!late.isEmpty()) {
        if (m_failuresInRow >= failuresBeforeRest) {
            const int doublings = std::min(m_failuresInRow - failuresBeforeRest, 6);
            m_restUntil = m_clock.elapsed() + std::min(longestRestMs, firstRestMs << doublings);
        }
        pump();
    }
}

void TileFetcher::finish(QNetworkReply *reply)
{
    reply->deleteLater();
    const auto it = m_running.find(reply);
    if (it == m_running.end())
        return;
    const TileId tile = it->tile;
    m_running.erase(it);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray data = reply->read(maxTileBytes + 1);
    Error error = Error::Off;
    bool ok = false;
    if (reply->error() == QNetworkReply::OperationCanceledError || data.size() > maxTileBytes)
        error = Error::TooLarge;
    else if (status == 0)
        error = Error::Unreachable;
    else if (status != 200)
        error = Error::HttpError;
    else if (!TileCache::looksLikeImage(data))
        error = Error::NotAnImage;
    else
        ok = true;
    if (ok) {
        m_failuresInRow = 0;
        m_failedAt.remove(tile);
        emit fetched(tile, data);
    } else {
        m_failedAt.insert(tile, m_clock.elapsed());
        // A missing tile (404) says nothing about the server's health.
        if (!(error == Error::HttpError && status == 404) && ++m_failuresInRow >= failuresBeforeRest) {
            const int doublings = std::min(m_failuresInRow - failuresBeforeRest, 6);
            m_restUntil = m_clock.elapsed() + std::min(longestRestMs, firstRestMs << doublings);
        }
        emit failed(tile, error);
    }
    if (m_running.isEmpty())
        m_timeouts->stop();
    pump();
}
