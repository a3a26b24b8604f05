#pragma once

#include "couchrequest.h"
#include "principal.h"

#include <optional>

class DeviceRegistry;

// Turns the Authorization header into a Principal: HTTP Basic for the server admin given at
// start, and for devices either "Authorization: Bearer <token>" or Basic with the device id as
// name and the token as password (so PouchDB-style URLs with credentials work). Returns
// nullopt when credentials were given but are wrong or revoked, so the caller answers 401
// instead of treating the caller as anonymous.
class Authenticator
{
public:
    void setAdmin(const QString &name, const QString &password);
    void setRegistry(DeviceRegistry *registry) { m_registry = registry; }
    [[nodiscard]] bool hasAdmin() const { return !m_adminName.isEmpty(); }
    [[nodiscard]] std::optional<Principal> authenticate(const CouchRequest &request) const;

private:
    QString m_adminName;
    QByteArray m_adminPasswordHash;
    DeviceRegistry *m_registry = nullptr;

    [[nodiscard]] std::optional<Principal> device(const QString &id, const QString &token) const;
};
