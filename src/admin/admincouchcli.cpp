// buurtbrug-admin couchdb ...: the command line of a deployment on Apache CouchDB 3
// (docs/DEPLOY-COUCHDB.md). The server URL carries a server admin's credentials; no message
// names them.
#include "admincli.h"

#include "cardcode.h"
#include "cardcommands.h"
#include "couchclient.h"
#include "couchdeployment.h"
#include "couchdevices.h"
#include "couchtransfer.h"
#include "databasefolder.h"
#include "deviceregistry.h"
#include "domainindexer.h"
#include "serveraddress.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace {
bool isServerUrl(const QString &text)
{
    const QUrl url(text);
    return url.isValid() && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")) && !url.host().isEmpty();
}

// The card as the folder has it, and the organisation's public key devices check it with,
// written to the cluster with their histories (new_edits=false).
StoreError pushCard(CouchClient &client, const QString &data, const QString &code, const QString &organisation)
{
    DatabaseFolder folder(DomainIndexer::indexer());
    if (StoreError error = folder.open(data, false); !error.ok())
        return error;
    const QList<QPair<QString, QString>> documents { { CouchLayout::directory(), QStringLiteral("orgkey:") + organisation },
                                                     { CouchLayout::cardsHub(), QStringLiteral("card:") + code } };
    for (const auto &[database, id] : documents) {
        Result<DocumentDatabase *> db = folder.database(database);
        if (!db.ok())
            return db.error();
        GetOptions options;
        options.revisions = true;
        const Result<QJsonObject> doc = db.value()->get(id, options);
        if (!doc.ok())
            return doc.error();
        const Result<QJsonObject> written = client.expect("POST", CouchClient::path(database) + QStringLiteral("/_bulk_docs"),
                                                          QJsonObject { { "new_edits", false }, { "docs", QJsonArray { doc.value() } } });
        if (!written.ok())
            return written.error();
    }
    return StoreError::none();
}
}

int AdminCli::couchdbCommand(const QCommandLineParser &parser, const QStringList &positional)
{
    const QString sub = positional.value(1);
    const auto report = [this](const Result<QJsonObject> &result, const QString &text) {
        if (!result.ok())
            return fail(result.error());
        print(result.value(), text);
        return result.value().value("ok").toBool() ? 0 : 1;
    };
    // The position of the server URL: couchdb import DATA_DIR URL has it last.
    const int urlAt = sub == QLatin1String("import") ? 3 : 2;
    const QString urlText = positional.value(urlAt);
    if (!isServerUrl(urlText))
        return usage(QStringLiteral("couchdb %1 needs the server URL http://ADMIN:PASSWORD@HOST:PORT").arg(sub.isEmpty() ? QStringLiteral("COMMAND") : sub));
    CouchClient client { QUrl(urlText) };
    const QUrl jobsBase = parser.isSet(QStringLiteral("jobs-url")) ? QUrl(parser.value(QStringLiteral("jobs-url"))) : QUrl();
    if (!jobsBase.isEmpty() && !isServerUrl(jobsBase.toString()))
        return usage(QStringLiteral("--jobs-url takes http://HOST:PORT"));
    CouchDeployment deployment(client, jobsBase);

    if (sub == QLatin1String("setup") && positional.size() == 3) {
        if (StoreError e = deployment.setup(parser.values(QStringLiteral("org"))); !e.ok())
            return fail(e);
        const QJsonObject done { { "ok", true }, { "server", client.describe() }, { "changes", deployment.changes() },
                                 { "organisations", QJsonArray::fromStringList(deployment.organisations()) }, { "cards", deployment.cards() } };
        print(done, deployment.changes() == 0 ? QStringLiteral("%1 is set up; nothing changed").arg(client.describe())
                                              : QStringLiteral("%1 set up: %2 changes, %3 organisations, %4 cards")
                                                        .arg(client.describe()).arg(deployment.changes())
                                                        .arg(deployment.organisations().size()).arg(deployment.cards()));
        return 0;
    }
    if (sub == QLatin1String("enrol") && positional.size() == 3) {
        InviteSpec spec;
        spec.roles = parser.values(QStringLiteral("role"));
        spec.organisation = parser.value(QStringLiteral("org"));
        spec.person = parser.value(QStringLiteral("person"));
        spec.card = parser.value(QStringLiteral("card"));
        for (const QString &list : parser.values(QStringLiteral("hosts")))
            spec.hosts += list.split(u',', Qt::SkipEmptyParts);
        // Where phones reach the deployment: --server when they go through another address.
        const QString publicUrl = parser.isSet(QStringLiteral("server")) ? parser.value(QStringLiteral("server")) : client.describe();
        if (!isServerUrl(publicUrl) || !QUrl(publicUrl).userInfo().isEmpty())
            return usage(QStringLiteral("--server takes the address phones use, http(s)://HOST[:PORT], without credentials"));
        // Phones send the password on every request: only over TLS, or to this machine.
        if (const QString refused = ServerAddress::refusal(QUrl(publicUrl), QStringLiteral("password")); !refused.isEmpty())
            return usage(refused);
        const Result<QJsonObject> made = CouchDevices::enrol(client, spec, jobsBase);
        if (!made.ok())
            return fail(made.error());
        QJsonObject d = made.value();
        const CouchJoin join = CouchDevices::joinPayload(d, spec, QUrl(publicUrl));
        d.insert("join", join.toTextCode());
        d.insert("qr", join.toQrText());
        // The user exists now: a QR file that cannot be written is said, not hidden.
        const QString qrFile = parser.value(QStringLiteral("qr"));
        if (!qrFile.isEmpty()) {
            if (StoreError e = CouchDevices::writeQrPng(join.toQrText(), qrFile); !e.ok())
                return fail(e);
            d.insert("qr_file", qrFile);
        }
        QString text = QStringLiteral("device %1\nserver %2\n").arg(d.value("device_id").toString(), publicUrl);
        const QJsonObject dbs = d.value("databases").toObject();
        for (auto it = dbs.begin(); it != dbs.end(); ++it)
            text += QStringLiteral("sync %1 with %2\n").arg(it.key(), it.value().toString());
        text += qrFile.isEmpty() ? QString() : QStringLiteral("join QR code in %1\n").arg(qrFile);
        text += QStringLiteral("join code (holds the password; shown only now):\n%1\n").arg(join.toTextCode());
        print(d, text);
        return 0;
    }
    if (sub == QLatin1String("revoke") && positional.size() == 4)
        return report(CouchDevices::revoke(client, positional.at(3), jobsBase), QStringLiteral("revoked %1").arg(positional.at(3)));
    if (sub == QLatin1String("card-issue") && positional.size() == 3) {
        const QString data = parser.value(QStringLiteral("data"));
        const QString from = parser.value(QStringLiteral("from"));
        CardCommands::IssueRequest request { data, parser.value(QStringLiteral("org")), parser.values(QStringLiteral("initiative")),
                                             from.isEmpty() ? QDate::currentDate() : QDate::fromString(from, Qt::ISODate),
                                             QDate::fromString(parser.value(QStringLiteral("until")), Qt::ISODate),
                                             parser.value(QStringLiteral("lang")), parser.isSet(QStringLiteral("share-progress")) };
        if (!parser.isSet(QStringLiteral("until")))
            request.validUntil = request.validFrom.addMonths(3);
        if (data.isEmpty() || !CouchLayout::isValidSlug(request.organisation) || !request.validFrom.isValid() || !request.validUntil.isValid())
            return usage(QStringLiteral("couchdb card-issue needs --data DIR (the organisation's keys), --org SLUG, and dates as YYYY-MM-DD"));
        Result<QJsonObject> issued = CardCommands::issue(request);
        if (!issued.ok())
            return fail(issued.error());
        const QString code = issued.value().value("code").toString();
        if (StoreError e = pushCard(client, data, code, request.organisation); !e.ok())
            return fail(e);
        if (StoreError e = deployment.ensureCard(code, request.organisation); !e.ok())
            return fail(e);
        issued.value().insert("database", CouchLayout::cardDatabase(code));
        return report(issued, QStringLiteral("card %1 in %2\nQR: %3").arg(issued.value().value("display").toString(),
                                                                          CouchLayout::cardDatabase(code), issued.value().value("payload").toString()));
    }
    if (sub == QLatin1String("card-revoke") && positional.size() == 4) {
        QString why;
        const std::optional<QString> parsed = CardCode::parse(positional.at(3), &why);
        if (!parsed)
            return usage(QStringLiteral("card-revoke: %1").arg(why));
        const QString code = *parsed;
        // The holders lose their accounts; the card and its stamps stay with the organisation.
        const Result<QJsonObject> holders = client.expect("POST", QStringLiteral("/_users/_find"),
                                                          QJsonObject { { "selector", QJsonObject { { "buurtbrug.card", code } } }, { "limit", 1000 } });
        if (!holders.ok())
            return fail(holders.error());
        QJsonArray revoked;
        for (const QJsonValue &user : holders.value().value("docs").toArray()) {
            const Result<QJsonObject> gone = CouchDevices::revoke(client, user.toObject().value("name").toString(), jobsBase);
            if (!gone.ok())
                return fail(gone.error());
            revoked.append(user.toObject().value("name"));
        }
        if (StoreError e = deployment.removeCard(code); !e.ok())
            return fail(e);
        return report(QJsonObject { { "ok", true }, { "code", code }, { "devices", revoked } },
                      QStringLiteral("card %1: its database, jobs and %2 holder devices removed").arg(code).arg(revoked.size()));
    }
    const auto summary = [](const QJsonObject &result) {
        QString text;
        const QJsonObject dbs = result.value("databases").toObject();
        for (auto it = dbs.begin(); it != dbs.end(); ++it) {
            const QJsonObject r = it.value().toObject();
            text += QStringLiteral("%1: %2 docs read, %3 written, %4 refused\n").arg(it.key()).arg(r.value("docs_read").toInt())
                            .arg(r.value("docs_written").toInt()).arg(r.value("doc_write_failures").toInt());
            for (const QJsonValue &f : r.value("failures").toArray())
                text += QStringLiteral("  refused %1 %2: %3\n").arg(f.toObject().value("id").toString(), f.toObject().value("rev").toString(),
                                                                    f.toObject().value("reason").toString());
        }
        return text;
    };
    if (sub == QLatin1String("import") && positional.size() == 4) {
        const Result<QJsonObject> moved = CouchTransfer::importFolder(positional.at(2), client, jobsBase);
        return report(moved, moved.ok() ? summary(moved.value()) : QString());
    }
    if (sub == QLatin1String("export") && positional.size() == 4) {
        const Result<QJsonObject> moved = CouchTransfer::exportFolder(client, positional.at(3));
        return report(moved, moved.ok() ? summary(moved.value()) : QString());
    }
    if (sub == QLatin1String("erase-person") && positional.size() == 4) {
        const Result<QJsonObject> erased = CouchTransfer::erasePerson(client, parser.value(QStringLiteral("org")), positional.at(3));
        return report(erased, erased.ok() ? QStringLiteral("erased: %1 documents rewritten, %2 conflicting revisions removed, %3 purged")
                                                    .arg(erased.value().value("documents").toInt())
                                                    .arg(erased.value().value("conflictsRemoved").toInt())
                                                    .arg(erased.value().value("purged").toInt())
                                          : QString());
    }
    return usage(QStringLiteral("unknown or incomplete couchdb command; see --help"));
}
