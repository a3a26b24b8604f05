#pragma once

#include "result.h"
#include "sqliteconnection.h"
#include "tilemath.h"

#include <QHash>

#include <functional>
#include <memory>

// A tile pack: the raster tiles of a neighbourhood in one SQLite file, made on a machine with
// internet (`buurtbrug-admin tiles pack`) and shipped to devices. The format is MBTiles 1.3's
// raster subset, so packs from other MBTiles tools import too:
//   metadata(name TEXT, value TEXT): name, format (png|jpg|webp), bounds "w,s,e,n", minzoom,
//                                   maxzoom, attribution
//   tiles(zoom_level, tile_column, tile_row, tile_data): tile_row counted from the SOUTH (TMS),
//                                   so row = 2^z - 1 - y of the XYZ tile.
// A finished pack uses the rollback journal (not WAL), so a read-only copy opens anywhere.
class TilePack
{
public:
    ~TilePack();

    // A new, empty pack at `path` (an existing file there is replaced).
    [[nodiscard]] static Result<std::unique_ptr<TilePack>> create(const QString &path);
    // An existing pack, read-only.
    [[nodiscard]] static Result<std::unique_ptr<TilePack>> openForReading(const QString &path);

    [[nodiscard]] StoreError setMetadata(const QString &name, const QString &value);
    [[nodiscard]] Result<QHash<QString, QString>> metadata();
    // Writes are grouped: begin, many puts, commit.
    [[nodiscard]] StoreError begin() { return m_db.begin(); }
    [[nodiscard]] StoreError commit() { return m_db.commit(); }
    [[nodiscard]] StoreError put(const TileId &tile, const QByteArray &data);
    [[nodiscard]] Result<qint64> count();
    // Every tile, in file order; `each` returns false to stop early.
    [[nodiscard]] StoreError forEach(const std::function<bool(const TileId &, const QByteArray &)> &each);
    // Leaves WAL mode and closes: the file is complete and can be copied.
    [[nodiscard]] StoreError finish();

private:
    TilePack() = default;
    SqliteConnection m_db;
};
