#pragma once

#include "couchclient.h"

#include "couchjoin.h"

#include <QJsonObject>

struct InviteSpec;

// Devices as CouchDB users (`_users`, `org.couchdb.user:dev-…`): enrolment makes one with the
// roles of CouchLayout::userRoles and a fresh random password, shown once; revocation deletes
// it, which also ends its cookie sessions at once (CouchDB checks the user on every request).
// A card holder is also named a member of their card's database.
namespace CouchDevices {
// {"ok", "device_id", "password", "server", "roles", "organisation", "card", "databases":
// {local name: database on the cluster}}: what the device needs, and the password only here.
[[nodiscard]] Result<QJsonObject> enrol(CouchClient &client, const InviteSpec &spec, const QUrl &jobsBase);
// The phone's join payload for an enrol answer: `server` is how phones reach the deployment.
[[nodiscard]] CouchJoin joinPayload(const QJsonObject &enrolled, const InviteSpec &spec, const QUrl &server);
// The payload's QR code as a PNG (8 pixels a module, its quiet zone included).
[[nodiscard]] StoreError writeQrPng(const QString &text, const QString &file);
[[nodiscard]] Result<QJsonObject> revoke(CouchClient &client, const QString &deviceId, const QUrl &jobsBase);
}
