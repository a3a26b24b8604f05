#include "placelinks.h"

#include <QTest>

// Issue 17, defect 16: an address and a phone number did nothing when tapped. These are the
// links the Route and Call buttons open.
class TestPlaceLinks : public QObject
{
    Q_OBJECT

    const PlaceLinks::Place m_wijkpaleis { QStringLiteral("Wijkpaleis (قصر الحي)"), QStringLiteral("Mathenesserweg 110"),
                                           QStringLiteral("3027 HM"), QStringLiteral("Rotterdam"), true, 51.9132, 4.4441 };

private slots:
    void androidOpensTheMapsAppAtThePlace()
    {
        const QUrl url = PlaceLinks::route(m_wijkpaleis, PlaceLinks::Platform::Android);
        QVERIFY(url.isValid());
        QCOMPARE(url.scheme(), QString("geo"));
        const QString text = url.toString(QUrl::FullyEncoded);
        QVERIFY2(text.startsWith("geo:51.913200,4.444100?q=51.913200,4.444100("), qPrintable(text));
        QVERIFY(text.endsWith(")"));
        QCOMPARE(text.count('('), 1); // the name's own brackets do not end the label early
        QVERIFY(!text.contains(' '));
    }

    void elsewhereOpenStreetMapWithAMarker()
    {
        const QUrl url = PlaceLinks::route(m_wijkpaleis, PlaceLinks::Platform::Other);
        QCOMPARE(url.toString(QUrl::FullyEncoded),
                 QString("https://www.openstreetmap.org/?mlat=51.913200&mlon=4.444100#map=18/51.913200/4.444100"));
    }

    void withoutAPositionTheAddressIsSearched()
    {
        PlaceLinks::Place place = m_wijkpaleis;
        place.hasPosition = false;
        QCOMPARE(PlaceLinks::route(place, PlaceLinks::Platform::Other).toString(QUrl::FullyEncoded),
                 QString("https://www.openstreetmap.org/search?query=Mathenesserweg%20110%2C%203027%20HM%20Rotterdam"));
        QCOMPARE(PlaceLinks::route(place, PlaceLinks::Platform::Android).toString(QUrl::FullyEncoded),
                 QString("geo:0,0?q=Mathenesserweg%20110%2C%203027%20HM%20Rotterdam"));
        place.street.clear();
        place.postcode.clear();
        place.city.clear();
        QVERIFY(PlaceLinks::route(place, PlaceLinks::Platform::Android).isEmpty());
    }

    void aPhoneNumberDials()
    {
        QCOMPARE(PlaceLinks::call("010-4120000").toString(), QString("tel:0104120000"));
        QCOMPARE(PlaceLinks::call(" 010 - 412 00 00 ").toString(), QString("tel:0104120000"));
        QCOMPARE(PlaceLinks::call("+31 (0)10 412 0000").toString(), QString("tel:+31104120000"));
        QCOMPARE(PlaceLinks::call("٠١٠").toString(), QString()); // only what a dialler takes
        QVERIFY(PlaceLinks::call("").isEmpty());
        QVERIFY(PlaceLinks::call("-").isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestPlaceLinks)
#include "tst_placelinks.moc"
