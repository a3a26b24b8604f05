#include "serverclient.h"
#include "serverprocess.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// A coordinator changes an issued card through the server, which holds the organisation's key:
// extend (signed again), revoke a lost card, and issue a replacement that keeps the stamps.
// Every refusal, against a real server process over 127.0.0.1: another organisation's card
// (answered as not found, nothing stored), another role, no credentials, bad input.
class TestCardChanges : public QObject, private ServerClient
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
    QByteArray m_reakt;   // a coordinator of reakt
    QByteArray m_visser;  // a coordinator of visserijplein

    QString issue(const QByteArray &coordinator)
    {
        const QJsonObject form { { "initiatives", QJsonArray { "initiative:taalhuis" } }, { "language", "ar" },
                                 { "validFrom", QDate::currentDate().addDays(-10).toString(Qt::ISODate) },
                                 { "validUntil", QDate::currentDate().addMonths(2).toString(Qt::ISODate) } };
        const Answer issued = http("POST", "/_cards", coordinator, form);
        return issued.status == 201 ? issued.body.toObject().value("code").toString() : QString();
    }
    QJsonObject card(const QString &code) { return http("GET", "/cards/card:" + code, admin()).body.toObject(); }

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
        QCOMPARE(http("PUT", "/directory/initiative:taalhuis", admin(),
                      QJsonObject { { "type", "initiative" }, { "slug", "taalhuis" }, { "originalLanguage", "nl" } }).status, 201);
        m_reakt = enrol({ "--role", "coordinator", "--org", "reakt" });
        m_visser = enrol({ "--role", "coordinator", "--org", "visserijplein" });
        QVERIFY(!m_reakt.isEmpty() && !m_visser.isEmpty());
    }

    void anIssuedCardKeepsItsSignedPayload()
    {
        const QString code = issue(m_reakt);
        QVERIFY(!code.isEmpty());
        QVERIFY(card(code).value("payload").toString().startsWith("BUURTBRUG:CARD:1:"));
    }

    void extendSignsAgain()
    {
        const QString code = issue(m_reakt);
        const QString before = card(code).value("payload").toString();
        const QString until = QDate::currentDate().addMonths(8).toString(Qt::ISODate);
        const Answer extended = http("POST", "/_cards/" + code + "/extend", m_reakt, QJsonObject { { "validUntil", until } });
        QCOMPARE(extended.status, 200);
        QCOMPARE(extended.body.toObject().value("validUntil").toString(), until);
        const QJsonObject stored = card(code);
        QCOMPARE(stored.value("validUntil").toString(), until);
        QCOMPARE(stored.value("payload").toString(), extended.body.toObject().value("payload").toString());
        QVERIFY(stored.value("payload").toString() != before);
        // Bad input: nothing stored.
        const QString rev = stored.value("_rev").toString();
        QCOMPARE(http("POST", "/_cards/" + code + "/extend", m_reakt, QJsonObject { { "validUntil", "soon" } }).status, 400);
        QCOMPARE(http("POST", "/_cards/" + code + "/extend", m_reakt, QJsonObject { { "validUntil", "2001-01-01" } }).status, 400);
        QCOMPARE(http("POST", "/_cards/" + code + "/extend", m_reakt,
                      QJsonObject { { "validUntil", QDate::currentDate().addYears(5).toString(Qt::ISODate) } }).status, 400);
        QCOMPARE(card(code).value("_rev").toString(), rev);
    }

    void revokeMarksTheCard()
    {
        const QString code = issue(m_reakt);
        const Answer revoked = http("POST", "/_cards/" + code + "/revoke", m_reakt, QJsonObject());
        QCOMPARE(revoked.status, 200);
        QCOMPARE(card(code).value("revoked").toString(), QDate::currentDate().toString(Qt::ISODate));
        // Twice: nothing more happens. A revoked card is not extended or replaced.
        const QString rev = card(code).value("_rev").toString();
        QCOMPARE(http("POST", "/_cards/" + code + "/revoke", m_reakt, QJsonObject()).status, 200);
        QCOMPARE(http("POST", "/_cards/" + code + "/extend", m_reakt,
                      QJsonObject { { "validUntil", QDate::currentDate().addMonths(6).toString(Qt::ISODate) } }).status, 409);
        QCOMPARE(http("POST", "/_cards/" + code + "/replace", m_reakt, QJsonObject()).status, 409);
        QCOMPARE(card(code).value("_rev").toString(), rev);
    }

    void aReplacementKeepsTheStamps()
    {
        const QString code = issue(m_reakt);
        const QString day = QDate::currentDate().addDays(-3).toString(Qt::ISODate);
        QCOMPARE(http("PUT", QString("/cards/stamp:%1:taalhuis:%2").arg(code, day), admin(),
                      QJsonObject { { "type", "stamp" }, { "card", "card:" + code }, { "initiative", "initiative:taalhuis" },
                                    { "date", day }, { "method", "host" }, { "verified", true } }).status, 201);
        const Answer replaced = http("POST", "/_cards/" + code + "/replace", m_reakt, QJsonObject());
        QCOMPARE(replaced.status, 201);
        const QString fresh = replaced.body.toObject().value("code").toString();
        QVERIFY(!fresh.isEmpty() && fresh != code);
        QCOMPARE(replaced.body.toObject().value("replaces").toString(), code);
        const QJsonObject old = card(code);
        const QJsonObject renewed = card(fresh);
        QCOMPARE(old.value("replacedBy").toString(), fresh);
        QVERIFY(!old.value("revoked").toString().isEmpty());
        QCOMPARE(renewed.value("replaces").toString(), code);
        QCOMPARE(renewed.value("org").toString(), QString("reakt"));
        QCOMPARE(renewed.value("validUntil"), old.value("validUntil"));
        QCOMPARE(renewed.value("initiatives"), old.value("initiatives"));
        const QJsonObject stamp = http("GET", QString("/cards/stamp:%1:taalhuis:%2").arg(fresh, day), admin()).body.toObject();
        QCOMPARE(stamp.value("card").toString(), "card:" + fresh);
        QCOMPARE(stamp.value("verified").toBool(), true);
    }

    void anotherOrganisationsCardIsNotFoundAndNothingIsStored()
    {
        const QString code = issue(m_reakt);
        const QString rev = card(code).value("_rev").toString();
        const int cards = http("GET", "/cards", admin()).body.toObject().value("doc_count").toInt();
        for (const char *action : { "revoke", "replace", "extend" }) {
            const Answer refused = http("POST", QString("/_cards/%1/%2").arg(code, action), m_visser,
                                        QJsonObject { { "validUntil", QDate::currentDate().addMonths(6).toString(Qt::ISODate) } });
            QCOMPARE(refused.status, 404);
            QVERIFY(refused.body.toObject().value("reason").toString().contains("your organisation"));
        }
        QCOMPARE(card(code).value("_rev").toString(), rev);
        QVERIFY(!card(code).contains("revoked"));
        QCOMPARE(http("GET", "/cards", admin()).body.toObject().value("doc_count").toInt(), cards);
    }

    void otherCallersAreRefused()
    {
        const QString code = issue(m_reakt);
        const QString rev = card(code).value("_rev").toString();
        QCOMPARE(http("POST", "/_cards/" + code + "/revoke", {}, QJsonObject()).status, 401);
        QCOMPARE(http("POST", "/_cards/" + code + "/revoke", enrol({ "--role", "host", "--org", "reakt" }), QJsonObject()).status, 403);
        QCOMPARE(http("POST", "/_cards/" + code + "/revoke", enrol({ "--role", "cardholder", "--card", code }), QJsonObject()).status, 403);
        QCOMPARE(http("GET", "/_cards/" + code + "/revoke", m_reakt).status, 405);
        QCOMPARE(http("POST", "/_cards/" + code + "/shred", m_reakt, QJsonObject()).status, 404);
        QCOMPARE(http("POST", "/_cards/not-a-code/revoke", m_reakt, QJsonObject()).status, 400);
        QCOMPARE(http("POST", "/_cards/" + code + "/revoke", m_reakt, QJsonValue(), "[1]").status, 400);
        QCOMPARE(card(code).value("_rev").toString(), rev);
        // The server's admin may change any card.
        QCOMPARE(http("POST", "/_cards/" + code + "/revoke", admin(), QJsonObject()).status, 200);
    }

    // Posters: signed for the coordinator's own organisation only; each refusal stores nothing.
    void postersAreSignedForACoordinatorsOwnOrganisation()
    {
        const Answer signedPosters = http("POST", "/_posters", m_reakt, QJsonObject { { "initiatives", QJsonArray { "taalhuis", "initiative:taalhuis" } } });
        QCOMPARE(signedPosters.status, 200);
        const QJsonArray posters = signedPosters.body.toObject().value("posters").toArray();
        QCOMPARE(posters.size(), 1); // the same place twice is one poster
        QCOMPARE(posters.first().toObject().value("initiative").toString(), QString("initiative:taalhuis"));
        QVERIFY(posters.first().toObject().value("payload").toString().startsWith("BUURTBRUG:POSTER:1:"));
        // Another organisation's coordinator gets their own organisation's poster, never reakt's.
        const QString other = http("POST", "/_posters", m_visser, QJsonObject { { "initiatives", QJsonArray { "taalhuis" } } })
                                      .body.toObject().value("posters").toArray().first().toObject().value("payload").toString();
        QVERIFY(!other.isEmpty() && other != posters.first().toObject().value("payload").toString());

        const QJsonObject form { { "initiatives", QJsonArray { "taalhuis" } } };
        QCOMPARE(http("POST", "/_posters", {}, form).status, 401);
        QCOMPARE(http("POST", "/_posters", enrol({ "--role", "host", "--org", "reakt" }), form).status, 403);
        QCOMPARE(http("GET", "/_posters", m_reakt).status, 405);
        QCOMPARE(http("POST", "/_posters", m_reakt, QJsonObject { { "initiatives", QJsonArray { "nowhere" } } }).status, 404);
        QCOMPARE(http("POST", "/_posters", m_reakt, QJsonObject { { "initiatives", QJsonArray() } }).status, 400);
        QJsonArray tooMany;
        for (int i = 0; i < 51; ++i)
            tooMany.append("taalhuis");
        QCOMPARE(http("POST", "/_posters", m_reakt, QJsonObject { { "initiatives", tooMany } }).status, 400);
        QCOMPARE(http("POST", "/_posters", admin(), form).status, 400); // the admin must name an organisation
        QCOMPARE(http("POST", "/_posters", admin(), QJsonObject { { "initiatives", QJsonArray { "taalhuis" } }, { "org", "reakt" } }).status, 200);
    }
};

QTEST_MAIN(TestCardChanges)
#include "tst_cardchanges.moc"
