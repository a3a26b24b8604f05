#include "positionservice.h"

#include <QGeoPositionInfoSource>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {
constexpr int timeoutMs = 5000;
// The last fixes of the logs in assets/nmea (see its README).
constexpr Geo::Point walkEnd { 51.910520, 4.448232 };
constexpr Geo::Point poorEnd { 51.9109, 4.4502 };
constexpr Geo::Point brokenGood { 51.9114, 4.4495 };

QString log(const char *name)
{
    return QStringLiteral(NMEA_DIR "/") + QLatin1String(name);
}

double metresFrom(const PositionService &service, Geo::Point p)
{
    return Geo::distanceMetres({ service.latitude(), service.longitude() }, p);
}

Geo::Point north(Geo::Point p, double metres)
{
    return { p.lat + metres / (Geo::earthRadiusMetres * M_PI / 180.0), p.lon };
}

// A source the test drives by hand.
class ScriptedSource : public QGeoPositionInfoSource
{
public:
    explicit ScriptedSource(QObject *parent = nullptr) : QGeoPositionInfoSource(parent) { }
    QGeoPositionInfo lastKnownPosition(bool = false) const override { return {}; }
    PositioningMethods supportedPositioningMethods() const override { return AllPositioningMethods; }
    int minimumUpdateInterval() const override { return 0; }
    Error error() const override { return m_error; }
    void startUpdates() override { ++starts; }
    void stopUpdates() override { ++stops; }
    void requestUpdate(int = 0) override { }

    void sendFix(double lat, double lon, double accuracy = 8)
    {
        QGeoPositionInfo info(QGeoCoordinate(lat, lon), QDateTime::currentDateTimeUtc());
        info.setAttribute(QGeoPositionInfo::HorizontalAccuracy, accuracy);
        emit positionUpdated(info);
    }
    void sendRaw(const QGeoPositionInfo &info) { emit positionUpdated(info); }
    void fail(Error error)
    {
        m_error = error;
        emit errorOccurred(error);
    }

    int starts = 0;
    int stops = 0;

private:
    Error m_error = NoError;
};
} // namespace

class Tst_positionservice : public QObject
{
    Q_OBJECT

private slots:
    void walkGivesAPreciseFix();
    void poorFixIsApproximate();
    void brokenLogEndsOnTheGoodFix();
    void invalidPositionsAreIgnored();
    void missingFileFallsBack();
    void invalidFallbackIsReplaced();
    void fixGoesStale();
    void sourceErrorsSetStatus();
    void distanceToRejectsInvalidTargets();
};

void Tst_positionservice::walkGivesAPreciseFix()
{
    auto service = PositionService::fromNmeaFile(log("visserijplein-walk.nmea"));
    QCOMPARE(service->statusCode(), u"none"_s);
    QSignalSpy positions(service.get(), &PositionService::positionChanged);
    service->start();
    QVERIFY(service->active());
    QTRY_VERIFY_WITH_TIMEOUT(service->hasFix(), timeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(metresFrom(*service, walkEnd) < 1.0, timeoutMs);
    QCOMPARE(positions.count(), 10);
    QCOMPARE(service->sourceKind(), u"gps"_s);
    QCOMPARE(service->statusCode(), u"ok"_s);
    QCOMPARE(service->status(), u"position found"_s);
    QVERIFY2(std::abs(service->accuracy() - 2 * 0.9 * 5.1) < 0.01, qPrintable(QString::number(service->accuracy())));
    QVERIFY(service->precise());

    const Geo::Point target = north(walkEnd, 300);
    const QVariantMap distance = service->distanceTo(target.lat, target.lon);
    QCOMPARE(distance.value(u"approximate"_s).toBool(), false);
    const double metres = distance.value(u"metres"_s).toDouble();
    QCOMPARE(metres, 300.0);
    QCOMPARE(distance.value(u"minutes"_s).toInt(), int(std::ceil(metres / 50)));
    QCOMPARE(distance.value(u"compass"_s).toInt(), 0);
    QVERIFY(std::abs(distance.value(u"bearing"_s).toDouble()) < 0.5);

    const QVariantMap back = service->distanceTo(PositionService::neighbourhoodCentre.lat,
                                                 PositionService::neighbourhoodCentre.lon);
    QCOMPARE(back.value(u"metres"_s).toDouble(), 140.0); // nine steps of 15 m, rounded to 10 m
    QCOMPARE(back.value(u"compass"_s).toInt(), 2); // back east
    QCOMPARE(back.value(u"minutes"_s).toInt(), 3);

    service->stop();
    QVERIFY(!service->active());
    QVERIFY(service->hasFix()); // kept until it goes stale
}

void Tst_positionservice::poorFixIsApproximate()
{
    auto service = PositionService::fromNmeaFile(log("poor-fix.nmea"));
    service->start();
    QTRY_VERIFY_WITH_TIMEOUT(service->hasFix() && metresFrom(*service, poorEnd) < 1.0, timeoutMs);
    QVERIFY2(std::abs(service->accuracy() - 2 * 40 * 5.1) < 0.5, qPrintable(QString::number(service->accuracy())));
    QVERIFY(!service->precise());
    QCOMPARE(service->sourceKind(), u"gps"_s);

    const Geo::Point target = north(poorEnd, 1234);
    const QVariantMap distance = service->distanceTo(target.lat, target.lon);
    QCOMPARE(distance.value(u"approximate"_s).toBool(), true);
    QCOMPARE(distance.value(u"metres"_s).toDouble(), 1200.0); // 408 m accuracy: whole 100 m
    QCOMPARE(distance.value(u"minutes"_s).toInt(), 24);

    const Geo::Point near = north(poorEnd, 347);
    QCOMPARE(service->distanceTo(near.lat, near.lon).value(u"metres"_s).toDouble(), 300.0);
}

void Tst_positionservice::brokenLogEndsOnTheGoodFix()
{
    auto service = PositionService::fromNmeaFile(log("broken.nmea"));
    QList<Geo::Point> seen;
    connect(service.get(), &PositionService::positionChanged, this,
            [&] { seen.append({ service->latitude(), service->longitude() }); });
    service->start();
    QTRY_VERIFY_WITH_TIMEOUT(service->hasFix(), timeoutMs);
    QTest::qWait(300); // the log is over; nothing else may arrive
    QVERIFY2(metresFrom(*service, brokenGood) < 1.0,
             qPrintable(QStringLiteral("%1,%2").arg(service->latitude()).arg(service->longitude())));
    QVERIFY(service->precise());
    QCOMPARE(seen.size(), 1);
    for (const Geo::Point p : std::as_const(seen))
        QVERIFY(Geo::isValid(p) && Geo::distanceMetres(p, brokenGood) < 1.0);
}

void Tst_positionservice::invalidPositionsAreIgnored()
{
    auto *source = new ScriptedSource;
    PositionService service(source, PositionService::neighbourhoodCentre);
    service.start();
    source->sendFix(51.9120, 4.4510);
    QVERIFY(service.hasFix());
    QSignalSpy positions(&service, &PositionService::positionChanged);

    // Only the fact reaches the log, never a coordinate.
    QTest::ignoreMessage(QtWarningMsg, "ignored an invalid position");
    source->sendFix(95.0, 4.4510);
    QTest::ignoreMessage(QtWarningMsg, "ignored an invalid position");
    source->sendRaw(QGeoPositionInfo()); // no coordinate at all
    QTest::ignoreMessage(QtWarningMsg, "ignored an invalid position");
    source->sendFix(51.9, 200.0);
    QCOMPARE(positions.count(), 0);
    QCOMPARE(service.latitude(), 51.9120);
    QCOMPARE(service.longitude(), 4.4510);

    // A fix without accuracy is a fix, but never precise.
    QGeoPositionInfo unknown(QGeoCoordinate(51.9130, 4.4520), QDateTime::currentDateTimeUtc());
    source->sendRaw(unknown);
    QCOMPARE(positions.count(), 1);
    QCOMPARE(service.accuracy(), -1.0);
    QVERIFY(!service.precise());
    QCOMPARE(service.distanceTo(51.9130, 4.4620).value(u"approximate"_s).toBool(), true);
}

void Tst_positionservice::missingFileFallsBack()
{
    QTemporaryDir dir;
    QTest::ignoreMessage(QtWarningMsg, "the NMEA log could not be opened; using the neighbourhood point");
    auto service = PositionService::fromNmeaFile(dir.filePath(u"missing.nmea"_s));
    service->start();
    QVERIFY(!service->hasFix());
    QVERIFY(!service->active());
    QCOMPARE(service->latitude(), 51.9105);
    QCOMPARE(service->longitude(), 4.4502);
    QCOMPARE(service->sourceKind(), u"fallback"_s);
    QCOMPARE(service->statusCode(), u"none"_s);
    QCOMPARE(service->status(), u"no position source"_s);
    QCOMPARE(service->accuracy(), -1.0);
    QVERIFY(!service->precise());

    // From the fallback, distances are rounded as if 500 m off.
    const Geo::Point target = north(PositionService::neighbourhoodCentre, 1234);
    const QVariantMap distance = service->distanceTo(target.lat, target.lon);
    QCOMPARE(distance.value(u"approximate"_s).toBool(), true);
    QCOMPARE(distance.value(u"metres"_s).toDouble(), 1000.0);
    QCOMPARE(distance.value(u"minutes"_s).toInt(), 20);

    // Another neighbourhood's centre is honoured.
    QTest::ignoreMessage(QtWarningMsg, "the NMEA log could not be opened; using the neighbourhood point");
    PositionService elsewhere(dir.filePath(u"missing.nmea"_s), { 51.9000, 4.4300 });
    QCOMPARE(elsewhere.latitude(), 51.9000);
    QCOMPARE(elsewhere.longitude(), 4.4300);
}

void Tst_positionservice::invalidFallbackIsReplaced()
{
    PositionService service(static_cast<QGeoPositionInfoSource *>(nullptr), { 91, 4 });
    QCOMPARE(service.latitude(), PositionService::neighbourhoodCentre.lat);
    QCOMPARE(service.longitude(), PositionService::neighbourhoodCentre.lon);
}

void Tst_positionservice::fixGoesStale()
{
    auto service = PositionService::fromNmeaFile(log("visserijplein-walk.nmea"));
    QCOMPARE(service->staleTimeout(), 2 * 60 * 1000);
    service->setStaleTimeout(400); // longer than the 100 ms between fixes
    QSignalSpy positions(service.get(), &PositionService::positionChanged);
    service->start();
    QTRY_VERIFY_WITH_TIMEOUT(metresFrom(*service, walkEnd) < 1.0, timeoutMs);
    QCOMPARE(positions.count(), 10); // no stale gap during the walk
    QTRY_VERIFY_WITH_TIMEOUT(!service->hasFix(), timeoutMs);
    QCOMPARE(service->latitude(), PositionService::neighbourhoodCentre.lat);
    QCOMPARE(service->sourceKind(), u"fallback"_s);
    QCOMPARE(service->statusCode(), u"waiting"_s);
    QVERIFY(!service->precise());

    // A new update brings the fix back.
    auto *source = new ScriptedSource;
    PositionService scripted(source, PositionService::neighbourhoodCentre);
    scripted.setStaleTimeout(100);
    scripted.start();
    source->sendFix(51.9120, 4.4510);
    QVERIFY(scripted.hasFix());
    QTRY_VERIFY_WITH_TIMEOUT(!scripted.hasFix(), timeoutMs);
    source->sendFix(51.9121, 4.4511);
    QVERIFY(scripted.hasFix());
    QCOMPARE(scripted.latitude(), 51.9121);
}

void Tst_positionservice::sourceErrorsSetStatus()
{
    auto *source = new ScriptedSource;
    PositionService service(source, PositionService::neighbourhoodCentre);
    QCOMPARE(service.statusCode(), u"none"_s);
    QCOMPARE(service.status(), u"position off"_s);
    QSignalSpy status(&service, &PositionService::statusChanged);
    service.start();
    QCOMPARE(source->starts, 1);
    QCOMPARE(service.statusCode(), u"waiting"_s);
    QCOMPARE(service.status(), u"waiting for a position"_s);

    QTest::ignoreMessage(QtWarningMsg, "position source: no permission");
    source->fail(QGeoPositionInfoSource::AccessError);
    QCOMPARE(service.statusCode(), u"no-permission"_s);
    QCOMPARE(service.status(), u"no position permission"_s);
    QVERIFY(!service.active());
    QVERIFY(!service.hasFix());
    QCOMPARE(service.latitude(), PositionService::neighbourhoodCentre.lat);
    QCOMPARE(status.count(), 2);

    service.start(); // a retry, say after the permission prompt
    QCOMPARE(source->starts, 2);
    QCOMPARE(service.statusCode(), u"waiting"_s);
    source->fail(QGeoPositionInfoSource::UpdateTimeoutError);
    QCOMPARE(service.statusCode(), u"waiting"_s);
    QVERIFY(service.active());
    source->sendFix(51.9120, 4.4510);
    QCOMPARE(service.statusCode(), u"ok"_s);

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^position source closed"_s));
    source->fail(QGeoPositionInfoSource::ClosedError);
    QCOMPARE(service.statusCode(), u"closed"_s);
    QCOMPARE(service.status(), u"position source closed"_s);
    QVERIFY(service.hasFix()); // the last fix still holds until it goes stale

    service.start();
    service.stop();
    QCOMPARE(source->stops, 1);
    QVERIFY(!service.active());
}

void Tst_positionservice::distanceToRejectsInvalidTargets()
{
    PositionService service(static_cast<QGeoPositionInfoSource *>(nullptr), PositionService::neighbourhoodCentre);
    QVERIFY(service.distanceTo(95, 4).isEmpty());
    QVERIFY(service.distanceTo(std::nan(""), 4).isEmpty());
    const QVariantMap here = service.distanceTo(51.9105, 4.4502);
    QCOMPARE(here.value(u"metres"_s).toDouble(), 0.0);
    QCOMPARE(here.value(u"minutes"_s).toInt(), 1);
}

QTEST_MAIN(Tst_positionservice)
#include "tst_positionservice.moc"
