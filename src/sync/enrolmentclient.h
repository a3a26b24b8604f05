#pragma once

#include "result.h"

#include <QJsonObject>
#include <QStringList>
#include <QUrl>

class QNetworkAccessManager;

// What a device receives when it redeems an invite; the token is the device's secret.
struct DeviceCredentials
{
    QUrl server;
    QString deviceId;
    QString token;
    QStringList roles;
    QString organisation;
    QString card;
    QStringList hosts; // a host's places (initiative ids), bound at enrolment; empty otherwise


    // The enrolment answer's field names (device_id, token, roles, organisation, card, hosts), plus
    // "server": the one JSON shape, for the answer and for keeping credentials on the device.
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static DeviceCredentials fromJson(const QJsonObject &json);
};

// Redeems an enrolment invite at a server (POST /_enrol). Waits for the answer in a local event
// loop, at most timeoutMs; an invite works once, so this is done once per device.
namespace EnrolmentClient {
[[nodiscard]] Result<DeviceCredentials> redeem(QNetworkAccessManager &network, const QUrl &server, const QString &code,
                                               const QString &deviceName, int timeoutMs = 20000);
}
