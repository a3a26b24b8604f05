#include "sessionstore.h"

#include <QDateTime>
#include <QRandomGenerator>

namespace {
qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}
}

QByteArray SessionStore::open(const QByteArray &authorization)
{
    const qint64 t = now();
    if (m_sessions.size() >= maxSessions) {
        for (auto it = m_sessions.begin(); it != m_sessions.end();)
            it = it->expires <= t ? m_sessions.erase(it) : std::next(it);
        if (m_sessions.size() >= maxSessions) {
            auto oldest = std::min_element(m_sessions.begin(), m_sessions.end(),
                                           [](const Session &a, const Session &b) { return a.expires < b.expires; });
            m_sessions.erase(oldest);
        }
    }
    QByteArray random(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
    const QByteArray cookie = random.toHex();
    m_sessions.insert(cookie, { authorization, t + timeoutMs });
    return cookie;
}

std::optional<QByteArray> SessionStore::authorizationFor(const QByteArray &cookie)
{
    auto found = m_sessions.find(cookie);
    if (found == m_sessions.end())
        return std::nullopt;
    const qint64 t = now();
    if (found->expires <= t) {
        m_sessions.erase(found);
        return std::nullopt;
    }
    found->expires = t + timeoutMs; // sliding, as CouchDB renews a cookie in use
    return found->authorization;
}

void SessionStore::close(const QByteArray &cookie)
{
    m_sessions.remove(cookie);
}

bool SessionStore::isWellFormed(const QByteArray &cookie)
{
    return cookie.size() == 64 && std::all_of(cookie.cbegin(), cookie.cend(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

QByteArray SessionStore::cookieOf(const QByteArray &cookieHeader)
{
    for (const QByteArray &part : cookieHeader.split(';')) {
        const QByteArray p = part.trimmed();
        if (p.startsWith("AuthSession="))
            return p.mid(12);
    }
    return {};
}
