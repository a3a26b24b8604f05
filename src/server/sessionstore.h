#pragma once

#include <QByteArray>
#include <QHash>

#include <optional>

// The AuthSession cookies of /_session: a cookie is 32 random bytes (hex) naming the
// credentials it was opened with, kept in memory only, for ten minutes after its last use (as
// CouchDB's default session timeout). Each use checks those credentials again, so a revoked
// device's cookie stops working with its token. At most maxSessions are kept; past that the
// one closest to expiry goes. A restart of the server signs everybody out.
class SessionStore
{
public:
    static constexpr qint64 timeoutMs = 600 * 1000;
    static constexpr int maxSessions = 10000;

    [[nodiscard]] QByteArray open(const QByteArray &authorization);
    // The Authorization header the cookie stands for; nullopt when unknown or expired.
    [[nodiscard]] std::optional<QByteArray> authorizationFor(const QByteArray &cookie);
    void close(const QByteArray &cookie);
    // Whether text has the shape of one of our cookies (CouchDB: 400 for a malformed one).
    [[nodiscard]] static bool isWellFormed(const QByteArray &cookie);
    // The AuthSession value of a request's Cookie header, empty when there is none.
    [[nodiscard]] static QByteArray cookieOf(const QByteArray &cookieHeader);

private:
    struct Session
    {
        QByteArray authorization;
        qint64 expires = 0;
    };
    QHash<QByteArray, Session> m_sessions;
};
