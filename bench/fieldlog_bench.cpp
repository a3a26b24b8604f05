// Field logging against its targets (tap to durable log p99 <= 10 ms with 200 000 logs stored;
// a year's report over them <= 200 ms), each next to a raw sqlite3 floor measured in the same
// run on the same disk: a bare fsync'd INSERT for a tap, a bare range scan of the report's
// index rows for the report. Prints one JSON line per measurement; bench/run-fieldlog.sh
// turns them into a table. Usage: bench_fieldlog [LOGS] [SCRATCH_FOLDER]
//
// Like store_bench, the SQL here is the yardstick, not a second store.
#include "databasefolder.h"
#include "documentvalidator.h"
#include "domainindexer.h"
#include "fieldlog.h"
#include "fieldreport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <sqlite3.h>
#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace {
constexpr int batch = 1000;
constexpr int initiatives = 200;
constexpr int taps = 1000;
constexpr int reportRuns = 15;
const QDate yearStart(2026, 1, 1);
const QDate yearEnd(2026, 12, 31);

const QStringList themes { "meeting", "food", "mental-health", "language", "children", "elderly", "volunteering", "advice" };
// Skewed like a Rotterdam market stall: a few languages most of the time.
const QStringList languages { "nl", "nl", "nl", "ar", "ar", "tr", "pl", "en", "so", "ti", "uk", "pap" };
const QStringList does { "chat", "errands", "translating", "cooking", "clothes", "school-sandwiches", "repairs", "walking" };
const QStringList needs { "company", "paperwork", "food", "housing", "work", "language-class", "debt-advice", "childcare" };
const QStringList statuses { "made", "made", "arrived", "arrived", "not-arrived" };

QString initiativeId(int i) { return QStringLiteral("initiative:bench-%1").arg(i, 3, 10, QLatin1Char('0')); }

template<typename T>
const T &pick(QRandomGenerator &random, const QList<T> &list) { return list.at(int(random.bounded(qint64(list.size())))); }

QStringList chips(QRandomGenerator &random, const QStringList &from, int most)
{
    QStringList out;
    for (int n = int(random.bounded(most + 1)); n > 0; --n) {
        const QString &chip = pick(random, from);
        if (!out.contains(chip))
            out.append(chip);
    }
    return out;
}

QJsonObject makeInitiative(int i)
{
    QRandomGenerator random(quint32(i) + 1);
    return { { "_id", initiativeId(i) }, { "type", "initiative" }, { "slug", initiativeId(i).mid(11) },
             { "originalLanguage", "nl" }, { "themes", QJsonArray::fromStringList(chips(random, themes, 3)) },
             { "position", QJsonObject { { "lat", 51.90 + i * 1e-4 }, { "lon", 4.45 + i * 1e-4 } } },
             { "languagesSpoken", QJsonArray { "nl", "ar" } } };
}

// Log i of the fill: ~50% tallies, ~30% contacts, ~20% visits, dated over 2026.
QJsonObject makeLog(qint64 i, QRandomGenerator &random)
{
    const QString date = yearStart.addDays(random.bounded(365)).toString(Qt::ISODate);
    const int roll = int(i % 10);
    const auto id = [i](const char *type) { return QStringLiteral("%1:%2").arg(QLatin1String(type)).arg(i, 8, 10, QLatin1Char('0')); };
    if (roll < 5) {
        QJsonObject doc { { "_id", id("tally") }, { "type", "tally" }, { "date", date }, { "language", pick(random, languages) },
                          { "does", QJsonArray::fromStringList(chips(random, does, 2)) },
                          { "needs", QJsonArray::fromStringList(chips(random, needs, 2)) } };
        if (random.bounded(10) == 0)
            doc.insert("referral", initiativeId(int(random.bounded(initiatives))));
        return doc;
    }
    if (roll < 8) {
        QJsonObject doc { { "_id", id("contact") }, { "type", "contact" }, { "date", date },
                          { "person", QStringLiteral("K-%1").arg(random.bounded(5000), 4, 10, QLatin1Char('0')) },
                          { "channel", "street" }, { "language", pick(random, languages) },
                          { "needs", QJsonArray::fromStringList(chips(random, needs, 2)) } };
        if (random.bounded(10) < 6)
            doc.insert("referral", QJsonObject { { "kind", "initiative" }, { "to", initiativeId(int(random.bounded(initiatives))) },
                                                 { "status", pick(random, statuses) } });
        if (random.bounded(10) < 3)
            doc.insert("followUp", QDate::fromString(date, Qt::ISODate).addDays(14).toString(Qt::ISODate));
        return doc;
    }
    return { { "_id", id("visit") }, { "type", "visit" }, { "date", date },
             { "initiative", initiativeId(int(random.bounded(initiatives))) }, { "count", int(random.bounded(1, 41)) } };
}

double ms(qint64 nsecs) { return double(nsecs) / 1e6; }

struct Stats
{
    double p50 = 0, p99 = 0, max = 0;
};

Stats stats(std::vector<double> v)
{
    if (v.empty())
        return {};
    std::sort(v.begin(), v.end());
    return { v[v.size() / 2], v[std::min(v.size() - 1, size_t(double(v.size()) * 0.99))], v.back() };
}

void report(const char *engine, const char *metric, qint64 logs, double value, const char *unit)
{
    std::printf("{\"metric\":\"%s\",\"logs\":%lld,\"engine\":\"%s\",\"value\":%.4f,\"unit\":\"%s\"}\n", metric,
                static_cast<long long>(logs), engine, value, unit);
    std::fflush(stdout);
}

void reportLatencies(const char *engine, const char *metric, qint64 logs, const std::vector<double> &latencies)
{
    const Stats s = stats(latencies);
    report(engine, (QByteArray(metric) + "_p50").constData(), logs, s.p50, "ms");
    report(engine, (QByteArray(metric) + "_p99").constData(), logs, s.p99, "ms");
    report(engine, (QByteArray(metric) + "_max").constData(), logs, s.max, "ms");
}

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "bench_fieldlog: %s\n", qPrintable(what));
    std::exit(1);
}

// The floor of a tap: one ~300-byte row, one transaction, one full fsync, in a table as big
// as the org database, so the B-tree depth matches.
std::vector<double> rawTaps(const QString &path, qint64 prefill)
{
    sqlite3 *db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;"
                     "CREATE TABLE logs(id TEXT PRIMARY KEY, body TEXT NOT NULL) WITHOUT ROWID", nullptr, nullptr, nullptr);
    sqlite3_stmt *insert = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO logs(id, body) VALUES (?, ?)", -1, &insert, nullptr);
    const QByteArray body(300, 'x');
    const auto insertOne = [&](qint64 n) {
        const QByteArray id = "tally:" + QByteArray::number(n).rightJustified(36, '0');
        sqlite3_bind_text(insert, 1, id.constData(), int(id.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(insert, 2, body.constData(), int(body.size()), SQLITE_STATIC);
        if (sqlite3_step(insert) != SQLITE_DONE)
            fail(QStringLiteral("raw insert: %1").arg(sqlite3_errmsg(db)));
        sqlite3_reset(insert);
    };
    for (qint64 first = 0; first < prefill; first += batch) {
        sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        for (qint64 n = first; n < std::min(prefill, first + batch); ++n)
            insertOne(n);
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    }
    std::vector<double> latencies;
    QElapsedTimer timer;
    for (int k = 0; k < taps; ++k) {
        timer.start();
        sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        insertOne(prefill + k);
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
        latencies.push_back(ms(timer.nsecsElapsed()));
    }
    sqlite3_finalize(insert);
    sqlite3_close(db);
    return latencies;
}

// The floor of a report: the same index rows read straight from the org file, each value's
// bytes touched, without turning them into Qt strings or counting anything.
double rawReportOnce(sqlite3 *db, qint64 *rows)
{
    sqlite3_stmt *select = nullptr;
    sqlite3_prepare_v2(db, "SELECT key, value FROM index_entries WHERE name = 'fieldlog-facts' AND key BETWEEN ? AND ?", -1,
                       &select, nullptr);
    sqlite3_bind_text(select, 1, "2026-01-01", -1, SQLITE_STATIC);
    sqlite3_bind_text(select, 2, "2026-12-31", -1, SQLITE_STATIC);
    QElapsedTimer timer;
    timer.start();
    qint64 n = 0;
    unsigned checksum = 0;
    while (sqlite3_step(select) == SQLITE_ROW) {
        const auto *value = sqlite3_column_text(select, 1);
        checksum += unsigned(value[0]) + unsigned(sqlite3_column_bytes(select, 1)) + unsigned(sqlite3_column_bytes(select, 0));
        ++n;
    }
    const double elapsed = ms(timer.nsecsElapsed());
    sqlite3_finalize(select);
    *rows = n + (checksum == 0xFFFFFFFFu); // keeps the loop's reads from being optimised away
    return elapsed;
}
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 logs = argc > 1 ? QByteArray(argv[1]).toLongLong() : 200000;
    const QString parent = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QDir::tempPath();
    QTemporaryDir scratch(parent + "/bench-fieldlog-XXXXXX");
    DatabaseFolder folder(DomainIndexer::indexer());
    if (StoreError error = folder.open(scratch.filePath("data"), true); !error.ok())
        fail(error.reason);
    DocumentDatabase *directory = folder.database("directory", true).value();
    DocumentDatabase *org = folder.database("org-bench", true).value();

    // Every generated document is checked against the typed schema, as the import does; the
    // store's own share of the fill (bulkDocs) is reported apart from it.
    qint64 storeNsecs = 0;
    const auto write = [&storeNsecs](DocumentDatabase *db, const QList<QJsonObject> &docs) {
        for (const QJsonObject &doc : docs) {
            if (StoreError error = DocumentValidator::validateFor(doc, db->name()); !error.ok())
                fail(error.reason);
        }
        QElapsedTimer store;
        store.start();
        const QList<WriteResult> results = db->bulkDocs(docs, true);
        storeNsecs += store.nsecsElapsed();
        for (const WriteResult &result : results) {
            if (!result.error.ok())
                fail(result.error.reason);
        }
    };
    QList<QJsonObject> directoryDocs;
    for (int i = 0; i < initiatives; ++i)
        directoryDocs.append(makeInitiative(i));
    write(directory, directoryDocs);
    storeNsecs = 0;

    QRandomGenerator random(2026);
    QElapsedTimer timer;
    timer.start();
    for (qint64 first = 0; first < logs; first += batch) {
        QList<QJsonObject> docs;
        for (qint64 i = first; i < std::min(logs, first + batch); ++i)
            docs.append(makeLog(i, random));
        write(org, docs);
    }
    report("buurtbrug", "fill", logs, double(timer.nsecsElapsed()) / 1e9, "s");
    report("buurtbrug", "fill_bulkdocs", logs, double(storeNsecs) / 1e9, "s");

    // Taps as the app makes them: mostly tallies (with a position fix), the chips of a tally
    // added right after its tap, contacts with a referral, visits to an initiative.
    FieldLog log(*org, directory, [] { return yearEnd; });
    const Fix fix { { 51.9146, 4.4583 }, 12 };
    std::vector<double> latencies;
    QString lastTally;
    for (int k = 0; k < taps; ++k) {
        const int roll = k % 10;
        const TallyEntry details { yearEnd, pick(random, languages), chips(random, does, 2), chips(random, needs, 1), {} };
        const ContactEntry contact { QStringLiteral("K-%1").arg(k), {}, false, yearEnd, "market", "ar", {}, { "paperwork" }, {},
                                     "initiative", initiativeId(k % initiatives), yearEnd.addDays(7) };
        Result<QString> written = QString();
        timer.restart();
        if (roll == 5)
            written = log.updateTally(lastTally, details);
        else if (roll < 7)
            written = log.logTally({ yearEnd, {}, {}, {}, {} }, fix);
        else if (roll < 9)
            written = log.logContact(contact);
        else
            written = log.logVisit({ initiativeId(k % initiatives), {}, yearEnd, 1 + k % 40, {} });
        latencies.push_back(ms(timer.nsecsElapsed()));
        if (!written.ok())
            fail(written.error().reason);
        if (roll < 5)
            lastTally = written.value();
    }
    reportLatencies("buurtbrug", "tap_to_durable", logs, latencies);
    reportLatencies("raw_sqlite", "tap_to_durable", logs, rawTaps(scratch.filePath("floor.sqlite"), logs));

    const FieldReport::Options options { yearStart, yearEnd, FieldReport::Period::Week, 5 };
    std::vector<double> runs;
    qint64 counted = 0;
    for (int run = 0; run <= reportRuns; ++run) { // run 0 warms the page cache and the allocator
        timer.restart();
        Result<FieldReport::Report> result = FieldReport::compute(*org, directory, options);
        const double elapsed = ms(timer.nsecsElapsed());
        if (!result.ok())
            fail(result.error().reason);
        counted = result.value().logs;
        if (run > 0)
            runs.push_back(elapsed);
    }
    const Stats computed = stats(runs);
    report("buurtbrug", "report_p50", logs, computed.p50, "ms");
    report("buurtbrug", "report_max", logs, computed.max, "ms");

    sqlite3 *raw = nullptr;
    if (sqlite3_open_v2(org->path().toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        fail(QStringLiteral("cannot open %1 read-only").arg(org->path()));
    runs.clear();
    qint64 rawRows = 0;
    for (int run = 0; run <= reportRuns; ++run) {
        const double elapsed = rawReportOnce(raw, &rawRows);
        if (run > 0)
            runs.push_back(elapsed);
    }
    sqlite3_close(raw);
    const Stats scanned = stats(runs);
    report("raw_sqlite", "report_p50", logs, scanned.p50, "ms");
    report("raw_sqlite", "report_max", logs, scanned.max, "ms");
    if (rawRows != counted)
        std::fprintf(stderr, "bench_fieldlog: report counted %lld logs, the raw scan read %lld rows\n",
                     static_cast<long long>(counted), static_cast<long long>(rawRows));

    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    report("buurtbrug", "peak_rss", logs, double(usage.ru_maxrss) / 1024, "MiB"); // ru_maxrss is in KiB on Linux
    return 0;
}
