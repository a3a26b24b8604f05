#pragma once

#include "../integration/serverprocess.h"

#include <QFont>
#include <QJsonObject>
#include <QSize>
#include <QStringList>
#include <QUrl>

#include <memory>

class AppShell;

// What the coordinator's-desk UI tests share: a real buurtbrug-server on 127.0.0.1 with its own
// data folder, set up through the real buurtbrug-admin, and app devices that join it with an
// invite, as a new phone does.
class DeskServer
{
public:
    DeskServer(QString serverBinary, QString adminBinary, QString dataFolder)
        : m_serverBinary(std::move(serverBinary)), m_adminBinary(std::move(adminBinary)), m_data(std::move(dataFolder))
    {
    }

    // `init`, then `import` of each file and `add-org` of each organisation, then the server.
    bool start(const QStringList &imports, const QStringList &organisations);
    // One buurtbrug-admin command on the server's data, its last --json line.
    QJsonObject admin(const QStringList &arguments) const;
    // An invite code of this role and organisation (empty when refused).
    QString invite(const QString &role, const QString &org, const QString &person = {}) const;

    // Stopped and started again on its data (a fresh port; what it counted in memory is gone).
    bool restart();
    // What the server wrote to stderr since the last call.
    QByteArray readErrors() { return m_server ? m_server->readErrors() : QByteArray(); }

    QUrl adminBase() const { return m_base; }                              // with the admin's credentials
    QString url() const { return m_base.adjusted(QUrl::RemoveUserInfo).toString(); } // what a phone types

    // A device in `folder` that joined with `invite` (a code or QR text) at `server` (default:
    // this one); null, with the reason in *problem, when opening or the join failed.
    static std::unique_ptr<AppShell> joined(const QString &folder, const QString &invite, const QString &server,
                                            const QString &language, QSize size, QString *problem = nullptr);

private:
    QString m_serverBinary;
    QString m_adminBinary;
    QString m_data;
    std::unique_ptr<ServerProcess> m_server;
    QUrl m_base;
};

// The system's text size at 2.0 (as --font-scale 2 sets it) for as long as it lives.
class TextSizeTwo
{
public:
    TextSizeTwo();
    ~TextSizeTwo();
    TextSizeTwo(const TextSizeTwo &) = delete;
    TextSizeTwo &operator=(const TextSizeTwo &) = delete;

private:
    QFont m_before;
};
