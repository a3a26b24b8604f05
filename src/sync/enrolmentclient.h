#pragma once

#include "invitestate.h"
#include "result.h"

#include <QJsonObject>
#include <QMap>
#include <QStringList>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class ServerPost;

// What a device receives when it redeems an invite; the token is the device's secret. A phone
// that joined a CouchDB deployment (CouchJoin) has a password instead, signs in with HTTP Basic
// as `deviceId`, and syncs each local database with the remote one `databases` names.
struct DeviceCredentials
{
    QUrl server;
    QString deviceId;
    QString token;
    QString password;                 // CouchDB deployments: the device user's password
    QMap<QString, QString> databases; // CouchDB deployments: local name → remote database
    QString person;
    QStringList roles;
    QString organisation;
    QString card;
    QStringList hosts; // a host's places (initiative ids), bound at enrolment; empty otherwise

    // Joined at all: a token (buurtbrug-server) or a password (CouchDB).
    [[nodiscard]] bool joined() const { return !token.isEmpty() || !password.isEmpty(); }

    // The enrolment answer's field names (device_id, token, roles, organisation, card, hosts), plus
    // "server" (and for CouchDB "password", "person", "databases"): the one JSON shape, for the
    // answer and for keeping credentials on the device.
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static DeviceCredentials fromJson(const QJsonObject &json);
};

// The outcome of redeeming an invite: credentials, or an error; when the server refused the
// code, `refusal` says why (Unknown, Used, Expired), else it stays Open.
struct Enrolment
{
    StoreError error;
    InviteState refusal = InviteState::Open;
    DeviceCredentials credentials;
};

// Redeems an enrolment invite at a server (POST /_enrol), asynchronously: `done` runs once
// with the outcome, at most timeoutMs later, unless the returned request (a child of `parent`)
// is cancelled first. An invite works once, so this is done once per device.
namespace EnrolmentClient {
using Done = std::function<void(const Enrolment &outcome)>;
ServerPost *redeem(QNetworkAccessManager &network, const QUrl &server, const QString &code, const QString &deviceName,
                   Done done, QObject *parent, int timeoutMs = 20000);
}
