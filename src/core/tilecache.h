#pragma once

#include "result.h"
#include "sqliteconnection.h"
#include "tilemath.h"

#include <QList>

// The map tiles on this device, in one SQLite file: each tile a blob keyed z/x/y with the time
// it was last shown. Tiles seen while online stay within a byte budget: a put past the budget
// evicts the least recently shown first. Tiles imported from a tile pack are pinned: the
// deployment shipped them so the map works offline, so they neither count against the budget
// nor are evicted (a newer pack replaces them). Only image bytes (PNG, JPEG, WebP by their
// signature) and at most maxTileBytes are kept. Durability is not needed here (a lost tile is
// fetched again), so commits do not wait for the disk. Times are what the caller says
// (milliseconds): no clock inside.
class TileCache
{
public:
    static constexpr qint64 defaultBudgetBytes = 64 * 1024 * 1024;
    static constexpr qint64 maxTileBytes = 1024 * 1024;

    struct PackImport
    {
        qint64 tiles = 0;
        qint64 bytes = 0;
        bool alreadyImported = false; // the same file (name, size, time) was imported before
        QString attribution;          // the pack's metadata "attribution", as its maker wrote it
    };

    [[nodiscard]] StoreError open(const QString &path);
    [[nodiscard]] bool isOpen() const { return m_db.isOpen(); }

    // Evicts at once when the cache is over the new budget.
    [[nodiscard]] StoreError setBudgetBytes(qint64 bytes);
    [[nodiscard]] qint64 budgetBytes() const { return m_budget; }
    // Bytes of the tiles the budget applies to (pinned tiles not counted).
    [[nodiscard]] qint64 usedBytes() const { return m_used; }
    [[nodiscard]] Result<qint64> count();
    [[nodiscard]] Result<qint64> pinnedCount();

    // The tile's bytes, or NotFound. Reading does not count as shown: see markShown.
    [[nodiscard]] Result<QByteArray> tile(const TileId &tile);
    [[nodiscard]] bool contains(const TileId &tile);
    // When the tile was kept (put or pack import, the caller's time), or -1 when it is not here.
    [[nodiscard]] qint64 fetchedAt(const TileId &tile);
    // Keeps a fetched tile (replacing an older copy; a pinned tile stays pinned) and evicts the
    // least recently shown unpinned tiles until the budget holds. BadRequest for bytes that are
    // not an image or larger than maxTileBytes: nothing is kept.
    [[nodiscard]] StoreError put(const TileId &tile, const QByteArray &data, qint64 nowMs);
    // The tiles drawn in one frame, in one transaction.
    [[nodiscard]] StoreError markShown(const QList<TileId> &tiles, qint64 nowMs);
    [[nodiscard]] StoreError remove(const TileId &tile);
    // Copies every tile of the pack in, pinned, in one transaction (all or nothing). A pack
    // imported before (same file name, size and modification time) is skipped.
    [[nodiscard]] Result<PackImport> importPack(const QString &packPath, qint64 nowMs);

    // PNG, JPEG or WebP by their first bytes.
    [[nodiscard]] static bool looksLikeImage(const QByteArray &data);

private:
    SqliteConnection m_db;
    qint64 m_budget = defaultBudgetBytes;
    qint64 m_used = 0;

    [[nodiscard]] StoreError evict(qint64 keepId);
    [[nodiscard]] StoreError recount();
};
