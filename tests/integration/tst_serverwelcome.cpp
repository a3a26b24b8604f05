#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// buurtbrug-server as a process on 127.0.0.1: it starts on a store, answers GET / with a
// CouchDB welcome, and keeps its uuid across restarts (PouchDB's checkpoint ids depend on it).
class TestServerWelcome : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // Starts the server on a free port and returns its base URL, or an empty URL.
    QUrl start(QProcess &server, const QStringList &extra = {})
    {
        server.start(SERVER_BINARY, QStringList { "--data", m_dir.filePath("store"), "--port", "0" } + extra);
        if (!server.waitForStarted(5000))
            return {};
        QByteArray output;
        for (int i = 0; i < 50 && !output.contains('\n'); ++i) {
            server.waitForReadyRead(200);
            output += server.readAllStandardOutput();
        }
        const auto match = QRegularExpression("listening on (http://\\S+)").match(QString::fromUtf8(output));
        return match.hasMatch() ? QUrl(match.captured(1)) : QUrl();
    }

    QPair<int, QJsonObject> get(const QUrl &url)
    {
        QNetworkAccessManager network;
        QNetworkReply *reply = network.get(QNetworkRequest(url));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(5000))
            return { 0, {} };
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return { status, body };
    }

    void stop(QProcess &server)
    {
        server.terminate();
        if (!server.waitForFinished(5000))
            server.kill();
    }

private slots:
    void welcomeCarriesAStableUuid()
    {
        QString firstUuid;
        for (int run = 0; run < 2; ++run) {
            QProcess server;
            const QUrl base = start(server);
            QVERIFY2(base.isValid(), qPrintable(server.readAllStandardError()));
            QCOMPARE(base.host(), QString("127.0.0.1"));
            const auto [status, body] = get(base);
            QCOMPARE(status, 200);
            QCOMPARE(body.value("couchdb").toString(), QString("Welcome"));
            QVERIFY(!body.value("version").toString().isEmpty());
            QCOMPARE(body.value("vendor").toObject().value("name").toString(), QString("Buurtbrug"));
            const QString uuid = body.value("uuid").toString();
            QVERIFY(QRegularExpression("^[0-9a-f]{32}$").match(uuid).hasMatch());
            if (run == 0)
                firstUuid = uuid;
            else
                QCOMPARE(uuid, firstUuid);
            stop(server);
        }
    }

    void storedDataNeedsCredentials()
    {
        QProcess server;
        const QUrl base = start(server);
        QVERIFY(base.isValid());
        const auto [status, body] = get(base.resolved(QUrl("/directory/initiative:x")));
        QCOMPARE(status, 401);
        QCOMPARE(body.value("error").toString(), QString("unauthorized"));
        stop(server);
    }

    void badArgumentsExitWithAReason()
    {
        QProcess server;
        server.start(SERVER_BINARY, { "--port", "0" });
        QVERIFY(server.waitForFinished(5000));
        QCOMPARE(server.exitCode(), 2);
        QVERIFY(server.readAllStandardError().contains("--data"));
        server.start(SERVER_BINARY, { "--data", m_dir.filePath("x"), "--port", "70000" });
        QVERIFY(server.waitForFinished(5000));
        QCOMPARE(server.exitCode(), 2);
    }
};

QTEST_GUILESS_MAIN(TestServerWelcome)
#include "tst_serverwelcome.moc"
