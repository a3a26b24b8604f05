#include "enrolmentclient.h"

#include "serverpost.h"

#include <QJsonArray>

QJsonObject DeviceCredentials::toJson() const
{
    QJsonObject json { { "server", server.toString() }, { "device_id", deviceId }, { "token", token },
                       { "roles", QJsonArray::fromStringList(roles) }, { "organisation", organisation }, { "card", card },
                       { "hosts", QJsonArray::fromStringList(hosts) } };
    if (!password.isEmpty()) {
        QJsonObject map;
        for (auto it = databases.cbegin(); it != databases.cend(); ++it)
            map.insert(it.key(), it.value());
        json.insert("password", password);
        json.insert("person", person);
        json.insert("databases", map);
    }
    return json;
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
    c.password = json.value(QLatin1String("password")).toString();
    c.person = json.value(QLatin1String("person")).toString();
    const QJsonObject map = json.value(QLatin1String("databases")).toObject();
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (it.value().isString())
            c.databases.insert(it.key(), it.value().toString());
    }
    for (const QJsonValue &place : json.value(QLatin1String("hosts")).toArray()) {
        if (place.isString() && !c.hosts.contains(place.toString()))
            c.hosts.append(place.toString());
    }
    return c;
}

ServerPost *EnrolmentClient::redeem(QNetworkAccessManager &network, const QUrl &server, const QString &code,
                                   const QString &deviceName, Done done, QObject *parent, int timeoutMs)
{
    const QUrl base = server.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery);
    const auto answered = [base, done = std::move(done)](const ServerAnswer &answer) {
        Enrolment outcome;
        outcome.error = answer.error;
        if (!answer.error.ok()) {
            if (answer.error.code == StoreError::Code::Forbidden)
                outcome.refusal = InviteStates::fromName(answer.body.value(QLatin1String("invite")).toString())
                                          .value_or(InviteState::Open);
        } else {
            outcome.credentials = DeviceCredentials::fromJson(answer.body);
            outcome.credentials.server = base;
            if (outcome.credentials.token.isEmpty())
                outcome.error = StoreError::make(StoreError::Code::InvalidJson, QStringLiteral("the server's answer has no token"));
        }
        done(outcome);
    };
    return new ServerPost(network, server, QStringLiteral("/_enrol"), QJsonObject { { "invite", code }, { "device", deviceName } },
                          {}, timeoutMs, 201, answered, parent);
}
