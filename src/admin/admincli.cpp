#include "admincli.h"
#include "databasenames.h"

#include "databasefolder.h"
#include "datatransfer.h"
#include "devicecommands.h"
#include "deviceregistry.h"
#include "mangoselector.h"
#include "replicatecommand.h"
#include "directorysearch.h"
#include "domainindexer.h"
#include "searchtext.h"
#include "syntheticdata.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace {
constexpr int exitFailed = 1;
constexpr int exitUsage = 2;

const char *const helpText = R"(usage: buurtbrug-admin COMMAND --data DIR [options] [--json]

commands:
  init                         create the data folder with its databases
  import FILE                  import a buurtbrug/1 JSON file (- for stdin)
  export [--db NAME]... [--out FILE]
                               export documents with their revision history
  get ID [--db NAME] [--rev REV] [--revs] [--conflicts]
  changes [--db NAME] [--since SEQ] [--limit N] [--include-docs]
  stats                        databases, document counts, sequences, sizes
  search QUERY [--lang L] [--limit N]
                               initiatives whose name or text matches, in any language
  generate --initiatives N --events M [--langs nl,en,...] [--seed S]
                               synthetic data for benchmarks
  add-org SLUG                 create the organisation's database org-SLUG
  invite --role R [--role R2] (--org SLUG | --card CODE) [--hosts ID[,ID]] [--person P] [--hours H] [--server URL] [--count N]
                               a one-time enrolment code and its QR payload; --hosts binds a
                               host to the initiatives it stamps cards for
  devices                      enrolled devices (a host with the initiatives it hosts)
  revoke DEVICE_ID             refuse that device's token from now on
  replicate SOURCE TARGET [--batch N] [--continuous [--for MS]] [--create-target]
            [--doc-ids ID[,ID]] [--selector JSON]
                               SOURCE, TARGET: a database name in --data, or a URL
                               http://user:password@host:port/db
  report [--org SLUG] [--from DATE] [--to DATE] [--by week|month] [--lang L] [--csv | --raw] [--out FILE]
                               counts of the field logs (no group under 5 people shown);
                               --raw: the logs themselves, without person data (CSV).
                               Dates YYYY-MM-DD; default: this month up to today
  card issue --org SLUG --initiative ID [--initiative ID]... [--from DATE] [--until DATE] [--lang L] [--share-progress]
                               a Kijk op de Wijk card: its code and signed QR payload
  card verify PAYLOAD|-        check a card's or poster's QR payload offline; exits 1 and says why when
                               it is not valid
  card stamp CODE|PAYLOAD|- --initiative ID [--date DATE]
                               stamp a card at an initiative, as its host (once per day)
  card progress CODE           the places a card holder visited, when they share their progress
  card print CODE [CODE...] --out FILE.pdf [--format a6|credit-card]
                               the cards as a PDF to print, each in its holder's language
                               (credit-card: the places on a second page, the back)
  card poster --org SLUG --initiative ID [--initiative ID]... --out FILE.pdf [--lang L]
                               an A4 poster per initiative with the QR code card holders scan
  couchdb setup URL [--org SLUG]... [--jobs-url URL]
                               make an empty CouchDB node or cluster a Buurtbrug deployment
                               (docs/DEPLOY-COUCHDB.md); running it again changes nothing.
                               URL: http://ADMIN:PASSWORD@HOST:PORT, a server admin
  couchdb enrol URL --role R [--role R2] (--org SLUG | --card CODE) [--hosts ID[,ID]] [--person P]
          [--server PUBLIC_URL] [--qr FILE.png]  a device's CouchDB user and the app's join code
                               (text; QR code in FILE.png) holding its password, shown only now
  couchdb revoke URL DEVICE_ID delete the device's user; its sessions end at once
  couchdb card-issue URL --data DIR --org SLUG --initiative ID [...]
                               issue a card (keys in DIR) with its database and jobs
  couchdb card-revoke URL CODE remove the card's database, jobs and holder devices
  couchdb import DATA_DIR URL  move a buurtbrug-server data folder into CouchDB, histories
                               and conflicts intact, and set it up
  couchdb export URL DATA_DIR  the same back into a data folder
  couchdb erase-person URL CODE --org SLUG
                               erase-person on the cluster: rewritten, purged, compacted
  initiative add --name LANG=TEXT [--name LANG=TEXT]... [--slug S] [--summary LANG=TEXT] [--description LANG=TEXT]
                 [--opening LANG=TEXT] [--status LANG=original|human|needs-review] [--theme T[,T]]
                 [--street S] [--postcode P] [--city C] [--lat X --lon Y | --no-position] [--speaks L[,L]]
                 [--step-free] [--rollator] [--quiet-room] [--phone P] [--email E] [--website URL]
                               add an initiative; refusals name each field and its code
  initiative edit ID [the options of add; --no-step-free etc.; an empty value clears a field]
  initiative retire ID         leave it out of lists and delete its activities
  initiative list [--lang L] [--include-retired]
  activity add INITIATIVE --slug S --schedule JSON [--name LANG=TEXT] [--description LANG=TEXT] [--from DATE]
                               with the next five dates; a schedule that never occurs is refused
  activity edit ACTIVITY_ID [--schedule JSON] [--name LANG=TEXT] [--description LANG=TEXT]
  activity remove ACTIVITY_ID
  tiles pack --bbox minLon,minLat,maxLon,maxLat --zoom 12-18 --url https://HOST/{z}/{x}/{y}.png --out FILE
             [--attribution TEXT] [--max-tiles N] [--concurrency N]   a tile pack (MBTiles) for the map offline
  tiles info FILE              a tile pack's tiles and metadata
  erase-person CODE [--org SLUG]
                               erase a person's data on request; the erasure replicates
  withdraw-consent CODE [--org SLUG]
                               erase the real name of a person who withdrew consent

--db defaults to "directory". Exit status: 0 ok, 1 failed, 2 usage error.
)";

// Read-only commands open the folder read-only: they work on a store the server is using and
// on a read-only disk, and cannot change anything by mistake.
Result<DatabaseFolder *> openFolder(DatabaseFolder &folder, const QString &data, bool writable)
{
    const StoreError error = folder.open(data, false, writable ? SqliteConnection::Mode::ReadWrite
                                                              : SqliteConnection::Mode::ReadOnly);
    if (!error.ok())
        return error;
    return &folder;
}

Result<DocumentDatabase *> openDatabase(DatabaseFolder &folder, const QString &data, const QString &db)
{
    auto opened = openFolder(folder, data, false);
    if (!opened.ok())
        return opened.error();
    return folder.database(db);
}
}

int AdminCli::run(const QStringList &arguments)
{
    if (arguments.size() > 1 && (arguments.at(1) == QLatin1String("initiative") || arguments.at(1) == QLatin1String("activity")))
        return directoryCommand(arguments);
    if (arguments.size() > 1 && arguments.at(1) == QLatin1String("tiles"))
        return tilesCommand(arguments);
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption data("data", "data folder", "DIR");
    const QCommandLineOption json("json", "JSON output");
    const QCommandLineOption db("db", "database", "NAME");
    const QCommandLineOption rev("rev", "revision", "REV");
    const QCommandLineOption revs("revs", "with revision history");
    const QCommandLineOption conflicts("conflicts", "with conflicts");
    const QCommandLineOption since("since", "sequence", "SEQ", "0");
    const QCommandLineOption limit("limit", "limit", "N", "-1");
    const QCommandLineOption includeDocs("include-docs", "with documents");
    const QCommandLineOption out("out", "output file", "FILE");
    const QCommandLineOption initiatives("initiatives", "count", "N", "100");
    const QCommandLineOption events("events", "count", "M", "1000");
    const QCommandLineOption langs("langs", "languages", "L", "nl,en,ar,tr,pl");
    const QCommandLineOption seed("seed", "seed", "S", "1");
    const QCommandLineOption batch("batch", "docs per batch", "N", "500");
    const QCommandLineOption continuous("continuous", "keep replicating");
    const QCommandLineOption forMs("for", "continuous: stop after MS milliseconds", "MS", "0");
    const QCommandLineOption createTarget("create-target", "create the target database");
    const QCommandLineOption docIds("doc-ids", "replicate: only these documents", "ID[,ID]");
    const QCommandLineOption selector("selector", "replicate: only documents matching this Mango selector", "JSON");
    const QCommandLineOption role("role", "role", "R");
    const QCommandLineOption org("org", "organisation slug", "SLUG");
    const QCommandLineOption person("person", "pseudonym or worker name", "P");
    const QCommandLineOption card("card", "card code", "CODE");
    const QCommandLineOption hosts("hosts", "invite: the initiatives a host stamps for", "ID[,ID]");
    const QCommandLineOption hours("hours", "invite validity", "H", "72");
    const QCommandLineOption server("server", "server URL for the QR payload", "URL", "http://127.0.0.1:5984");
    const QCommandLineOption count("count", "invite: how many codes", "N", "1");
    const QCommandLineOption lang("lang", "search: the reader's language", "L", "nl");
    const QCommandLineOption from("from", "report: first day", "DATE");
    const QCommandLineOption to("to", "report: last day", "DATE");
    const QCommandLineOption by("by", "report: week or month", "PERIOD", "week");
    const QCommandLineOption csv("csv", "report: CSV");
    const QCommandLineOption raw("raw", "report: the logs themselves, without person data");
    const QCommandLineOption initiative("initiative", "card: an initiative on the card", "ID");
    const QCommandLineOption until("until", "card: last valid day", "DATE");
    const QCommandLineOption shareProgress("share-progress", "card: the holder lets the referrer see progress");
    const QCommandLineOption format("format", "card print: a6 or credit-card", "FORMAT", "a6");
    const QCommandLineOption date("date", "card stamp: the day of the visit", "DATE");
    const QCommandLineOption jobsUrl("jobs-url", "couchdb: where the cluster's jobs reach it", "URL"), qr("qr", "couchdb enrol: the join QR code", "FILE.png");
    const QCommandLineOption help({ "h", "help" }, "help");
    parser.addOptions({ data, json, lang, db, rev, revs, conflicts, since, limit, includeDocs, out,
                        initiatives, events, langs, seed, batch, continuous, forMs, createTarget, docIds, selector,
                        role, org, person, card, hosts, hours, server, count, from, to, by, csv, raw, initiative, until, shareProgress, format, date, jobsUrl, qr, help });
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    m_json = parser.isSet(json);
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(help) || positional.isEmpty()) {
        m_out << helpText;
        return parser.isSet(help) ? 0 : exitUsage;
    }
    const QString command = positional.first();
    if (command == QLatin1String("replicate")) {
        if (positional.size() != 3)
            return usage(QStringLiteral("replicate needs SOURCE and TARGET"));
        ReplicateRequest request;
        request.data = parser.value(data);
        request.source = positional.at(1);
        request.target = positional.at(2);
        request.options.batchSize = parser.value(batch).toInt();
        request.options.continuous = parser.isSet(continuous);
        request.timeoutMs = parser.value(forMs).toInt();
        request.createTarget = parser.isSet(createTarget);
        if (request.options.batchSize < 1 || request.options.batchSize > 10000)
            return usage(QStringLiteral("--batch takes 1 to 10000"));
        if (parser.isSet(docIds)) {
            request.options.filter.docIds = parser.value(docIds).split(u',', Qt::SkipEmptyParts);
            if (request.options.filter.docIds.isEmpty())
                return usage(QStringLiteral("--doc-ids takes one or more ids"));
        }
        if (parser.isSet(selector)) {
            const QJsonDocument parsed = QJsonDocument::fromJson(parser.value(selector).toUtf8());
            QString why;
            (void)MangoSelector::parse(parsed.object(), &why);
            if (!parsed.isObject() || parsed.object().isEmpty() || !why.isEmpty())
                return usage(QStringLiteral("--selector takes a Mango selector, a JSON object: %1").arg(why.isEmpty() ? QStringLiteral("not a JSON object") : why));
            request.options.filter.selector = parsed.object();
        }
        return replicate(request);
    }
    if (command == QLatin1String("couchdb"))
        return couchdbCommand(parser, positional);
    if (!parser.isSet(data))
        return usage(QStringLiteral("%1 needs --data DIR").arg(command));
    const QString folder = parser.value(data);
    const QString database = parser.isSet(db) ? parser.value(db) : QStringLiteral("directory");

    const auto number = [&](const QCommandLineOption &option, qint64 &value) {
        bool ok = false;
        value = parser.value(option).toLongLong(&ok);
        return ok;
    };
    if (command == QLatin1String("init"))
        return init(folder);
    const auto report = [this](const Result<QJsonObject> &result, const QString &text) {
        if (!result.ok())
            return fail(result.error());
        print(result.value(), text);
        return 0;
    };
    if (command == QLatin1String("add-org")) {
        if (positional.size() != 2)
            return usage(QStringLiteral("add-org needs a SLUG"));
        return report(DeviceCommands::addOrganisation(folder, positional.at(1)), QStringLiteral("created %1").arg(DatabaseNames::organisation(positional.at(1))));
    }
    if (command == QLatin1String("invite")) {
        InviteSpec spec;
        spec.roles = parser.values(role);
        spec.organisation = parser.value(org);
        spec.person = parser.value(person);
        spec.card = parser.value(card);
        for (const QString &list : parser.values(hosts))
            spec.hosts += list.split(u',', Qt::SkipEmptyParts);
        spec.validHours = parser.value(hours).toInt();
        const int howMany = parser.value(count).toInt();
        if (howMany < 1 || howMany > 1000)
            return usage(QStringLiteral("--count takes 1 to 1000"));
        if (howMany > 1) {
            QJsonArray codes;
            for (int i = 0; i < howMany; ++i) {
                const Result<QJsonObject> one = DeviceCommands::invite(folder, spec, parser.value(server));
                if (!one.ok())
                    return fail(one.error());
                codes.append(one.value().value("code"));
            }
            QStringList lines;
            for (const QJsonValue &c : codes)
                lines.append(c.toString());
            print({ { "ok", true }, { "codes", codes } }, lines.join(u'\n'));
            return 0;
        }
        const Result<QJsonObject> made = DeviceCommands::invite(folder, spec, parser.value(server));
        return report(made, made.ok() ? QStringLiteral("invite code %1 (valid until %2)\nQR: %3")
                                                .arg(made.value().value("code").toString(), made.value().value("expires").toString(),
                                                     made.value().value("qr").toString())
                                      : QString());
    }
    if (command == QLatin1String("devices")) {
        const Result<QJsonObject> list = DeviceCommands::devices(folder);
        QString text;
        if (list.ok()) {
            for (const QJsonValue &d : list.value().value("devices").toArray()) {
                const QStringList hosted = d.toObject().value("hosts").toVariant().toStringList();
                text += QStringLiteral("%1\t%2\t%3\t%4%5%6\n").arg(d.toObject().value("id").toString(), d.toObject().value("person").toString(),
                                                                   d.toObject().value("organisation").toString(),
                                                                   d.toObject().value("roles").toVariant().toStringList().join(u','),
                                                                   hosted.isEmpty() ? QString() : QStringLiteral("\thosts ") + hosted.join(u','),
                                                                   d.toObject().value("revoked").toBool() ? QStringLiteral("\trevoked") : QString());
            }
        }
        return report(list, text);
    }
    if (command == QLatin1String("revoke")) {
        if (positional.size() != 2)
            return usage(QStringLiteral("revoke needs a DEVICE_ID"));
        return report(DeviceCommands::revoke(folder, positional.at(1)), QStringLiteral("revoked %1").arg(positional.at(1)));
    }
    if (command == QLatin1String("import")) {
        if (positional.size() != 2)
            return usage(QStringLiteral("import needs one FILE"));
        return importFile(folder, positional.at(1));
    }
    if (command == QLatin1String("export"))
        return exportData(folder, parser.values(db), parser.value(out));
    if (command == QLatin1String("search")) {
        if (positional.size() != 2)
            return usage(QStringLiteral("search needs one QUERY (quote it when it has spaces)"));
        qint64 most = -1;
        if (parser.isSet(limit) && (!number(limit, most) || most < 1))
            return usage(QStringLiteral("--limit takes a whole number of 1 or more"));
        return search(folder, positional.at(1), parser.value(lang), int(most));
    }
    if (command == QLatin1String("get")) {
        if (positional.size() != 2)
            return usage(QStringLiteral("get needs one ID"));
        return get(folder, database, positional.at(1), parser.value(rev), parser.isSet(revs), parser.isSet(conflicts));
    }
    if (command == QLatin1String("changes")) {
        qint64 sinceValue = 0;
        qint64 limitValue = -1;
        if (!number(since, sinceValue) || sinceValue < 0 || !number(limit, limitValue))
            return usage(QStringLiteral("--since and --limit take whole numbers"));
        return changes(folder, database, sinceValue, int(limitValue), parser.isSet(includeDocs));
    }
    if (command == QLatin1String("stats"))
        return stats(folder);
    if (command == QLatin1String("generate")) {
        qint64 n = 0;
        qint64 m = 0;
        qint64 s = 0;
        if (!number(initiatives, n) || !number(events, m) || !number(seed, s) || n < 0 || m < 0 || n > 10'000'000 || m > 100'000'000)
            return usage(QStringLiteral("--initiatives, --events and --seed take whole numbers of 0 or more"));
        const QStringList languages = parser.value(langs).split(u',', Qt::SkipEmptyParts);
        if (languages.isEmpty())
            return usage(QStringLiteral("--langs needs at least one language"));
        return generate(folder, int(n), int(m), languages, quint32(s));
    }
    if (command == QLatin1String("report")) {
        FieldLogCommands::ReportRequest request;
        request.data = folder;
        request.organisation = parser.value(org);
        request.language = parser.value(lang);
        request.to = parser.isSet(to) ? QDate::fromString(parser.value(to), Qt::ISODate) : QDate::currentDate();
        request.from = parser.isSet(from) ? QDate::fromString(parser.value(from), Qt::ISODate)
                                          : QDate(request.to.year(), request.to.month(), 1);
        if (!request.from.isValid() || !request.to.isValid())
            return usage(QStringLiteral("--from and --to take dates YYYY-MM-DD"));
        if (parser.value(by) != QLatin1String("week") && parser.value(by) != QLatin1String("month"))
            return usage(QStringLiteral("--by takes week or month"));
        request.period = parser.value(by) == QLatin1String("month") ? FieldReport::Period::Month : FieldReport::Period::Week;
        return fieldReport(request, parser.isSet(raw) ? ReportFormat::Raw : parser.isSet(csv) ? ReportFormat::Csv : ReportFormat::Text,
                           parser.value(out));
    }
    if (command == QLatin1String("card"))
        return cardCommand(parser, positional, folder);
    if (command == QLatin1String("erase-person") || command == QLatin1String("withdraw-consent")) {
        if (positional.size() != 2 || positional.at(1).trimmed().isEmpty())
            return usage(QStringLiteral("%1 needs the person's CODE").arg(command));
        const bool erase = command == QLatin1String("erase-person");
        const Result<QJsonObject> done = erase ? FieldLogCommands::erasePerson(folder, parser.value(org), positional.at(1))
                                               : FieldLogCommands::withdrawConsent(folder, parser.value(org), positional.at(1));
        return report(done, !done.ok() ? QString()
                                : erase ? QStringLiteral("erased: %1 documents rewritten, %2 conflicting revisions removed")
                                                  .arg(done.value().value("documents").toInt())
                                                  .arg(done.value().value("conflictsRemoved").toInt())
                                        : QStringLiteral("consent withdrawn: the name erased from %1 contacts")
                                                  .arg(done.value().value("contacts").toInt()));
    }
    return usage(QStringLiteral("unknown command \"%1\"").arg(command));
}

int AdminCli::fieldReport(const FieldLogCommands::ReportRequest &request, ReportFormat format, const QString &outFile)
{
    if (format == ReportFormat::Text && m_json) {
        const Result<QJsonObject> json = FieldLogCommands::reportJson(request);
        if (!json.ok())
            return fail(json.error());
        print(json.value(), QString());
        return 0;
    }
    const Result<QByteArray> made = format == ReportFormat::Raw ? FieldLogCommands::rawLogsCsv(request)
            : format == ReportFormat::Csv                       ? FieldLogCommands::reportCsv(request)
                                                                : FieldLogCommands::reportText(request);
    if (!made.ok())
        return fail(made.error());
    const QByteArray &bytes = made.value();
    if (outFile.isEmpty()) {
        m_out << QString::fromUtf8(bytes);
        m_out.flush();
        return 0;
    }
    QSaveFile file(outFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(StoreError::make(StoreError::Code::IoError, QStringLiteral("cannot write %1: %2").arg(outFile, file.errorString())));
    print({ { "ok", true }, { "out", outFile }, { "bytes", bytes.size() } }, QStringLiteral("wrote %1").arg(outFile));
    return 0;
}

int AdminCli::usage(const QString &problem)
{
    m_err << "buurtbrug-admin: " << problem << "\n" << "run buurtbrug-admin --help for the commands\n";
    if (m_json)
        m_out << QJsonDocument(QJsonObject { { "error", "usage" }, { "reason", problem } }).toJson(QJsonDocument::Compact) << "\n";
    m_out.flush();
    m_err.flush();
    return exitUsage;
}

int AdminCli::fail(const StoreError &error)
{
    m_err << "buurtbrug-admin: " << error.codeName() << ": " << error.reason << "\n";
    if (m_json)
        m_out << QJsonDocument(QJsonObject { { "error", error.codeName() }, { "reason", error.reason } }).toJson(QJsonDocument::Compact) << "\n";
    m_out.flush();
    m_err.flush();
    return exitFailed;
}

void AdminCli::print(const QJsonObject &json, const QString &text)
{
    if (m_json)
        m_out << QJsonDocument(json).toJson(QJsonDocument::Compact) << "\n";
    else
        m_out << text << (text.endsWith(u'\n') ? "" : "\n");
    m_out.flush();
}

int AdminCli::init(const QString &data)
{
    DatabaseFolder folder(DomainIndexer::indexer());
    if (StoreError error = folder.open(data, true); !error.ok())
        return fail(error);
    QJsonArray created;
    for (const QString &name : { QStringLiteral("directory"), QStringLiteral("cards") }) {
        auto db = folder.database(name, true);
        if (!db.ok())
            return fail(db.error());
        created.append(name);
    }
    print({ { "ok", true }, { "data", folder.folder() }, { "uuid", folder.serverUuid() }, { "databases", created } },
          QStringLiteral("initialised %1 (server uuid %2)").arg(folder.folder(), folder.serverUuid()));
    return 0;
}

int AdminCli::importFile(const QString &data, const QString &file)
{
    QFile input(file);
    const bool opened = file == QLatin1String("-") ? input.open(stdin, QIODevice::ReadOnly) : input.open(QIODevice::ReadOnly);
    if (!opened)
        return fail(StoreError::make(StoreError::Code::NotFound, QStringLiteral("cannot read %1: %2").arg(file, input.errorString())));
    const QByteArray bytes = input.readAll();
    DatabaseFolder folder(DomainIndexer::indexer());
    if (StoreError error = folder.open(data, false); !error.ok())
        return fail(error);
    QElapsedTimer timer;
    timer.start();
    const Result<ImportSummary> summary = DataTransfer::importJson(folder, bytes);
    if (!summary.ok())
        return fail(summary.error());
    QJsonObject perDb;
    QString text;
    for (auto it = summary.value().perDatabase.cbegin(); it != summary.value().perDatabase.cend(); ++it) {
        perDb.insert(it.key(), QJsonObject { { "created", it->created }, { "updated", it->updated },
                                             { "unchanged", it->unchanged }, { "merged", it->merged } });
        text += QStringLiteral("%1: %2 created, %3 updated, %4 unchanged, %5 merged\n")
                        .arg(it.key()).arg(it->created).arg(it->updated).arg(it->unchanged).arg(it->merged);
    }
    print({ { "ok", true }, { "databases", perDb }, { "ms", timer.elapsed() } }, text);
    return 0;
}

int AdminCli::exportData(const QString &data, const QStringList &databases, const QString &outFile)
{
    DatabaseFolder folder;
    auto opened = openFolder(folder, data, false);
    if (!opened.ok())
        return fail(opened.error());
    const Result<QJsonObject> exported = DataTransfer::exportJson(folder, databases.isEmpty() ? folder.databaseNames() : databases);
    if (!exported.ok())
        return fail(exported.error());
    const QByteArray bytes = QJsonDocument(exported.value()).toJson(QJsonDocument::Indented);
    if (outFile.isEmpty()) {
        m_out << QString::fromUtf8(bytes);
        m_out.flush();
        return 0;
    }
    QSaveFile save(outFile);
    if (!save.open(QIODevice::WriteOnly) || save.write(bytes) != bytes.size() || !save.commit())
        return fail(StoreError::make(StoreError::Code::IoError, QStringLiteral("cannot write %1: %2").arg(outFile, save.errorString())));
    print({ { "ok", true }, { "file", outFile }, { "bytes", qint64(bytes.size()) } },
          QStringLiteral("exported to %1").arg(outFile));
    return 0;
}

int AdminCli::get(const QString &data, const QString &db, const QString &id, const QString &rev, bool revs, bool conflicts)
{
    DatabaseFolder folder;
    auto database = openDatabase(folder, data, db);
    if (!database.ok())
        return fail(database.error());
    GetOptions options;
    options.rev = rev;
    options.revisions = revs;
    options.conflicts = conflicts;
    const Result<QJsonObject> doc = database.value()->get(id, options);
    if (!doc.ok())
        return fail(doc.error());
    print(doc.value(), QString::fromUtf8(QJsonDocument(doc.value()).toJson(QJsonDocument::Indented)));
    return 0;
}

int AdminCli::changes(const QString &data, const QString &db, qint64 since, int limit, bool includeDocs)
{
    DatabaseFolder folder;
    auto database = openDatabase(folder, data, db);
    if (!database.ok())
        return fail(database.error());
    ChangesOptions options;
    options.since = since;
    options.limit = limit;
    options.includeDocs = includeDocs;
    options.countPending = true;
    const Result<ChangesPage> page = database.value()->changes(options);
    if (!page.ok())
        return fail(page.error());
    QJsonArray results;
    QString text;
    for (const ChangeRow &row : page.value().rows) {
        QJsonArray revs;
        for (const QString &r : row.revs)
            revs.append(QJsonObject { { "rev", r } });
        QJsonObject entry { { "seq", row.seq }, { "id", row.id }, { "changes", revs } };
        if (row.deleted)
            entry.insert("deleted", true);
        if (includeDocs)
            entry.insert("doc", row.doc);
        results.append(entry);
        text += QStringLiteral("%1\t%2\t%3%4\n").arg(row.seq).arg(row.id, row.revs.join(u','), row.deleted ? QStringLiteral("\tdeleted") : QString());
    }
    print({ { "results", results }, { "last_seq", page.value().lastSeq }, { "pending", page.value().pending } },
          text + QStringLiteral("last_seq %1, pending %2").arg(page.value().lastSeq).arg(page.value().pending));
    return 0;
}

int AdminCli::search(const QString &data, const QString &query, const QString &language, int limit)
{
    DatabaseFolder folder(DomainIndexer::indexer());
    Result<DocumentDatabase *> db = openDatabase(folder, data, QStringLiteral("directory"));
    if (!db.ok())
        return fail(db.error());
    QElapsedTimer timer;
    timer.start();
    const Result<QList<SearchResult>> found = DirectorySearch(*db.value()).find(query, language, limit);
    if (!found.ok())
        return fail(found.error());
    QJsonArray hits;
    QString text;
    for (const SearchResult &result : found.value()) {
        hits.append(QJsonObject { { "id", result.id }, { "name", result.name.text },
                                  { "nameLanguage", result.name.language }, { "score", result.score } });
        text += QStringLiteral("%1  %2\n").arg(result.id, result.name.text);
    }
    print({ { "query", query }, { "folded", SearchText::fold(query) }, { "count", hits.size() },
            { "hits", hits }, { "ms", timer.elapsed() } },
          text.isEmpty() ? QStringLiteral("no initiative matches\n") : text);
    return 0;
}

int AdminCli::stats(const QString &data)
{
    DatabaseFolder folder;
    auto opened = openFolder(folder, data, false);
    if (!opened.ok())
        return fail(opened.error());
    QJsonArray databases;
    QString text = QStringLiteral("data %1\nserver uuid %2\n").arg(folder.folder(), folder.serverUuid());
    for (const QString &name : folder.databaseNames()) {
        auto db = folder.database(name);
        if (!db.ok())
            return fail(db.error());
        const Result<DatabaseInfo> info = db.value()->info();
        if (!info.ok())
            return fail(info.error());
        const DatabaseInfo &i = info.value();
        databases.append(QJsonObject { { "name", name }, { "doc_count", i.docCount }, { "doc_del_count", i.deletedCount },
                                       { "update_seq", i.updateSeq }, { "file_size", i.fileSize } });
        text += QStringLiteral("%1: %2 docs, %3 deleted, update_seq %4, %5 bytes\n")
                        .arg(name).arg(i.docCount).arg(i.deletedCount).arg(i.updateSeq).arg(i.fileSize);
    }
    print({ { "data", folder.folder() }, { "uuid", folder.serverUuid() }, { "databases", databases } }, text);
    return 0;
}

int AdminCli::generate(const QString &data, int initiatives, int events, const QStringList &languages, quint32 seed)
{
    DatabaseFolder folder(DomainIndexer::indexer());
    if (StoreError error = folder.open(data, false); !error.ok())
        return fail(error);
    SyntheticSpec spec;
    spec.initiatives = initiatives;
    spec.events = events;
    spec.languages = languages;
    spec.seed = seed;
    QElapsedTimer timer;
    timer.start();
    const Result<SyntheticCounts> counts = SyntheticData::generate(folder, spec);
    if (!counts.ok())
        return fail(counts.error());
    const SyntheticCounts &c = counts.value();
    print({ { "ok", true }, { "initiatives", c.initiatives }, { "translations", c.translations },
            { "activities", c.activities }, { "events", c.events }, { "ms", timer.elapsed() } },
          QStringLiteral("generated %1 initiatives, %2 translations, %3 activities, %4 events in %5 ms")
                  .arg(c.initiatives).arg(c.translations).arg(c.activities).arg(c.events).arg(timer.elapsed()));
    return 0;
}

int AdminCli::replicate(const ReplicateRequest &request)
{
    const Result<QJsonObject> result = ReplicateCommand::run(request);
    if (!result.ok())
        return fail(result.error());
    const QJsonObject &r = result.value();
    QString text = QStringLiteral("%1 docs read, %2 written, %3 refused in %4 ms\n")
                           .arg(r.value("docs_read").toInt()).arg(r.value("docs_written").toInt())
                           .arg(r.value("doc_write_failures").toInt()).arg(r.value("ms").toInt());
    for (const QJsonValue &f : r.value("failures").toArray())
        text += QStringLiteral("refused: %1 %2: %3\n").arg(f.toObject().value("id").toString(), f.toObject().value("rev").toString(),
                                                          f.toObject().value("reason").toString());
    print(r, text);
    return r.value("doc_write_failures").toInt() > 0 ? exitFailed : 0;
}
