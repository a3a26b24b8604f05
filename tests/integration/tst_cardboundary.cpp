#include "serverclient.h"
#include "serverprocess.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The boundary inside `cards` (issue 15, section 1), against a real server process: a card
// and its stamps belong to the issuing organisation; a host stamps only for the places it was
// bound to at enrolment; a card holder self-stamps only today, only for places on the card,
// never verifies and never outranks a host; checkpoints are each device's own; counts tell a
// filtered caller only what it sees; tombstones and numbers are held to the schema.
class TestCardBoundary : public QObject, private ServerClient
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
    const QDate m_today = QDate::currentDate();

    QString day(int offset = 0) const { return m_today.addDays(offset).toString(Qt::ISODate); }

    static QJsonObject card(const QString &code, const QString &org)
    {
        return { { "type", "card" }, { "code", code }, { "org", org },
                 { "initiatives", QJsonArray { "initiative:huiskamer", "initiative:sirene" } },
                 { "validFrom", QDate::currentDate().addDays(-30).toString(Qt::ISODate) },
                 { "validUntil", QDate::currentDate().addDays(60).toString(Qt::ISODate) }, { "shareProgress", false } };
    }

    static QJsonObject stamp(const QString &code, const QString &slug, const QString &date, const QString &method)
    {
        return { { "type", "stamp" }, { "card", "card:" + code }, { "initiative", "initiative:" + slug },
                 { "date", date }, { "method", method }, { "verified", method == QLatin1String("host") } };
    }

    QStringList ids(const QJsonArray &rows)
    {
        QStringList list;
        for (const QJsonValue &row : rows)
            list.append(row.toObject().value("id").toString());
        return list;
    }

    QStringList changed(const QByteArray &who) { return ids(http("GET", "/cards/_changes", who).body.toObject().value("results").toArray()); }
    QStringList listed(const QByteArray &who) { return ids(http("GET", "/cards/_all_docs", who).body.toObject().value("rows").toArray()); }

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
        QCOMPARE(http("PUT", "/cards/card:RRRR1", admin(), card("RRRR1", "reakt")).status, 201);
        QCOMPARE(http("PUT", "/cards/card:VVVV2", admin(), card("VVVV2", "visserijplein")).status, 201);
        QCOMPARE(http("PUT", "/cards/stamp:RRRR1:huiskamer:" + day(-10), admin(), stamp("RRRR1", "huiskamer", day(-10), "host")).status, 201);
        QCOMPARE(http("PUT", "/cards/stamp:VVVV2:huiskamer:" + day(-10), admin(), stamp("VVVV2", "huiskamer", day(-10), "host")).status, 201);
        QCOMPARE(http("PUT", "/cards/stamp:VVVV2:sirene:" + day(-9), admin(), stamp("VVVV2", "sirene", day(-9), "host")).status, 201);
    }

    void workersSeeOnlyTheirOrganisationsCards()
    {
        for (const char *role : { "coordinator", "verbindingswerker" }) {
            const QByteArray worker = enrol({ "--role", role, "--org", "reakt" });
            QVERIFY(!worker.isEmpty());
            QCOMPARE(http("GET", "/cards/card:RRRR1", worker).status, 200);
            QCOMPARE(http("GET", "/cards/card:VVVV2", worker).status, 404);
            QCOMPARE(http("GET", "/cards/stamp:VVVV2:huiskamer:" + day(-10), worker).status, 404);
            QCOMPARE(http("GET", "/cards/card:VVVV2?open_revs=all", worker).status, 404);
            for (const QStringList &seen : { changed(worker), listed(worker) }) {
                QVERIFY2(seen.contains("card:RRRR1") && seen.contains("stamp:RRRR1:huiskamer:" + day(-10)), qPrintable(seen.join(',')));
                for (const QString &id : seen)
                    QVERIFY2(!id.contains("VVVV2"), qPrintable(id));
            }
            const Answer bulkGet = http("POST", "/cards/_bulk_get", worker,
                                        QJsonObject { { "docs", QJsonArray { QJsonObject { { "id", "card:VVVV2" } } } } });
            QVERIFY(bulkGet.body.toObject().value("results").toArray().first().toObject().value("docs").toArray().first().toObject().contains("error"));
            // Nor written: another organisation's card, its stamps, or a card issued in its name.
            QJsonObject theirs = http("GET", "/cards/card:VVVV2", admin()).body.toObject();
            theirs.insert("validUntil", day(300));
            QCOMPARE(http("PUT", "/cards/card:VVVV2", worker, theirs).status, 403);
            QCOMPARE(http("PUT", "/cards/stamp:VVVV2:sirene:" + day(), worker, stamp("VVVV2", "sirene", day(), "host")).status, 403);
            QCOMPARE(http("PUT", QString("/cards/card:N%1").arg(role[0]), worker, card(QString("N%1").arg(role[0]), "visserijplein")).status, 403);
            QJsonObject pushed = theirs;
            pushed.insert("_rev", "99-" + QString(32, 'a'));
            const Answer bulk = http("POST", "/cards/_bulk_docs", worker, QJsonObject { { "new_edits", false }, { "docs", QJsonArray { pushed } } });
            QCOMPARE(bulk.body.toArray().first().toObject().value("error").toString(), QString("forbidden"));
            QCOMPARE(http("GET", "/cards/card:VVVV2", admin()).body.toObject().value("validUntil"), card("VVVV2", "").value("validUntil"));
        }
        // Their own: yes; but the holder's choice is the holder's.
        const QByteArray coordinator = enrol({ "--role", "coordinator", "--org", "reakt" });
        QCOMPARE(http("PUT", "/cards/card:RNEW1", coordinator, card("RNEW1", "reakt")).status, 201);
        QCOMPARE(http("PUT", "/cards/stamp:RNEW1:sirene:" + day(), coordinator, stamp("RNEW1", "sirene", day(), "host")).status, 201);
        QJsonObject own = http("GET", "/cards/card:RNEW1", coordinator).body.toObject();
        own.insert("shareProgress", true);
        QCOMPARE(http("PUT", "/cards/card:RNEW1", coordinator, own).status, 403);
        own.insert("shareProgress", false);
        own.insert("org", "visserijplein");
        QCOMPARE(http("PUT", "/cards/card:RNEW1", coordinator, own).status, 403);
        // A buurtmaatje has no business with cards: its app replicates the database, empty.
        const QByteArray buurtmaatje = enrol({ "--role", "buurtmaatje", "--org", "reakt" });
        QCOMPARE(http("GET", "/cards", buurtmaatje).body.toObject().value("doc_count").toInt(), 0);
        QVERIFY(changed(buurtmaatje).isEmpty());
        QCOMPARE(http("PUT", "/cards/card:RBM01", buurtmaatje, card("RBM01", "reakt")).status, 403);
    }

    void aHostStampsOnlyForItsOwnPlaces()
    {
        QVERIFY(!cli({ "invite", "--role", "buurtmaatje", "--org", "reakt", "--hosts", "huiskamer" }).value("ok").toBool());
        QString deviceId;
        const QByteArray host = enrol({ "--role", "host", "--org", "visserijplein", "--hosts", "huiskamer,initiative:taalcafe" }, &deviceId);
        QVERIFY(!host.isEmpty());
        bool listedWithPlaces = false;
        for (const QJsonValue &d : cli({ "devices" }).value("devices").toArray()) {
            if (d.toObject().value("id").toString() == deviceId)
                listedWithPlaces = d.toObject().value("hosts").toArray() == QJsonArray { "initiative:huiskamer", "initiative:taalcafe" };
        }
        QVERIFY(listedWithPlaces);
        // Any valid card, whichever organisation issued it, for a place it hosts.
        QCOMPARE(http("PUT", "/cards/stamp:RRRR1:huiskamer:" + day(), host, stamp("RRRR1", "huiskamer", day(), "host")).status, 201);
        QCOMPARE(http("PUT", "/cards/stamp:RRRR1:sirene:" + day(), host, stamp("RRRR1", "sirene", day(), "host")).status, 403);
        QCOMPARE(http("PUT", "/cards/stamp:RRRR1:huiskamer:" + day(90), host, stamp("RRRR1", "huiskamer", day(90), "host")).status, 403);
        QCOMPARE(http("PUT", "/cards/stamp:RRRR1:huiskamer:" + day(-1) + ":self", host, stamp("RRRR1", "huiskamer", day(-1), "self")).status, 403);
        // It reads no other organisation's cards, and no stamps but those of its places.
        QCOMPARE(http("GET", "/cards/card:RRRR1", host).status, 404);
        QCOMPARE(http("GET", "/cards/stamp:VVVV2:sirene:" + day(-9), host).status, 404);
        for (const QString &id : changed(host) + listed(host)) {
            QVERIFY2(id == "card:VVVV2" || (id.startsWith("stamp:") && id.contains(":huiskamer:") && !id.endsWith(":self")),
                     qPrintable(id));
        }
        QVERIFY(changed(host).contains("stamp:RRRR1:huiskamer:" + day()));
        // A host bound to no place stamps nothing.
        const QByteArray unbound = enrol({ "--role", "host", "--org", "visserijplein" });
        QCOMPARE(http("PUT", "/cards/stamp:VVVV2:huiskamer:" + day(), unbound, stamp("VVVV2", "huiskamer", day(), "host")).status, 403);
    }

    void aHolderSelfStampsOnlyTodayAndNeverOverAHost()
    {
        const QByteArray holder = enrol({ "--role", "cardholder", "--card", "RRRR1" });
        QVERIFY(!holder.isEmpty());
        const QString selfId = "stamp:RRRR1:sirene:" + day() + ":self";
        QCOMPARE(http("PUT", "/cards/" + selfId, holder, stamp("RRRR1", "sirene", day(), "self")).status, 201);
        QCOMPARE(http("PUT", "/cards/stamp:RRRR1:sirene:" + day(-5) + ":self", holder, stamp("RRRR1", "sirene", day(-5), "self")).status, 403);
        QCOMPARE(http("PUT", "/cards/stamp:RRRR1:elders:" + day() + ":self", holder, stamp("RRRR1", "elders", day(), "self")).status, 403);
        QJsonObject verified = stamp("RRRR1", "huiskamer", day(-1), "self");
        verified.insert("verified", true);
        QCOMPARE(http("PUT", "/cards/stamp:RRRR1:huiskamer:" + day(-1) + ":self", holder, verified).status, 403);
        // The host's stamp of today (aHostStampsOnlyForItsOwnPlaces) is out of reach, also by
        // replication with a revision of a high generation.
        const QString hostId = "stamp:RRRR1:huiskamer:" + day();
        const QJsonObject hostStamp = http("GET", "/cards/" + hostId, holder).body.toObject();
        QCOMPARE(hostStamp.value("method").toString(), QString("host"));
        QJsonObject over = stamp("RRRR1", "huiskamer", day(), "self");
        over.insert("_rev", hostStamp.value("_rev"));
        QCOMPARE(http("PUT", "/cards/" + hostId, holder, over).status, 403);
        over.insert("_id", hostId);
        over.insert("_rev", "999-" + QString(32, 'f'));
        const Answer bulk = http("POST", "/cards/_bulk_docs", holder, QJsonObject { { "new_edits", false }, { "docs", QJsonArray { over } } });
        QCOMPARE(bulk.body.toArray().first().toObject().value("error").toString(), QString("forbidden"));
        QCOMPARE(http("GET", "/cards/" + hostId, admin()).body.toObject().value("_rev"), hostStamp.value("_rev"));
        // Only the holder changes whether the referrer sees progress: and they may.
        QJsonObject own = http("GET", "/cards/card:RRRR1", holder).body.toObject();
        own.insert("shareProgress", true);
        QCOMPARE(http("PUT", "/cards/card:RRRR1", holder, own).status, 201);
    }

    void checkpointsAndCountsAreTheCallersOwn()
    {
        const QByteArray one = enrol({ "--role", "cardholder", "--card", "RRRR1" });
        const QByteArray other = enrol({ "--role", "cardholder", "--card", "VVVV2" });
        QCOMPARE(http("PUT", "/cards/_local/checkpoint", one, QJsonObject { { "last_seq", 7 } }).status, 201);
        QCOMPARE(http("GET", "/cards/_local/checkpoint", other).status, 404);
        QCOMPARE(http("PUT", "/cards/_local/checkpoint", other, QJsonObject { { "last_seq", 1 } }).status, 201);
        const Answer mine = http("GET", "/cards/_local/checkpoint", one);
        QCOMPARE(mine.body.toObject().value("last_seq").toInt(), 7);
        QCOMPARE(mine.body.toObject().value("_id").toString(), QString("_local/checkpoint"));
        const Answer pushed = http("POST", "/cards/_bulk_docs", one,
                                   QJsonObject { { "docs", QJsonArray { QJsonObject { { "_id", "_local/other" }, { "last_seq", 2 } } } } });
        QCOMPARE(pushed.body.toArray().first().toObject().value("id").toString(), QString("_local/other"));
        QCOMPARE(http("GET", "/cards/_local/other", other).status, 404);

        // Counts of what the holder sees, not of the database.
        const QStringList visible = listed(one);
        const QJsonObject info = http("GET", "/cards", one).body.toObject();
        QCOMPARE(info.value("doc_count").toInt(), visible.size());
        QCOMPARE(info.value("update_seq").toInt(), 0);
        QVERIFY(http("GET", "/cards", admin()).body.toObject().value("doc_count").toInt() > visible.size());
        QCOMPARE(http("GET", "/cards/_all_docs", one).body.toObject().value("total_rows").toInt(), visible.size());
        const QJsonObject page = http("GET", "/cards/_changes?limit=1", one).body.toObject();
        QVERIFY(page.value("pending").toInt() <= 1);
        // Past pages it sees nothing of, the feed reads on (PouchDB stops at an empty page).
        QVERIFY(!http("GET", "/cards/_changes?limit=1&since=0", other).body.toObject().value("results").toArray().isEmpty());
    }

    void tombstonesAndNumbersAreHeldToTheSchema()
    {
        const QByteArray worker = enrol({ "--role", "buurtmaatje", "--org", "reakt" });
        const Answer made = http("PUT", "/org-reakt/tally:t1", worker, QJsonObject { { "type", "tally" }, { "date", day() } });
        QCOMPARE(made.status, 201);
        const QString rev = made.body.toObject().value("rev").toString();
        const QJsonObject smuggled { { "_rev", rev }, { "_deleted", true }, { "note", "Samira, Kleiweg 12" } };
        QVERIFY(http("PUT", "/org-reakt/tally:t1", worker, smuggled).status >= 400);
        QJsonObject typed { { "_rev", rev }, { "_deleted", true }, { "type", "tally" }, { "date", "not a day" } };
        QVERIFY(http("PUT", "/org-reakt/tally:t1", worker, typed).status >= 400);
        QJsonObject withId = smuggled;
        withId.insert("_id", "tally:t1");
        QCOMPARE(http("POST", "/org-reakt/_bulk_docs", worker, QJsonObject { { "docs", QJsonArray { withId } } })
                         .body.toArray().first().toObject().contains("error"), true);
        QCOMPARE(http("DELETE", "/org-reakt/tally:t1?rev=" + rev, worker).status, 200);

        QVERIFY(ServerProcess::createDatabase(m_network, m_base, "scratch"));
        QCOMPARE(http("PUT", "/scratch/big", admin(), {}, R"({"n":123456789012345678901234567890})").status, 400);
        QCOMPARE(http("PUT", "/scratch/big", admin(), {}, R"({"n":-9223372036854775809})").status, 400);
        QCOMPARE(http("POST", "/scratch/_bulk_docs", admin(), {}, R"({"docs":[{"_id":"b","n":123456789012345678901234567890}]})").status, 400);
        QCOMPARE(http("PUT", "/org-reakt/tally:big", worker, {}, R"({"type":"tally","date":"2026-11-01","n":123456789012345678901234567890})").status, 400);
        QCOMPARE(http("PUT", "/scratch/max", admin(), {}, R"({"n":9223372036854775807,"x":1.5e300})").status, 201);
        QVERIFY(http("GET", "/scratch/max", admin()).raw.contains("9223372036854775807"));
    }
};

QTEST_GUILESS_MAIN(TestCardBoundary)
#include "tst_cardboundary.moc"
