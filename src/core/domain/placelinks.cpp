#include "placelinks.h"

#include <QStringList>

namespace {
// Six decimals (about 10 cm), always with a dot: the URI syntax, not the reader's locale.
QString coordinate(double value)
{
    return QString::number(value, 'f', 6);
}

QString addressLine(const PlaceLinks::Place &place)
{
    QStringList parts;
    for (const QString &part : { place.street, QString(place.postcode + u' ' + place.city).trimmed() }) {
        if (!part.trimmed().isEmpty())
            parts.append(part.trimmed());
    }
    return parts.join(QStringLiteral(", "));
}
}

PlaceLinks::Platform PlaceLinks::current()
{
#ifdef Q_OS_ANDROID
    return Platform::Android;
#else
    return Platform::Other;
#endif
}

QUrl PlaceLinks::route(const Place &place, Platform platform)
{
    const QString address = addressLine(place);
    if (!place.hasPosition && address.isEmpty())
        return {};
    if (platform == Platform::Android) {
        // geo:LAT,LON?q=LAT,LON(Label) drops a labelled pin (RFC 5870 plus Android's q).
        QString text;
        if (place.hasPosition) {
            const QString at = coordinate(place.latitude) + u',' + coordinate(place.longitude);
            // Brackets end the label: a name's own brackets would cut it short.
            QString label = place.name;
            label.replace(u'(', u' ').replace(u')', u' ');
            text = QStringLiteral("geo:%1?q=%1").arg(at);
            if (!label.trimmed().isEmpty())
                text += u'(' + QString::fromLatin1(QUrl::toPercentEncoding(label.simplified())) + u')';
        } else {
            text = QStringLiteral("geo:0,0?q=") + QString::fromLatin1(QUrl::toPercentEncoding(address));
        }
        return QUrl(text, QUrl::StrictMode);
    }
    if (place.hasPosition) {
        const QString lat = coordinate(place.latitude);
        const QString lon = coordinate(place.longitude);
        return QUrl(QStringLiteral("https://www.openstreetmap.org/?mlat=%1&mlon=%2#map=18/%1/%2").arg(lat, lon), QUrl::StrictMode);
    }
    return QUrl(QStringLiteral("https://www.openstreetmap.org/search?query=") + QString::fromLatin1(QUrl::toPercentEncoding(address)),
                QUrl::StrictMode);
}

QUrl PlaceLinks::call(const QString &phone)
{
    QString written = phone.trimmed();
    // "+31 (0)10 …": the (0) is dialled only from inside the country.
    if (written.startsWith(u'+'))
        written.remove(QStringLiteral("(0)"));
    QString digits;
    for (const QChar c : std::as_const(written)) {
        if (c.isDigit() && c.unicode() < 128)
            digits.append(c);
        else if (c == u'+' && digits.isEmpty())
            digits.append(c);
    }
    if (digits.isEmpty() || digits == QLatin1String("+"))
        return {};
    return QUrl(QStringLiteral("tel:") + digits);
}
