#include "cardcode.h"
#include "cardverifier.h"
#include "signedpayload.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

// buurtbrug-admin as a script would use it: every command with --json, exit codes that say
// what happened, and errors that name the problem without touching stored data.
class TestAdminCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_data;

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    };

    Run admin(const QStringList &arguments, const QByteArray &input = {})
    {
        QProcess process;
        process.start(ADMIN_BINARY, arguments);
        process.write(input);
        process.closeWriteChannel();
        process.waitForFinished(60000);
        return { process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError() };
    }

    // A folder with the small directory, the organisation reakt and one card, made once.
    QString m_printData;
    QString m_printCode;
    bool preparePrintData()
    {
        if (!m_printData.isEmpty())
            return true;
        const QString data = m_dir.filePath("print");
        if (admin({ "init", "--data", data }).exitCode != 0 || admin({ "import", TEST_DATA "/small-import.json", "--data", data }).exitCode != 0
            || admin({ "add-org", "reakt", "--data", data }).exitCode != 0)
            return false;
        m_printCode = admin({ "card", "issue", "--org", "reakt", "--initiative", "taalcafe", "--lang", "ar", "--data", data, "--json" })
                              .json().value("code").toString();
        m_printData = data;
        return !m_printCode.isEmpty();
    }

    static QByteArray head(const QString &file)
    {
        QFile pdf(file);
        return pdf.open(QIODevice::ReadOnly) ? pdf.read(5) : QByteArray();
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        QFile file(m_dir.filePath(name));
        file.open(QIODevice::WriteOnly);
        file.write(bytes);
        return file.fileName();
    }

private slots:
    void initTestCase()
    {
        m_data = m_dir.filePath("store");
        const Run init = admin({ "init", "--data", m_data, "--json" });
        QCOMPARE(init.exitCode, 0);
        QCOMPARE(init.json().value("databases").toArray().size(), 2);
        QCOMPARE(init.json().value("uuid").toString().size(), 32);
        const Run import = admin({ "import", TEST_DATA "/small-import.json", "--data", m_data, "--json" });
        QCOMPARE(import.exitCode, 0);
        QCOMPARE(import.json().value("databases").toObject().value("directory").toObject().value("created").toInt(), 3);
    }

    // A join code for phones names the address they sync with; their password travels on
    // every request, so it must be https (http only to this machine). Refused before any
    // account is made: the CouchDB here is never reached (port 9 has none).
    void couchdbEnrolRefusesPlainHttpForPhones()
    {
        const Run refused = admin({ "couchdb", "enrol", "http://admin:secret@127.0.0.1:9", "--role", "buurtmaatje",
                                    "--org", "visserijplein", "--server", "http://couch.example.nl" });
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("https://"), refused.err.constData());
        QVERIFY(refused.out.isEmpty());
        QVERIFY(!refused.err.contains("secret"));
        // The same with an https:// address gets past the check and fails on the missing CouchDB.
        const Run unreachable = admin({ "couchdb", "enrol", "http://admin:secret@127.0.0.1:9", "--role", "buurtmaatje",
                                        "--org", "visserijplein", "--server", "https://couch.example.nl" });
        QVERIFY2(unreachable.exitCode != 0 && unreachable.exitCode != 2, unreachable.err.constData());
    }

    // The invite's QR code names the server the phone will send its token to: https, or http
    // only on this machine. Refused before an invite exists; the default address is fine.
    void inviteRefusesPlainHttpForPhones()
    {
        QTemporaryDir folder;
        const QString data = folder.filePath("data");
        QCOMPARE(admin({ "init", "--data", data }).exitCode, 0);
        QCOMPARE(admin({ "add-org", "visserijplein", "--data", data }).exitCode, 0);
        const Run refused = admin({ "invite", "--role", "buurtmaatje", "--org", "visserijplein", "--server", "http://buurtbrug.example.nl",
                                    "--data", data, "--json" });
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("https://"), refused.err.constData());
        QVERIFY(!refused.out.contains("\"code\""));
        const Run https = admin({ "invite", "--role", "buurtmaatje", "--org", "visserijplein", "--server", "https://buurtbrug.example.nl",
                                  "--data", data, "--json" });
        QCOMPARE(https.exitCode, 0);
        QVERIFY(https.out.contains("https://buurtbrug.example.nl"));
        QCOMPARE(admin({ "invite", "--role", "buurtmaatje", "--org", "visserijplein", "--data", data }).exitCode, 0);
    }

    void getPrintsTheDocument()
    {
        const Run get = admin({ "get", "translation:taalcafe:ar", "--data", m_data, "--json", "--revs" });
        QCOMPARE(get.exitCode, 0);
        QCOMPARE(get.json().value("name").toString(), QStringLiteral("مقهى اللغة"));
        QCOMPARE(get.json().value("_revisions").toObject().value("start").toInt(), 1);
        const Run missing = admin({ "get", "initiative:nope", "--data", m_data, "--json" });
        QCOMPARE(missing.exitCode, 1);
        QCOMPARE(missing.json().value("error").toString(), QString("not_found"));
        const Run otherDb = admin({ "get", "tally:market-1", "--db", "org-visserijplein", "--data", m_data, "--json" });
        QCOMPARE(otherDb.json().value("language").toString(), QString("tr"));
    }

    void searchFindsWhatPeopleTypeInAnyScript()
    {
        for (const char *typed : { "TAALCAFE", "taalc", "مقهى", "مَقهَى" }) {
            const Run search = admin({ "search", QString::fromUtf8(typed), "--data", m_data, "--lang", "ar", "--json" });
            QCOMPARE(search.exitCode, 0);
            QCOMPARE(search.json().value("count").toInt(), 1);
            const QJsonObject hit = search.json().value("hits").toArray().first().toObject();
            QCOMPARE(hit.value("id").toString(), QString("initiative:taalcafe"));
            QCOMPARE(hit.value("name").toString(), QStringLiteral("مقهى اللغة")); // in the reader's language
        }
        const Run none = admin({ "search", "koffie", "--data", m_data, "--json" });
        QCOMPARE(none.exitCode, 0);
        QCOMPARE(none.json().value("count").toInt(), 0);
        QCOMPARE(admin({ "search", "--data", m_data, "--json" }).exitCode, 2);          // no query
        QCOMPARE(admin({ "search", "x", "--limit", "0", "--data", m_data }).exitCode, 2); // bad limit
    }

    void changesPagesThroughTheFeed()
    {
        const Run all = admin({ "changes", "--data", m_data, "--json" });
        QCOMPARE(all.exitCode, 0);
        QCOMPARE(all.json().value("results").toArray().size(), 3);
        QCOMPARE(all.json().value("last_seq").toInt(), 3);
        const Run page = admin({ "changes", "--since", "1", "--limit", "1", "--data", m_data, "--json" });
        QCOMPARE(page.json().value("results").toArray().first().toObject().value("seq").toInt(), 2);
        QCOMPARE(page.json().value("pending").toInt(), 1);
        QCOMPARE(admin({ "changes", "--since", "soon", "--data", m_data }).exitCode, 2);
    }

    void statsCountsEveryDatabase()
    {
        const Run stats = admin({ "stats", "--data", m_data, "--json" });
        QCOMPARE(stats.exitCode, 0);
        QStringList names;
        for (const QJsonValue &db : stats.json().value("databases").toArray()) {
            names.append(db.toObject().value("name").toString());
            if (db.toObject().value("name").toString() == "directory")
                QCOMPARE(db.toObject().value("doc_count").toInt(), 3);
        }
        QCOMPARE(names, (QStringList { "cards", "directory", "org-visserijplein" }));
    }

    void exportImportsIntoAnEqualStore()
    {
        const QString file = m_dir.filePath("export.json");
        QCOMPARE(admin({ "export", "--data", m_data, "--out", file, "--json" }).exitCode, 0);
        const QString copy = m_dir.filePath("copy");
        QCOMPARE(admin({ "init", "--data", copy }).exitCode, 0);
        const Run import = admin({ "import", file, "--data", copy, "--json" });
        QCOMPARE(import.exitCode, 0);
        const auto first = admin({ "get", "translation:taalcafe:ar", "--data", m_data, "--json", "--revs" }).json();
        const auto second = admin({ "get", "translation:taalcafe:ar", "--data", copy, "--json", "--revs" }).json();
        QCOMPARE(second, first);
    }

    // replicate --doc-ids / --selector: CouchDB's built-in filters, as _replicate takes them.
    void replicateTakesOnlyWhatTheFilterPasses()
    {
        const Run texts = admin({ "replicate", "directory", "texts", "--data", m_data, "--create-target", "--json",
                                  "--selector", R"({"type":"translation"})" });
        QVERIFY2(texts.exitCode == 0, texts.err.constData());
        const QJsonObject translations = admin({ "changes", "--data", m_data, "--db", "texts", "--json" }).json();
        const QJsonArray rows = translations.value("results").toArray();
        QVERIFY(!rows.isEmpty());
        for (const QJsonValue &row : rows)
            QVERIFY2(row.toObject().value("id").toString().startsWith("translation:"), qPrintable(row.toObject().value("id").toString()));

        const Run one = admin({ "replicate", "directory", "one", "--data", m_data, "--create-target", "--json",
                                "--doc-ids", "initiative:taalcafe" });
        QVERIFY2(one.exitCode == 0, one.err.constData());
        const QJsonArray only = admin({ "changes", "--data", m_data, "--db", "one", "--json" }).json().value("results").toArray();
        QCOMPARE(only.size(), 1);
        QCOMPARE(only.first().toObject().value("id").toString(), QString("initiative:taalcafe"));

        // A selector that is not one is a usage error, and nothing is made.
        for (const char *bad : { "[1,2]", "{\"type\":{\"$bogus\":1}}", "not json", "{}" }) {
            const Run refused = admin({ "replicate", "directory", "bad", "--data", m_data, "--create-target", "--selector", bad });
            QCOMPARE(refused.exitCode, 2);
            QVERIFY2(refused.err.contains("--selector"), refused.err.constData());
        }
        QCOMPARE(admin({ "replicate", "directory", "bad", "--data", m_data, "--create-target", "--doc-ids", "," }).exitCode, 2);
        QCOMPARE(admin({ "changes", "--data", m_data, "--db", "bad", "--json" }).exitCode, 1);
    }

    void generateMakesSyntheticData()
    {
        const QString data = m_dir.filePath("synthetic");
        QCOMPARE(admin({ "init", "--data", data }).exitCode, 0);
        const Run run = admin({ "generate", "--initiatives", "50", "--events", "200", "--langs", "nl,ar,tr", "--data", data, "--json" });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value("translations").toInt(), 150);
        const Run get = admin({ "get", "translation:synthetic-000007:ar", "--data", data, "--json" });
        QCOMPARE(get.json().value("language").toString(), QString("ar"));
        QCOMPARE(admin({ "generate", "--initiatives", "-5", "--data", data }).exitCode, 2);
    }

    void badInputFailsClearlyAndLosesNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");
        QTest::newRow("malformed json") << QByteArray("{\"format\":\"buurtbrug/1\",") << "invalid_json";
        QTest::newRow("invalid utf-8") << QByteArray("{\"format\":\"buurtbrug/1\",\"databases\":{\"directory\":[{\"_id\":\"\xC3\x28\"}]}}") << "invalid_utf8";
        QTest::newRow("unknown type") << QByteArray(R"({"format":"buurtbrug/1","databases":{"directory":[{"_id":"ufo:1","type":"ufo"}]}})") << "unknown_type";
        QTest::newRow("bad rev") << QByteArray(R"({"format":"buurtbrug/1","databases":{"directory":[{"_id":"initiative:taalcafe","_rev":"banana","type":"initiative","slug":"taalcafe","originalLanguage":"nl"}]}})") << "invalid_revision";
    }
    void badInputFailsClearlyAndLosesNothing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        const Run before = admin({ "stats", "--data", m_data, "--json" });
        const Run import = admin({ "import", "-", "--data", m_data, "--json" }, bytes);
        QCOMPARE(import.exitCode, 1);
        QCOMPARE(import.json().value("error").toString(), error);
        QVERIFY(!import.err.isEmpty());
        QCOMPARE(admin({ "stats", "--data", m_data, "--json" }).json(), before.json());
    }

    void usageErrorsExitWithTwo()
    {
        QCOMPARE(admin({ "teleport", "--data", m_data }).exitCode, 2);
        QCOMPARE(admin({ "get", "--data", m_data }).exitCode, 2);
        QCOMPARE(admin({ "stats" }).exitCode, 2);
        const Run missing = admin({ "stats", "--data", m_dir.filePath("nowhere"), "--json" });
        QCOMPARE(missing.exitCode, 1);
        QCOMPARE(missing.json().value("error").toString(), QString("missing_folder"));
        QCOMPARE(admin({ "import", m_dir.filePath("no-such-file.json"), "--data", m_data }).exitCode, 1);
    }

    void reportEraseAndWithdrawConsentOnFieldLogs()
    {
        const QString data = m_dir.filePath("fieldlogs");
        QCOMPARE(admin({ "init", "--data", data }).exitCode, 0);
        QJsonArray logs;
        for (int i = 0; i < 6; ++i)
            logs.append(QJsonObject { { "_id", QString("tally:t%1").arg(i) }, { "type", "tally" }, { "date", "2026-11-24" },
                                      { "language", "ar" }, { "does", QJsonArray { "chat" } } });
        logs.append(QJsonObject { { "_id", "contact:c1" }, { "type", "contact" }, { "person", "zon-17" }, { "name", "Fatima" },
                                  { "consent", QJsonObject { { "given", "2026-11-20" } } }, { "date", "2026-11-20" },
                                  { "language", "ar" }, { "needs", QJsonArray { "housing" } } });
        logs.append(QJsonObject { { "_id", "visit:v1" }, { "type", "visit" }, { "initiative", "initiative:taalcafe" },
                                  { "date", "2026-11-18" }, { "count", 9 }, { "participant", "zon-17" } });
        const QJsonObject file { { "format", "buurtbrug/1" },
                                 { "databases", QJsonObject { { "org-visserijplein", logs } } } };
        QCOMPARE(admin({ "import", writeFile("logs.json", QJsonDocument(file).toJson()), "--data", data }).exitCode, 0);

        const Run csv = admin({ "report", "--data", data, "--from", "2026-11-16", "--to", "2026-11-29", "--csv" });
        QCOMPARE(csv.exitCode, 0);
        QVERIFY2(csv.out.contains("\r\nweek,2026-W47,2026-W47,9,<5,0,0,0\r\n"), csv.out.constData());
        QVERIFY2(csv.out.contains("\r\nweek,2026-W48,2026-W48,0,0,6,0,0\r\n"), csv.out.constData());
        QVERIFY2(csv.out.contains("\r\nlanguage,ar,العربية,0,<5,6,0,0\r\n"), csv.out.constData());
        const Run json = admin({ "report", "--data", data, "--from", "2026-11-01", "--to", "2026-11-30", "--by", "month", "--json" });
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(json.json().value("logs").toInt(), 8);
        QCOMPARE(json.json().value("organisation").toString(), QString("visserijplein"));
        const Run raw = admin({ "report", "--data", data, "--from", "2026-11-01", "--to", "2026-11-30", "--raw" });
        QCOMPARE(raw.exitCode, 0);
        QCOMPARE(raw.out.count("\r\n"), 9);
        QVERIFY(!raw.out.contains("Fatima") && !raw.out.contains("zon-17") && !raw.out.contains("housing"));

        const Run withdrawn = admin({ "withdraw-consent", "zon-17", "--data", data, "--json" });
        QCOMPARE(withdrawn.exitCode, 0);
        QCOMPARE(withdrawn.json().value("contacts").toInt(), 1);
        const QJsonObject contact = admin({ "get", "contact:c1", "--db", "org-visserijplein", "--data", data, "--json" }).json();
        QVERIFY(!contact.contains("name"));
        QCOMPARE(contact.value("person").toString(), QString("zon-17"));

        const Run erased = admin({ "erase-person", "zon-17", "--data", data, "--json" });
        QCOMPARE(erased.exitCode, 0);
        QCOMPARE(erased.json().value("documents").toInt(), 2);
        QCOMPARE(erased.json().value("compacted").toBool(), true);
        const QJsonObject after = admin({ "get", "contact:c1", "--db", "org-visserijplein", "--data", data, "--json" }).json();
        QVERIFY(!after.contains("person") && !after.contains("needs") && after.value("erased").toBool());
        const QJsonObject visit = admin({ "get", "visit:v1", "--db", "org-visserijplein", "--data", data, "--json" }).json();
        QCOMPARE(visit.value("count").toInt(), 9); // the count stays
        QVERIFY(!visit.contains("participant"));
        QFile file2(data + "/org-visserijplein.sqlite");
        QVERIFY(file2.open(QIODevice::ReadOnly));
        const QByteArray bytes = file2.readAll();
        QVERIFY(!bytes.contains("Fatima") && !bytes.contains("zon-17"));

        // Mistakes are named.
        QCOMPARE(admin({ "report", "--data", data, "--from", "2026-13-01" }).exitCode, 2);
        QCOMPARE(admin({ "report", "--data", data, "--from", "2026-11-30", "--to", "2026-11-01" }).exitCode, 1);
        QCOMPARE(admin({ "erase-person", "--data", data }).exitCode, 2);
        const Run unknown = admin({ "report", "--data", data, "--org", "elsewhere", "--json" });
        QCOMPARE(unknown.exitCode, 1);
        QCOMPARE(unknown.json().value("error").toString(), QString("not_found"));
        QCOMPARE(admin({ "add-org", "delfshaven", "--data", data }).exitCode, 0);
        const Run which = admin({ "report", "--data", data, "--json" });
        QCOMPARE(which.exitCode, 1);
        QVERIFY2(which.json().value("reason").toString().contains("--org"), which.out.constData());
    }

    void cardsAreIssuedAndVerifiedOffline()
    {
        const QString data = m_dir.filePath("cards");
        QCOMPARE(admin({ "init", "--data", data }).exitCode, 0);
        QCOMPARE(admin({ "import", TEST_DATA "/small-import.json", "--data", data }).exitCode, 0);
        QCOMPARE(admin({ "add-org", "reakt", "--data", data }).exitCode, 0);
        const Run issued = admin({ "card", "issue", "--org", "reakt", "--initiative", "taalcafe", "--from", "2026-11-01",
                                   "--until", "2099-01-31", "--lang", "ar", "--share-progress", "--data", data, "--json" });
        QCOMPARE(issued.exitCode, 0);
        const QString code = issued.json().value("code").toString();
        const QString payload = issued.json().value("payload").toString();
        QCOMPARE(code.size(), 9);
        QCOMPARE(issued.json().value("display").toString().size(), 11);
        // The card document: no name, the holder's choice about progress.
        const QJsonObject card = admin({ "get", "card:" + code, "--db", "cards", "--data", data, "--json" }).json();
        QCOMPARE(card.value("initiatives").toArray(), QJsonArray({ "initiative:taalcafe" }));
        QCOMPARE(card.value("shareProgress").toBool(), true);
        QCOMPARE(card.value("language").toString(), QString("ar"));

        const Run valid = admin({ "card", "verify", payload, "--data", data, "--json" });
        QCOMPARE(valid.exitCode, 0);
        QCOMPARE(valid.json().value("card").toObject().value("code").toString(), code);
        const Run fromStdin = admin({ "card", "verify", "-", "--data", data }, payload.toUtf8() + "\n");
        QCOMPARE(fromStdin.exitCode, 0);

        QString altered = payload;
        altered[30] = altered.at(30) == 'A' ? 'B' : 'A';
        const Run forged = admin({ "card", "verify", altered, "--data", data, "--json" });
        QCOMPARE(forged.exitCode, 1);
        QVERIFY2(QStringList({ "bad_signature", "malformed" }).contains(forged.json().value("problem").toString()), forged.out.constData());
        const Run other = admin({ "card", "verify", "WIFI:S:market;T:WPA;P:secret;;", "--data", data, "--json" });
        QCOMPARE(other.exitCode, 1);
        QCOMPARE(other.json().value("problem").toString(), QString("not_buurtbrug"));
        QVERIFY(!admin({ "card", "verify", payload, "--data", data }).out.contains("not valid"));

        // Mistakes are named.
        QCOMPARE(admin({ "card", "issue", "--initiative", "taalcafe", "--data", data }).exitCode, 2);
        QCOMPARE(admin({ "card", "issue", "--org", "reakt", "--data", data, "--json" }).json().value("error").toString(), QString("bad_request"));
        QCOMPARE(admin({ "card", "issue", "--org", "reakt", "--initiative", "nope", "--data", data, "--json" }).json().value("error").toString(),
                 QString("not_found"));
        QCOMPARE(admin({ "card", "issue", "--org", "nobody", "--initiative", "taalcafe", "--data", data }).exitCode, 1);
        QCOMPARE(admin({ "card", "stamp", "--data", data }).exitCode, 2);
    }

    void aHostStampsACardAndTheReferrerSeesItOnlyWhenShared()
    {
        const QString data = m_dir.filePath("stamps");
        QCOMPARE(admin({ "init", "--data", data }).exitCode, 0);
        QCOMPARE(admin({ "import", TEST_DATA "/small-import.json", "--data", data }).exitCode, 0);
        QCOMPARE(admin({ "add-org", "reakt", "--data", data }).exitCode, 0);
        const auto issue = [&](bool share) {
            QStringList args { "card", "issue", "--org", "reakt", "--initiative", "taalcafe", "--from", "2026-11-01",
                               "--until", "2027-01-31", "--data", data, "--json" };
            if (share)
                args << "--share-progress";
            return admin(args).json();
        };
        const QJsonObject shared = issue(true);
        const QJsonObject private_ = issue(false);

        // By QR payload, then the same day again, then by the code as printed.
        const Run first = admin({ "card", "stamp", shared.value("payload").toString(), "--initiative", "taalcafe", "--date", "2026-11-20",
                                  "--data", data, "--json" });
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(first.json().value("outcome").toString(), QString("stamped"));
        QCOMPARE(first.json().value("stamp").toString(), "stamp:" + shared.value("code").toString() + ":taalcafe:2026-11-20");
        const Run again = admin({ "card", "stamp", shared.value("display").toString().toLower(), "--initiative", "taalcafe",
                                  "--date", "2026-11-20", "--data", data });
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains("already stamped"), again.out.constData());
        QCOMPARE(admin({ "card", "stamp", private_.value("display").toString(), "--initiative", "taalcafe", "--date", "2026-11-21",
                         "--data", data }).exitCode, 0);
        // Refusals: a place not on the card, a day outside its validity, a code with a typo.
        const Run notOnCard = admin({ "card", "stamp", shared.value("code").toString(), "--initiative", "elders", "--date", "2026-11-20",
                                      "--data", data, "--json" });
        QCOMPARE(notOnCard.exitCode, 1);
        QVERIFY(notOnCard.json().value("reason").toString().contains("not on this card"));
        QVERIFY(admin({ "card", "stamp", shared.value("payload").toString(), "--initiative", "taalcafe", "--date", "2027-02-01",
                        "--data", data, "--json" }).json().value("reason").toString().contains("expired"));
        QString typo = shared.value("code").toString();
        typo[2] = typo.at(2) == 'A' ? 'B' : 'A';
        QCOMPARE(admin({ "card", "stamp", typo, "--initiative", "taalcafe", "--data", data }).exitCode, 1);
        QCOMPARE(admin({ "card", "stamp", shared.value("code").toString(), "--data", data }).exitCode, 1);

        // The referrer's view follows the holder's choice.
        const QJsonObject visible = admin({ "card", "progress", shared.value("code").toString(), "--data", data, "--json" }).json();
        QCOMPARE(visible.value("shared").toBool(), true);
        QCOMPARE(visible.value("collected").toInt(), 1);
        QCOMPARE(visible.value("complete").toBool(), true);
        const Run hidden = admin({ "card", "progress", private_.value("code").toString(), "--data", data, "--json" });
        QCOMPARE(hidden.exitCode, 0);
        QCOMPARE(hidden.json().value("shared").toBool(), false);
        QVERIFY(!hidden.json().contains("collected"));
        QVERIFY(!hidden.json().contains("places"));
    }

    void cardPrintAndPosterWritePdfs()
    {
        QVERIFY(preparePrintData());
        const QString cards = m_dir.filePath("cards.pdf");
        const Run printed = admin({ "card", "print", m_printCode, "--out", cards, "--data", m_printData, "--json" });
        QVERIFY2(printed.exitCode == 0, printed.err.constData());
        QCOMPARE(printed.json().value("pages").toInt(), 1);
        QCOMPARE(printed.json().value("file").toString(), cards);
        QCOMPARE(printed.json().value("cards").toArray(), QJsonArray({ m_printCode }));
        QCOMPARE(head(cards), QByteArray("%PDF-"));

        // Typed as a person reads it off a card; a credit card has a front and a back.
        const QString typed = CardCode::display(m_printCode).toLower();
        const Run credit = admin({ "card", "print", typed, "--format", "credit-card", "--out", m_dir.filePath("credit.pdf"),
                                   "--data", m_printData, "--json" });
        QVERIFY2(credit.exitCode == 0, credit.err.constData());
        QCOMPARE(credit.json().value("pages").toInt(), 2);
        QCOMPARE(credit.json().value("format").toString(), QString("credit-card"));
        QCOMPARE(head(m_dir.filePath("credit.pdf")), QByteArray("%PDF-"));

        const QString posters = m_dir.filePath("posters.pdf");
        const Run poster = admin({ "card", "poster", "--org", "reakt", "--initiative", "taalcafe", "--lang", "tr", "--out", posters,
                                   "--data", m_printData, "--json" });
        QVERIFY2(poster.exitCode == 0, poster.err.constData());
        QCOMPARE(poster.json().value("pages").toInt(), 1);
        QCOMPARE(poster.json().value("posters").toArray(), QJsonArray({ "initiative:taalcafe" }));
        QCOMPARE(head(posters), QByteArray("%PDF-"));
        QVERIFY(admin({ "card", "print", m_printCode, "--out", m_dir.filePath("text.pdf"), "--data", m_printData }).out.contains("text.pdf"));
    }

    void cardPrintRefusesWhatItCannotPrint()
    {
        QVERIFY(preparePrintData());
        const QString out = m_dir.filePath("refused.pdf");
        QString unknown = CardCode::generate();
        while (unknown == m_printCode)
            unknown = CardCode::generate();
        // One unknown code among known ones: named, and no file at all.
        const Run missing = admin({ "card", "print", m_printCode, unknown, "--out", out, "--data", m_printData });
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(CardCode::display(unknown).toUtf8()), missing.err.constData());
        QVERIFY(!QFile::exists(out));
        const Run typo = admin({ "card", "print", "K7Q-M4P", "--out", out, "--data", m_printData, "--json" });
        QCOMPARE(typo.exitCode, 1);
        QVERIFY(typo.json().value("reason").toString().contains("K7Q-M4P"));
        QVERIFY(!QFile::exists(out));

        QCOMPARE(admin({ "card", "print", m_printCode, "--format", "a5", "--out", out, "--data", m_printData }).exitCode, 2);
        QCOMPARE(admin({ "card", "print", m_printCode, "--data", m_printData }).exitCode, 2);
        QCOMPARE(admin({ "card", "print", "--out", out, "--data", m_printData }).exitCode, 2);
        QCOMPARE(admin({ "card", "poster", "--org", "reakt", "--out", out, "--data", m_printData }).exitCode, 2);
        const Run noInitiative = admin({ "card", "poster", "--org", "reakt", "--initiative", "bakery", "--out", out, "--data", m_printData });
        QCOMPARE(noInitiative.exitCode, 1);
        QVERIFY2(noInitiative.err.contains("initiative:bakery"), noInitiative.err.constData());
        QCOMPARE(admin({ "card", "poster", "--org", "nobody", "--initiative", "taalcafe", "--out", out, "--data", m_printData }).exitCode, 1);
        QVERIFY(!QFile::exists(out));
    }

    void cardVerifyTellsPostersFromStrangers()
    {
        QVERIFY(preparePrintData());
        QFile keyFile(m_printData + "/keys/org-reakt.ed25519");
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        const QByteArray secret = QByteArray::fromBase64(keyFile.readAll().trimmed());
        const QString poster = CardVerifier::posterPayload({ "reakt", "initiative:taalcafe" }, secret);
        const Run valid = admin({ "card", "verify", poster, "--data", m_printData, "--json" });
        QCOMPARE(valid.exitCode, 0);
        QCOMPARE(valid.json().value("kind").toString(), QString("poster"));
        QCOMPARE(valid.json().value("poster").toObject().value("initiative").toString(), QString("initiative:taalcafe"));
        QVERIFY(admin({ "card", "verify", poster, "--data", m_printData }).out.contains("valid poster"));

        // A card that claims to be reakt's but was signed with another key, and one of an
        // organisation this directory does not know.
        const CardFacts card { CardCode::generate(), "reakt", { "initiative:taalcafe" }, QDate::currentDate(), QDate::currentDate().addDays(30), "nl" };
        const Run forged = admin({ "card", "verify", CardVerifier::payload(card, SignedPayload::generateKeyPair().secretKey),
                                   "--data", m_printData, "--json" });
        QCOMPARE(forged.exitCode, 1);
        QCOMPARE(forged.json().value("problem").toString(), QString("bad_signature"));
        CardFacts stranger = card;
        stranger.org = "elders";
        const Run unknown = admin({ "card", "verify", CardVerifier::payload(stranger, SignedPayload::generateKeyPair().secretKey),
                                    "--data", m_printData, "--json" });
        QCOMPARE(unknown.exitCode, 1);
        QCOMPARE(unknown.json().value("problem").toString(), QString("unknown_organisation"));
    }

    // A real full file system: a 1 MiB tmpfs in a private mount namespace.
    void fullDiskFailsTheImportAndKeepsEarlierData()
    {
        if (::geteuid() != 0 || QStandardPaths::findExecutable("unshare").isEmpty())
            QSKIP("needs root and unshare to mount a tiny tmpfs");
        const QString script = QStringLiteral(
                "set -u; mount -t tmpfs -o size=1m tmpfs \"$1\" || exit 77; "
                "\"$2\" init --data \"$1/s\" >/dev/null || exit 10; "
                "\"$2\" import \"$3\" --data \"$1/s\" >/dev/null || exit 11; "
                "\"$2\" generate --initiatives 20000 --events 0 --data \"$1/s\" --json; echo \"generate=$?\"; "
                "\"$2\" get translation:taalcafe:ar --data \"$1/s\" --json; "
                "\"$2\" stats --data \"$1/s\" --json");
        QDir().mkpath(m_dir.filePath("mnt"));
        QProcess shell;
        shell.start("unshare", { "-m", "sh", "-c", script, "sh", m_dir.filePath("mnt"), ADMIN_BINARY, TEST_DATA "/small-import.json" });
        QVERIFY(shell.waitForFinished(120000));
        if (shell.exitCode() == 77)
            QSKIP("mounting a tmpfs is not permitted here");
        const QList<QByteArray> lines = shell.readAllStandardOutput().trimmed().split('\n');
        QVERIFY2(lines.size() >= 4, shell.readAllStandardError().constData());
        QCOMPARE(QJsonDocument::fromJson(lines.at(0)).object().value("error").toString(), QString("disk_full"));
        QCOMPARE(lines.at(1), QByteArray("generate=1"));
        QCOMPARE(QJsonDocument::fromJson(lines.at(2)).object().value("name").toString(), QStringLiteral("مقهى اللغة"));
        QVERIFY(QJsonDocument::fromJson(lines.at(3)).object().contains("databases"));
    }
};

QTEST_GUILESS_MAIN(TestAdminCli)
#include "tst_admincli.moc"
