// Map benchmark (issue 19): the first frame of the map drawn from the device's tile cache.
// A tile pack of the neighbourhood (generated PNG tiles, zoom 13-17) is imported into the app's
// cache; then, in a fresh app each run (its decoded-tile memory empty), the Initiatives page's
// Map button is pressed and the time to the first frame with every tile of the view drawn is
// taken, at phone and tablet size. No network: the app has no tile server. Prints a table.
#include "appcontroller.h"
#include "appshell.h"
#include "mapview.h"
#include "tilemath.h"
#include "tilepack.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QQmlEngineExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(Buurtbrug_AppPlugin)
Q_IMPORT_QML_PLUGIN(Buurtbrug_UiPlugin)

namespace {
QQuickItem *findItem(QQuickItem *item, const QString &name)
{
    if (item->objectName() == name)
        return item;
    for (QQuickItem *child : item->childItems()) {
        if (QQuickItem *found = findItem(child, name))
            return found;
    }
    return nullptr;
}

// A tile with some structure, so PNG decoding costs what a real map tile's does.
QByteArray tilePng(const TileId &tile)
{
    QImage image(256, 256, QImage::Format_RGB32);
    image.fill(QColor::fromHsv((tile.x * 37 + tile.y * 91) % 360, 40, 235));
    QPainter painter(&image);
    painter.setPen(QPen(QColor(250, 250, 250), 9));
    for (int i = 0; i < 6; ++i)
        painter.drawLine(0, (tile.y * 7 + i * 47) % 256, 256, (tile.x * 11 + i * 53) % 256);
    painter.setPen(QPen(QColor(200, 190, 170), 3));
    for (int i = 0; i < 12; ++i)
        painter.drawRect((i * 41 + tile.x) % 230, (i * 29 + tile.y) % 230, 20, 14);
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * (values.size() - 1) + 0.5)));
}
}

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QGuiApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 7;
    QTemporaryDir data;
    const QString pack = QDir(data.path()).filePath("neighbourhood.mbtiles");
    const GeoBox box { 4.42, 51.895, 4.48, 51.925 };
    {
        Result<std::unique_ptr<TilePack>> made = TilePack::create(pack);
        if (!made.ok() || !made.value()->begin().ok())
            return 1;
        for (int z = 13; z <= 17; ++z) {
            for (const TileId &tile : TileMath::tilesCovering(box, z)) {
                if (!made.value()->put(tile, tilePng(tile)).ok())
                    return 1;
            }
        }
        if (!made.value()->commit().ok() || !made.value()->setMetadata("attribution", "bench tiles").ok()
            || !made.value()->finish().ok())
            return 1;
    }
    std::printf("tile pack: %lld tiles, zoom 13-17\n\n", (long long)TileMath::tileCount(box, 13, 17));
    std::printf("| size | runs | tiles in view | median ms | p95 ms | max ms | target |\n|---|---|---|---|---|---|---|\n");
    for (const QSize size : { QSize(390, 844), QSize(1180, 820) }) {
        QList<double> times;
        int tiles = 0;
        for (int run = 0; run < runs; ++run) {
            AppShell shell;
            shell.setTilePack(pack);
            if (!shell.open(data.path(), QStringLiteral("nl"), true).ok() || !shell.load(size))
                return 1;
            QQuickWindow *window = shell.window();
            window->show();
            QElapsedTimer settle;
            settle.start();
            while (!window->isExposed() && settle.elapsed() < 5000)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
            // Let the list's first frame pass, as a person opening the map would.
            while (settle.elapsed() < 500)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
            QQuickItem *toggle = findItem(window->contentItem(), QStringLiteral("mapToggle"));
            if (!toggle)
                return 1;
            QElapsedTimer timer;
            double ms = -1;
            QMetaObject::Connection frames = QObject::connect(window, &QQuickWindow::frameSwapped, window, [&] {
                auto *map = qobject_cast<MapView *>(findItem(window->contentItem(), QStringLiteral("mapView")));
                if (ms < 0 && map && map->drawnTiles() > 0 && map->blankTiles() == 0) {
                    ms = timer.nsecsElapsed() / 1e6;
                    tiles = map->drawnTiles();
                }
            });
            timer.start();
            QMetaObject::invokeMethod(toggle, "clicked");
            while (ms < 0 && timer.elapsed() < 10000)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            QObject::disconnect(frames);
            if (ms < 0) {
                std::fprintf(stderr, "the map never showed all its tiles\n");
                return 1;
            }
            times.append(ms);
        }
        std::printf("| %dx%d | %d | %d | %.0f | %.0f | %.0f | <= 300 ms |\n", size.width(), size.height(), runs, tiles,
                    percentile(times, 0.5), percentile(times, 0.95), percentile(times, 1.0));
    }
    return 0;
}
