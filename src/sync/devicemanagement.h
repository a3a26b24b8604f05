#pragma once

#include "result.h"

#include <QDateTime>
#include <QStringList>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class ServerPost;

// A phone as the desk's device list shows it (GET /_devices).
struct ManagedDevice
{
    QString id;
    QStringList roles;
    QString person;   // the first name or nickname typed at the invite
    QStringList hosts;
    QString name;     // what the phone called itself
    QDateTime enrolledAt;
    QDateTime lastSeen; // its last sync; invalid: none yet
    bool revoked = false;
};

struct DeviceInvitation
{
    QString code;     // to type: XXXX-XXXX-XXXX-XXXX
    QDateTime expires;
    QString qrPayload; // the text to show as a QR code for the new phone to scan
};

// The coordinator's desk calling buurtbrug-server's /_devices endpoints with its own device
// token (docs/SYNC-PROTOCOL.md, "Devices"). Asynchronous, like joining: each call returns the
// request (cancel() or deleting it drops the answer) and `done` runs once, at most timeoutMs
// later, from the event loop. A refusal comes back as the StoreError of its status
// (Unauthorized, Forbidden, NotFound, BadRequest), an unreachable server as IoError.
namespace DeviceManagement {
using InviteDone = std::function<void(const Result<DeviceInvitation> &)>;
using DevicesDone = std::function<void(const Result<QList<ManagedDevice>> &)>;
using RevokeDone = std::function<void(const StoreError &)>;

ServerPost *invite(QNetworkAccessManager &network, const QUrl &server, const QByteArray &token, const QStringList &roles,
                   const QString &person, const QStringList &hosts, InviteDone done, QObject *parent = nullptr,
                   int timeoutMs = 15000);
ServerPost *devices(QNetworkAccessManager &network, const QUrl &server, const QByteArray &token, DevicesDone done,
                    QObject *parent = nullptr, int timeoutMs = 15000);
// Null, with `done` called at once, for an id that is not a device id.
ServerPost *revoke(QNetworkAccessManager &network, const QUrl &server, const QByteArray &token, const QString &deviceId,
                   RevokeDone done, QObject *parent = nullptr, int timeoutMs = 15000);
}
