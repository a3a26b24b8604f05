#include "tilemath.h"

#include <QTest>

// Web Mercator tile addressing against values computed independently (OpenStreetMap's wiki
// formulas) and the edges of the world.
class TestTileMath : public QObject
{
    Q_OBJECT

private slots:
    void tilesOfKnownPlaces_data()
    {
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("lon");
        QTest::addColumn<int>("z");
        QTest::addColumn<int>("x");
        QTest::addColumn<int>("y");
        QTest::newRow("world") << 51.9105 << 4.4502 << 0 << 0 << 0;
        QTest::newRow("north-west quarter") << 10.0 << -10.0 << 1 << 0 << 0;
        QTest::newRow("south-east quarter") << -10.0 << 10.0 << 1 << 1 << 1;
        QTest::newRow("Amsterdam z12") << 52.3731 << 4.8922 << 12 << 2103 << 1346;
        QTest::newRow("Visserijplein z15") << 51.9105 << 4.4502 << 15 << 16789 << 10836;
        QTest::newRow("Visserijplein z18") << 51.9105 << 4.4502 << 18 << 134312 << 86695;
        QTest::newRow("north pole clamps") << 90.0 << 0.0 << 3 << 4 << 0;
        QTest::newRow("east edge clamps") << 0.0 << 180.0 << 3 << 7 << 4;
    }
    void tilesOfKnownPlaces()
    {
        QFETCH(double, lat);
        QFETCH(double, lon);
        QFETCH(int, z);
        QFETCH(int, x);
        QFETCH(int, y);
        const TileId tile = TileMath::tileAt(lat, lon, z);
        QCOMPARE(tile.z, z);
        QCOMPARE(tile.x, x);
        QCOMPARE(tile.y, y);
        QVERIFY(tile.isValid());
    }

    void tileCornersAreKnown()
    {
        const QPointF corner = TileMath::toLatLon(TileMath::tileOrigin({ 2, 2, 1 }));
        QCOMPARE(corner.x(), 0.0);
        QVERIFY(qAbs(corner.y() - 66.51326044311186) < 1e-9);
        const QPointF top = TileMath::toLatLon(TileMath::tileOrigin({ 5, 0, 0 }));
        QVERIFY(qAbs(top.y() - TileMath::maxLatitude) < 1e-9);
        QCOMPARE(top.x(), -180.0);
    }

    void roundTrips()
    {
        for (double lat : { -80.0, -33.9, 0.0, 51.9105, 85.0 }) {
            for (double lon : { -179.5, -0.1, 4.4502, 179.9 }) {
                const QPointF back = TileMath::toLatLon(TileMath::toWorld(lat, lon));
                QVERIFY(qAbs(back.y() - lat) < 1e-9);
                QVERIFY(qAbs(back.x() - lon) < 1e-9);
            }
        }
    }

    void boxesAndCounts()
    {
        const std::optional<GeoBox> box = GeoBox::parse("4.43,51.90,4.47,51.92");
        QVERIFY(box);
        QCOMPARE(TileMath::tilesCovering(*box, 0).size(), 1);
        qint64 sum = 0;
        for (int z = 12; z <= 18; ++z)
            sum += TileMath::tilesCovering(*box, z).size();
        QCOMPARE(TileMath::tileCount(*box, 12, 18), sum);
        const QList<TileId> z15 = TileMath::tilesCovering(*box, 15);
        QVERIFY(z15.contains(TileMath::tileAt(51.9105, 4.4502, 15)));
        QVERIFY(!GeoBox::parse("4.47,51.90,4.43,51.92")); // west east of east
        QVERIFY(!GeoBox::parse("4.43,51.90,4.47"));
        QVERIFY(!GeoBox::parse("a,b,c,d"));
        QVERIFY(!GeoBox::parse("-200,0,1,1"));
    }

    void idsAndScale()
    {
        QVERIFY(!TileId({ 1, 2, 0 }).isValid());
        QVERIFY(!TileId({ -1, 0, 0 }).isValid());
        QCOMPARE(TileId({ 15, 16789, 10836 }).parent(), TileId({ 14, 8394, 5418 }));
        QCOMPARE(TileId({ 15, 16789, 10836 }).key(), QString("15/16789/10836"));
        // 156 543 m per pixel at the equator at zoom 0, halving per level.
        QVERIFY(qAbs(TileMath::metresPerPixel(0, 0) - 156543.03) < 0.1);
        QVERIFY(qAbs(TileMath::metresPerPixel(0, 1) - 156543.03 / 2) < 0.1);
    }
};

QTEST_GUILESS_MAIN(TestTileMath)
#include "tst_tilemath.moc"
