#include "devicemanagement.h"

#include "serverpost.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {
QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list.append(v.toString());
    return list;
}
}

Result<DeviceInvitation> DeviceManagement::invite(QNetworkAccessManager &network, const QUrl &server, const QByteArray &token,
                                                  const QStringList &roles, const QString &person, const QStringList &hosts,
                                                  int timeoutMs)
{
    QJsonObject body { { "roles", QJsonArray::fromStringList(roles) }, { "person", person } };
    if (!hosts.isEmpty())
        body.insert(QStringLiteral("hosts"), QJsonArray::fromStringList(hosts));
    Result<QJsonObject> answer = ServerPost::request(network, "POST", server, QStringLiteral("/_devices/_invite"), body, token,
                                                     timeoutMs, 201);
    if (!answer.ok())
        return answer.error();
    const QJsonObject &a = answer.value();
    if (a.value(QLatin1String("code")).toString().isEmpty())
        return StoreError::make(StoreError::Code::BadRequest, a.value(QLatin1String("reason")).toString());
    return DeviceInvitation { a.value(QLatin1String("code")).toString(),
                              QDateTime::fromString(a.value(QLatin1String("expires")).toString(), Qt::ISODate),
                              a.value(QLatin1String("qr")).toString() };
}

Result<QList<ManagedDevice>> DeviceManagement::devices(QNetworkAccessManager &network, const QUrl &server, const QByteArray &token,
                                                       int timeoutMs)
{
    Result<QJsonObject> answer = ServerPost::request(network, "GET", server, QStringLiteral("/_devices"), {}, token, timeoutMs, 200);
    if (!answer.ok())
        return answer.error();
    if (!answer.value().value(QLatin1String("devices")).isArray())
        return StoreError::make(StoreError::Code::BadRequest, answer.value().value(QLatin1String("reason")).toString());
    QList<ManagedDevice> list;
    for (const QJsonValue &value : answer.value().value(QLatin1String("devices")).toArray()) {
        const QJsonObject d = value.toObject();
        list.append({ d.value(QLatin1String("id")).toString(), strings(d.value(QLatin1String("roles"))),
                      d.value(QLatin1String("person")).toString(), strings(d.value(QLatin1String("hosts"))),
                      d.value(QLatin1String("name")).toString(),
                      QDateTime::fromString(d.value(QLatin1String("enrolledAt")).toString(), Qt::ISODate),
                      QDateTime::fromString(d.value(QLatin1String("lastSeen")).toString(), Qt::ISODate),
                      d.value(QLatin1String("revoked")).toBool() });
    }
    return list;
}

StoreError DeviceManagement::revoke(QNetworkAccessManager &network, const QUrl &server, const QByteArray &token,
                                    const QString &deviceId, int timeoutMs)
{
    // The id goes into the path: only what a device id is made of.
    for (QChar c : deviceId) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'-')
            return StoreError::make(StoreError::Code::BadRequest, QStringLiteral("not a device id"));
    }
    Result<QJsonObject> answer = ServerPost::request(network, "DELETE", server, QStringLiteral("/_devices/") + deviceId, {}, token,
                                                     timeoutMs, 200);
    if (!answer.ok())
        return answer.error();
    if (!answer.value().value(QLatin1String("ok")).toBool())
        return StoreError::make(StoreError::Code::BadRequest, answer.value().value(QLatin1String("reason")).toString());
    return StoreError::none();
}
