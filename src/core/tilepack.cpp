#include "tilepack.h"

#include <QFile>

#include <sqlite3.h>

namespace {
const char *const schema =
        "CREATE TABLE IF NOT EXISTS metadata (name TEXT, value TEXT);"
        "CREATE UNIQUE INDEX IF NOT EXISTS metadata_name ON metadata (name);"
        "CREATE TABLE IF NOT EXISTS tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB);"
        "CREATE UNIQUE INDEX IF NOT EXISTS tile_index ON tiles (zoom_level, tile_column, tile_row);";

// MBTiles counts rows from the south (TMS); XYZ from the north. The flip is its own inverse.
int flipRow(int z, int row)
{
    return int((qint64(1) << z) - 1 - row);
}
}

TilePack::~TilePack() = default;

Result<std::unique_ptr<TilePack>> TilePack::create(const QString &path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    std::unique_ptr<TilePack> pack(new TilePack);
    // No migrations: an MBTiles file keeps user_version 0, as other tools expect.
    if (StoreError error = pack->m_db.open(path, SqliteConnection::Mode::ReadWrite, {}); !error.ok())
        return error;
    if (StoreError error = pack->m_db.exec(schema); !error.ok())
        return error;
    return pack;
}

Result<std::unique_ptr<TilePack>> TilePack::openForReading(const QString &path)
{
    std::unique_ptr<TilePack> pack(new TilePack);
    if (StoreError error = pack->m_db.open(path, SqliteConnection::Mode::ReadOnly, {}); !error.ok())
        return error;
    SqliteStatement &probe = pack->m_db.statement("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('tiles', 'metadata')");
    if (!probe.isValid() || probe.reset().step() != SQLITE_ROW || probe.int64(0) != 2)
        return StoreError::make(StoreError::Code::Corrupt, QStringLiteral("not a tile pack (no MBTiles tables)"));
    probe.reset();
    return pack;
}

StoreError TilePack::setMetadata(const QString &name, const QString &value)
{
    SqliteStatement &insert = m_db.statement("INSERT OR REPLACE INTO metadata (name, value) VALUES (?1, ?2)");
    return m_db.checkStep(insert.reset().bind(1, name).bind(2, value).exec(), QStringLiteral("writing pack metadata"));
}

Result<QHash<QString, QString>> TilePack::metadata()
{
    SqliteStatement &select = m_db.statement("SELECT name, value FROM metadata");
    select.reset();
    QHash<QString, QString> values;
    int rc;
    while ((rc = select.step()) == SQLITE_ROW)
        values.insert(select.text(0), select.text(1));
    select.reset();
    if (StoreError error = m_db.checkStep(rc, QStringLiteral("reading pack metadata")); !error.ok())
        return error;
    return values;
}

StoreError TilePack::put(const TileId &tile, const QByteArray &data)
{
    SqliteStatement &insert = m_db.statement(
            "INSERT OR REPLACE INTO tiles (zoom_level, tile_column, tile_row, tile_data) VALUES (?1, ?2, ?3, ?4)");
    insert.reset().bind(1, tile.z).bind(2, tile.x).bind(3, flipRow(tile.z, tile.y)).bindBlob(4, data);
    return m_db.checkStep(insert.exec(), QStringLiteral("writing a tile into the pack"));
}

Result<qint64> TilePack::count()
{
    SqliteStatement &select = m_db.statement("SELECT count(*) FROM tiles");
    const int rc = select.reset().step();
    const qint64 n = rc == SQLITE_ROW ? select.int64(0) : 0;
    select.reset();
    if (rc != SQLITE_ROW)
        return m_db.errorFor(rc, QStringLiteral("counting the pack's tiles"));
    return n;
}

StoreError TilePack::forEach(const std::function<bool(const TileId &, const QByteArray &)> &each)
{
    SqliteStatement &select = m_db.statement("SELECT zoom_level, tile_column, tile_row, tile_data FROM tiles");
    select.reset();
    int rc;
    while ((rc = select.step()) == SQLITE_ROW) {
        const int z = int(select.int64(0));
        if (z < 0 || z > TileMath::maxZoom)
            continue;
        const TileId tile { z, int(select.int64(1)), flipRow(z, int(select.int64(2))) };
        if (!tile.isValid())
            continue; // a row outside its zoom's grid: skipped, not trusted
        if (!each(tile, select.bytes(3))) {
            rc = SQLITE_DONE;
            break;
        }
    }
    select.reset();
    return m_db.checkStep(rc, QStringLiteral("reading the pack's tiles"));
}

StoreError TilePack::finish()
{
    StoreError error = m_db.exec("PRAGMA journal_mode=DELETE");
    m_db.close();
    return error;
}
