#pragma once

#include "serverprocess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

// What the server-limit tests share: a buurtbrug-server process on a fresh data folder per
// test, raw sockets to it on 127.0.0.1 (every wait bounded in time), its memory and CPU from
// /proc, buurtbrug-admin, and an enrolled device with its longpoll feed.
class RawServerTest
{
protected:
    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
    quint16 m_port = 0;
    int m_instances = 0;

    static QByteArray admin() { return "Basic " + QByteArray("admin:test-secret").toBase64(); }

    // A fresh data folder and server for each test: limits like the sign-in throttle persist.
    bool start(const QStringList &extra = {}, const QStringList &launcher = {})
    {
        m_server.reset();
        const QString data = m_dir.filePath(QStringLiteral("server%1").arg(++m_instances));
        m_server = std::make_unique<ServerProcess>(SERVER_BINARY, data);
        m_server->setLauncher(launcher);
        const QUrl url = m_server->start(QStringLiteral("admin:test-secret"), extra);
        m_port = quint16(url.port());
        return url.isValid();
    }

    qint64 rssKb() const
    {
        QFile status(QStringLiteral("/proc/%1/status").arg(m_server->pid()));
        if (!status.open(QIODevice::ReadOnly))
            return -1;
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                return line.mid(6).trimmed().split(' ').first().toLongLong();
        }
        return -1;
    }

    qint64 cpuTicks() const
    {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(m_server->pid()));
        if (!stat.open(QIODevice::ReadOnly))
            return -1;
        const QList<QByteArray> fields = stat.readAll().split(')').last().trimmed().split(' ');
        return fields.value(11).toLongLong() + fields.value(12).toLongLong(); // utime + stime
    }

    std::unique_ptr<QTcpSocket> connectRaw() const
    {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, m_port);
        socket->waitForConnected(3000);
        return socket;
    }

    // Reads until the server closes the connection or `ms` pass.
    static QByteArray readUntilClosed(QTcpSocket &socket, int ms)
    {
        QByteArray answer;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < ms && socket.state() == QAbstractSocket::ConnectedState) {
            socket.waitForReadyRead(50);
            answer += socket.readAll();
        }
        return answer + socket.readAll();
    }

    static int statusOf(const QByteArray &answer)
    {
        return answer.startsWith("HTTP/1.1 ") ? answer.mid(9, 3).toInt() : 0;
    }

    // One request on a new connection; the status line's code.
    int request(const QByteArray &bytes, QByteArray *answer = nullptr)
    {
        auto socket = connectRaw();
        socket->write(bytes);
        socket->flush();
        QByteArray got;
        QElapsedTimer clock;
        clock.start();
        // Generous: a bound, not a measure (a sanitized server on a loaded machine is slow).
        while (clock.elapsed() < 30000 && !got.contains("\r\n\r\n") && socket->state() == QAbstractSocket::ConnectedState) {
            socket->waitForReadyRead(50);
            got += socket->readAll();
        }
        if (answer)
            *answer = got;
        return statusOf(got);
    }

    // buurtbrug-admin on a data folder of the test's own.
    QJsonObject cli(const QString &data, const QStringList &arguments)
    {
        QProcess process;
        process.start(ADMIN_BINARY, arguments + QStringList { "--data", data, "--json" });
        process.waitForFinished(30000);
        return QJsonDocument::fromJson(process.readAllStandardOutput().trimmed().split('\n').last()).object();
    }

    // A server on a new folder with one organisation and one enrolled buurtmaatje's phone;
    // returns the phone's enrolment answer (token, device_id), or an empty object.
    QJsonObject startWithADevice(const QString &data)
    {
        if (!cli(data, { "init" }).value("ok").toBool() || !cli(data, { "add-org", "visserijplein" }).value("ok").toBool())
            return {};
        const QString code = cli(data, { "invite", "--role", "buurtmaatje", "--org", "visserijplein", "--person", "Samira" }).value("code").toString();
        m_server = std::make_unique<ServerProcess>(SERVER_BINARY, data);
        const QUrl url = m_server->start();
        if (!url.isValid())
            return {};
        m_port = quint16(url.port());
        const QByteArray enrol = QJsonDocument(QJsonObject { { "invite", code }, { "device", "phone" } }).toJson(QJsonDocument::Compact);
        QByteArray answer;
        if (request("POST /_enrol HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
                    + QByteArray::number(enrol.size()) + "\r\n\r\n" + enrol, &answer)
            != 201)
            return {};
        return QJsonDocument::fromJson(answer.mid(answer.indexOf("\r\n\r\n") + 4)).object();
    }

    std::unique_ptr<QTcpSocket> openFeed(const QByteArray &bearer)
    {
        auto feed = connectRaw();
        feed->write("GET /org-visserijplein/_changes?feed=longpoll&since=now&timeout=30000 HTTP/1.1\r\nHost: x\r\nAuthorization: "
                    + bearer + "\r\n\r\n");
        feed->waitForBytesWritten(1000);
        return feed;
    }
};
