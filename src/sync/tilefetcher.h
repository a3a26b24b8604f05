#pragma once

#include "tilemath.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

// Fetches raster tiles from an XYZ tile server ("https://tile.example.org/{z}/{x}/{y}.png"),
// asynchronously and politely: at most maxConcurrent requests at once, a queue of the tiles
// still wanted (the newest wish first; setWanted() drops what scrolled away), a timeout per
// request, an answer of at most maxTileBytes, and a User-Agent naming the app, as tile
// servers' usage policies ask. A tile that failed is not asked for again for retryAfterMs;
// after several failures in a row the whole server rests (doubling up to 5 min), so a broken
// or slow server is never hammered. Without a template the fetcher is off and asks nothing.
// Every tile asked for ends in fetched() or failed(), never from inside the call.
class TileFetcher : public QObject
{
    Q_OBJECT

public:
    enum class Error {
        Off,         // no tile server configured
        Unreachable, // no connection, refused, DNS or TLS failure
        Timeout,
        HttpError,   // a status other than 200 (404 included)
        NotAnImage,  // 200 with bytes that are not PNG, JPEG or WebP
        TooLarge,
        Resting,     // not asked: the tile or the server failed a moment ago
    };
    Q_ENUM(Error)

    static constexpr qint64 maxTileBytes = 1024 * 1024;

    explicit TileFetcher(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~TileFetcher() override;

    // "{z}", "{x}" and "{y}" are replaced; empty turns the fetcher off. Only http and https.
    void setUrlTemplate(const QString &urlTemplate);
    [[nodiscard]] QString urlTemplate() const { return m_template; }
    [[nodiscard]] bool isEnabled() const { return !m_template.isEmpty(); }
    [[nodiscard]] static bool isValidTemplate(const QString &urlTemplate);
    [[nodiscard]] QUrl urlOf(const TileId &tile) const;

    void setMaxConcurrent(int n) { m_maxConcurrent = std::max(1, n); }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    [[nodiscard]] int timeoutMs() const { return m_timeoutMs; }
    void setRetryAfterMs(int ms) { m_retryAfterMs = ms; }
    void setUserAgent(const QByteArray &agent) { m_userAgent = agent; }

    // Asks for one tile (again: moves it to the front of the queue).
    void request(const TileId &tile);
    // The tiles a view needs now: queued tiles not among them are dropped (requests already
    // under way finish and are kept), the rest are asked for, the first ones first.
    void setWanted(const QList<TileId> &tiles);
    void cancelAll();
    [[nodiscard]] int pendingCount() const { return int(m_queue.size() + m_running.size()); }

signals:
    void fetched(const TileId &tile, const QByteArray &data);
    void failed(const TileId &tile, TileFetcher::Error error);

private:
    struct Running
    {
        TileId tile;
        QElapsedTimer started;
    };

    QNetworkAccessManager *m_network;
    QString m_template;
    QByteArray m_userAgent = "Buurtbrug/0.1 (+https://buurtbrug.nl; offline neighbourhood map)";
    int m_maxConcurrent = 2;
    int m_timeoutMs = 10000;
    int m_retryAfterMs = 30000;
    QList<TileId> m_queue; // next first
    QHash<QNetworkReply *, Running> m_running;
    QHash<TileId, qint64> m_failedAt; // tile → when it failed (m_clock ms)
    QElapsedTimer m_clock;
    int m_failuresInRow = 0;
    qint64 m_restUntil = 0;
    QTimer *m_timeouts;
    QTimer *m_wake;

    void pump();
    void finish(QNetworkReply *reply);
    void checkTimeouts();
    void fail(const TileId &tile, Error error);
    [[nodiscard]] bool isRunning(const TileId &tile) const;
};
