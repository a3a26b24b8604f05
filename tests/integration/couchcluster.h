#pragma once

#include <QDir>
#include <QElapsedTimer>
#include <QThread>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUrl>

#include <csignal>

// Test helper: a real Apache CouchDB for the integration tests. BUURTBRUG_COUCHDB_URL (a
// server admin's URL) names one the user runs; otherwise ../shared/couchdb/couchdb.sh next to
// the source folder starts a 3-node cluster on BUURTBRUG_COUCHDB_PORT (default 26400) and
// its two neighbours, and stops it at the end. Neither there: available() is false and the
// test skips. Only a cluster started here can have a node killed and restarted.
class CouchCluster
{
public:
    explicit CouchCluster(const QString &script) : m_script(script) { }
    ~CouchCluster() { stop(); }

    // Finds or starts one; the reason it could not, or empty.
    QString start()
    {
        const QString given = qEnvironmentVariable("BUURTBRUG_COUCHDB_URL");
        if (!given.isEmpty()) {
            m_nodes = { QUrl(given) };
            return {};
        }
        if (!QFile::exists(m_script))
            return QStringLiteral("no CouchDB: set BUURTBRUG_COUCHDB_URL to a server admin's URL (%1 is not there)").arg(m_script);
        const int port = qEnvironmentVariableIsSet("BUURTBRUG_COUCHDB_PORT") ? qEnvironmentVariableIntValue("BUURTBRUG_COUCHDB_PORT") : 26400;
        QProcess process;
        process.start(QStringLiteral("bash"), { m_script, QStringLiteral("cluster"), m_dir.path(), QString::number(port) });
        if (!process.waitForFinished(180000) || process.exitCode() != 0)
            return QStringLiteral("couchdb.sh cluster failed: %1").arg(QString::fromUtf8(process.readAllStandardError()));
        m_started = true;
        for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
            if (line.startsWith("http"))
                m_nodes.append(QUrl(QString::fromUtf8(line.trimmed())));
        }
        return m_nodes.size() == 3 ? QString() : QStringLiteral("couchdb.sh printed %1 URLs").arg(m_nodes.size());
    }

    void stop()
    {
        if (!m_started)
            return;
        QProcess::execute(QStringLiteral("bash"), { m_script, QStringLiteral("stop"), m_dir.path() });
        m_started = false;
    }

    [[nodiscard]] bool canKillNodes() const { return m_started && m_nodes.size() == 3; }
    [[nodiscard]] const QList<QUrl> &nodes() const { return m_nodes; }
    // Node `node` (a single given CouchDB stands in for all three).
    [[nodiscard]] QUrl admin(int node = 0) const { return m_nodes.isEmpty() ? QUrl() : m_nodes.at(node % m_nodes.size()); }

    // SIGKILL, as a power cut would: no clean shutdown.
    bool kill(int node)
    {
        const qint64 pid = pidOf(node);
        if (pid <= 0 || ::kill(pid_t(pid), SIGKILL) != 0)
            return false;
        for (int i = 0; i < 100 && ::kill(pid_t(pid), 0) == 0; ++i)
            QThread::msleep(50);
        return true;
    }

    // Starts a killed node again with its own data and configuration, as couchdb.sh does.
    bool restart(int node)
    {
        const QString dir = nodeDir(node);
        const QString cache = qEnvironmentVariableIsSet("COUCHDB_CACHE") ? qEnvironmentVariable("COUCHDB_CACHE")
                                                                        : QStringLiteral("/tmp/buurtbrug-couchdb-3.4.3");
        QFile epmd(m_dir.filePath(QStringLiteral("epmd-port")));
        if (!epmd.open(QIODevice::ReadOnly))
            return false;
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ERL_EPMD_PORT"), QString::fromLatin1(epmd.readAll().trimmed()));
        env.insert(QStringLiteral("COUCHDB_ARGS_FILE"), dir + QStringLiteral("/vm.args"));
        env.insert(QStringLiteral("COUCHDB_INI_FILES"), cache + QStringLiteral("/couchdb/etc/default.ini ") + dir + QStringLiteral("/local.ini"));
        process.setProcessEnvironment(env);
        process.setProgram(cache + QStringLiteral("/couchdb/bin/couchdb"));
        process.setStandardOutputFile(dir + QStringLiteral("/stdout.log"), QIODevice::Append);
        process.setStandardErrorFile(dir + QStringLiteral("/stdout.log"), QIODevice::Append);
        qint64 pid = 0;
        if (!process.startDetached(&pid))
            return false;
        QFile pidFile(dir + QStringLiteral("/pid"));
        if (!pidFile.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        pidFile.write(QByteArray::number(pid) + '\n');
        pidFile.close();
        // Up, and its system databases answer again (bounded, as couchdb.sh waits).
        QNetworkAccessManager network;
        for (int i = 0; i < 180; ++i) {
            if (status(network, node, QStringLiteral("/_up")) == 200 && status(network, node, QStringLiteral("/_users")) == 200)
                return true;
            QThread::msleep(500);
        }
        return false;
    }

private:
    QString m_script;
    QTemporaryDir m_dir;
    QList<QUrl> m_nodes;
    bool m_started = false;

    QString nodeDir(int node) const { return m_dir.filePath(QStringLiteral("node-%1").arg(m_nodes.value(node).port())); }

    qint64 pidOf(int node) const
    {
        QFile file(nodeDir(node) + QStringLiteral("/pid"));
        return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed().toLongLong() : 0;
    }

    int status(QNetworkAccessManager &network, int node, const QString &path) const
    {
        QUrl url = m_nodes.value(node).adjusted(QUrl::RemoveUserInfo);
        url.setPath(path);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Basic " + m_nodes.value(node).userInfo().toUtf8().toBase64());
        request.setTransferTimeout(3000);
        QNetworkReply *reply = network.get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(4000);
        reply->deleteLater();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }
};
