#include "serverclient.h"
#include "serverprocess.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

// Every refusal the server owes: no credentials, a replayed invite, a revoked token, another
// organisation's data, another person's card, a write outside one's role, too many requests,
// a body too large. Each is checked against a real server process over 127.0.0.1.
class TestServerSecurity : public QObject, private ServerClient
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_server;

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
        // Two cards and their stamps.
        for (const char *code : { "K7QM4", "P2XR9" }) {
            const QString c = QString::fromLatin1(code);
            QCOMPARE(http("PUT", "/cards/card:" + c, admin(), QJsonObject { { "type", "card" }, { "code", c }, { "org", "reakt" },
                                                                         { "initiatives", QJsonArray { "initiative:huiskamer" } },
                                                                         { "validFrom", "2026-11-01" },
                                                                         { "validUntil", QDate::currentDate().addYears(1).toString(Qt::ISODate) } }).status, 201);
            QCOMPARE(http("PUT", QString("/cards/stamp:%1:huiskamer:2026-11-20").arg(c), admin(),
                          QJsonObject { { "type", "stamp" }, { "card", "card:" + c }, { "initiative", "initiative:huiskamer" }, { "date", "2026-11-20" } }).status, 201);
        }
    }

    void everyDataEndpointNeedsCredentials()
    {
        for (const QString &path : { "/_all_dbs", "/directory", "/directory/_changes", "/directory/_all_docs", "/cards/card:K7QM4" })
            QCOMPARE(http("GET", path).status, 401);
        QCOMPARE(http("POST", "/directory/_bulk_docs", {}, QJsonObject { { "docs", QJsonArray() } }).status, 401);
        QCOMPARE(http("GET", "/directory", "Basic " + QByteArray("admin:wrong").toBase64()).status, 401);
        QCOMPARE(http("GET", "/directory", "Bearer made-up-token").status, 401);
        QCOMPARE(http("GET", "/").status, 200); // the welcome stays public
    }

    void anInviteWorksOnceAndToleratesTypos()
    {
        const QString code = cli({ "invite", "--role", "buurtmaatje", "--org", "visserijplein", "--person", "Samira" }).value("code").toString();
        QCOMPARE(code.size(), 19);
        // Typed in lower case, with O for 0 and spaces for dashes: still the same code.
        QString typed = code.toLower();
        typed.replace(u'-', u' ').replace(u'0', u'o');
        const Answer first = http("POST", "/_enrol", {}, QJsonObject { { "invite", typed }, { "device", "phone" } });
        QCOMPARE(first.status, 201);
        QCOMPARE(first.body.toObject().value("roles").toArray(), QJsonArray { "buurtmaatje" });
        const Answer replay = http("POST", "/_enrol", {}, QJsonObject { { "invite", code }, { "device", "attacker" } });
        QCOMPARE(replay.status, 403);
        // Which refusal, typed, for the phone to name it (issue 17, defect 6).
        QCOMPARE(replay.body.toObject().value("error").toString(), QString("forbidden"));
        QCOMPARE(replay.body.toObject().value("invite").toString(), QString("used"));
        const Answer unknown = http("POST", "/_enrol", {}, QJsonObject { { "invite", "AAAA-BBBB-CCCC-DDDD" } });
        QCOMPARE(unknown.status, 403);
        QCOMPARE(unknown.body.toObject().value("invite").toString(), QString("unknown"));
    }

    void aRevokedTokenIsRefused()
    {
        QString deviceId;
        const QByteArray token = enrol({ "--role", "host", "--org", "visserijplein" }, &deviceId);
        QVERIFY(!token.isEmpty());
        QCOMPARE(http("GET", "/directory", token).status, 200);
        QCOMPARE(cli({ "revoke", deviceId }).value("ok").toBool(), true);
        QCOMPARE(http("GET", "/directory", token).status, 401);
        // Basic with the device id as name does not get around it either.
        QCOMPARE(http("GET", "/directory", "Basic " + (deviceId + ":" + token.mid(7)).toLatin1().toBase64()).status, 401);
    }

    void organisationsStayApart()
    {
        const QByteArray buurtmaatje = enrol({ "--role", "buurtmaatje", "--org", "visserijplein" });
        QVERIFY(!buurtmaatje.isEmpty());
        QCOMPARE(http("PUT", "/org-visserijplein/tally:1", buurtmaatje, QJsonObject { { "type", "tally" }, { "date", "2026-11-21" } }).status, 201);
        QCOMPARE(http("GET", "/org-visserijplein/tally:1", buurtmaatje).status, 200);
        QCOMPARE(http("GET", "/org-reakt", buurtmaatje).status, 403);
        QCOMPARE(http("GET", "/org-reakt/_changes", buurtmaatje).status, 403);
        QCOMPARE(http("PUT", "/org-reakt/tally:2", buurtmaatje, QJsonObject { { "type", "tally" }, { "date", "2026-11-21" } }).status, 403);
        const QStringList visible = http("GET", "/_all_dbs", buurtmaatje).body.toVariant().toStringList();
        QVERIFY(visible.contains("org-visserijplein") && !visible.contains("org-reakt"));
        // Checkpoints stay writable for a reader of the directory.
        QCOMPARE(http("PUT", "/directory/_local/checkpoint-x", buurtmaatje, QJsonObject { { "seq", 1 } }).status, 201);
    }

    void rolesLimitWhatIsWritten()
    {
        const QByteArray buurtmaatje = enrol({ "--role", "buurtmaatje", "--org", "visserijplein" });
        const QJsonObject initiative { { "type", "initiative" }, { "slug", "x" }, { "originalLanguage", "nl" } };
        QCOMPARE(http("PUT", "/directory/initiative:x", buurtmaatje, initiative).status, 403);
        QCOMPARE(http("PUT", "/directory/translation:x:ar", buurtmaatje,
                      QJsonObject { { "type", "translation" }, { "initiative", "initiative:x" }, { "language", "ar" },
                                    { "name", "مقهى" }, { "status", "human" } }).status, 201);
        QJsonObject withId = initiative;
        withId.insert("_id", "initiative:x");
        const Answer refused = http("POST", "/directory/_bulk_docs", buurtmaatje, QJsonObject { { "docs", QJsonArray { withId } } });
        QCOMPARE(refused.status, 201);
        QCOMPARE(refused.body.toArray().first().toObject().value("error").toString(), QString("forbidden"));
        const QByteArray coordinator = enrol({ "--role", "coordinator", "--org", "reakt" });
        QCOMPARE(http("PUT", "/directory/initiative:x", coordinator, initiative).status, 201);
        // An organisation's public key decides which cards are genuine: no device may replace
        // it, not even a coordinator's (a coordinator of one organisation could forge another's).
        const QJsonObject key { { "type", "orgkey" }, { "org", "visserijplein" },
                                { "publicKey", QString(QByteArray(32, 'k').toBase64()) } };
        QCOMPARE(http("PUT", "/directory/orgkey:visserijplein", coordinator, key).status, 403);
    }

    void sampleDataIsNeverTakenIn()
    {
        // The app's invented neighbourhood marks its documents; a phone that pushes one anyway
        // (an older version, a bug) is refused, in a single write and in a batch.
        const QByteArray buurtmaatje = enrol({ "--role", "buurtmaatje", "--org", "visserijplein" });
        const QJsonObject translation { { "type", "translation" }, { "initiative", "initiative:x" }, { "language", "tr" },
                                        { "name", "Kahve" }, { "status", "human" }, { "sample", true } };
        const Answer single = http("PUT", "/directory/translation:x:tr", buurtmaatje, translation);
        QCOMPARE(single.status, 403);
        QVERIFY(single.body.toObject().value("reason").toString().contains("sample", Qt::CaseInsensitive));
        QJsonObject withId = translation;
        withId.insert("_id", "translation:x:tr");
        const Answer batch = http("POST", "/directory/_bulk_docs", buurtmaatje, QJsonObject { { "docs", QJsonArray { withId } } });
        QCOMPARE(batch.body.toArray().first().toObject().value("error").toString(), QString("forbidden"));
        QCOMPARE(http("GET", "/directory/translation:x:tr", admin()).status, 404);
    }

    void aCardHolderSeesOnlyTheirOwnCard()
    {
        const QByteArray holder = enrol({ "--role", "cardholder", "--card", "K7QM4" });
        QVERIFY(!holder.isEmpty());
        QCOMPARE(http("GET", "/cards/card:K7QM4", holder).status, 200);
        QCOMPARE(http("GET", "/cards/card:P2XR9", holder).status, 404);
        QCOMPARE(http("GET", "/cards/stamp:P2XR9:huiskamer:2026-11-20", holder).status, 404);
        QCOMPARE(http("GET", "/cards/card:P2XR9?open_revs=all", holder).status, 404);
        QStringList changed;
        for (const QJsonValue &row : http("GET", "/cards/_changes?style=all_docs", holder).body.toObject().value("results").toArray())
            changed.append(row.toObject().value("id").toString());
        QCOMPARE(changed, (QStringList { "card:K7QM4", "stamp:K7QM4:huiskamer:2026-11-20" }));
        QStringList listed;
        for (const QJsonValue &row : http("GET", "/cards/_all_docs", holder).body.toObject().value("rows").toArray())
            listed.append(row.toObject().value("id").toString());
        QCOMPARE(listed, (QStringList { "card:K7QM4", "stamp:K7QM4:huiskamer:2026-11-20" }));
        const Answer bulkGet = http("POST", "/cards/_bulk_get", holder, QJsonObject { { "docs", QJsonArray { QJsonObject { { "id", "card:P2XR9" } } } } });
        QVERIFY(bulkGet.body.toObject().value("results").toArray().first().toObject().value("docs").toArray().first().toObject().contains("error"));
        const QJsonObject otherStamp { { "type", "stamp" }, { "card", "card:P2XR9" }, { "initiative", "initiative:huiskamer" }, { "date", "2026-11-22" } };
        QCOMPARE(http("PUT", "/cards/stamp:P2XR9:huiskamer:2026-11-22", holder, otherStamp).status, 403);
        // Their own self-stamp of today (tst_cardboundary holds the rest of the rules).
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        const QJsonObject ownStamp { { "type", "stamp" }, { "card", "card:K7QM4" }, { "initiative", "initiative:huiskamer" }, { "date", today }, { "method", "self" } };
        QCOMPARE(http("PUT", "/cards/stamp:K7QM4:huiskamer:" + today + ":self", holder, ownStamp).status, 201);
        QCOMPARE(http("GET", "/org-reakt", holder).status, 403);
    }

    // The holder says whether the referrer sees progress; the places, the validity and a host's
    // stamp are not theirs to change, and they delete nothing.
    void aCardHolderChangesOnlyTheirChoice()
    {
        const QByteArray holder = enrol({ "--role", "cardholder", "--card", "K7QM4" });
        QJsonObject card = http("GET", "/cards/card:K7QM4", holder).body.toObject();
        QVERIFY(card.contains("_rev"));
        QJsonObject shared = card;
        shared.insert("shareProgress", !card.value("shareProgress").toBool());
        const Answer changed = http("PUT", "/cards/card:K7QM4", holder, shared);
        QCOMPARE(changed.status, 201);
        card = http("GET", "/cards/card:K7QM4", holder).body.toObject();
        QCOMPARE(card.value("shareProgress"), shared.value("shareProgress"));

        QJsonObject stretched = card;
        stretched.insert("validUntil", "2030-12-31");
        QCOMPARE(http("PUT", "/cards/card:K7QM4", holder, stretched).status, 403);
        QJsonObject morePlaces = card;
        morePlaces.insert("initiatives", QJsonArray { "initiative:huiskamer", "initiative:sirene" });
        QCOMPARE(http("PUT", "/cards/card:K7QM4", holder, morePlaces).status, 403);
        QCOMPARE(http("DELETE", "/cards/card:K7QM4?rev=" + card.value("_rev").toString(), holder).status, 403);
        // Replication's way in is held to the same rule.
        QJsonObject pushed = stretched;
        pushed.insert("_rev", "9-" + QString(32, 'a'));
        const Answer bulk = http("POST", "/cards/_bulk_docs", holder, QJsonObject { { "new_edits", false }, { "docs", QJsonArray { pushed } } });
        QCOMPARE(http("GET", "/cards/card:K7QM4", holder).body.toObject().value("validUntil"), card.value("validUntil"));
        QVERIFY(bulk.body.isArray() && bulk.body.toArray().first().toObject().value("error") == QString("forbidden"));
        const QJsonObject hostStamp { { "type", "stamp" }, { "card", "card:K7QM4" }, { "initiative", "initiative:huiskamer" },
                                      { "date", "2026-11-23" }, { "method", "host" }, { "verified", true } };
        QCOMPARE(http("PUT", "/cards/stamp:K7QM4:huiskamer:2026-11-23", holder, hostStamp).status, 403);
        const QJsonObject stamp = http("GET", "/cards/stamp:K7QM4:huiskamer:2026-11-20", holder).body.toObject();
        QCOMPARE(http("DELETE", "/cards/stamp:K7QM4:huiskamer:2026-11-20?rev=" + stamp.value("_rev").toString(), holder).status, 403);
    }

    // A referrer's phone asks the server, which holds the organisation's key, for a new card.
    void onlyACoordinatorIssuesCardsForTheirOrganisation()
    {
        QCOMPARE(http("PUT", "/directory/initiative:taalhuis", admin(),
                      QJsonObject { { "type", "initiative" }, { "slug", "taalhuis" }, { "originalLanguage", "nl" } }).status, 201);
        const QJsonObject form { { "initiatives", QJsonArray { "initiative:taalhuis" } }, { "language", "ar" },
                                 { "validFrom", "2026-11-01" }, { "validUntil", "2027-01-31" } };
        const QByteArray coordinator = enrol({ "--role", "coordinator", "--org", "reakt" });
        const Answer issued = http("POST", "/_cards", coordinator, form);
        QCOMPARE(issued.status, 201);
        const QString code = issued.body.toObject().value("code").toString();
        QVERIFY(issued.body.toObject().value("payload").toString().startsWith("BUURTBRUG:CARD:1:"));
        const QJsonObject card = http("GET", "/cards/card:" + code, coordinator).body.toObject();
        QCOMPARE(card.value("org").toString(), QString("reakt")); // the coordinator's own, whatever the body says
        QCOMPARE(card.value("shareProgress").toBool(), false);
        // The organisation's public key came with it, for every device's directory.
        QCOMPARE(http("GET", "/directory/orgkey:reakt", coordinator).status, 200);

        QCOMPARE(http("POST", "/_cards", {}, form).status, 401);
        QCOMPARE(http("POST", "/_cards", enrol({ "--role", "host", "--org", "reakt" }), form).status, 403);
        QCOMPARE(http("POST", "/_cards", enrol({ "--role", "cardholder", "--card", code }), form).status, 403);
        QCOMPARE(http("GET", "/_cards", coordinator).status, 405);
        QJsonObject unknown = form;
        unknown.insert("initiatives", QJsonArray { "initiative:nowhere" });
        QCOMPARE(http("POST", "/_cards", coordinator, unknown).status, 404);
        QJsonObject backwards = form;
        backwards.insert("validUntil", "2026-10-01");
        QCOMPARE(http("POST", "/_cards", coordinator, backwards).status, 400);
        QCOMPARE(http("POST", "/_cards", coordinator, QJsonObject { { "initiatives", QJsonArray() } }).status, 400);
    }

    void tooManyRequestsAreSlowedDown()
    {
        ServerProcess limited(SERVER_BINARY, m_data);
        const QUrl shared = m_base;
        m_base = limited.start("admin:test-secret", { "--rate-limit", "2:5" });
        QVERIFY(m_base.isValid());
        const QByteArray device = enrol({ "--role", "host", "--org", "visserijplein" });
        int refused = 0;
        for (int i = 0; i < 20; ++i)
            refused += http("GET", "/directory", device).status == 429 ? 1 : 0;
        m_base = shared;
        QVERIFY2(refused >= 10, qPrintable(QString::number(refused)));
    }

    // The CouchDB upkeep and query endpoints: upkeep is the admin's only; queries answer a
    // device only what it may read anyway.
    void upkeepEndpointsAreTheAdminsOnly()
    {
        const QByteArray worker = enrol({ "--role", "coordinator", "--org", "visserijplein" });
        const QByteArray holder = enrol({ "--role", "cardholder", "--card", "K7QM4" });
        const QJsonObject purgeBody { { "card:P2XR9", QJsonArray { "1-x" } } };
        const QJsonObject index { { "index", QJsonObject { { "fields", QJsonArray { "type" } } } } };
        for (const QByteArray &device : { worker, holder }) {
            const QString db = device == worker ? QStringLiteral("/org-visserijplein") : QStringLiteral("/cards");
            QCOMPARE(http("POST", db + "/_compact", device, QJsonObject()).status, 403);
            QCOMPARE(http("POST", db + "/_compact", device, QJsonObject()).body.toObject().value("error").toString(), QStringLiteral("forbidden"));
            QCOMPARE(http("POST", db + "/_view_cleanup", device, QJsonObject()).status, 403);
            QCOMPARE(http("POST", db + "/_purge", device, purgeBody).status, 403);
            QCOMPARE(http("GET", db + "/_purged_infos_limit", device).status, 403);
            QCOMPARE(http("POST", db + "/_index", device, index).status, 403);
            QCOMPARE(http("DELETE", db + "/_index/x/json/y", device).status, 403);
            QCOMPARE(http("PUT", db + "/_revs_limit", device, {}, "5").status, 403);
        }
        for (const QString &path : { "/cards/_compact", "/cards/_purge", "/cards/_index", "/cards/_find", "/cards/_design_docs" })
            QCOMPARE(http("POST", path, {}, QJsonObject()).status, 401);
        // The admin may; the card survives a purge that does not name every leaf.
        QCOMPARE(http("POST", "/cards/_compact", admin(), QJsonObject()).status, 202);
        QCOMPARE(http("POST", "/cards/_purge", admin(), purgeBody).body.toObject().value("purged").toObject().value("card:P2XR9").toArray().size(), 0);
        QCOMPARE(http("GET", "/cards/card:P2XR9", admin()).status, 200);
        QCOMPARE(http("POST", "/cards/_index", admin(), index).status, 200);
    }

    void queriesShowACardHolderOnlyTheirCard()
    {
        const QByteArray holder = enrol({ "--role", "cardholder", "--card", "K7QM4" });
        const Answer found = http("POST", "/cards/_find", holder, QJsonObject { { "selector", QJsonObject { { "type", "card" } } } });
        QCOMPARE(found.status, 200);
        QCOMPARE(found.body.toObject().value("docs").toArray().size(), 1);
        QCOMPARE(found.body.toObject().value("docs").toArray().at(0).toObject().value("_id").toString(), QStringLiteral("card:K7QM4"));
        const Answer changes = http("POST", "/cards/_changes?filter=_selector", holder, QJsonObject { { "selector", QJsonObject { { "type", "card" } } } });
        QCOMPARE(changes.body.toObject().value("results").toArray().size(), 1);
        const Answer byIds = http("POST", "/cards/_changes?filter=_doc_ids", holder, QJsonObject { { "doc_ids", QJsonArray { "card:P2XR9" } } });
        QCOMPARE(byIds.body.toObject().value("results").toArray().size(), 0);
        const Answer keys = http("POST", "/cards/_all_docs", holder, QJsonObject { { "keys", QJsonArray { "card:P2XR9" } } });
        QCOMPARE(keys.body.toObject().value("rows").toArray().at(0).toObject().value("error").toString(), QStringLiteral("not_found"));
        QVERIFY(!keys.raw.contains("\"rev\""));
        const Answer continuous = http("GET", "/cards/_changes?feed=continuous&timeout=0", holder);
        QCOMPARE(continuous.status, 200);
        QVERIFY(continuous.raw.contains("card:K7QM4"));
        QVERIFY(!continuous.raw.contains("P2XR9"));
    }

    void aSessionCookieStandsForTheCredentialsItWasOpenedWith()
    {
        QString deviceId;
        const QByteArray token = enrol({ "--role", "host", "--org", "visserijplein" }, &deviceId);
        const Answer opened = http("POST", "/_session", {}, QJsonObject { { "name", deviceId }, { "password", QString::fromLatin1(token.mid(7)) } });
        QCOMPARE(opened.status, 200);
        // The cookie is read from the answer's header by a second request of our own.
        QUrl url = m_base.adjusted(QUrl::RemoveUserInfo);
        url.setPath("/_session");
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        m_network.setCookieJar(new QNetworkCookieJar); // a fresh jar holds the cookie
        QNetworkReply *signIn = m_network.post(request, QJsonDocument(QJsonObject { { "name", deviceId }, { "password", QString::fromLatin1(token.mid(7)) } }).toJson());
        QSignalSpy signedIn(signIn, &QNetworkReply::finished);
        QVERIFY(signedIn.wait(10000));
        QVERIFY(signIn->rawHeader("Set-Cookie").startsWith("AuthSession="));
        signIn->deleteLater();
        QCOMPARE(http("GET", "/directory").status, 200); // by cookie alone
        QCOMPARE(http("GET", "/_session").body.toObject().value("userCtx").toObject().value("name").toString(), deviceId);
        QCOMPARE(http("GET", "/org-reakt").status, 403); // the cookie carries the device's rights, no more
        QCOMPARE(cli({ "revoke", deviceId }).value("ok").toBool(), true);
        QCOMPARE(http("GET", "/directory").status, 401); // revoking the device ends its cookie
        QCOMPARE(http("POST", "/_session", {}, QJsonObject { { "name", deviceId }, { "password", "wrong" } }).status, 401);
        m_network.setCookieJar(new QNetworkCookieJar);
    }

    void anOversizedBodyIsRefusedBeforeItIsRead()
    {
        QTcpSocket socket;
        socket.connectToHost(m_base.host(), quint16(m_base.port()));
        QVERIFY(socket.waitForConnected(5000));
        socket.write("POST /directory/_bulk_docs HTTP/1.1\r\nHost: x\r\nAuthorization: " + admin()
                     + "\r\nContent-Type: application/json\r\nContent-Length: 9000000000\r\n\r\n");
        QVERIFY(socket.waitForReadyRead(5000));
        const QByteArray answer = socket.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
        QVERIFY(answer.contains("too_large"));
    }
};

QTEST_GUILESS_MAIN(TestServerSecurity)
#include "tst_serversecurity.moc"
