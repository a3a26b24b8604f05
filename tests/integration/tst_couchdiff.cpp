#include "couchdiffnormaliser.h"
#include "serverprocess.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

// Differential test: every request sequence in tests/couchdiff/*.json is sent to a real Apache
// CouchDB (as its admin) and to buurtbrug-server (as its admin); status and normalised body
// (CouchDiffNormaliser) of each step must be equal. A file holds
//   {"setup": [steps run first in each case], "cases": [{"name", "steps": [...], "differs"?}]}
// and a step is {"method", "path" ("{db}" is the case's database), "body" (JSON) or
// "bodyText", "headers", "auth" (false: none), "cookie" (a saved AuthSession), "save"
// ({"name": "dotted.path"} of the answer, used later as {{name}}), "ignore" (fields left out),
// "differs" (a known difference: its reason)}; "readOnly" (on a file or a case): the case
// only reads, and shares one database per file. A case or step marked "differs" is still run
// and counted; docs/SYNC-PROTOCOL.md lists them. CouchDB comes from BUURTBRUG_COUCHDB_URL (an
// admin URL) or is started from ../shared/couchdb/couchdb.sh (on BUURTBRUG_COUCHDB_PORT, or a
// free port); without either the test skips.
class TestCouchDiff : public QObject
{
    Q_OBJECT

    // No cookie is kept between requests: a step sends the ones it names.
    class NoCookies : public QNetworkCookieJar
    {
    public:
        QList<QNetworkCookie> cookiesForUrl(const QUrl &) const override { return {}; }
        bool setCookiesFromUrl(const QList<QNetworkCookie> &, const QUrl &) override { return false; }
    };

    struct Answer
    {
        int status = 0;
        QByteArray body;
        QList<QNetworkReply::RawHeaderPair> headers;
    };

    struct Peer
    {
        QUrl base; // with the admin's credentials
        QHash<QString, QString> saved;
        CouchDiffNormaliser normaliser;
    };

    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
    QString m_couchScript;
    QString m_couchDir;
    QUrl m_couch;
    QUrl m_ours;
    struct Peers
    {
        Peer couch;
        Peer ours;
    };
    QHash<QString, Peers> m_shared; // by file, for its read-only cases
    int m_cases = 0;
    const QString m_run = QString::number(QDateTime::currentMSecsSinceEpoch(), 36);
    int m_known = 0;

    Answer send(const QUrl &base, const QJsonObject &step, const QByteArray &path, const QByteArray &body, const QString &cookie)
    {
        QUrl url = base.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery);
        QNetworkRequest request(QUrl(url.toString() + QString::fromUtf8(path), QUrl::StrictMode));
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setTransferTimeout(30000);
        if (step.value("auth").toBool(true) && cookie.isEmpty())
            request.setRawHeader("Authorization", "Basic " + (base.userName() + u':' + base.password()).toUtf8().toBase64());
        if (!cookie.isEmpty())
            request.setRawHeader("Cookie", "AuthSession=" + cookie.toUtf8());
        if (!body.isNull())
            request.setRawHeader("Content-Type", "application/json");
        const QJsonObject headers = step.value("headers").toObject();
        for (auto it = headers.begin(); it != headers.end(); ++it)
            request.setRawHeader(it.key().toUtf8(), it.value().toString().toUtf8());
        const QByteArray method = step.value("method").toString("GET").toUtf8();
        QNetworkReply *reply = method == "HEAD" ? m_network.head(request) : m_network.sendCustomRequest(request, method, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(35000);
        Answer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        answer.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return answer;
    }

    // {{user}} and {{pass}}: the admin's, for the _session steps; {{run}}: a token of this run,
    // so that names refused on purpose differ from run to run (CouchDB locks a name out after
    // repeated refusals, which would change its answers on a CouchDB kept between runs).
    QHash<QString, QString> credentials(const QUrl &base) const
    {
        return { { "user", base.userName() }, { "pass", base.password() }, { "run", m_run } };
    }

    static QString substitute(QString text, const QString &db, const QHash<QString, QString> &saved)
    {
        text.replace(QLatin1String("{db}"), db);
        for (auto it = saved.cbegin(); it != saved.cend(); ++it)
            text.replace(QLatin1String("{{") + it.key() + QLatin1String("}}"), it.value());
        return text;
    }

    static QJsonValue at(QJsonValue value, const QString &dotted)
    {
        for (const QString &part : dotted.split(u'.')) {
            bool index = false;
            const int i = part.toInt(&index);
            value = index && value.isArray() ? value.toArray().at(i) : value.toObject().value(part);
        }
        return value;
    }

    static QString cookieOf(const Answer &answer)
    {
        for (const auto &[name, value] : answer.headers) {
            if (name.compare("Set-Cookie", Qt::CaseInsensitive) == 0 && value.startsWith("AuthSession="))
                return QString::fromUtf8(value.mid(12, value.indexOf(';') - 12));
        }
        return {};
    }

    // Runs one step on one peer: its normalised status and body.
    QJsonObject run(Peer &peer, const QJsonObject &step, const QString &db)
    {
        const QByteArray path = substitute(step.value("path").toString(), db, peer.saved).toUtf8();
        QByteArray body;
        if (step.contains("body"))
            body = substitute(QString::fromUtf8(QJsonDocument::fromVariant(step.value("body").toVariant()).toJson(QJsonDocument::Compact)), db, peer.saved).toUtf8();
        else if (step.contains("bodyText"))
            body = substitute(step.value("bodyText").toString(), db, peer.saved).toUtf8();
        const QString cookie = step.contains("cookie") ? peer.saved.value(step.value("cookie").toString()) : QString();
        const Answer answer = send(peer.base, step, path, body, cookie);
        const QJsonValue parsed = QJsonDocument::fromJson(answer.body).isNull() ? QJsonValue() : QJsonValue::fromVariant(QJsonDocument::fromJson(answer.body).toVariant());
        const QJsonObject save = step.value("save").toObject();
        for (auto it = save.begin(); it != save.end(); ++it) {
            const QString from = it.value().toString();
            const QJsonValue value = from == QLatin1String("@cookie") ? QJsonValue(cookieOf(answer)) : at(parsed, from);
            peer.saved.insert(it.key(), value.isString() ? value.toString()
                                                         : QString::fromUtf8(QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact)).mid(1).chopped(1));
        }
        QJsonValue normal = peer.normaliser.normaliseBody(answer.body);
        if (normal.isObject()) {
            QJsonObject o = normal.toObject();
            for (const QJsonValue &field : step.value("ignore").toArray())
                o.remove(field.toString());
            normal = o;
        }
        QJsonObject result { { "status", answer.status }, { "body", normal } };
        if (step.value("method").toString() == QLatin1String("HEAD"))
            result.remove("body"); // QNetworkAccessManager reads no body of a HEAD answer
        return result;
    }

    bool deleteAndCreate(Peer &peer, const QString &db, bool create, bool couch)
    {
        run(peer, QJsonObject { { "method", "DELETE" }, { "path", "/" + db } }, db);
        if (!create)
            return true;
        // q=1: CouchDB's feed is then in sequence order, as a single store's is.
        const QJsonObject created = run(peer, QJsonObject { { "method", "PUT" }, { "path", "/" + db + (couch ? "?q=1" : "") } }, db);
        return created.value("status").toInt() == 201;
    }

    static QString startCouch(const QString &script, const QString &dir)
    {
        // BUURTBRUG_COUCHDB_PORT, or a free port released again for CouchDB to take.
        QString port = qEnvironmentVariable("BUURTBRUG_COUCHDB_PORT");
        if (port.isEmpty()) {
            QTcpServer probe;
            if (!probe.listen(QHostAddress::LocalHost, 0))
                return {};
            port = QString::number(probe.serverPort());
        }
        QProcess couch;
        couch.start(script, { "start", dir, port });
        if (!couch.waitForFinished(120000) || couch.exitCode() != 0)
            return {};
        const QStringList lines = QString::fromUtf8(couch.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        return lines.isEmpty() ? QString() : lines.last().trimmed();
    }

private slots:
    void initTestCase()
    {
        m_network.setCookieJar(new NoCookies);
        m_network.setAutoDeleteReplies(false);
        QString couch = qEnvironmentVariable("BUURTBRUG_COUCHDB_URL");
        m_couchScript = QStringLiteral(SOURCE_DIR "/../shared/couchdb/couchdb.sh");
        if (couch.isEmpty() && QFile::exists(m_couchScript)) {
            m_couchDir = m_dir.filePath("couchdb");
            couch = startCouch(m_couchScript, m_couchDir);
            if (couch.isEmpty())
                QFAIL("../shared/couchdb/couchdb.sh is there but did not start a CouchDB");
        }
        if (couch.isEmpty())
            QSKIP("No CouchDB: set BUURTBRUG_COUCHDB_URL to an admin URL, e.g. http://admin:secret@127.0.0.1:5984");
        m_couch = QUrl(couch);
        m_server = std::make_unique<ServerProcess>(SERVER_BINARY, m_dir.filePath("server"));
        m_ours = m_server->start("admin:test-secret", { "--rate-limit", "100000:100000" });
        QVERIFY(m_ours.isValid());
        Peer probe { m_couch, {}, {} };
        QCOMPARE(run(probe, QJsonObject { { "path", "/" } }, {}).value("status").toInt(), 200);
    }

    void cleanupTestCase()
    {
        for (auto it = m_shared.begin(); it != m_shared.end(); ++it) {
            const QString db = QStringLiteral("couchdiff-") + it.key();
            run(it->couch, QJsonObject { { "method", "DELETE" }, { "path", "/" + db } }, db);
            run(it->ours, QJsonObject { { "method", "DELETE" }, { "path", "/" + db } }, db);
        }
        qInfo("%d sequences compared, %d with a known difference (allow-listed)", m_cases, m_known);
        if (!m_couchDir.isEmpty())
            QProcess::execute(m_couchScript, { "stop", m_couchDir });
    }

    void sameAnswers_data()
    {
        QTest::addColumn<QJsonArray>("setup");
        QTest::addColumn<QJsonArray>("steps");
        QTest::addColumn<bool>("createDb");
        QTest::addColumn<QString>("shared");
        QTest::addColumn<QString>("differs");
        const QDir folder(QStringLiteral(SOURCE_DIR "/tests/couchdiff"));
        const QStringList files = folder.entryList({ "*.json" }, QDir::Files, QDir::Name);
        QVERIFY(!files.isEmpty());
        for (const QString &name : files) {
            QFile file(folder.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QJsonParseError error;
            const QJsonObject suite = QJsonDocument::fromJson(file.readAll(), &error).object();
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(name + ": " + error.errorString()));
            for (const QJsonValue &c : suite.value("cases").toArray()) {
                const QJsonObject kase = c.toObject();
                // Cases that only read share one database per file (a CouchDB database takes
                // half a second to create); the others get one of their own.
                const bool shared = kase.value("readOnly").toBool(suite.value("readOnly").toBool());
                const QString row = name.chopped(5) + u'/' + kase.value("name").toString();
                QTest::newRow(qPrintable(row)) << suite.value("setup").toArray() << kase.value("steps").toArray()
                                               << suite.value("db").toBool(true) << (shared ? name.chopped(5) : QString())
                                               << kase.value("differs").toString();
            }
        }
    }

    void sameAnswers()
    {
        QFETCH(QJsonArray, setup);
        QFETCH(QJsonArray, steps);
        QFETCH(bool, createDb);
        QFETCH(QString, shared);
        QFETCH(QString, differs);
        ++m_cases;
        const QString db = QStringLiteral("couchdiff-%1").arg(shared.isEmpty() ? QString::number(m_cases) : shared);
        const bool fresh = shared.isEmpty() || !m_shared.contains(shared);
        Peers &peers = m_shared[shared.isEmpty() ? db : shared];
        if (fresh) {
            peers = { { m_couch, credentials(m_couch), {} }, { m_ours, credentials(m_ours), {} } };
            QVERIFY(deleteAndCreate(peers.couch, db, createDb, true));
            QVERIFY(deleteAndCreate(peers.ours, db, createDb, false));
            QJsonArray all = setup;
            for (const QJsonValue &s : std::as_const(steps))
                all.append(s);
            steps = all;
        }
        QStringList differences;
        bool known = false;
        for (int i = 0; i < steps.size(); ++i) {
            const QJsonObject step = steps.at(i).toObject();
            const QJsonObject a = run(peers.couch, step, db);
            const QJsonObject b = run(peers.ours, step, db);
            if (a != b && !step.contains("differs"))
                differences << QStringLiteral("step %1 %2 %3\n  couchdb:    %4\n  buurtbrug:  %5")
                                       .arg(i).arg(step.value("method").toString("GET"), step.value("path").toString(),
                                                   QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact)),
                                                   QString::fromUtf8(QJsonDocument(b).toJson(QJsonDocument::Compact)));
            else if (a != b)
                known = true;
        }
        if (shared.isEmpty()) {
            run(peers.couch, QJsonObject { { "method", "DELETE" }, { "path", "/" + db } }, db);
            run(peers.ours, QJsonObject { { "method", "DELETE" }, { "path", "/" + db } }, db);
            m_shared.remove(db);
        }
        if (known || (!differences.isEmpty() && !differs.isEmpty()))
            ++m_known;
        if (!differs.isEmpty())
            return;
        if (!differences.isEmpty())
            QFAIL(qPrintable(differences.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestCouchDiff)
#include "tst_couchdiff.moc"
