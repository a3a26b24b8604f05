#include "authenticator.h"

#include "deviceregistry.h"
#include "sessionstore.h"

#include <QDateTime>

#include <sodium.h>

#include <algorithm>

namespace {
constexpr qint64 recentAdminMs = 10 * 60 * 1000;
constexpr int recentAdminEntries = 8;
constexpr double checksPerSecond = 5;
constexpr double maxChecksAtOnce = 10;
// Slow enough that guessing is costly, small enough for a 2-core server under load:
// about 50 ms and 16 MiB per check (the cache below spares repeated checks).
constexpr unsigned long long hashOps = 3;
constexpr size_t hashMemory = 16 * 1024 * 1024;

QByteArray keyedDigest(const QByteArray &key, const QByteArray &text)
{
    QByteArray digest(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(digest.data()), size_t(digest.size()),
                       reinterpret_cast<const unsigned char *>(text.constData()), size_t(text.size()),
                       reinterpret_cast<const unsigned char *>(key.constData()), size_t(key.size()));
    return digest;
}
}

QByteArray Authenticator::hashPassword(const QByteArray &password)
{
    if (sodium_init() < 0)
        return {};
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(hash, password.constData(), size_t(password.size()), hashOps, hashMemory) != 0)
        return {};
    return QByteArray(hash);
}

void Authenticator::setAdmin(const QString &name, const QString &passwordOrHash)
{
    m_adminName = name;
    m_adminPasswordHash = passwordOrHash.startsWith(QLatin1String("$argon2")) ? passwordOrHash.toLatin1()
                                                                               : hashPassword(passwordOrHash.toUtf8());
    m_cacheKey = QByteArray(crypto_generichash_KEYBYTES, Qt::Uninitialized);
    randombytes_buf(m_cacheKey.data(), size_t(m_cacheKey.size()));
    m_recentAdmin.clear();
}

bool Authenticator::isAdminPassword(const QByteArray &password) const
{
    if (m_adminPasswordHash.isEmpty())
        return false;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QByteArray digest = keyedDigest(m_cacheKey, password);
    bool known = false;
    for (auto it = m_recentAdmin.begin(); it != m_recentAdmin.end();) {
        if (now - it->second > recentAdminMs) {
            it = m_recentAdmin.erase(it);
            continue;
        }
        known = known || sodium_memcmp(it->first.constData(), digest.constData(), size_t(digest.size())) == 0;
        ++it;
    }
    if (known)
        return true;
    // The slow check runs on the server's one thread: a budget of them a second keeps a flood
    // of guesses from many addresses from taking that thread (beyond it a guess just fails).
    m_checkBudget = std::min(maxChecksAtOnce, m_checkBudget + double(now - m_budgetUpdated) * checksPerSecond / 1000.0);
    m_budgetUpdated = now;
    if (m_checkBudget < 1)
        return false;
    m_checkBudget -= 1;
    if (crypto_pwhash_str_verify(m_adminPasswordHash.constData(), password.constData(), size_t(password.size())) != 0)
        return false;
    if (m_recentAdmin.size() >= recentAdminEntries)
        m_recentAdmin.removeFirst();
    m_recentAdmin.append({ digest, now });
    return true;
}

std::optional<Principal> Authenticator::device(const QString &id, const QString &token) const
{
    if (!m_registry)
        return std::nullopt;
    Result<DeviceRecord> record = id.isEmpty() ? m_registry->authenticate(token) : m_registry->authenticate(id, token);
    if (!record.ok())
        return std::nullopt;
    Principal who;
    who.kind = Principal::Kind::Device;
    who.name = record.value().id;
    who.roles = record.value().roles;
    who.organisation = record.value().organisation;
    who.card = record.value().card;
    who.hosts = record.value().hosts;
    return who;
}

std::optional<Principal> Authenticator::authenticate(const CouchRequest &request) const
{
    QByteArray authorization = request.header("Authorization");
    if (authorization.isEmpty() && m_sessions) {
        const QByteArray cookie = SessionStore::cookieOf(request.header("Cookie"));
        if (cookie.isEmpty())
            return Principal {};
        // An unknown or expired cookie is no sign-in at all, as in CouchDB.
        const std::optional<QByteArray> stored = m_sessions->authorizationFor(cookie);
        if (!stored)
            return Principal {};
        authorization = *stored;
    }
    if (authorization.isEmpty())
        return Principal {};
    if (authorization.startsWith("Bearer "))
        return device({}, QString::fromLatin1(authorization.mid(7).trimmed()));
    if (!authorization.startsWith("Basic "))
        return std::nullopt;
    const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
    const qsizetype colon = decoded.indexOf(':');
    if (colon < 0)
        return std::nullopt;
    const QString name = QString::fromUtf8(decoded.left(colon));
    const QByteArray password = decoded.mid(colon + 1);
    if (hasAdmin() && name == m_adminName && isAdminPassword(password)) {
        Principal admin;
        admin.kind = Principal::Kind::Admin;
        admin.name = name;
        admin.roles = { QStringLiteral("_admin") };
        return admin;
    }
    if (name.startsWith(QLatin1String("dev-")))
        return device(name, QString::fromUtf8(password));
    return std::nullopt;
}
