#include "authenticator.h"

#include "deviceregistry.h"

#include <QCryptographicHash>

namespace {
QByteArray hashOf(const QByteArray &secret)
{
    return QCryptographicHash::hash(secret, QCryptographicHash::Sha256);
}

// Compares without an early exit, so the time taken does not tell how much matched.
bool sameHash(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}
}

void Authenticator::setAdmin(const QString &name, const QString &password)
{
    m_adminName = name;
    m_adminPasswordHash = hashOf(password.toUtf8());
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
    const QByteArray authorization = request.header("Authorization");
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
    if (hasAdmin() && name == m_adminName && sameHash(hashOf(password), m_adminPasswordHash)) {
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
