#include "enrolmentclient.h"

#include "jsontext.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

QJsonObject DeviceCredentials::toJson() const
{
    return { { "server", server.toString() }, { "device_id", deviceId }, { "token", token },
             { "roles", QJsonArray::fromStringList(roles) }, { "organisation", organisation }, { "card", card } };
}

DeviceCredentials DeviceCredentials::fromJson(const QJsonObject &json)
{
    DeviceCredentials c;
    c.server = QUrl(json.value(QLatin1String("server")).toString());
    c.deviceId = json.value(QLatin1String("device_id")).toString();
    c.token = json.value(QLatin1String("token")).toString();
    for (const QJsonValue &role : json.value(QLatin1String("roles")).toArray())
        c.roles.append(role.toString());
    c.organisation = json.value(QLatin1String("organisation")).toString();
    c.card = json.value(QLatin1String("card")).toString();
    return c;
}

Result<DeviceCredentials> EnrolmentClient::redeem(QNetworkAccessManager &network, const QUrl &server, const QString &code,
                                                  const QString &deviceName, int timeoutMs)
{
    QUrl url = server.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery);
    url.setPath(QStringLiteral("/_enrol"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(timeoutMs);
    const QByteArray body = QJsonDocument(QJsonObject { { "invite", code }, { "device", deviceName } }).toJson(QJsonDocument::Compact);
    QNetworkReply *reply = network.post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0)
        return StoreError::make(StoreError::Code::IoError, QStringLiteral("cannot reach %1: %2").arg(url.host(), reply->errorString()));
    Result<QJsonObject> answer = JsonText::parseObject(reply->readAll());
    if (!answer.ok())
        return answer.error();
    if (status != 201)
        return StoreError::make(status == 403 ? StoreError::Code::Forbidden : StoreError::Code::BadRequest,
                                answer.value().value(QLatin1String("reason")).toString());
    DeviceCredentials credentials = DeviceCredentials::fromJson(answer.value());
    credentials.server = server.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery);
    if (credentials.token.isEmpty())
        return StoreError::make(StoreError::Code::InvalidJson, QStringLiteral("the server's answer has no token"));
    return credentials;
}
