#include "couchjoin.h"
#include "joincontroller.h"
#include "serveraddress.h"
#include "serverpost.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

// The join payload of a CouchDB deployment (CouchJoin): the three spellings round-trip, and
// every forged, truncated or wrongly typed payload is refused as damaged (never half-read),
// while other codes (an invite, a card) are left to their own readers. JoinController names
// a damaged one and keeps nothing.
class TestCouchJoin : public QObject
{
    Q_OBJECT

    static CouchJoin worker()
    {
        CouchJoin join;
        join.server = QUrl("https://couch.example.nl:6984");
        join.user = "dev-0123456789abcdef";
        join.password = "q7-Xb_9pL2vM4nR8sT1wY3zA5cE6gH0j";
        join.roles = { "buurtmaatje" };
        join.person = "Sam";
        join.organisation = "visserijplein";
        join.databases = { { "directory", "directory" }, { "org-visserijplein", "org-visserijplein" } };
        return join;
    }

    // A keeper that only counts: a refused join must never call it.
    static void countKeeps(JoinController &join, int &kept)
    {
        join.setKeeper([&kept](const DeviceCredentials &) {
            ++kept;
            return StoreError::none();
        });
    }

    static QString spelled(const QJsonObject &json) { return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)); }
    static QString coded(const QJsonObject &json)
    {
        return "BUURTBRUG-JOIN:" + QString::fromLatin1(QJsonDocument(json).toJson(QJsonDocument::Compact)
                                                               .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    }

private slots:
    void everySpellingReadsBack()
    {
        const CouchJoin join = worker();
        for (const QString &text : { join.toQrText(), join.toTextCode(), "  " + join.toTextCode().insert(40, "\n ") + "\n",
                                     join.toTextCode().replace("BUURTBRUG-JOIN:", "buurtbrug-join:") }) {
            CouchJoin::Problem problem = CouchJoin::Problem::NotAJoin;
            const std::optional<CouchJoin> read = CouchJoin::parse(text, &problem);
            QVERIFY2(read, qPrintable(text));
            QCOMPARE(read->server, join.server);
            QCOMPARE(read->user, join.user);
            QCOMPARE(read->password, join.password);
            QCOMPARE(read->roles, join.roles);
            QCOMPARE(read->person, join.person);
            QCOMPARE(read->organisation, join.organisation);
            QCOMPARE(read->databases, join.databases);
        }
        // Small enough for a QR code read from a phone's screen.
        QVERIFY(join.toQrText().size() < 400);
        const DeviceCredentials kept = DeviceCredentials::fromJson(join.credentials().toJson());
        QCOMPARE(kept.password, join.password);
        QCOMPARE(kept.deviceId, join.user);
        QCOMPARE(kept.databases, join.databases);
        QVERIFY(kept.token.isEmpty() && kept.joined());
    }

    void aCardHolderMapsCardsToItsCard()
    {
        CouchJoin join;
        join.server = QUrl("http://127.0.0.1:5984");
        join.user = "dev-00000000000000aa";
        join.password = "secret-secret";
        join.roles = { "cardholder" };
        join.organisation = "visserijplein";
        join.card = "K7Q-M4P-XR9";
        join.databases = { { "directory", "directory" }, { "cards", "card-k7q-m4p-xr9" } };
        const std::optional<CouchJoin> read = CouchJoin::parse(join.toTextCode());
        QVERIFY(read);
        QCOMPARE(read->databases.value("cards"), QString("card-k7q-m4p-xr9"));
        QCOMPARE(read->card, join.card);
    }

    void otherCodesAreNotJoins_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("invite QR") << R"({"buurtbrug":"invite","server":"http://127.0.0.1:5984","code":"ABCD-EFGH-JKMN-PQRS"})";
        QTest::newRow("typed invite") << "ABCD-EFGH-JKMN-PQRS";
        QTest::newRow("card") << "BUURTBRUG:CARD:1:K7Q-M4P-XR9";
        QTest::newRow("empty") << "";
        QTest::newRow("other JSON") << R"({"hello":"world"})";
    }
    void otherCodesAreNotJoins()
    {
        QFETCH(QString, text);
        CouchJoin::Problem problem = CouchJoin::Problem::Damaged;
        QVERIFY(!CouchJoin::parse(text, &problem));
        QCOMPARE(problem, CouchJoin::Problem::NotAJoin);
    }

    void damagedPayloadsAreRefused_data()
    {
        QTest::addColumn<QString>("text");
        const QJsonObject good = worker().toJson();
        const auto with = [&good](const QString &key, const QJsonValue &value) {
            QJsonObject json = good;
            if (value.isUndefined())
                json.remove(key);
            else
                json.insert(key, value);
            return json;
        };
        const QString qr = worker().toQrText();
        const QString code = worker().toTextCode();
        QTest::newRow("QR read in part") << qr.left(qr.size() / 2);
        QTest::newRow("QR without its last brace") << qr.chopped(1);
        QTest::newRow("text code cut") << code.left(code.size() - 7);
        QTest::newRow("text code garbled") << code.left(30) + "!!*" + code.mid(33);
        QTest::newRow("text code of nothing") << "BUURTBRUG-JOIN:";
        QTest::newRow("text code of other JSON") << coded(QJsonObject { { "buurtbrug", "invite" } });
        QTest::newRow("too long") << code + QString(CouchJoin::maxTextLength, u'A');
        QTest::newRow("password a number") << spelled(with("password", 12345));
        QTest::newRow("no password") << spelled(with("password", QJsonValue::Undefined));
        QTest::newRow("empty password") << spelled(with("password", ""));
        QTest::newRow("no user") << coded(with("user", QJsonValue::Undefined));
        QTest::newRow("user with a colon") << spelled(with("user", "dev:admin"));
        QTest::newRow("roles a string") << spelled(with("roles", "coordinator"));
        QTest::newRow("no roles") << spelled(with("roles", QJsonArray()));
        QTest::newRow("unknown role") << spelled(with("roles", QJsonArray { "_admin" }));
        QTest::newRow("role a number") << spelled(with("roles", QJsonArray { 1 }));
        QTest::newRow("url not http") << spelled(with("url", "file:///etc/passwd"));
        QTest::newRow("url with credentials") << spelled(with("url", "http://admin:secret@127.0.0.1:5984"));
        QTest::newRow("url an object") << spelled(with("url", QJsonObject()));
        QTest::newRow("org not a slug") << spelled(with("org", "Visser ij/plein"));
        QTest::newRow("databases an array") << spelled(with("databases", QJsonArray { "directory" }));
        QTest::newRow("databases empty") << spelled(with("databases", QJsonObject()));
        QTest::newRow("no directory") << spelled(with("databases", QJsonObject { { "org-visserijplein", "org-visserijplein" } }));
        QTest::newRow("remote name a number") << spelled(with("databases", QJsonObject { { "directory", 7 } }));
        QTest::newRow("remote system database") << spelled(with("databases", QJsonObject { { "directory", "_users" } }));
        QTest::newRow("local name a path") << spelled(with("databases", QJsonObject { { "directory", "directory" }, { "../../etc", "x" } }));
        QTest::newRow("another organisation's database")
                << spelled(with("databases", QJsonObject { { "directory", "directory" }, { "org-reakt", "org-reakt" } }));
        QTest::newRow("hosts a string") << spelled(with("hosts", "wijkpaleis"));
        QTest::newRow("person an array") << spelled(with("person", QJsonArray { "Sam" }));
    }
    void damagedPayloadsAreRefused()
    {
        QFETCH(QString, text);
        CouchJoin::Problem problem = CouchJoin::Problem::NotAJoin;
        QVERIFY(!CouchJoin::parse(text, &problem));
        QCOMPARE(problem, CouchJoin::Problem::Damaged);
    }

    // The join names a damaged code as such, at once, and never calls its keeper.
    void theJoinNamesADamagedCodeAndKeepsNothing()
    {
        JoinController join;
        int kept = 0;
        countKeeps(join, kept);
        QSignalSpy finished(&join, &JoinController::finished);
        const QString code = worker().toTextCode();
        join.start(code.left(code.size() - 5), QString());
        QCOMPARE(finished.size(), 1);
        QCOMPARE(join.problem(), JoinController::Problem::DamagedJoinCode);
        QVERIFY(!join.busy() && !join.joined());
        QVERIFY(!join.message().isEmpty());
        QCOMPARE(kept, 0);
        // A well-formed one is checked with its server first: an unreachable one keeps nothing.
        CouchJoin nowhere = worker();
        nowhere.server = QUrl("http://127.0.0.1:9");
        join.setTimeoutMs(5000);
        join.start(nowhere.toTextCode(), QString());
        QVERIFY(join.busy());
        QCOMPARE(join.server(), QString("http://127.0.0.1:9"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000);
        QCOMPARE(join.problem(), JoinController::Problem::Unreachable);
        QCOMPARE(kept, 0);
    }

    void credentialsGoOnlyOverTlsOrToThisMachine_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << "https://couch.example.nl:6984" << true;
        QTest::newRow("https by address") << "https://203.0.113.7" << true;
        QTest::newRow("http to 127.0.0.1") << "http://127.0.0.1:5984" << true;
        QTest::newRow("http to 127.0.0.2") << "http://127.0.0.2:5984" << true;
        QTest::newRow("http to localhost") << "http://LocalHost:5984" << true;
        QTest::newRow("http to ::1") << "http://[::1]:5984" << true;
        QTest::newRow("http to a name") << "http://couch.example.nl" << false;
        QTest::newRow("http to a LAN address") << "http://192.168.1.20:5984" << false;
        QTest::newRow("http to a public address") << "http://203.0.113.7" << false;
        QTest::newRow("http to a name that starts like loopback") << "http://127.0.0.1.example.nl" << false;
        QTest::newRow("http to localhost's lookalike") << "http://localhost.example.nl" << false;
        QTest::newRow("ftp") << "ftp://127.0.0.1" << false;
    }
    void credentialsGoOnlyOverTlsOrToThisMachine()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QCOMPARE(ServerAddress::protectsCredentials(QUrl(url)), allowed);
    }

    // A join code or an invite naming a plain http:// server elsewhere is refused before the
    // phone sends anything, with its own sentence; nothing is kept.
    void plainHttpToAnotherMachineIsRefusedBeforeAnythingIsSent()
    {
        JoinController join;
        int kept = 0;
        countKeeps(join, kept);
        QSignalSpy finished(&join, &JoinController::finished);
        CouchJoin plain = worker();
        plain.server = QUrl("http://couch.example.nl:5984");
        join.start(plain.toTextCode(), QString());
        QCOMPARE(finished.size(), 1);
        QVERIFY(!join.busy());
        QCOMPARE(join.problem(), JoinController::Problem::PlainHttp);
        QVERIFY(join.message().contains("https://"));
        join.start("ABCD-EFGH-JKMN-PQRS", "http://buurtbrug.example.nl");
        QCOMPARE(finished.size(), 2);
        QCOMPARE(join.problem(), JoinController::Problem::PlainHttp);
        const QString invite = R"({"buurtbrug":"invite","code":"ABCD-EFGH-JKMN-PQRS","server":"http://10.0.0.5:8080"})";
        join.start(invite, QString());
        QCOMPARE(finished.size(), 3);
        QCOMPARE(join.problem(), JoinController::Problem::PlainHttp);
        QCOMPARE(kept, 0);
        // The https:// address of the same deployment is tried (and here unreachable).
        plain.server = QUrl("https://127.0.0.1:9");
        join.setTimeoutMs(5000);
        join.start(plain.toTextCode(), QString());
        QVERIFY(join.busy());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 4, 10000);
        QCOMPARE(join.problem(), JoinController::Problem::Unreachable);
        QCOMPARE(kept, 0);
    }
};

QTEST_GUILESS_MAIN(TestCouchJoin)
#include "tst_couchjoin.moc"
