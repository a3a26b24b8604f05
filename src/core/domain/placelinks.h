#pragma once

#include <QString>
#include <QUrl>

// The links behind "Route" and "Call" on a place: a `geo:` URI where the platform hands it to
// the maps app (Android), an OpenStreetMap page elsewhere, and a `tel:` URI that dials.
// Pure functions: no platform is asked here, the caller says which one it is.
namespace PlaceLinks {
enum class Platform { Android, Other };

struct Place
{
    QString name;
    QString street;
    QString postcode;
    QString city;
    bool hasPosition = false;
    double latitude = 0;
    double longitude = 0;
};

// The platform this build runs on.
[[nodiscard]] Platform current();
// Where the maps app opens: the position when known (with the name as its label), else the
// address as a search; an empty URL when there is neither.
[[nodiscard]] QUrl route(const Place &place, Platform platform);
// tel: with the digits of a phone number as written ("010-412 00 00" → tel:0104120000,
// a leading + kept); an empty URL when it holds no digits.
[[nodiscard]] QUrl call(const QString &phone);
}
