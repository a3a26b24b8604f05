#pragma once

#include "couchrequest.h"
#include "principal.h"

#include <optional>

class DeviceRegistry;
class SessionStore;

// Turns the Authorization header (or an AuthSession cookie standing for one) into a Principal: HTTP Basic for the server admin given at
// start, and for devices either "Authorization: Bearer <token>" or Basic with the device id as
// name and the token as password (so PouchDB-style URLs with credentials work). Returns
// nullopt when credentials were given but are wrong or revoked, so the caller answers 401
// instead of treating the caller as anonymous.
class Authenticator
{
public:
    // The admin's password, or its hash from hashPassword() ("$argon2id$..."): only the
    // salted, slow hash is kept.
    void setAdmin(const QString &name, const QString &passwordOrHash);
    // Argon2id with a random salt (libsodium's crypto_pwhash_str); empty when it failed.
    [[nodiscard]] static QByteArray hashPassword(const QByteArray &password);
    void setRegistry(DeviceRegistry *registry) { m_registry = registry; }
    // With sessions, a request without Authorization may sign in by its AuthSession cookie.
    void setSessions(SessionStore *sessions) { m_sessions = sessions; }
    [[nodiscard]] bool hasAdmin() const { return !m_adminName.isEmpty(); }
    [[nodiscard]] std::optional<Principal> authenticate(const CouchRequest &request) const;

private:
    QString m_adminName;
    QByteArray m_adminPasswordHash; // crypto_pwhash_str's text
    // Keyed digests of admin credentials that passed the slow check lately, so that a client
    // sending them with every request pays the slow hash once, not per request.
    mutable QList<QPair<QByteArray, qint64>> m_recentAdmin;
    QByteArray m_cacheKey;
    mutable double m_checkBudget = 10; // slow checks that may run now (refilled over time)
    mutable qint64 m_budgetUpdated = 0;

    [[nodiscard]] bool isAdminPassword(const QByteArray &password) const;
    DeviceRegistry *m_registry = nullptr;
    SessionStore *m_sessions = nullptr;

    [[nodiscard]] std::optional<Principal> device(const QString &id, const QString &token) const;
};
