#include "tilecache.h"

#include "tilepack.h"

#include <QFileInfo>

#include <sqlite3.h>

namespace {
// Append-only, on PRAGMA user_version.
const QStringList migrations {
    QStringLiteral("CREATE TABLE tiles (id INTEGER PRIMARY KEY, z INTEGER NOT NULL, x INTEGER NOT NULL, y INTEGER NOT NULL,"
                   " data BLOB NOT NULL, bytes INTEGER NOT NULL, shown INTEGER NOT NULL, pinned INTEGER NOT NULL DEFAULT 0,"
                   " UNIQUE (z, x, y));"
                   "CREATE INDEX tiles_by_shown ON tiles (pinned, shown);"
                   "CREATE TABLE packs (identity TEXT PRIMARY KEY, imported INTEGER NOT NULL, tiles INTEGER NOT NULL)"),
    // When each tile came from its server or pack: old tiles are fetched again when online.
    QStringLiteral("ALTER TABLE tiles ADD COLUMN fetched INTEGER NOT NULL DEFAULT 0"),
};
}

StoreError TileCache::open(const QString &path)
{
    if (StoreError error = m_db.open(path, SqliteConnection::Mode::ReadWrite, migrations); !error.ok())
        return error;
    // A cache: a commit need not wait for the disk (WAL keeps the file consistent regardless).
    if (StoreError error = m_db.exec("PRAGMA synchronous=NORMAL"); !error.ok())
        return error;
    return recount();
}

StoreError TileCache::recount()
{
    SqliteStatement &sum = m_db.statement("SELECT total(bytes) FROM tiles WHERE pinned = 0");
    const int rc = sum.reset().step();
    if (rc != SQLITE_ROW)
        return m_db.errorFor(rc, QStringLiteral("measuring the tile cache"));
    m_used = qint64(sum.real(0));
    sum.reset();
    return StoreError::none();
}

StoreError TileCache::setBudgetBytes(qint64 bytes)
{
    m_budget = std::max<qint64>(0, bytes);
    if (m_used <= m_budget)
        return StoreError::none();
    if (StoreError error = m_db.begin(); !error.ok())
        return error;
    if (StoreError error = evict(-1); !error.ok()) {
        m_db.rollback();
        static_cast<void>(recount()); // the failure above is the one reported
        return error;
    }
    return m_db.commit();
}

Result<qint64> TileCache::count()
{
    SqliteStatement &select = m_db.statement("SELECT count(*) FROM tiles");
    const int rc = select.reset().step();
    const qint64 n = rc == SQLITE_ROW ? select.int64(0) : 0;
    select.reset();
    if (rc != SQLITE_ROW)
        return m_db.errorFor(rc, QStringLiteral("counting tiles"));
    return n;
}

Result<qint64> TileCache::pinnedCount()
{
    SqliteStatement &select = m_db.statement("SELECT count(*) FROM tiles WHERE pinned = 1");
    const int rc = select.reset().step();
    const qint64 n = rc == SQLITE_ROW ? select.int64(0) : 0;
    select.reset();
    if (rc != SQLITE_ROW)
        return m_db.errorFor(rc, QStringLiteral("counting pinned tiles"));
    return n;
}

Result<QByteArray> TileCache::tile(const TileId &tile)
{
    SqliteStatement &select = m_db.statement("SELECT data FROM tiles WHERE z = ?1 AND x = ?2 AND y = ?3");
    const int rc = select.reset().bind(1, tile.z).bind(2, tile.x).bind(3, tile.y).step();
    if (rc == SQLITE_ROW) {
        QByteArray data = select.bytes(0);
        select.reset();
        return data;
    }
    select.reset();
    if (rc == SQLITE_DONE)
        return StoreError::make(StoreError::Code::NotFound, QStringLiteral("tile %1 is not cached").arg(tile.key()));
    return m_db.errorFor(rc, QStringLiteral("reading a tile"));
}

qint64 TileCache::fetchedAt(const TileId &tile)
{
    SqliteStatement &select = m_db.statement("SELECT fetched FROM tiles WHERE z = ?1 AND x = ?2 AND y = ?3");
    const qint64 fetched = select.reset().bind(1, tile.z).bind(2, tile.x).bind(3, tile.y).step() == SQLITE_ROW ? select.int64(0) : -1;
    select.reset();
    return fetched;
}

bool TileCache::contains(const TileId &tile)
{
    SqliteStatement &select = m_db.statement("SELECT 1 FROM tiles WHERE z = ?1 AND x = ?2 AND y = ?3");
    const bool found = select.reset().bind(1, tile.z).bind(2, tile.x).bind(3, tile.y).step() == SQLITE_ROW;
    select.reset();
    return found;
}

bool TileCache::looksLikeImage(const QByteArray &data)
{
    return data.startsWith("\x89PNG\r\n\x1a\n") || data.startsWith("\xff\xd8\xff")
            || (data.size() >= 12 && data.startsWith("RIFF") && data.mid(8, 4) == "WEBP");
}

StoreError TileCache::put(const TileId &tile, const QByteArray &data, qint64 nowMs)
{
    if (!tile.isValid())
        return StoreError::make(StoreError::Code::BadRequest, QStringLiteral("no such tile: %1").arg(tile.key()));
    if (data.size() > maxTileBytes)
        return StoreError::make(StoreError::Code::AttachmentTooLarge, QStringLiteral("tile %1 is larger than %2 bytes").arg(tile.key()).arg(maxTileBytes));
    if (!looksLikeImage(data))
        return StoreError::make(StoreError::Code::BadRequest, QStringLiteral("tile %1 is not an image").arg(tile.key()));
    if (StoreError error = m_db.begin(); !error.ok())
        return error;
    // What the row held before, so the count of bytes stays exact without a scan.
    SqliteStatement &old = m_db.statement("SELECT bytes, pinned FROM tiles WHERE z = ?1 AND x = ?2 AND y = ?3");
    qint64 oldUnpinned = 0;
    bool pinned = false;
    if (old.reset().bind(1, tile.z).bind(2, tile.x).bind(3, tile.y).step() == SQLITE_ROW) {
        pinned = old.int64(1) != 0;
        oldUnpinned = pinned ? 0 : old.int64(0);
    }
    old.reset();
    SqliteStatement &upsert = m_db.statement(
            "INSERT INTO tiles (z, x, y, data, bytes, shown, fetched) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)"
            " ON CONFLICT (z, x, y) DO UPDATE SET data = excluded.data, bytes = excluded.bytes, shown = excluded.shown,"
            " fetched = excluded.fetched RETURNING id");
    upsert.reset().bind(1, tile.z).bind(2, tile.x).bind(3, tile.y).bindBlob(4, data).bind(5, qint64(data.size())).bind(6, nowMs);
    const int rc = upsert.step();
    const qint64 id = rc == SQLITE_ROW ? upsert.int64(0) : -1;
    const int done = rc == SQLITE_ROW ? upsert.step() : rc;
    upsert.reset();
    if (StoreError error = m_db.checkStep(done, QStringLiteral("keeping tile %1").arg(tile.key())); !error.ok() || id < 0) {
        m_db.rollback();
        return error.ok() ? m_db.errorFor(rc, QStringLiteral("keeping tile %1").arg(tile.key())) : error;
    }
    if (!pinned)
        m_used += data.size() - oldUnpinned;
    if (StoreError error = evict(id); !error.ok()) {
        m_db.rollback();
        static_cast<void>(recount()); // the failure above is the one reported
        return error;
    }
    return m_db.commit();
}

StoreError TileCache::evict(qint64 keepId)
{
    // Oldest shown first, a page at a time, until the budget holds; the tile just kept stays.
    SqliteStatement &oldest = m_db.statement("SELECT id, bytes FROM tiles WHERE pinned = 0 AND id <> ?1 ORDER BY shown, id LIMIT 64");
    SqliteStatement &drop = m_db.statement("DELETE FROM tiles WHERE id = ?1");
    while (m_used > m_budget) {
        QList<QPair<qint64, qint64>> victims;
        oldest.reset().bind(1, keepId);
        int rc;
        qint64 freeing = 0;
        while (m_used - freeing > m_budget && (rc = oldest.step()) == SQLITE_ROW) {
            victims.append({ oldest.int64(0), oldest.int64(1) });
            freeing += oldest.int64(1);
        }
        oldest.reset();
        if (victims.isEmpty())
            break; // only the tile just kept is left: a budget smaller than one tile
        for (const auto &victim : std::as_const(victims)) {
            if (StoreError error = m_db.checkStep(drop.reset().bind(1, victim.first).exec(), QStringLiteral("evicting a tile")); !error.ok())
                return error;
            m_used -= victim.second;
        }
    }
    return StoreError::none();
}

StoreError TileCache::markShown(const QList<TileId> &tiles, qint64 nowMs)
{
    if (tiles.isEmpty())
        return StoreError::none();
    if (StoreError error = m_db.begin(); !error.ok())
        return error;
    SqliteStatement &touch = m_db.statement("UPDATE tiles SET shown = ?4 WHERE z = ?1 AND x = ?2 AND y = ?3");
    for (const TileId &tile : tiles) {
        if (StoreError error = m_db.checkStep(touch.reset().bind(1, tile.z).bind(2, tile.x).bind(3, tile.y).bind(4, nowMs).exec(),
                                              QStringLiteral("noting a tile shown"));
            !error.ok()) {
            m_db.rollback();
            return error;
        }
    }
    return m_db.commit();
}

StoreError TileCache::remove(const TileId &tile)
{
    SqliteStatement &drop = m_db.statement("DELETE FROM tiles WHERE z = ?1 AND x = ?2 AND y = ?3");
    if (StoreError error = m_db.checkStep(drop.reset().bind(1, tile.z).bind(2, tile.x).bind(3, tile.y).exec(), QStringLiteral("removing a tile"));
        !error.ok())
        return error;
    return recount();
}

Result<TileCache::PackImport> TileCache::importPack(const QString &packPath, qint64 nowMs)
{
    Result<std::unique_ptr<TilePack>> pack = TilePack::openForReading(packPath);
    if (!pack.ok())
        return pack.error();
    const Result<QHash<QString, QString>> metadata = pack.value()->metadata();
    const QString attribution = metadata.ok() ? metadata.value().value(QStringLiteral("attribution")).left(200) : QString();
    const QFileInfo info(packPath);
    const QString identity = QStringLiteral("%1|%2|%3").arg(info.fileName()).arg(info.size()).arg(info.lastModified().toMSecsSinceEpoch());
    SqliteStatement &known = m_db.statement("SELECT tiles FROM packs WHERE identity = ?1");
    if (known.reset().bind(1, identity).step() == SQLITE_ROW) {
        PackImport skipped;
        skipped.tiles = known.int64(0);
        skipped.alreadyImported = true;
        skipped.attribution = attribution;
        known.reset();
        return skipped;
    }
    known.reset();
    if (StoreError error = m_db.begin(); !error.ok())
        return error;
    PackImport imported;
    imported.attribution = attribution;
    StoreError failure;
    SqliteStatement &upsert = m_db.statement(
            "INSERT INTO tiles (z, x, y, data, bytes, shown, pinned, fetched) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 1, ?6)"
            " ON CONFLICT (z, x, y) DO UPDATE SET data = excluded.data, bytes = excluded.bytes, pinned = 1, fetched = excluded.fetched");
    StoreError read = pack.value()->forEach([&](const TileId &tile, const QByteArray &data) {
        if (data.size() > maxTileBytes || !looksLikeImage(data))
            return true; // not an image: left out, the rest still comes in
        upsert.reset().bind(1, tile.z).bind(2, tile.x).bind(3, tile.y).bindBlob(4, data).bind(5, qint64(data.size())).bind(6, nowMs);
        failure = m_db.checkStep(upsert.exec(), QStringLiteral("importing tile %1").arg(tile.key()));
        if (!failure.ok())
            return false;
        ++imported.tiles;
        imported.bytes += data.size();
        return true;
    });
    if (failure.ok())
        failure = read;
    if (failure.ok()) {
        SqliteStatement &note = m_db.statement("INSERT OR REPLACE INTO packs (identity, imported, tiles) VALUES (?1, ?2, ?3)");
        failure = m_db.checkStep(note.reset().bind(1, identity).bind(2, nowMs).bind(3, imported.tiles).exec(), QStringLiteral("noting the pack"));
    }
    if (!failure.ok()) {
        m_db.rollback();
        return failure;
    }
    if (StoreError error = m_db.commit(); !error.ok())
        return error;
    if (StoreError error = recount(); !error.ok())
        return error;
    return imported;
}
