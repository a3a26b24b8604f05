#pragma once

#include "couchrequest.h"
#include "couchresponse.h"
#include "principal.h"

class DatabaseFolder;
class DeviceRegistry;

// The coordinator's desk managing the phones of their own organisation from any device
// (docs/SYNC-PROTOCOL.md, "Devices"):
//   POST   /_devices/_invite   {"roles", "person", "hosts", "validHours"} → 201 {code, expires, qr}
//   GET    /_devices           → 200 {"devices": [{id, roles, person, name, enrolledAt, lastSeen, revoked}]}
//   DELETE /_devices/<id>      → 200 {"ok", "revoked"}
// Only a device with the coordinator role, and only for its own organisation (the server
// admin names one with "org" / ?org=); a device of another organisation is 403 and left as it
// is. Bodies are at most maxBodyBytes; lists in them are bounded; card holders are invited
// with their card (buurtbrug-admin), not here.
namespace DeviceEndpoints {
constexpr qint64 maxBodyBytes = 4096;
constexpr int maxRoles = 6;
constexpr int maxHosts = 50;
constexpr int maxPersonLength = 60;
constexpr int maxValidHours = 14 * 24;
constexpr int maxListed = 1000;

[[nodiscard]] bool handles(const CouchRequest &request);
[[nodiscard]] CouchResponse handle(DeviceRegistry &registry, DatabaseFolder &folder, const CouchRequest &request,
                                   const Principal &who);
}
