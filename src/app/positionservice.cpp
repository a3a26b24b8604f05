#include "positionservice.h"

#include <QFile>
#include <QFileInfo>
#include <QGeoPositionInfo>
#include <QGeoPositionInfoSource>
#include <QLoggingCategory>
#include <QNmeaPositionInfoSource>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {
Q_LOGGING_CATEGORY(lcPosition, "buurtbrug.position")
}

PositionService::PositionService(const QString &nmeaFile, Geo::Point fallback, QObject *parent)
    : PositionService(static_cast<QGeoPositionInfoSource *>(nullptr), fallback, parent)
{
    QGeoPositionInfoSource *source = nullptr;
    if (!nmeaFile.isEmpty()) {
        source = createNmeaSource(nmeaFile, this);
        if (!source)
            qCWarning(lcPosition) << "the NMEA log could not be opened; using the neighbourhood point";
    } else {
        source = QGeoPositionInfoSource::createDefaultSource(this);
        if (!source)
            qCInfo(lcPosition) << "no position source on this platform; using the neighbourhood point";
    }
    attach(source);
}

PositionService::PositionService(QGeoPositionInfoSource *source, Geo::Point fallback, QObject *parent)
    : QObject(parent), m_fallback(Geo::isValid(fallback) ? fallback : neighbourhoodCentre)
{
    m_staleTimer.setSingleShot(true);
    m_staleTimer.setInterval(defaultStaleTimeoutMs);
    connect(&m_staleTimer, &QTimer::timeout, this, &PositionService::onStale);
    attach(source);
}

PositionService::~PositionService()
{
    if (m_source && m_active)
        m_source->stopUpdates();
}

std::unique_ptr<PositionService> PositionService::fromNmeaFile(const QString &nmeaFile, Geo::Point fallback)
{
    return std::make_unique<PositionService>(nmeaFile, fallback);
}

QGeoPositionInfoSource *PositionService::createNmeaSource(const QString &nmeaFile, QObject *parent)
{
    // Through Qt's "nmea" plugin, which replays the log in simulation mode. The plugin takes
    // a path it cannot open for a serial port name, so the file is checked first. QtTest runs
    // hide plugins marked "Testable": false (nmea among them); there the plugin's own class is
    // built directly, with the same behaviour.
    if (!QFileInfo(nmeaFile).isFile() || !QFileInfo(nmeaFile).isReadable())
        return nullptr;
    QGeoPositionInfoSource *source = QGeoPositionInfoSource::createSource(
            QStringLiteral("nmea"), { { QStringLiteral("nmea.source"), QFileInfo(nmeaFile).absoluteFilePath() } }, parent);
    auto *nmea = qobject_cast<QNmeaPositionInfoSource *>(source);
    if (!nmea) {
        delete source;
        auto file = std::make_unique<QFile>(nmeaFile);
        if (!file->open(QIODevice::ReadOnly))
            return nullptr;
        nmea = new QNmeaPositionInfoSource(QNmeaPositionInfoSource::SimulationMode, parent);
        file->setParent(nmea);
        nmea->setDevice(file.release());
        source = nmea;
    }
    // Without a UERE the NMEA source reports no accuracy at all.
    nmea->setUserEquivalentRangeError(nmeaUserEquivalentRangeError);
    return source;
}

template<typename Change>
void PositionService::updateStatus(Change change)
{
    const QString before = statusCode();
    change();
    if (statusCode() != before)
        emit statusChanged();
}

void PositionService::attach(QGeoPositionInfoSource *source)
{
    if (!source)
        return;
    if (m_source)
        m_source->deleteLater();
    m_source = source;
    m_source->setParent(this);
    // Connected before any startUpdates(): the first update can be emitted synchronously.
    connect(m_source, &QGeoPositionInfoSource::positionUpdated, this, &PositionService::onPositionUpdated);
    connect(m_source, &QGeoPositionInfoSource::errorOccurred, this,
            [this](QGeoPositionInfoSource::Error error) { onSourceError(int(error)); });
}

bool PositionService::precise() const
{
    return m_hasFix && m_accuracy > 0 && m_accuracy <= preciseAccuracyMetres;
}

QString PositionService::sourceKind() const
{
    return m_hasFix ? u"gps"_s : u"fallback"_s;
}

QString PositionService::statusCode() const
{
    switch (m_error) {
    case SourceError::NoPermission: return u"no-permission"_s;
    case SourceError::Closed: return u"closed"_s;
    case SourceError::None: break;
    }
    if (m_hasFix)
        return u"ok"_s;
    return m_active ? u"waiting"_s : u"none"_s;
}

QString PositionService::status() const
{
    const QString code = statusCode();
    if (code == "no-permission"_L1)
        return u"no position permission"_s;
    if (code == "closed"_L1)
        return u"position source closed"_s;
    if (code == "ok"_L1)
        return u"position found"_s;
    if (code == "waiting"_L1)
        return u"waiting for a position"_s;
    return m_source ? u"position off"_s : u"no position source"_s;
}

void PositionService::setStaleTimeout(int milliseconds)
{
    const bool running = m_staleTimer.isActive();
    m_staleTimer.setInterval(std::max(1, milliseconds));
    if (running)
        m_staleTimer.start();
}

double PositionService::distanceAccuracy() const
{
    return m_hasFix && m_accuracy > 0 ? m_accuracy : assumedAccuracyMetres;
}

QVariantMap PositionService::distanceTo(double lat, double lon) const
{
    const Geo::Point target { lat, lon };
    if (!Geo::isValid(target))
        return {};
    const Geo::Point here = point();
    const Geo::Walk walk = Geo::walk(Geo::distanceMetres(here, target), distanceAccuracy());
    const double bearing = Geo::bearingDegrees(here, target);
    return { { u"metres"_s, walk.metres },
             { u"minutes"_s, walk.minutes },
             { u"bearing"_s, bearing },
             { u"compass"_s, Geo::compassPoint(bearing) },
             { u"approximate"_s, !precise() } };
}

void PositionService::start()
{
    if (!m_source) {
        qCInfo(lcPosition) << "start: no position source";
        return;
    }
    if (m_active)
        return;
    updateStatus([this] {
        m_error = SourceError::None;
        m_active = true;
    });
    emit activeChanged();
    // Failures arrive as errorOccurred, possibly from inside this call. error() is not read: a
    // source may keep reporting an old error after a successful restart.
    m_source->startUpdates();
}

void PositionService::stop()
{
    if (!m_active)
        return;
    if (m_source)
        m_source->stopUpdates();
    updateStatus([this] { m_active = false; });
    emit activeChanged();
}

void PositionService::onPositionUpdated(const QGeoPositionInfo &info)
{
    const QGeoCoordinate coordinate = info.coordinate();
    const Geo::Point fix { coordinate.latitude(), coordinate.longitude() };
    if (!Geo::isValid(fix)) {
        qCWarning(lcPosition) << "ignored an invalid position";
        return;
    }
    const double accuracy = info.hasAttribute(QGeoPositionInfo::HorizontalAccuracy)
            ? info.attribute(QGeoPositionInfo::HorizontalAccuracy)
            : -1.0;
    updateStatus([&] {
        m_fix = fix;
        m_accuracy = std::isfinite(accuracy) && accuracy > 0 ? accuracy : -1.0;
        m_hasFix = true;
        m_error = SourceError::None;
    });
    m_staleTimer.start();
    emit positionChanged();
}

void PositionService::onSourceError(int error)
{
    switch (QGeoPositionInfoSource::Error(error)) {
    case QGeoPositionInfoSource::AccessError:
        qCWarning(lcPosition) << "position source: no permission";
        fail(SourceError::NoPermission);
        break;
    case QGeoPositionInfoSource::ClosedError:
    case QGeoPositionInfoSource::UnknownSourceError:
        qCWarning(lcPosition) << "position source closed, error" << error;
        fail(SourceError::Closed);
        break;
    case QGeoPositionInfoSource::UpdateTimeoutError:
        // No update in time: the fix (if any) ages out through the stale timer.
        qCInfo(lcPosition) << "position source: no update in time";
        break;
    case QGeoPositionInfoSource::NoError: break;
    }
}

void PositionService::fail(SourceError error)
{
    // The source gave up: not active any more, so start() tries again (after a permission
    // prompt, say). A fix already there ages out through the stale timer.
    const bool wasActive = m_active;
    updateStatus([&] {
        m_error = error;
        m_active = false;
    });
    if (wasActive)
        emit activeChanged();
}

void PositionService::onStale()
{
    if (!m_hasFix)
        return;
    qCInfo(lcPosition) << "the position went stale; using the neighbourhood point";
    updateStatus([this] { m_hasFix = false; });
    emit positionChanged();
}
