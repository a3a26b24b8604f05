#include "devicemanagement.h"
#include "serverclient.h"
#include "serverpost.h"
#include "serverprocess.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

// The desk's device management over HTTP against a real buurtbrug-server on 127.0.0.1: a
// coordinator invites, lists and revokes the phones of their own organisation; everyone else
// is refused (401/403/400/413) and nothing changes.
class TestDeviceEndpoints : public QObject, private ServerClient
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
    QByteArray m_coordinatorA;
    QByteArray m_coordinatorB;
    QString m_workerOfB;

    QJsonArray devicesOf(const QByteArray &auth)
    {
        const Answer answer = http("GET", "/_devices", auth);
        return answer.body.toObject().value("devices").toArray();
    }

    bool isRevoked(const QString &deviceId)
    {
        for (const QJsonValue &d : cli({ "devices" }).value("devices").toArray()) {
            if (d.toObject().value("id").toString() == deviceId)
                return d.toObject().value("revoked").toBool();
        }
        return false;
    }

    // The desk's client answers through the event loop, as in the app: wait for it, bounded.
    template<typename T, typename Start>
    static T answerOf(Start start, T whenSilent)
    {
        std::optional<T> answer;
        std::unique_ptr<QObject> request(start([&answer](const T &a) { answer = a; }));
        QTest::qWaitFor([&] { return answer.has_value(); }, 20000);
        return answer.value_or(whenSilent);
    }
    Result<DeviceInvitation> invite(const QByteArray &token, const QStringList &roles, const QString &person, const QStringList &hosts)
    {
        return answerOf<Result<DeviceInvitation>>([&](auto done) { return DeviceManagement::invite(m_network, m_base, token, roles, person, hosts, done); },
                                                  StoreError::make(StoreError::Code::IoError, "no answer"));
    }
    Result<QList<ManagedDevice>> devices(const QByteArray &token)
    {
        return answerOf<Result<QList<ManagedDevice>>>([&](auto done) { return DeviceManagement::devices(m_network, m_base, token, done); },
                                                      StoreError::make(StoreError::Code::IoError, "no answer"));
    }
    StoreError revoke(const QByteArray &token, const QString &id)
    {
        return answerOf<StoreError>([&](auto done) { return DeviceManagement::revoke(m_network, m_base, token, id, done); },
                                    StoreError::make(StoreError::Code::IoError, "no answer"));
    }

private slots:
    void initTestCase()
    {
        m_data = m_dir.filePath("server");
        QCOMPARE(cli({ "init" }).value("ok").toBool(), true);
        QCOMPARE(cli({ "add-org", "visserijplein" }).value("ok").toBool(), true);
        QCOMPARE(cli({ "add-org", "reakt" }).value("ok").toBool(), true);
        m_server = std::make_unique<ServerProcess>(SERVER_BINARY, m_data);
        m_base = m_server->start("admin:test-secret", { "--rate-limit", "1000:1000" });
        QVERIFY(m_base.isValid());
        m_coordinatorA = enrol({ "--role", "coordinator", "--org", "visserijplein", "--person", "Anouk" });
        m_coordinatorB = enrol({ "--role", "coordinator", "--org", "reakt", "--person", "Bram" });
        QVERIFY(!m_coordinatorA.isEmpty() && !m_coordinatorB.isEmpty());
        QVERIFY(!enrol({ "--role", "buurtmaatje", "--org", "reakt", "--person", "Ilse" }, &m_workerOfB).isEmpty());
    }

    void aCoordinatorInvitesAPhoneThatThenEnrols()
    {
        const Answer invited = http("POST", "/_devices/_invite", m_coordinatorA,
                                    QJsonObject { { "roles", QJsonArray { "host" } }, { "person", "Fatima" },
                                                  { "hosts", QJsonArray { "initiative:huiskamer" } } });
        QCOMPARE(invited.status, 201);
        const QJsonObject body = invited.body.toObject();
        const QString code = body.value("code").toString();
        QCOMPARE(code.size(), 19);
        const QJsonObject qr = QJsonDocument::fromJson(body.value("qr").toString().toUtf8()).object();
        QCOMPARE(qr.value("code").toString(), code);
        QCOMPARE(qr.value("server").toString(), m_base.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath).toString());
        const Answer enrolled = http("POST", "/_enrol", {}, QJsonObject { { "invite", code }, { "device", "Fatima's phone" } });
        QCOMPARE(enrolled.status, 201);
        QCOMPARE(enrolled.body.toObject().value("organisation").toString(), QString("visserijplein")); // not the body's say
        QCOMPARE(enrolled.body.toObject().value("hosts").toArray(), QJsonArray { "initiative:huiskamer" });
        QCOMPARE(enrolled.body.toObject().value("person").toString(), QString("Fatima"));
    }

    void aCoordinatorListsOnlyTheirOrganisationsDevices()
    {
        const QJsonArray a = devicesOf(m_coordinatorA);
        QCOMPARE(a.size(), 2); // Anouk and Fatima
        QStringList people;
        for (const QJsonValue &d : a) {
            people.append(d.toObject().value("person").toString());
            QVERIFY(QDateTime::fromString(d.toObject().value("enrolledAt").toString(), Qt::ISODate).isValid());
        }
        people.sort();
        QCOMPARE(people, (QStringList { "Anouk", "Fatima" }));
        // Anouk's own requests are noted as her last sync; Fatima's phone has made none yet.
        for (const QJsonValue &d : a) {
            const bool seen = !d.toObject().value("lastSeen").isNull();
            QCOMPARE(seen, d.toObject().value("person").toString() == "Anouk");
        }
        QCOMPARE(devicesOf(m_coordinatorB).size(), 2); // Bram and Ilse
    }

    void everyoneElseIsRefused()
    {
        QCOMPARE(http("GET", "/_devices").status, 401);
        QCOMPARE(http("POST", "/_devices/_invite", {}, QJsonObject { { "roles", QJsonArray { "host" } }, { "person", "X" } }).status, 401);
        QCOMPARE(http("DELETE", "/_devices/" + m_workerOfB).status, 401);
        const QByteArray worker = enrol({ "--role", "verbindingswerker", "--org", "visserijplein" });
        const QByteArray host = enrol({ "--role", "host", "--org", "visserijplein", "--hosts", "huiskamer" });
        const QByteArray editor = enrol({ "--role", "editor", "--org", "visserijplein" });
        QCOMPARE(http("PUT", "/cards/card:K7QM4", admin(), QJsonObject { { "type", "card" }, { "code", "K7QM4" }, { "org", "reakt" },
                                                                       { "initiatives", QJsonArray { "initiative:huiskamer" } },
                                                                       { "validFrom", "2026-11-01" },
                                                                       { "validUntil", QDate::currentDate().addYears(1).toString(Qt::ISODate) } }).status, 201);
        const QByteArray holder = enrol({ "--role", "cardholder", "--card", "K7QM4" });
        QVERIFY(!worker.isEmpty() && !host.isEmpty() && !editor.isEmpty() && !holder.isEmpty());
        for (const QByteArray &who : { worker, host, editor, holder }) {
            QCOMPARE(http("GET", "/_devices", who).status, 403);
            QCOMPARE(http("POST", "/_devices/_invite", who, QJsonObject { { "roles", QJsonArray { "coordinator" } }, { "person", "Me" } }).status, 403);
            QCOMPARE(http("DELETE", "/_devices/" + m_workerOfB, who).status, 403);
        }
        QVERIFY(!isRevoked(m_workerOfB));
    }

    void aCoordinatorOfAnotherOrganisationChangesNothing()
    {
        const Answer answer = http("DELETE", "/_devices/" + m_workerOfB, m_coordinatorA);
        QCOMPARE(answer.status, 403);
        QVERIFY(!isRevoked(m_workerOfB));
        // The body cannot name another organisation either: the invite is for the caller's own.
        const Answer invited = http("POST", "/_devices/_invite", m_coordinatorA,
                                    QJsonObject { { "roles", QJsonArray { "coordinator" } }, { "person", "Mallory" }, { "org", "reakt" } });
        QCOMPARE(invited.status, 201);
        const Answer enrolled = http("POST", "/_enrol", {}, QJsonObject { { "invite", invited.body.toObject().value("code") } });
        QCOMPARE(enrolled.body.toObject().value("organisation").toString(), QString("visserijplein"));
    }

    void badBodiesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::newRow("not json") << QByteArray("{roles:") << 400;
        QTest::newRow("an array") << QByteArray("[]") << 400;
        QTest::newRow("no roles") << QByteArray("{\"person\":\"Sam\"}") << 400;
        QTest::newRow("empty roles") << QByteArray("{\"roles\":[],\"person\":\"Sam\"}") << 400;
        QTest::newRow("unknown role") << QByteArray("{\"roles\":[\"king\"],\"person\":\"Sam\"}") << 400;
        QTest::newRow("card holder") << QByteArray("{\"roles\":[\"cardholder\"],\"person\":\"Sam\"}") << 400;
        QTest::newRow("role not a string") << QByteArray("{\"roles\":[7],\"person\":\"Sam\"}") << 400;
        QTest::newRow("too many roles") << QByteArray("{\"roles\":[\"host\",\"host\",\"host\",\"host\",\"host\",\"host\",\"host\"],\"person\":\"Sam\"}") << 400;
        QTest::newRow("no person") << QByteArray("{\"roles\":[\"host\"]}") << 400;
        QTest::newRow("blank person") << QByteArray("{\"roles\":[\"host\"],\"person\":\"  \"}") << 400;
        QTest::newRow("long person") << QByteArray("{\"roles\":[\"host\"],\"person\":\"" + QByteArray(61, 'a') + "\"}") << 400;
        QTest::newRow("hosts not a list") << QByteArray("{\"roles\":[\"host\"],\"person\":\"Sam\",\"hosts\":\"x\"}") << 400;
        QTest::newRow("hosts without host role") << QByteArray("{\"roles\":[\"buurtmaatje\"],\"person\":\"Sam\",\"hosts\":[\"initiative:a\"]}") << 400;
        QTest::newRow("validHours zero") << QByteArray("{\"roles\":[\"host\"],\"person\":\"Sam\",\"validHours\":0}") << 400;
        QTest::newRow("validHours a year") << QByteArray("{\"roles\":[\"host\"],\"person\":\"Sam\",\"validHours\":8760}") << 400;
        QByteArray manyHosts = "{\"roles\":[\"host\"],\"person\":\"Sam\",\"hosts\":[";
        for (int i = 0; i < 51; ++i)
            manyHosts += (i ? ",\"h" : "\"h") + QByteArray::number(i) + "\"";
        QTest::newRow("too many hosts") << manyHosts + "]}" << 400;
        QTest::newRow("body too large") << QByteArray("{\"roles\":[\"host\"],\"person\":\"Sam\",\"pad\":\"" + QByteArray(5000, 'x') + "\"}") << 413;
    }
    void badBodiesAreRefused()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        const int before = cli({ "devices" }).value("devices").toArray().size();
        QCOMPARE(http("POST", "/_devices/_invite", m_coordinatorA, {}, body).status, status);
        QCOMPARE(cli({ "devices" }).value("devices").toArray().size(), before);
    }

    void badPathsAndMethods()
    {
        QCOMPARE(http("DELETE", "/_devices/not-a-device", m_coordinatorA).status, 400);
        QCOMPARE(http("DELETE", "/_devices/dev-0000000000000000", m_coordinatorA).status, 404);
        QCOMPARE(http("POST", "/_devices", m_coordinatorA, QJsonObject()).status, 405);
        QCOMPARE(http("GET", "/_devices/_invite", m_coordinatorA).status, 405);
        QCOMPARE(http("GET", "/_devices/a/b", m_coordinatorA).status, 404);
    }

    void aRevokedPhoneIsRefusedOnItsNextRequest()
    {
        QString phone;
        const QByteArray token = enrol({ "--role", "buurtmaatje", "--org", "visserijplein", "--person", "Joost" }, &phone);
        QCOMPARE(http("GET", "/org-visserijplein", token).status, 200);
        const Answer revoked = http("DELETE", "/_devices/" + phone, m_coordinatorA);
        QCOMPARE(revoked.status, 200);
        QCOMPARE(revoked.body.toObject().value("revoked").toString(), phone);
        QCOMPARE(http("GET", "/org-visserijplein", token).status, 401);
        bool listedRevoked = false;
        for (const QJsonValue &d : devicesOf(m_coordinatorA))
            listedRevoked = listedRevoked || (d.toObject().value("id").toString() == phone && d.toObject().value("revoked").toBool());
        QVERIFY(listedRevoked);
        // A revoked coordinator manages nothing any more.
        QString coordinatorId;
        const QByteArray second = enrol({ "--role", "coordinator", "--org", "visserijplein", "--person", "Eva" }, &coordinatorId);
        QCOMPARE(http("DELETE", "/_devices/" + coordinatorId, m_coordinatorA).status, 200);
        QCOMPARE(http("GET", "/_devices", second).status, 401);
    }

    void theDesksClientInvitesListsAndRevokes()
    {
        const QByteArray token = m_coordinatorB.mid(7); // without "Bearer "
        const Result<DeviceInvitation> invited = invite(token, { "host" }, "Karim",
                                                                          { "initiative:huiskamer" });
        QVERIFY2(invited.ok(), qPrintable(invited.error().reason));
        QCOMPARE(invited.value().code.size(), 19);
        QVERIFY(invited.value().expires > QDateTime::currentDateTimeUtc());
        QVERIFY(invited.value().qrPayload.contains(invited.value().code));
        const Answer enrolled = http("POST", "/_enrol", {}, QJsonObject { { "invite", invited.value().code }, { "device", "Karim's phone" } });
        QCOMPARE(enrolled.status, 201);
        const QString karim = enrolled.body.toObject().value("device_id").toString();

        const Result<QList<ManagedDevice>> listed = devices(token);
        QVERIFY(listed.ok());
        const auto found = std::find_if(listed.value().cbegin(), listed.value().cend(), [&](const ManagedDevice &d) { return d.id == karim; });
        QVERIFY(found != listed.value().cend());
        QCOMPARE(found->person, QString("Karim"));
        QCOMPARE(found->name, QString("Karim's phone"));
        QCOMPARE(found->hosts, QStringList { "initiative:huiskamer" });
        QVERIFY(found->enrolledAt.isValid());

        QCOMPARE(revoke(m_coordinatorA.mid(7), karim).code, StoreError::Code::Forbidden);
        QVERIFY(!isRevoked(karim));
        QCOMPARE(revoke(token, "dev-../../x").code, StoreError::Code::BadRequest);
        QVERIFY(revoke(token, karim).ok());
        QVERIFY(isRevoked(karim));
        QCOMPARE(devices("not-a-token").error().code, StoreError::Code::Unauthorized);
        QCOMPARE(invite(token, { "king" }, "X", {}).error().code, StoreError::Code::BadRequest);
    }

    void theAdminNamesTheOrganisation()
    {
        const Answer invited = http("POST", "/_devices/_invite", admin(),
                                    QJsonObject { { "roles", QJsonArray { "buurtmaatje" } }, { "person", "Noor" }, { "org", "reakt" } });
        QCOMPARE(invited.status, 201);
        QCOMPARE(http("POST", "/_devices/_invite", admin(),
                      QJsonObject { { "roles", QJsonArray { "buurtmaatje" } }, { "person", "Noor" }, { "org", "nergens" } }).status, 400);
        QCOMPARE(http("GET", "/_devices?org=reakt", admin()).body.toObject().value("devices").toArray().size(), 3); // Bram, Ilse, Karim
    }
};

QTEST_GUILESS_MAIN(TestDeviceEndpoints)
#include "tst_deviceendpoints.moc"
