#pragma once

#include "result.h"
#include "tilemath.h"

#include <QString>

#include <functional>

// Makes a tile pack (TilePack, MBTiles) of a neighbourhood on a machine with internet, for
// `buurtbrug-admin tiles pack`: every tile of the box at each zoom, fetched through TileFetcher
// (at most `concurrency` requests at once, a timeout each, the server rested after failures in
// a row), each failed tile tried `retries` more times; six failures in a row stop the run.
// Bounded: more than maxTiles tiles is refused before anything is asked. The pack is written
// beside its name (".part") and renamed only when every tile came, so a broken run leaves no
// pack that looks whole.
struct TilePackRequest
{
    GeoBox box;
    int minZoom = 12;
    int maxZoom = 18;
    QString urlTemplate;
    QString outFile;
    QString name;        // metadata "name"; default: the file's base name
    QString attribution; // metadata "attribution": the tile server's terms
    qint64 maxTiles = 30000;
    int concurrency = 2;
    int timeoutMs = 15000;
    int retries = 2;
};

struct TilePackOutcome
{
    qint64 tiles = 0;
    qint64 bytes = 0;
    qint64 failed = 0;
};

class TilePackMaker
{
public:
    // Checks the request; an error names what is wrong (BadRequest) before any request.
    [[nodiscard]] static StoreError check(const TilePackRequest &request);
    // Runs the fetch in a local event loop (a command line's); `progress` hears (done, total).
    [[nodiscard]] static Result<TilePackOutcome> make(const TilePackRequest &request,
                                                      const std::function<void(qint64, qint64)> &progress = {});
};
