#include "deskserver.h"

#include "appcontroller.h"
#include "appshell.h"
#include "joincontroller.h"

#include <QGuiApplication>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>

bool DeskServer::start(const QStringList &imports, const QStringList &organisations)
{
    if (!admin({ "init" }).value("ok").toBool())
        return false;
    for (const QString &file : imports) {
        if (!admin({ "import", file }).value("ok").toBool())
            return false;
    }
    for (const QString &org : organisations) {
        if (!admin({ "add-org", org }).value("ok").toBool())
            return false;
    }
    m_server = std::make_unique<ServerProcess>(m_serverBinary, m_data);
    m_base = m_server->start();
    return m_base.isValid();
}

bool DeskServer::restart()
{
    if (!m_server)
        return false;
    m_server->stop();
    m_base = m_server->start();
    return m_base.isValid();
}

QJsonObject DeskServer::admin(const QStringList &arguments) const
{
    QProcess process;
    process.start(m_adminBinary, arguments + QStringList { "--data", m_data, "--json" });
    process.waitForFinished(30000);
    return QJsonDocument::fromJson(process.readAllStandardOutput().trimmed().split('\n').last()).object();
}

QString DeskServer::invite(const QString &role, const QString &org, const QString &person) const
{
    QStringList arguments { "invite", "--role", role, "--org", org };
    if (!person.isEmpty())
        arguments += { "--person", person };
    return admin(arguments).value("code").toString();
}

std::unique_ptr<AppShell> DeskServer::joined(const QString &folder, const QString &invite, const QString &server,
                                             const QString &language, QSize size, QString *problem)
{
    const auto fail = [problem](const QString &why) {
        if (problem)
            *problem = why;
        return nullptr;
    };
    if (invite.isEmpty())
        return fail(QStringLiteral("no invite code"));
    auto device = std::make_unique<AppShell>();
    if (!device->open(folder, language, false).ok() || !device->load(size))
        return fail(QStringLiteral("the app did not open"));
    JoinController *join = device->controller()->join();
    QSignalSpy finished(join, &JoinController::finished);
    join->start(invite, server);
    if (finished.isEmpty() && !finished.wait(30000))
        return fail(QStringLiteral("the join did not finish"));
    if (join->problem() != JoinController::Problem::None)
        return fail(QStringLiteral("the join was refused: ") + join->message());
    return device;
}

TextSizeTwo::TextSizeTwo() : m_before(QGuiApplication::font())
{
    QFont font = m_before;
    font.setPixelSize(28); // as --font-scale 2 sets it
    QGuiApplication::setFont(font);
}

TextSizeTwo::~TextSizeTwo()
{
    QGuiApplication::setFont(m_before);
}
