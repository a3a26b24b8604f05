#include "geocoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QUrlQuery>

#include <cmath>

Geocoder::Geocoder(QNetworkAccessManager *network, QObject *parent) : QObject(parent), m_network(network)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (!m_reply)
            return;
        m_timedOut = true;
        m_reply->abort(); // finished() follows, and reports the timeout
    });
}

Geocoder::~Geocoder()
{
    cancel();
}

void Geocoder::cancel()
{
    m_timer.stop();
    if (QNetworkReply *reply = m_reply.data()) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void Geocoder::failLater(Error error)
{
    QMetaObject::invokeMethod(this, [this, error] { emit failed(error); }, Qt::QueuedConnection);
}

void Geocoder::lookup(const QString &address)
{
    cancel();
    const QString query = address.simplified();
    if (query.isEmpty())
        return failLater(Error::EmptyQuery);
    if (query.size() > maxQueryLength)
        return failLater(Error::QueryTooLong);
    QUrl url = m_serviceUrl;
    QUrlQuery parameters(url);
    parameters.addQueryItem(QStringLiteral("q"), query);
    parameters.addQueryItem(QStringLiteral("fq"), QStringLiteral("type:adres"));
    parameters.addQueryItem(QStringLiteral("rows"), QString::number(maxResults));
    parameters.addQueryItem(QStringLiteral("fl"),
                            QStringLiteral("weergavenaam straatnaam huis_nlt postcode woonplaatsnaam centroide_ll"));
    url.setQuery(parameters);
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    m_timedOut = false;
    QNetworkReply *reply = m_network->get(request);
    m_reply = reply;
    // A larger answer is refused as it arrives, not after it has filled memory.
    connect(reply, &QNetworkReply::downloadProgress, this, [this, reply](qint64 received, qint64) {
        if (received > maxAnswerBytes && reply == m_reply)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { finish(reply); });
    m_timer.start(m_timeoutMs);
}

void Geocoder::finish(QNetworkReply *reply)
{
    reply->deleteLater();
    if (reply != m_reply)
        return;
    m_reply = nullptr;
    m_timer.stop();
    const qint64 size = reply->bytesAvailable();
    if (m_timedOut)
        return void(emit failed(Error::Timeout));
    if (size > maxAnswerBytes || (reply->error() == QNetworkReply::OperationCanceledError))
        return void(emit failed(Error::BadAnswer)); // aborted for its size
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) // no HTTP answer at all
        return void(emit failed(Error::Unreachable));
    if (status != 200)
        return void(emit failed(Error::HttpError));
    QList<GeocodedAddress> results;
    const Error error = parse(reply->read(maxAnswerBytes + 1), results);
    if (error != Error::None)
        return void(emit failed(error));
    emit found(results);
}

Geocoder::Error Geocoder::parse(const QByteArray &answer, QList<GeocodedAddress> &results)
{
    results.clear();
    if (answer.size() > maxAnswerBytes)
        return Error::BadAnswer;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(answer, &parseError);
    const QJsonObject response = doc.object().value(QLatin1String("response")).toObject();
    if (parseError.error != QJsonParseError::NoError || !response.value(QLatin1String("docs")).isArray())
        return Error::BadAnswer;
    // "POINT(4.4455 51.9107)": longitude first, as WKT writes it.
    static const QRegularExpression point(QStringLiteral("^POINT\\(\\s*(-?[0-9.]+)\\s+(-?[0-9.]+)\\s*\\)$"));
    const QJsonArray docs = response.value(QLatin1String("docs")).toArray();
    for (const QJsonValue &value : docs) {
        if (results.size() == maxResults)
            break;
        const QJsonObject d = value.toObject();
        const QRegularExpressionMatch m = point.match(d.value(QLatin1String("centroide_ll")).toString());
        if (!m.hasMatch())
            continue;
        GeocodedAddress address;
        address.longitude = m.captured(1).toDouble();
        address.latitude = m.captured(2).toDouble();
        if (!std::isfinite(address.latitude) || std::abs(address.latitude) > 90 || std::abs(address.longitude) > 180)
            continue;
        address.label = d.value(QLatin1String("weergavenaam")).toString().left(300);
        address.street = d.value(QLatin1String("straatnaam")).toString().left(200);
        address.houseNumber = d.value(QLatin1String("huis_nlt")).toString().left(20);
        address.postcode = d.value(QLatin1String("postcode")).toString().left(10);
        address.city = d.value(QLatin1String("woonplaatsnaam")).toString().left(200);
        results.append(address);
    }
    if (!results.isEmpty())
        return Error::None;
    return docs.isEmpty() ? Error::NotFound : Error::BadAnswer;
}
