#pragma once

#include "result.h"

#include <QDateTime>
#include <QStringList>
#include <QUrl>

class QNetworkAccessManager;

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
// token (docs/SYNC-PROTOCOL.md, "Devices"). Each call waits at most timeoutMs; a refusal comes
// back as the StoreError of its status (Unauthorized, Forbidden, NotFound, BadRequest), an
// unreachable server as IoError.
namespace DeviceManagement {
[[nodiscard]] Result<DeviceInvitation> invite(QNetworkAccessManager &network, const QUrl &server, const QByteArray &token,
                                              const QStringList &roles, const QString &person, const QStringList &hosts,
                                              int timeoutMs = 15000);
[[nodiscard]] Result<QList<ManagedDevice>> devices(QNetworkAccessManager &network, const QUrl &server, const QByteArray &token,
                                                   int timeoutMs = 15000);
[[nodiscard]] StoreError revoke(QNetworkAccessManager &network, const QUrl &server, const QByteArray &token,
                                const QString &deviceId, int timeoutMs = 15000);
}
