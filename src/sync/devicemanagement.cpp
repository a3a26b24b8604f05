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

namespace {
Result<DeviceInvitation> invitationOf(const ServerAnswer &answer)
{
    if (!answer.error.ok())
        return answer.error;
    const QJsonObject &a = answer.body;
    if (a.value(QLatin1String("code")).toString().isEmpty())
        return StoreError::make(StoreError::Code::BadRequest, a.value(QLatin1String("reason")).toString());
    return DeviceInvitation { a.value(QLatin1String("code")).toString(),
                              QDateTime::fromString(a.value(QLatin1String("expires")).toString(), Qt::ISODate),
                              a.value(QLatin1String("qr")).toString() };
}

Result<QList<ManagedDevice>> devicesOf(const ServerAnswer &answer)
{
    if (!answer.error.ok())
        return answer.error;
    if (!answer.body.value(QLatin1String("devices")).isArray())
        return StoreError::make(StoreError::Code::BadRequest, answer.body.value(QLatin1String("reason")).toString());
    QList<ManagedDevice> list;
    for (const QJsonValue &value : answer.body.value(QLatin1String("devices")).toArray()) {
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

StoreError revocationOf(const ServerAnswer &answer)
{
    if (!answer.error.ok())
        return answer.error;
    if (!answer.body.value(QLatin1String("ok")).toBool())
        return StoreError::make(StoreError::Code::BadRequest, answer.body.value(QLatin1String("reason")).toString());
    return StoreError::none();
}
} // namespace

ServerPost *DeviceManagement::invite(QNetworkAccessManager &network, const QUrl &server, const QByteArray &token,
                                     const QStringList &roles, const QString &person, const QStringList &hosts,
                                     InviteDone done, QObject *parent, int timeoutMs)
{
    QJsonObject body { { "roles", QJsonArray::fromStringList(roles) }, { "person", person } };
    if (!hosts.isEmpty())
        body.insert(QStringLiteral("hosts"), QJsonArray::fromStringList(hosts));
    return new ServerPost(network, "POST", server, QStringLiteral("/_devices/_invite"), body, token, timeoutMs, 201,
                          [done = std::move(done)](const ServerAnswer &answer) { done(invitationOf(answer)); }, parent);
}

ServerPost *DeviceManagement::devices(QNetworkAccessManager &network, const QUrl &server, const QByteArray &token,
                                      DevicesDone done, QObject *parent, int timeoutMs)
{
    return new ServerPost(network, "GET", server, QStringLiteral("/_devices"), {}, token, timeoutMs, 200,
                          [done = std::move(done)](const ServerAnswer &answer) { done(devicesOf(answer)); }, parent);
}

ServerPost *DeviceManagement::revoke(QNetworkAccessManager &network, const QUrl &server, const QByteArray &token,
                                     const QString &deviceId, RevokeDone done, QObject *parent, int timeoutMs)
{
    // The id goes into the path: only what a device id is made of.
    for (QChar c : deviceId) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'-') {
            done(StoreError::make(StoreError::Code::BadRequest, QStringLiteral("not a device id")));
            return nullptr;
        }
    }
    return new ServerPost(network, "DELETE", server, QStringLiteral("/_devices/") + deviceId, {}, token, timeoutMs, 200,
                          [done = std::move(done)](const ServerAnswer &answer) { done(revocationOf(answer)); }, parent);
}
