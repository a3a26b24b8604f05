#include "serverprocess.h"

#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
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

private slots:
    void welcomeCarriesAStableUuid()
    {
        QString firstUuid;
        for (int run = 0; run < 2; ++run) {
            ServerProcess server(SERVER_BINARY, m_dir.filePath("store"));
            const QUrl base = server.start({});
            QVERIFY2(base.isValid(), server.readErrors().constData());
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
            server.stop();
        }
    }

    void uuidsAreRandomVersionFour()
    {
        ServerProcess server(SERVER_BINARY, m_dir.filePath("store"));
        const QUrl base = server.start({});
        QVERIFY(base.isValid());
        QCOMPARE(get(base.resolved(QUrl("/_uuids"))).second.value("uuids").toArray().size(), 1);
        // Past CouchDB's max_count, 1000, CouchDB 3.4 refuses (400), as we do (tst_couchdiff).
        QCOMPARE(get(base.resolved(QUrl("/_uuids?count=5000"))).first, 400);
        const auto [status, body] = get(base.resolved(QUrl("/_uuids?count=1000")));
        QCOMPARE(status, 200);
        const QJsonArray uuids = body.value("uuids").toArray();
        QCOMPARE(uuids.size(), 1000);
        QSet<QString> distinct;
        const QRegularExpression form("^[0-9a-f]{12}4[0-9a-f]{3}[89ab][0-9a-f]{15}$");
        for (const QJsonValue &uuid : uuids) {
            QVERIFY2(form.match(uuid.toString()).hasMatch(), qPrintable(uuid.toString()));
            distinct.insert(uuid.toString());
        }
        QCOMPARE(distinct.size(), 1000);
    }

    void storedDataNeedsCredentials()
    {
        ServerProcess server(SERVER_BINARY, m_dir.filePath("store"));
        const QUrl base = server.start({});
        QVERIFY(base.isValid());
        const auto [status, body] = get(base.resolved(QUrl("/directory/initiative:x")));
        QCOMPARE(status, 401);
        QCOMPARE(body.value("error").toString(), QString("unauthorized"));
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
