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
        return false;
    if (nowMs - it->windowStart >= windowMs) {
        m_failures.erase(it);
        return false;
    }
    return it->count >= m_failuresPerMinute;
}

void ClientGuard::loginFailed(const QString &address, qint64 nowMs)
{
    if (m_failures.size() >= maxRemembered)
        forgetOldFailures(nowMs);
    if (m_failures.size() >= maxRemembered)
        return; // a flood from very many addresses: each is still delayed, none is remembered
    Failures &f = m_failures[address];
    if (nowMs - f.windowStart >= windowMs)
        f = { 0, nowMs };
    ++f.count;
}

void ClientGuard::forgetOldFailures(qint64 nowMs)
{
    for (auto it = m_failures.begin(); it != m_failures.end();) {
        if (nowMs - it->windowStart >= windowMs)
            it = m_failures.erase(it);
        else
            ++it;
    }
}
