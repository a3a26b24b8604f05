#include "maptiles.h"
#include "tilefetcher.h"
#include "tilepack.h"
#include "tileserver.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The map's tiles against a real tile server on 127.0.0.1 (TileServer): fetched once, then
// drawn from the device's cache with the server gone; the budget held by eviction; a server
// answering errors, text, broken PNGs or nothing leaves a blank tile and nothing stored, never
// a hang; `buurtbrug-admin tiles pack` makes a pack the app imports and shows offline.
class TestMapTiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TileServer m_server;

    // Waits (bounded) until the tile is drawn or the fetcher gives up on it.
    static QImage fetch(MapTiles &tiles, const TileId &tile, int ms = 5000)
    {
        QSignalSpy failed(tiles.fetcher(), &TileFetcher::failed);
        QImage image = tiles.image(tile, true);
        QElapsedTimer waited;
        waited.start();
        while (image.isNull() && failed.isEmpty() && waited.elapsed() < ms) {
            QTest::qWait(10);
            image = tiles.image(tile, false);
        }
        return image;
    }

    QString cachePath(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<TileId>();
        qRegisterMetaType<TileFetcher::Error>();
        QVERIFY(m_server.listen());
    }

    void init()
    {
        m_server.mode = TileServer::Mode::Tiles;
        m_server.requests = 0;
        m_server.paths.clear();
    }

    void offByDefault()
    {
        MapTiles tiles;
        QVERIFY(tiles.open(cachePath("off.cache")).ok());
        QVERIFY(!tiles.fetching());
        QVERIFY(!tiles.available());
        QVERIFY(tiles.image({ 15, 16789, 10836 }, true).isNull());
        QTest::qWait(50);
        QCOMPARE(m_server.requests, 0);
        // A template that is not http(s) with {z}/{x}/{y} leaves it off too.
        tiles.setUrlTemplate("file:///etc/{z}/{x}/{y}");
        QVERIFY(!tiles.fetching());
        tiles.setUrlTemplate("http://127.0.0.1:1/tiles/no-placeholders.png");
        QVERIFY(!tiles.fetching());
    }

    void fetchesOnceThenWorksOffline()
    {
        const TileId tile { 15, 16789, 10836 };
        {
            MapTiles tiles;
            QVERIFY(tiles.open(cachePath("offline.cache")).ok());
            tiles.setUrlTemplate(m_server.urlTemplate());
            const QImage image = fetch(tiles, tile);
            QVERIFY(!image.isNull());
            QCOMPARE(image.pixel(10, 10), TileServer::colourOf(15, 16789, 10836).rgb());
            QCOMPARE(m_server.paths, QStringList { "/tiles/15/16789/10836.png" });
            QVERIFY(m_server.lastUserAgent.startsWith("Buurtbrug/"));
            // Shown again: from memory, no second request.
            QVERIFY(!tiles.image(tile, true).isNull());
            QTest::qWait(50);
            QCOMPARE(m_server.requests, 1);
        }
        // The server is gone (a phone offline): the tile comes from the cache file.
        m_server.close();
        MapTiles offline;
        QVERIFY(offline.open(cachePath("offline.cache")).ok());
        offline.setUrlTemplate(m_server.urlTemplate());
        QVERIFY(offline.available());
        const QImage cached = offline.image(tile, true);
        QVERIFY(!cached.isNull());
        QCOMPARE(cached.pixel(10, 10), TileServer::colourOf(15, 16789, 10836).rgb());
        QCOMPARE(m_server.requests, 1);
        // A tile never fetched stays blank and calm: the fetcher reports it unreachable.
        QSignalSpy failed(offline.fetcher(), &TileFetcher::failed);
        QVERIFY(offline.image({ 15, 1, 1 }, true).isNull());
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 5000);
        QCOMPARE(failed.first().at(1).value<TileFetcher::Error>(), TileFetcher::Error::Unreachable);
        QVERIFY(m_server.listen());
    }

    void refreshesOldTilesInTheBackground()
    {
        const TileId tile { 15, 16790, 10836 };
        qint64 clock = 1000;
        {
            MapTiles tiles;
            QVERIFY(tiles.open(cachePath("refresh.cache")).ok());
            tiles.setUrlTemplate(m_server.urlTemplate());
            tiles.setClock([&clock] { return clock; });
            QVERIFY(!fetch(tiles, tile).isNull());
        }
        QCOMPARE(m_server.requests, 1);
        // A day later: shown from the cache, nothing asked.
        clock += qint64(24) * 3600 * 1000;
        {
            MapTiles tiles;
            QVERIFY(tiles.open(cachePath("refresh.cache")).ok());
            tiles.setUrlTemplate(m_server.urlTemplate());
            tiles.setClock([&clock] { return clock; });
            QVERIFY(!tiles.image(tile, true).isNull());
            QTest::qWait(100);
            QCOMPARE(m_server.requests, 1);
        }
        // Past the refresh age: shown at once all the same, and fetched again behind it.
        clock += MapTiles::refreshAfterMs;
        MapTiles tiles;
        QVERIFY(tiles.open(cachePath("refresh.cache")).ok());
        tiles.setUrlTemplate(m_server.urlTemplate());
        tiles.setClock([&clock] { return clock; });
        QSignalSpy arrived(&tiles, &MapTiles::tileArrived);
        QVERIFY(!tiles.image(tile, true).isNull());
        QTRY_VERIFY_WITH_TIMEOUT(!arrived.isEmpty(), 5000);
        QCOMPARE(m_server.requests, 2);
        QCOMPARE(tiles.cache().fetchedAt(tile), clock);
    }

    void keepsToTheBudget()
    {
        const qint64 tileBytes = TileServer::png(14, 0, 0).size();
        MapTiles tiles;
        // Room for three tiles of this size.
        QVERIFY(tiles.open(cachePath("budget.cache"), tileBytes * 3 + tileBytes / 2).ok());
        tiles.setUrlTemplate(m_server.urlTemplate());
        qint64 clock = 1000;
        tiles.setClock([&clock] { return clock; });
        for (int x = 0; x < 6; ++x) {
            clock += 10;
            QVERIFY(!fetch(tiles, { 14, x, 0 }).isNull());
        }
        QCOMPARE(m_server.requests, 6);
        QVERIFY(tiles.cache().usedBytes() <= tiles.cache().budgetBytes());
        QCOMPARE(tiles.cache().count().value(), qint64(3));
        for (int x = 3; x < 6; ++x)
            QVERIFY(tiles.cache().contains({ 14, x, 0 }));
    }

    void aBrokenServerLeavesBlankTiles_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("error");
        QTest::newRow("500") << int(TileServer::Mode::ServerError) << int(TileFetcher::Error::HttpError);
        QTest::newRow("text instead of a tile") << int(TileServer::Mode::Garbage) << int(TileFetcher::Error::NotAnImage);
    }
    void aBrokenServerLeavesBlankTiles()
    {
        QFETCH(int, mode);
        QFETCH(int, error);
        m_server.mode = TileServer::Mode(mode);
        MapTiles tiles;
        QVERIFY(tiles.open(cachePath(QStringLiteral("broken%1.cache").arg(mode))).ok());
        tiles.setUrlTemplate(m_server.urlTemplate());
        QSignalSpy failed(tiles.fetcher(), &TileFetcher::failed);
        QVERIFY(fetch(tiles, { 16, 33578, 21673 }).isNull());
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 5000);
        QCOMPARE(failed.first().at(1).value<TileFetcher::Error>(), TileFetcher::Error(error));
        QCOMPARE(tiles.cache().count().value(), qint64(0));
        // Asked again at once: it rests, the server is not asked again.
        const int asked = m_server.requests;
        QVERIFY(tiles.image({ 16, 33578, 21673 }, true).isNull());
        QTest::qWait(100);
        QCOMPARE(m_server.requests, asked);
    }

    void aBrokenPngIsNotKept()
    {
        m_server.mode = TileServer::Mode::Truncated;
        MapTiles tiles;
        QVERIFY(tiles.open(cachePath("truncated.cache")).ok());
        tiles.setUrlTemplate(m_server.urlTemplate());
        QSignalSpy arrived(&tiles, &MapTiles::tileArrived);
        QVERIFY(tiles.image({ 16, 1, 1 }, true).isNull());
        QTRY_VERIFY_WITH_TIMEOUT(m_server.requests == 1, 5000);
        QTest::qWait(200);
        QVERIFY(arrived.isEmpty());
        QCOMPARE(tiles.cache().count().value(), qint64(0));
    }

    void aSilentServerTimesOutAndRests()
    {
        m_server.mode = TileServer::Mode::Silent;
        MapTiles tiles;
        QVERIFY(tiles.open(cachePath("silent.cache")).ok());
        tiles.setUrlTemplate(m_server.urlTemplate());
        tiles.setTimeoutMs(300);
        QSignalSpy failed(tiles.fetcher(), &TileFetcher::failed);
        QElapsedTimer timer;
        timer.start();
        QList<TileId> wanted;
        for (int x = 0; x < 8; ++x)
            wanted.append({ 17, x, 0 });
        tiles.want(wanted);
        // Never more than two at once: before the first timeout the server has two requests.
        QTest::qWait(150);
        QCOMPARE(m_server.requests, 2);
        // Two at a time, 300 ms each: four failures in a row, then the server rests.
        QTRY_VERIFY_WITH_TIMEOUT(failed.size() >= 4, 5000);
        QVERIFY(timer.elapsed() < 3000);
        for (const QList<QVariant> &f : std::as_const(failed))
            QCOMPARE(f.at(1).value<TileFetcher::Error>(), TileFetcher::Error::Timeout);
        const int asked = m_server.requests;
        QTest::qWait(1000);
        QVERIFY2(m_server.requests <= asked + 1, qPrintable(QString::number(m_server.requests - asked)));
        QCOMPARE(tiles.cache().count().value(), qint64(0));
    }

    void adminMakesAPackTheAppShowsOffline()
    {
        const QString pack = m_dir.filePath("visserijplein.mbtiles");
        QProcess admin;
        admin.start(ADMIN_BINARY, { "tiles", "pack", "--bbox", "4.447,51.909,4.453,51.912", "--zoom", "15-16", "--url",
                                    m_server.urlTemplate(), "--out", pack, "--attribution", "Test tiles", "--json" });
        QVERIFY(admin.waitForStarted(5000));
        QElapsedTimer waited;
        waited.start();
        while (admin.state() != QProcess::NotRunning && waited.elapsed() < 30000)
            QTest::qWait(20);
        QCOMPARE(admin.exitCode(), 0);
        const GeoBox box { 4.447, 51.909, 4.453, 51.912 };
        const qint64 expected = TileMath::tileCount(box, 15, 16);
        QVERIFY(admin.readAllStandardOutput().contains("\"tiles\":" + QByteArray::number(expected)));
        QCOMPARE(qint64(m_server.requests), expected);
        QVERIFY(m_server.lastUserAgent.startsWith("Buurtbrug-admin/"));
        QVERIFY(!QFile::exists(pack + ".part"));

        // The phone never went online: no server, only the pack.
        MapTiles phone;
        QVERIFY(phone.open(cachePath("phone.cache")).ok());
        const Result<TileCache::PackImport> imported = phone.importPack(pack);
        QVERIFY(imported.ok());
        QCOMPARE(imported.value().tiles, expected);
        QCOMPARE(imported.value().attribution, QString("Test tiles"));
        const TileId tile = TileMath::tileAt(51.9105, 4.4502, 16);
        const QImage image = phone.image(tile, true);
        QVERIFY(!image.isNull());
        QCOMPARE(image.pixel(10, 10), TileServer::colourOf(tile.z, tile.x, tile.y).rgb());

        // A server that fails leaves no pack, and says so.
        m_server.mode = TileServer::Mode::ServerError;
        const QString broken = m_dir.filePath("broken.mbtiles");
        admin.start(ADMIN_BINARY, { "tiles", "pack", "--bbox", "4.447,51.909,4.453,51.912", "--zoom", "15", "--url",
                                    m_server.urlTemplate(), "--out", broken, "--timeout-ms", "500" });
        QVERIFY(admin.waitForStarted(5000));
        waited.restart();
        while (admin.state() != QProcess::NotRunning && waited.elapsed() < 60000)
            QTest::qWait(20);
        QCOMPARE(admin.exitCode(), 1);
        QVERIFY(!QFile::exists(broken));
        QVERIFY(!QFile::exists(broken + ".part"));
        // Too many tiles is refused before anything is asked.
        const int asked = m_server.requests;
        admin.start(ADMIN_BINARY, { "tiles", "pack", "--bbox", "3.3,50.7,7.3,53.6", "--zoom", "12-18", "--url",
                                    m_server.urlTemplate(), "--out", broken });
        QVERIFY(admin.waitForFinished(10000));
        QCOMPARE(admin.exitCode(), 2);
        QCOMPARE(m_server.requests, asked);
    }
};

QTEST_MAIN(TestMapTiles)
#include "tst_maptiles.moc"
