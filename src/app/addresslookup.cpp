#include "addresslookup.h"

#include <QNetworkAccessManager>

AddressLookup::AddressLookup(QObject *parent) : QObject(parent) { }

AddressLookup::~AddressLookup() = default;

void AddressLookup::setServiceUrl(const QUrl &url)
{
    m_serviceUrl = url;
    if (m_geocoder)
        m_geocoder->setServiceUrl(url);
}

void AddressLookup::setTimeoutMs(int ms)
{
    m_timeoutMs = ms;
    if (m_geocoder)
        m_geocoder->setTimeoutMs(ms);
}

Geocoder &AddressLookup::geocoder()
{
    if (!m_geocoder) {
        m_network = std::make_unique<QNetworkAccessManager>();
        m_geocoder = std::make_unique<Geocoder>(m_network.get());
        m_geocoder->setServiceUrl(m_serviceUrl);
        m_geocoder->setTimeoutMs(m_timeoutMs);
        connect(m_geocoder.get(), &Geocoder::found, this, [this](const QList<GeocodedAddress> &found) {
            m_results.clear();
            for (const GeocodedAddress &a : found)
                m_results.append(QVariantMap { { QStringLiteral("label"), a.label },
                                               { QStringLiteral("latitude"), a.latitude },
                                               { QStringLiteral("longitude"), a.longitude },
                                               { QStringLiteral("street"), (a.street + u' ' + a.houseNumber).trimmed() },
                                               { QStringLiteral("postcode"), a.postcode },
                                               { QStringLiteral("city"), a.city } });
            m_busy = false;
            emit changed();
        });
        connect(m_geocoder.get(), &Geocoder::failed, this, [this](Geocoder::Error error) {
            m_error = error;
            m_busy = false;
            emit changed();
        });
    }
    return *m_geocoder;
}

void AddressLookup::lookup(const QString &address)
{
    m_results.clear();
    m_error = Geocoder::Error::None;
    m_busy = true;
    emit changed();
    geocoder().lookup(address);
}

void AddressLookup::clear()
{
    if (m_geocoder)
        m_geocoder->cancel();
    m_results.clear();
    m_error = Geocoder::Error::None;
    m_busy = false;
    emit changed();
}

QString AddressLookup::message() const
{
    switch (m_error) {
    case Geocoder::Error::None: return QString();
    case Geocoder::Error::EmptyQuery: return tr("Type a street and house number, or a postcode, to look up.");
    case Geocoder::Error::QueryTooLong: return tr("This address is too long to look up.");
    case Geocoder::Error::Unreachable:
        return tr("The address service cannot be reached. Are you online? You can also type the position, or use this device's position.");
    case Geocoder::Error::Timeout:
        return tr("The address service did not answer in time. Try again, or type the position.");
    case Geocoder::Error::HttpError:
    case Geocoder::Error::BadAnswer:
        return tr("The address service gave an answer this app cannot read. Try again later, or type the position.");
    case Geocoder::Error::NotFound: return tr("No address found. Check the street, house number and postcode.");
    }
    return QString();
}
