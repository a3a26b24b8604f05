#include "clientguard.h"

namespace {
constexpr qint64 windowMs = 60000;
}

bool ClientGuard::connectionOpened(const QString &address)
{
    int &open = m_open[address];
    if (m_maxPerAddress > 0 && open >= m_maxPerAddress) {
        if (open == 0)
            m_open.remove(address);
        return false;
    }
    ++open;
    return true;
}

void ClientGuard::connectionClosed(const QString &address)
{
    auto it = m_open.find(address);
    if (it == m_open.end())
        return;
    if (--it.value() <= 0)
        m_open.erase(it);
}

bool ClientGuard::loginBlocked(const QString &address, qint64 nowMs)
{
    auto it = m_failures.find(address);
    if (it == m_failures.end())
        return m_saturated && nowMs - m_lastForget < windowMs; // too many guessers to tell apart: all wait
    if (nowMs - it->windowStart >= windowMs) {
        m_failures.erase(it);
        return false;
    }
    return it->count >= m_failuresPerMinute;
}

void ClientGuard::loginFailed(const QString &address, qint64 nowMs)
{
    // Old entries are swept at most once a second, not on every failure of a full table.
    if (m_failures.size() >= maxRemembered && nowMs - m_lastForget >= 1000)
        forgetOldFailures(nowMs);
    m_saturated = m_failures.size() >= maxRemembered;
    if (m_saturated && !m_failures.contains(address))
        return; // a flood from very many addresses: new ones are blocked until it is swept
    Failures &f = m_failures[address];
    if (nowMs - f.windowStart >= windowMs)
        f = { 0, nowMs };
    ++f.count;
}

void ClientGuard::forgetOldFailures(qint64 nowMs)
{
    m_lastForget = nowMs;
    for (auto it = m_failures.begin(); it != m_failures.end();) {
        if (nowMs - it->windowStart >= windowMs)
            it = m_failures.erase(it);
        else
            ++it;
    }
}
