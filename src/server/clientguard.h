#pragma once

#include <QHash>
#include <QString>

// What the server remembers per client address, each entry bounded in number: open
// connections (a cap per address) and refused credentials (a brute-force throttle).
// Behind a reverse proxy every client has the proxy's address; docs/SECURITY.md says so.
class ClientGuard
{
public:
    ClientGuard(int maxConnectionsPerAddress, int failedLoginsPerMinute)
        : m_maxPerAddress(maxConnectionsPerAddress), m_failuresPerMinute(failedLoginsPerMinute)
    {
    }
    void setMaxConnectionsPerAddress(int n) { m_maxPerAddress = n; }
    void setFailedLoginsPerMinute(int n) { m_failuresPerMinute = n; }

    // A connection from address opens; false when the address has its share already.
    [[nodiscard]] bool connectionOpened(const QString &address);
    void connectionClosed(const QString &address);

    // True while the address has refused credentials beyond the limit in the current minute.
    [[nodiscard]] bool loginBlocked(const QString &address, qint64 nowMs);
    void loginFailed(const QString &address, qint64 nowMs);

private:
    struct Failures
    {
        int count = 0;
        qint64 windowStart = 0;
    };
    static constexpr int maxRemembered = 65536; // addresses with failures kept at once

    int m_maxPerAddress;
    int m_failuresPerMinute;
    QHash<QString, int> m_open;
    QHash<QString, Failures> m_failures;
    bool m_saturated = false; // the table is full: an address not in it counts as blocked
    qint64 m_lastForget = 0;

    void forgetOldFailures(qint64 nowMs);
};
