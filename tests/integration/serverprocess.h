#pragma once

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QRegularExpression>
#include <QUrl>

// Test helper: buurtbrug-server as a child process on a free 127.0.0.1 port.
class ServerProcess
{
public:
    ServerProcess(QString binary, QString data) : m_binary(std::move(binary)), m_data(std::move(data)) { }
    ~ServerProcess() { kill(); }

    // Starts it and returns the base URL with the admin's credentials (none when admin is
    // empty), or an empty URL.
    QUrl start(const QString &admin = QStringLiteral("admin:test-secret"), const QStringList &extra = {})
    {
        QStringList arguments { "--data", m_data, "--port", "0" };
        if (!admin.isEmpty())
            arguments += { "--admin", admin };
        if (m_launcher.isEmpty())
            m_process.start(m_binary, arguments + extra);
        else
            m_process.start(m_launcher.first(), m_launcher.mid(1) + QStringList { m_binary } + arguments + extra);
        if (!m_process.waitForStarted(5000))
            return {};
        QByteArray output;
        for (int i = 0; i < 50 && !output.contains('\n'); ++i) {
            m_process.waitForReadyRead(200);
            output += m_process.readAllStandardOutput();
        }
        const auto match = QRegularExpression("listening on http://([\\d.]+):(\\d+)/").match(QString::fromUtf8(output));
        if (!match.hasMatch())
            return {};
        QUrl url;
        url.setScheme("http");
        url.setHost(match.captured(1));
        url.setPort(match.captured(2).toInt());
        if (!admin.isEmpty())
            url.setUserInfo(admin);
        return url;
    }
    // Asks it to stop (SIGTERM), as an administrator would.
    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000))
                kill();
        }
    }
    // Runs the server through a launcher, e.g. { "prlimit", "--nofile=64:64", "--" }.
    void setLauncher(const QStringList &launcher) { m_launcher = launcher; }
    [[nodiscard]] qint64 pid() const { return m_process.processId(); }
    [[nodiscard]] QByteArray readErrors() { return m_process.readAllStandardError(); }

    void kill()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    // PUT /{db} as the admin whose credentials are in base; true when it was created.
    static bool createDatabase(QNetworkAccessManager &network, const QUrl &base, const QString &db)
    {
        QUrl url = base.adjusted(QUrl::RemoveUserInfo);
        url.setPath(QLatin1Char('/') + db);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Basic " + base.userInfo().toUtf8().toBase64());
        QNetworkReply *reply = network.put(request, QByteArray());
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(5000);
        reply->deleteLater();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 201;
    }

private:
    QString m_binary;
    QString m_data;
    QStringList m_launcher;
    QProcess m_process;
};
