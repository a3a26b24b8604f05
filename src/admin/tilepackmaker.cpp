#include "tilepackmaker.h"

#include "tilefetcher.h"
#include "tilepack.h"

#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QNetworkAccessManager>

StoreError TilePackMaker::check(const TilePackRequest &request)
{
    const auto bad = [](const QString &why) { return StoreError::make(StoreError::Code::BadRequest, why); };
    if (!request.box.isValid())
        return bad(QStringLiteral("--bbox needs minLon,minLat,maxLon,maxLat"));
    if (request.minZoom < 0 || request.maxZoom > TileMath::maxZoom || request.minZoom > request.maxZoom)
        return bad(QStringLiteral("--zoom needs FROM-TO within 0-%1, e.g. 12-18").arg(TileMath::maxZoom));
    if (!TileFetcher::isValidTemplate(request.urlTemplate))
        return bad(QStringLiteral("--url needs an http(s) template with {z}, {x} and {y}"));
    if (request.outFile.isEmpty())
        return bad(QStringLiteral("--out needs a file"));
    const qint64 count = TileMath::tileCount(request.box, request.minZoom, request.maxZoom);
    if (count > request.maxTiles)
        return bad(QStringLiteral("%1 tiles is more than --max-tiles %2: a smaller box or fewer zoom levels").arg(count).arg(request.maxTiles));
    return StoreError::none();
}

Result<TilePackOutcome> TilePackMaker::make(const TilePackRequest &request, const std::function<void(qint64, qint64)> &progress)
{
    if (StoreError error = check(request); !error.ok())
        return error;
    const QString part = request.outFile + QStringLiteral(".part");
    Result<std::unique_ptr<TilePack>> created = TilePack::create(part);
    if (!created.ok())
        return created.error();
    TilePack &pack = *created.value();

    QList<TileId> todo;
    for (int z = request.minZoom; z <= request.maxZoom; ++z)
        todo += TileMath::tilesCovering(request.box, z);
    const qint64 total = todo.size();

    QNetworkAccessManager network;
    TileFetcher fetcher(&network);
    fetcher.setUrlTemplate(request.urlTemplate);
    fetcher.setMaxConcurrent(request.concurrency);
    fetcher.setTimeoutMs(request.timeoutMs);
    fetcher.setRetryAfterMs(0); // retries are counted here
    fetcher.setUserAgent("Buurtbrug-admin/0.1 (tile pack for offline use; +https://buurtbrug.nl)");

    TilePackOutcome outcome;
    QString format;
    QHash<TileId, int> tries;
    qint64 next = 0;
    qint64 outstanding = 0;
    qint64 sinceCommit = 0;
    int failedInRow = 0;
    constexpr int stopAfterFailuresInRow = 6;
    StoreError failure;
    QEventLoop loop;
    const qint64 window = qint64(request.concurrency) * 2; // asked but not answered, at most

    const auto feed = [&] {
        while (outstanding < window && next < total) {
            ++outstanding;
            fetcher.request(todo.at(next++));
        }
        if (outstanding == 0 && next >= total)
            loop.quit();
    };
    const auto answered = [&] {
        --outstanding;
        if (progress)
            progress(outcome.tiles + outcome.failed, total);
        if (!failure.ok()) {
            fetcher.cancelAll();
            loop.quit();
            return;
        }
        feed();
    };
    QObject::connect(&fetcher, &TileFetcher::fetched, &loop, [&](const TileId &tile, const QByteArray &data) {
        if (format.isEmpty())
            format = data.startsWith("\x89PNG") ? QStringLiteral("png") : data.startsWith("\xff\xd8") ? QStringLiteral("jpg") : QStringLiteral("webp");
        if (sinceCommit == 0 && failure.ok())
            failure = pack.begin();
        if (failure.ok())
            failure = pack.put(tile, data);
        if (failure.ok() && ++sinceCommit >= 200) {
            failure = pack.commit();
            sinceCommit = 0;
        }
        ++outcome.tiles;
        outcome.bytes += data.size();
        failedInRow = 0;
        answered();
    });
    QObject::connect(&fetcher, &TileFetcher::failed, &loop, [&](const TileId &tile, TileFetcher::Error) {
        // A server that keeps failing is down or refusing us: stop rather than wait it out.
        if (++failedInRow >= stopAfterFailuresInRow) {
            failure = StoreError::make(StoreError::Code::IoError,
                                       QStringLiteral("the tile server failed %1 times in a row; stopped").arg(failedInRow));
            fetcher.cancelAll();
            loop.quit();
            return;
        }
        if (++tries[tile] <= request.retries) {
            fetcher.request(tile); // still outstanding
            return;
        }
        ++outcome.failed;
        answered();
    });
    QMetaObject::invokeMethod(&loop, feed, Qt::QueuedConnection);
    loop.exec();

    if (failure.ok() && sinceCommit > 0)
        failure = pack.commit();
    const QFileInfo out(request.outFile);
    const QString name = request.name.isEmpty() ? out.completeBaseName() : request.name;
    const QList<QPair<QString, QString>> metadata {
        { QStringLiteral("name"), name },
        { QStringLiteral("format"), format.isEmpty() ? QStringLiteral("png") : format },
        { QStringLiteral("type"), QStringLiteral("baselayer") },
        { QStringLiteral("version"), QStringLiteral("1") },
        { QStringLiteral("bounds"), QStringLiteral("%1,%2,%3,%4").arg(request.box.west).arg(request.box.south).arg(request.box.east).arg(request.box.north) },
        { QStringLiteral("minzoom"), QString::number(request.minZoom) },
        { QStringLiteral("maxzoom"), QString::number(request.maxZoom) },
        { QStringLiteral("attribution"), request.attribution },
        { QStringLiteral("description"), QStringLiteral("Buurtbrug tile pack") },
    };
    for (const auto &item : metadata) {
        if (failure.ok())
            failure = pack.setMetadata(item.first, item.second);
    }
    if (StoreError finished = pack.finish(); failure.ok())
        failure = finished;
    if (failure.ok() && (outcome.failed > 0 || outcome.tiles < total))
        failure = StoreError::make(StoreError::Code::IoError,
                                   QStringLiteral("%1 of %2 tiles could not be fetched; no pack was written").arg(outcome.failed).arg(total));
    if (!failure.ok()) {
        QFile::remove(part);
        return failure;
    }
    QFile::remove(request.outFile);
    if (!QFile::rename(part, request.outFile))
        return StoreError::make(StoreError::Code::IoError, QStringLiteral("cannot write %1").arg(request.outFile));
    return outcome;
}
