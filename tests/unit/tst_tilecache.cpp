#include "tilecache.h"
#include "tilepack.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// The tile cache on a real SQLite file: tiles kept and read back, garbage refused, the budget
// held by evicting the least recently shown, and tile packs (MBTiles) imported pinned.
class TestTileCache : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // Bytes that start as a PNG does; the cache only looks at the signature.
    static QByteArray fakePng(int size, char fill = 'x')
    {
        QByteArray data("\x89PNG\r\n\x1a\n", 8);
        data.append(QByteArray(std::max(0, size - 8), fill));
        return data;
    }

    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private slots:
    void keepsAndReadsTiles()
    {
        TileCache cache;
        QVERIFY(cache.open(path("keep.cache")).ok());
        const TileId tile { 15, 16789, 10836 };
        QCOMPARE(cache.tile(tile).error().code, StoreError::Code::NotFound);
        const QByteArray data = fakePng(2000);
        QVERIFY(cache.put(tile, data, 1000).ok());
        QCOMPARE(cache.tile(tile).value(), data);
        QCOMPARE(cache.usedBytes(), qint64(2000));
        // Replacing a tile counts its bytes once.
        QVERIFY(cache.put(tile, fakePng(3000), 2000).ok());
        QCOMPARE(cache.usedBytes(), qint64(3000));
        QCOMPARE(cache.count().value(), qint64(1));
        QCOMPARE(cache.fetchedAt(tile), qint64(2000));
        QCOMPARE(cache.fetchedAt({ 15, 0, 0 }), qint64(-1));
        // Open again: the bytes are counted from the file.
        TileCache again;
        QVERIFY(again.open(path("keep.cache")).ok());
        QCOMPARE(again.usedBytes(), qint64(3000));
        QVERIFY(again.remove(tile).ok());
        QCOMPARE(again.usedBytes(), qint64(0));
    }

    void refusesWhatIsNotATile()
    {
        TileCache cache;
        QVERIFY(cache.open(path("refuse.cache")).ok());
        QCOMPARE(cache.put({ 3, 1, 1 }, "<html>Service Unavailable</html>", 1).code, StoreError::Code::BadRequest);
        QCOMPARE(cache.put({ 3, 1, 1 }, QByteArray(), 1).code, StoreError::Code::BadRequest);
        QCOMPARE(cache.put({ 3, 9, 1 }, fakePng(100), 1).code, StoreError::Code::BadRequest); // no such tile
        QCOMPARE(cache.put({ 3, 1, 1 }, fakePng(int(TileCache::maxTileBytes) + 1), 1).code, StoreError::Code::AttachmentTooLarge);
        QVERIFY(cache.put({ 3, 1, 1 }, QByteArray("\xff\xd8\xff\xe0jpeg", 8), 1).ok());
        QCOMPARE(cache.count().value(), qint64(1));
    }

    void evictsLeastRecentlyShown()
    {
        TileCache cache;
        QVERIFY(cache.open(path("budget.cache")).ok());
        QVERIFY(cache.setBudgetBytes(10 * 1000).ok());
        // Ten tiles of 1000 bytes fill the budget exactly.
        for (int i = 0; i < 10; ++i)
            QVERIFY(cache.put({ 10, i, 0 }, fakePng(1000), 100 + i).ok());
        QCOMPARE(cache.count().value(), qint64(10));
        // Tiles 0 and 1 are shown again: they are now the most recent.
        QVERIFY(cache.markShown({ { 10, 0, 0 }, { 10, 1, 0 } }, 500).ok());
        // Three more: the three least recently shown (2, 3, 4) go.
        for (int i = 10; i < 13; ++i)
            QVERIFY(cache.put({ 10, i, 0 }, fakePng(1000), 600 + i).ok());
        QCOMPARE(cache.count().value(), qint64(10));
        QVERIFY(cache.usedBytes() <= cache.budgetBytes());
        for (int i : { 2, 3, 4 })
            QVERIFY2(!cache.contains({ 10, i, 0 }), qPrintable(QString::number(i)));
        for (int i : { 0, 1, 5, 9, 10, 12 })
            QVERIFY2(cache.contains({ 10, i, 0 }), qPrintable(QString::number(i)));
        // A smaller budget evicts at once, oldest first.
        QVERIFY(cache.setBudgetBytes(3000).ok());
        QCOMPARE(cache.count().value(), qint64(3));
        QVERIFY(cache.contains({ 10, 12, 0 }));
        QVERIFY(cache.contains({ 10, 11, 0 }));
        QVERIFY(cache.contains({ 10, 10, 0 }));
        // A tile larger than the whole budget is still kept while it is shown (the only one).
        QVERIFY(cache.setBudgetBytes(500).ok());
        QVERIFY(cache.put({ 10, 20, 0 }, fakePng(800), 900).ok());
        QCOMPARE(cache.count().value(), qint64(1));
    }

    void importsAPackPinned()
    {
        const QString packPath = path("delfshaven.mbtiles");
        {
            Result<std::unique_ptr<TilePack>> pack = TilePack::create(packPath);
            QVERIFY(pack.ok());
            QVERIFY(pack.value()->setMetadata("name", "Delfshaven").ok());
            QVERIFY(pack.value()->setMetadata("format", "png").ok());
            QVERIFY(pack.value()->begin().ok());
            for (int x = 0; x < 4; ++x)
                QVERIFY(pack.value()->put({ 12, 2100 + x, 1350 }, fakePng(1000, char('a' + x))).ok());
            QVERIFY(pack.value()->put({ 12, 2200, 1350 }, "not an image").ok());
            QVERIFY(pack.value()->commit().ok());
            QVERIFY(pack.value()->finish().ok());
        }
        // The pack is a plain MBTiles file: rows counted from the south, no WAL left behind.
        QVERIFY(!QFile::exists(packPath + "-wal"));
        {
            Result<std::unique_ptr<TilePack>> pack = TilePack::openForReading(packPath);
            QVERIFY(pack.ok());
            QCOMPARE(pack.value()->metadata().value().value("name"), QString("Delfshaven"));
            QCOMPARE(pack.value()->count().value(), qint64(5));
            QList<TileId> seen;
            QVERIFY(pack.value()->forEach([&](const TileId &t, const QByteArray &) { seen.append(t); return true; }).ok());
            QVERIFY(seen.contains(TileId({ 12, 2101, 1350 })));
        }

        TileCache cache;
        QVERIFY(cache.open(path("pack.cache")).ok());
        QVERIFY(cache.setBudgetBytes(2000).ok());
        Result<TileCache::PackImport> imported = cache.importPack(packPath, 10);
        QVERIFY2(imported.ok(), qPrintable(imported.error().reason));
        QCOMPARE(imported.value().tiles, qint64(4)); // the one that is not an image stays out
        QVERIFY(!imported.value().alreadyImported);
        QCOMPARE(cache.tile({ 12, 2102, 1350 }).value(), fakePng(1000, 'c'));
        // Pinned: not counted against the budget and never evicted by tiles seen online.
        QCOMPARE(cache.usedBytes(), qint64(0));
        for (int i = 0; i < 5; ++i)
            QVERIFY(cache.put({ 14, i, 0 }, fakePng(1000), 100 + i).ok());
        QCOMPARE(cache.pinnedCount().value(), qint64(4));
        for (int x = 0; x < 4; ++x)
            QVERIFY(cache.contains({ 12, 2100 + x, 1350 }));
        QCOMPARE(cache.count().value(), qint64(6)); // four pinned, two within the budget
        // The same file again is skipped.
        imported = cache.importPack(packPath, 20);
        QVERIFY(imported.ok());
        QVERIFY(imported.value().alreadyImported);

        // Not a pack: refused, nothing changed.
        QFile junk(path("junk.mbtiles"));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("this is not sqlite at all, just some bytes of text that go on long enough");
        junk.close();
        QVERIFY(!cache.importPack(junk.fileName(), 30).ok());
        QVERIFY(!cache.importPack(path("missing.mbtiles"), 30).ok());
        QCOMPARE(cache.count().value(), qint64(6));
    }
};

QTEST_GUILESS_MAIN(TestTileCache)
#include "tst_tilecache.moc"
