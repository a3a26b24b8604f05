#include "enrolmentclient.h"

#include "jsontext.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

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
    DeviceCredentials credentials;
    credentials.server = server.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery);
    credentials.deviceId = answer.value().value(QLatin1String("device_id")).toString();
    credentials.token = answer.value().value(QLatin1String("token")).toString();
    for (const QJsonValue &role : answer.value().value(QLatin1String("roles")).toArray())
        credentials.roles.append(role.toString());
    credentials.organisation = answer.value().value(QLatin1String("organisation")).toString();
    credentials.card = answer.value().value(QLatin1String("card")).toString();
    if (credentials.token.isEmpty())
        return StoreError::make(StoreError::Code::InvalidJson, QStringLiteral("the server's answer has no token"));
    return credentials;
}
