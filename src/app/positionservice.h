#pragma once

#include "geo.h"

#include <QObject>
#include <QString>
#include <QTimer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QGeoPositionInfo;
class QGeoPositionInfoSource;

// Where the reader is, for "how far, which way, how many minutes": a fix from a position source
// (the platform's, or an NMEA log for demos and tests), else a fallback point, the neighbourhood
// centre. Invariants: latitude/longitude are always a valid coordinate (the fix, or the fallback);
// a position outside the world never becomes the fix; a fix lasts staleTimeout() after the last
// update, then the fallback returns; distances are rounded to what the position's accuracy
// allows, and flagged approximate unless the fix is precise. Freshness is judged by arrival, not
// by the update's timestamp: replayed logs carry old timestamps and phone clocks can be wrong.
// Coordinates never reach a log. statusCode is derived, in this order: an error of the source
// ("no-permission", "closed"), else "ok" with a fix, else "waiting" while started, else "none"
// (no source at all, or stopped). status is the same in plain English for logs and debugging;
// the UI translates statusCode.
class PositionService : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppController")
    Q_PROPERTY(bool hasFix READ hasFix NOTIFY positionChanged)
    Q_PROPERTY(double latitude READ latitude NOTIFY positionChanged)
    Q_PROPERTY(double longitude READ longitude NOTIFY positionChanged)
    // Metres (radius); -1 when unknown, and always -1 for the fallback point.
    Q_PROPERTY(double accuracy READ accuracy NOTIFY positionChanged)
    Q_PROPERTY(bool precise READ precise NOTIFY positionChanged)
    // "gps" for a fix, "fallback" for the neighbourhood point.
    Q_PROPERTY(QString sourceKind READ sourceKind NOTIFY positionChanged)
    // Started and not given up: false after stop(), and after a permission or closed error (start()
    // then tries again).
    Q_PROPERTY(bool active READ active NOTIFY activeChanged)
    // "ok", "no-permission", "closed", "waiting" or "none".
    Q_PROPERTY(QString statusCode READ statusCode NOTIFY statusChanged)
    Q_PROPERTY(QString status READ status NOTIFY statusChanged)

public:
    // Visserijplein, the market square at the heart of the sample neighbourhood.
    static constexpr Geo::Point neighbourhoodCentre { 51.9105, 4.4502 };
    // A fix is precise (distances shown without "about") at this accuracy or better.
    static constexpr double preciseAccuracyMetres = 50.0;
    // Distances from the fallback point, or from a fix of unknown accuracy, are rounded as if
    // the position were this far off: anywhere in the neighbourhood.
    static constexpr double assumedAccuracyMetres = 500.0;
    static constexpr int defaultStaleTimeoutMs = 2 * 60 * 1000;
    // NMEA gives only HDOP; accuracy = 2 × HDOP × UERE (5.1 m is a typical consumer receiver).
    static constexpr double nmeaUserEquivalentRangeError = 5.1;

    // Replays the NMEA log `nmeaFile` (the app's --nmea FILE) in real time, or with an empty path
    // uses the platform's default source. A log that cannot be opened, or no platform source,
    // leaves the service on the fallback with statusCode "none". An invalid fallback is replaced
    // by neighbourhoodCentre. Nothing is read until start().
    explicit PositionService(const QString &nmeaFile = {}, Geo::Point fallback = neighbourhoodCentre,
                             QObject *parent = nullptr);
    // Uses `source` (may be null), taking ownership; for tests with a scripted source.
    PositionService(QGeoPositionInfoSource *source, Geo::Point fallback, QObject *parent = nullptr);
    ~PositionService() override;

    // A service on the NMEA log at `nmeaFile`, not started.
    [[nodiscard]] static std::unique_ptr<PositionService> fromNmeaFile(const QString &nmeaFile,
                                                                       Geo::Point fallback = neighbourhoodCentre);
    // A QNmeaPositionInfoSource replaying `nmeaFile` in real time (by the sentences' timestamps)
    // with accuracy enabled, or nullptr when the file cannot be opened.
    [[nodiscard]] static QGeoPositionInfoSource *createNmeaSource(const QString &nmeaFile,
                                                                  QObject *parent = nullptr);

    [[nodiscard]] bool hasFix() const { return m_hasFix; }
    [[nodiscard]] double latitude() const { return point().lat; }
    [[nodiscard]] double longitude() const { return point().lon; }
    // The fix, or the fallback point.
    [[nodiscard]] Geo::Point point() const { return m_hasFix ? m_fix : m_fallback; }
    [[nodiscard]] Geo::Point fallback() const { return m_fallback; }
    [[nodiscard]] double accuracy() const { return m_hasFix ? m_accuracy : -1.0; }
    [[nodiscard]] bool precise() const;
    // The accuracy distances are rounded for (Geo::walk): the fix's, or assumedAccuracyMetres
    // without a fix or with one of unknown accuracy. The list and the detail both use it.
    [[nodiscard]] double distanceAccuracy() const;
    [[nodiscard]] QString sourceKind() const;
    [[nodiscard]] bool active() const { return m_active; }
    [[nodiscard]] QString statusCode() const;
    [[nodiscard]] QString status() const;

    // How long a fix lasts without a new update before the fallback returns (tests shorten it).
    void setStaleTimeout(int milliseconds);
    [[nodiscard]] int staleTimeout() const { return m_staleTimer.interval(); }

    // From here to (lat, lon): { metres (rounded, see Geo::roundedDistance), minutes (at rollator
    // pace, from the rounded metres), bearing (degrees, 0 = north), compass (0..7, N..NW),
    // approximate (true unless the fix is precise) }. An empty map for an invalid target.
    Q_INVOKABLE QVariantMap distanceTo(double lat, double lon) const;

    Q_INVOKABLE void start();
    // Stops the source; the last fix stays until it goes stale.
    Q_INVOKABLE void stop();

signals:
    void positionChanged();
    void activeChanged();
    void statusChanged();

private:
    enum class SourceError { None, NoPermission, Closed };

    QGeoPositionInfoSource *m_source = nullptr;
    Geo::Point m_fallback;
    Geo::Point m_fix { 0, 0 };
    double m_accuracy = -1;
    bool m_hasFix = false;
    bool m_active = false;
    SourceError m_error = SourceError::None;
    QTimer m_staleTimer;

    void attach(QGeoPositionInfoSource *source);
    void onPositionUpdated(const QGeoPositionInfo &info);
    void onSourceError(int error);
    void fail(SourceError error);
    void onStale();
    // Runs `change`, then emits statusChanged if statusCode() changed.
    template<typename Change>
    void updateStatus(Change change);
};
