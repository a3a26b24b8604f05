// buurtbrug-admin tiles pack|info: a tile pack of a neighbourhood for devices that never go
// online (docs/DEPLOY.md, "The map").
#include "admincli.h"

#include "tilepack.h"
#include "tilepackmaker.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QRegularExpression>

int AdminCli::tilesCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    for (const char *name : { "bbox", "zoom", "url", "out", "name", "attribution", "max-tiles", "concurrency", "timeout-ms" })
        parser.addOption(QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(name), QStringLiteral("VALUE")));
    parser.addOption(QCommandLineOption(QStringLiteral("json"), QStringLiteral("JSON output")));
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    m_json = parser.isSet(QStringLiteral("json"));
    const QStringList positional = parser.positionalArguments();
    const QString sub = positional.value(1);

    if (sub == QLatin1String("info")) {
        if (positional.size() != 3)
            return usage(QStringLiteral("tiles info needs a FILE"));
        Result<std::unique_ptr<TilePack>> pack = TilePack::openForReading(positional.at(2));
        if (!pack.ok())
            return fail(pack.error());
        const Result<QHash<QString, QString>> metadata = pack.value()->metadata();
        const Result<qint64> count = pack.value()->count();
        if (!metadata.ok())
            return fail(metadata.error());
        if (!count.ok())
            return fail(count.error());
        QJsonObject json { { "tiles", count.value() } };
        QString text = QStringLiteral("%1 tiles\n").arg(count.value());
        for (auto it = metadata.value().cbegin(); it != metadata.value().cend(); ++it) {
            json.insert(it.key(), it.value());
            text += QStringLiteral("%1: %2\n").arg(it.key(), it.value());
        }
        print(json, text);
        return 0;
    }
    if (sub != QLatin1String("pack"))
        return usage(QStringLiteral("tiles takes pack or info"));

    TilePackRequest request;
    const std::optional<GeoBox> box = GeoBox::parse(parser.value(QStringLiteral("bbox")));
    if (!box)
        return usage(QStringLiteral("--bbox needs minLon,minLat,maxLon,maxLat, e.g. 4.43,51.90,4.47,51.92"));
    request.box = *box;
    const QRegularExpressionMatch zoom = QRegularExpression(QStringLiteral("^(\\d{1,2})(?:-(\\d{1,2}))?$"))
                                                 .match(parser.value(QStringLiteral("zoom")).isEmpty() ? QStringLiteral("12-18")
                                                                                                         : parser.value(QStringLiteral("zoom")));
    if (!zoom.hasMatch())
        return usage(QStringLiteral("--zoom needs FROM-TO, e.g. 12-18"));
    request.minZoom = zoom.captured(1).toInt();
    request.maxZoom = zoom.captured(2).isEmpty() ? request.minZoom : zoom.captured(2).toInt();
    request.urlTemplate = parser.value(QStringLiteral("url"));
    request.outFile = parser.value(QStringLiteral("out"));
    request.name = parser.value(QStringLiteral("name"));
    request.attribution = parser.value(QStringLiteral("attribution"));
    const auto number = [&](const char *option, auto &value, qint64 low, qint64 high) {
        if (!parser.isSet(QString::fromLatin1(option)))
            return true;
        bool ok = false;
        const qint64 n = parser.value(QString::fromLatin1(option)).toLongLong(&ok);
        if (!ok || n < low || n > high)
            return false;
        value = n;
        return true;
    };
    if (!number("max-tiles", request.maxTiles, 1, 1000000))
        return usage(QStringLiteral("--max-tiles takes 1 to 1000000"));
    // Tile servers' usage policies ask for few connections: at most 4.
    if (!number("concurrency", request.concurrency, 1, 4))
        return usage(QStringLiteral("--concurrency takes 1 to 4"));
    if (!number("timeout-ms", request.timeoutMs, 100, 120000))
        return usage(QStringLiteral("--timeout-ms takes 100 to 120000"));
    if (StoreError problem = TilePackMaker::check(request); !problem.ok())
        return usage(problem.reason);

    qint64 shown = -1;
    const Result<TilePackOutcome> made = TilePackMaker::make(request, [&](qint64 done, qint64 total) {
        const qint64 percent = total > 0 ? done * 100 / total : 100;
        if (!m_json && percent / 10 != shown) {
            shown = percent / 10;
            m_err << QStringLiteral("%1 of %2 tiles\n").arg(done).arg(total);
            m_err.flush();
        }
    });
    if (!made.ok())
        return fail(made.error());
    print({ { "ok", true }, { "tiles", made.value().tiles }, { "bytes", made.value().bytes }, { "out", request.outFile } },
          QStringLiteral("%1 tiles (%2 KiB) in %3").arg(made.value().tiles).arg(made.value().bytes / 1024).arg(request.outFile));
    return 0;
}
