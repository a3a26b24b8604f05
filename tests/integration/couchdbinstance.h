#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QUrl>

// A real Apache CouchDB for a test: the admin URL in BUURTBRUG_COUCHDB_URL, else one started
// with ../shared/couchdb/couchdb.sh (port BUURTBRUG_COUCHDB_PORT, default 26150) and stopped
// again at the end. url() is empty when neither is there: the test is then skipped.
class CouchDbInstance
{
public:
    CouchDbInstance()
    {
        const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (env.contains("BUURTBRUG_COUCHDB_URL")) {
            m_url = QUrl(env.value("BUURTBRUG_COUCHDB_URL"));
            return;
        }
        const QString script = QStringLiteral(COUCHDB_SCRIPT);
        if (!QFile::exists(script) || !m_dir.isValid())
            return;
        QProcess start;
        start.start(script, { "start", m_dir.path(), env.value("BUURTBRUG_COUCHDB_PORT", "26150") });
        if (!start.waitForFinished(120000) || start.exitCode() != 0)
            return;
        const QList<QByteArray> lines = start.readAllStandardOutput().trimmed().split('\n');
        m_url = QUrl(QString::fromUtf8(lines.last().trimmed()));
        m_started = m_url.isValid();
    }
    ~CouchDbInstance()
    {
        if (!m_started)
            return;
        QProcess stop;
        stop.start(QStringLiteral(COUCHDB_SCRIPT), { "stop", m_dir.path() });
        stop.waitForFinished(60000);
    }
    CouchDbInstance(const CouchDbInstance &) = delete;
    CouchDbInstance &operator=(const CouchDbInstance &) = delete;

    [[nodiscard]] const QUrl &url() const { return m_url; }

private:
    QTemporaryDir m_dir;
    QUrl m_url;
    bool m_started = false;
};
