#include "enrolmentclient.h"

#include "serverpost.h"

#include <QJsonArray>

QJsonObject DeviceCredentials::toJson() const
{
    return { { "server", server.toString() }, { "device_id", deviceId }, { "token", token },
             { "roles", QJsonArray::fromStringList(roles) }, { "organisation", organisation }, { "card", card },
             { "hosts", QJsonArray::fromStringList(hosts) } };
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
    for (const QJsonValue &place : json.value(QLatin1String("hosts")).toArray()) {
        if (place.isString() && !c.hosts.contains(place.toString()))
            c.hosts.append(place.toString());
    }
    return c;
}

Result<DeviceCredentials> EnrolmentClient::redeem(QNetworkAccessManager &network, const QUrl &server, const QString &code,
                                                  const QString &deviceName, int timeoutMs)
{
    const Result<QJsonObject> answer = ServerPost::send(network, server, QStringLiteral("/_enrol"),
                                                        QJsonObject { { "invite", code }, { "device", deviceName } }, {}, timeoutMs);
    if (!answer.ok())
        return answer.error();
    DeviceCredentials credentials = DeviceCredentials::fromJson(answer.value());
    credentials.server = server.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery);
    if (credentials.token.isEmpty())
        return StoreError::make(StoreError::Code::InvalidJson, QStringLiteral("the server's answer has no token"));
    return credentials;
}
