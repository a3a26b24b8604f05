#pragma once

#include "couchrequest.h"
#include "principal.h"

#include <optional>

// Turns the Authorization header into a Principal: HTTP Basic (as CouchDB) for the server
// admin given at start. Returns nullopt when credentials were given but are wrong, so the
// caller answers 401 instead of treating the caller as anonymous.
class Authenticator
{
public:
    void setAdmin(const QString &name, const QString &password);
    [[nodiscard]] bool hasAdmin() const { return !m_adminName.isEmpty(); }
    [[nodiscard]] std::optional<Principal> authenticate(const CouchRequest &request) const;

private:
    QString m_adminName;
    QByteArray m_adminPasswordHash;
};
