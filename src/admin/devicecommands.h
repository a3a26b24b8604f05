#pragma once

#include "result.h"

#include <QJsonObject>

struct InviteSpec;

// buurtbrug-admin's device management over the data folder's registry: enrolment invites
// (code and QR payload), the list of devices, revocation, and organisation databases.
namespace DeviceCommands {
[[nodiscard]] Result<QJsonObject> invite(const QString &data, const InviteSpec &spec, const QString &serverUrl);
[[nodiscard]] Result<QJsonObject> devices(const QString &data);
[[nodiscard]] Result<QJsonObject> revoke(const QString &data, const QString &deviceId);
[[nodiscard]] Result<QJsonObject> addOrganisation(const QString &data, const QString &slug);
}
