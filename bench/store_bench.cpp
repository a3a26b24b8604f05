// Measures the document store against the physical floor: the same schema driven by raw
// sqlite3 statements doing the minimum a CouchDB-style write needs (doc row, rev row,
// counters), with the same durability (WAL, synchronous=FULL). Prints one JSON line per
// measurement; bench/run-store.sh turns them into a table.
//
// This file holds the only SQL outside src/core, on purpose: it is the yardstick.
#include "documentdatabase.h"
#include "storeschema.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {
constexpr int batch = 1000;

QJsonObject makeDoc(qint64 i)
{
    return { { "_id", QStringLiteral("visit:%1").arg(i, 8, 10, QLatin1Char('0')) },
             { "type", "visit" },
             { "initiative", QStringLiteral("initiative:i%1").arg(i % 997) },
             { "date", "2026-11-23" },
             { "count", int(i % 30) },
             { "note", "Markt Visserijplein, gesprek in het Arabisch" } };
}

struct Stats
{
    double p50 = 0, p99 = 0;
};

Stats percentiles(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    if (v.empty())
        return {};
    return { v[v.size() / 2], v[std::min(v.size() - 1, size_t(double(v.size()) * 0.99))] };
}

void report(const char *engine, const char *metric, qint64 docs, double value, const char *unit)
{
    std::printf("{\"engine\":\"%s\",\"metric\":\"%s\",\"docs\":%lld,\"value\":%.4f,\"unit\":\"%s\"}\n",
                engine, metric, static_cast<long long>(docs), value, unit);
    std::fflush(stdout);
}

// The floor: raw statements on the store's own schema.
class RawStore
{
public:
    explicit RawStore(const QString &path)
    {
        sqlite3_open(path.toUtf8().constData(), &m_db);
        exec("PRAGMA journal_mode=WAL");
        exec("PRAGMA synchronous=FULL");
        for (const QString &sql : StoreSchema::migrations())
            exec(sql.toUtf8().constData());
        prepare(&m_insertDoc, "INSERT INTO docs(doc_id, seq, winner, deleted) VALUES (?, ?, ?, 0)");
        prepare(&m_insertRev, "INSERT INTO revs(doc, rev, parent, deleted, leaf, body) VALUES (?, ?, NULL, 0, 1, ?)");
        prepare(&m_counters, "UPDATE counters SET update_seq = ?, doc_count = doc_count + ? WHERE id = 1");
        prepare(&m_get, "SELECT d.winner, r.body FROM docs d JOIN revs r ON r.doc = d.id AND r.rev = d.winner WHERE d.doc_id = ?");
        prepare(&m_changes, "SELECT id, doc_id, seq, winner FROM docs WHERE seq > ? ORDER BY seq LIMIT ?");
        prepare(&m_leaves, "SELECT rev FROM revs WHERE doc = ? AND leaf = 1");
    }
    ~RawStore()
    {
        for (sqlite3_stmt *s : { m_insertDoc, m_insertRev, m_counters, m_get, m_changes, m_leaves })
            sqlite3_finalize(s);
        sqlite3_close(m_db);
    }

    void write(qint64 first, int count)
    {
        exec("BEGIN IMMEDIATE");
        for (qint64 i = first; i < first + count; ++i) {
            const QJsonObject doc = makeDoc(i);
            const QByteArray id = doc.value("_id").toString().toUtf8();
            const QByteArray rev = "1-0123456789abcdef0123456789abcdef";
            const QByteArray body = QJsonDocument(doc).toJson(QJsonDocument::Compact);
            sqlite3_bind_text(m_insertDoc, 1, id.constData(), int(id.size()), SQLITE_TRANSIENT);
            sqlite3_bind_int64(m_insertDoc, 2, ++m_seq);
            sqlite3_bind_text(m_insertDoc, 3, rev.constData(), int(rev.size()), SQLITE_TRANSIENT);
            step(m_insertDoc);
            sqlite3_bind_int64(m_insertRev, 1, sqlite3_last_insert_rowid(m_db));
            sqlite3_bind_text(m_insertRev, 2, rev.constData(), int(rev.size()), SQLITE_TRANSIENT);
            sqlite3_bind_text(m_insertRev, 3, body.constData(), int(body.size()), SQLITE_TRANSIENT);
            step(m_insertRev);
        }
        sqlite3_bind_int64(m_counters, 1, m_seq);
        sqlite3_bind_int64(m_counters, 2, count);
        step(m_counters);
        exec("COMMIT");
    }

    bool get(const QByteArray &id)
    {
        sqlite3_bind_text(m_get, 1, id.constData(), int(id.size()), SQLITE_TRANSIENT);
        const bool found = sqlite3_step(m_get) == SQLITE_ROW;
        if (found) // parse the body as the store does, so both pay for JSON
            (void)QJsonDocument::fromJson(QByteArray(static_cast<const char *>(sqlite3_column_blob(m_get, 1)), sqlite3_column_bytes(m_get, 1)));
        sqlite3_reset(m_get);
        return found;
    }

    qint64 readChanges()
    {
        qint64 since = 0, rows = 0;
        for (;;) {
            sqlite3_bind_int64(m_changes, 1, since);
            sqlite3_bind_int64(m_changes, 2, batch);
            int n = 0;
            while (sqlite3_step(m_changes) == SQLITE_ROW) {
                sqlite3_bind_int64(m_leaves, 1, sqlite3_column_int64(m_changes, 0));
                while (sqlite3_step(m_leaves) == SQLITE_ROW) { }
                sqlite3_reset(m_leaves);
                since = sqlite3_column_int64(m_changes, 2);
                ++n;
            }
            sqlite3_reset(m_changes);
            rows += n;
            if (n < batch)
                return rows;
        }
    }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_insertDoc = nullptr, *m_insertRev = nullptr, *m_counters = nullptr, *m_get = nullptr,
                 *m_changes = nullptr, *m_leaves = nullptr;
    qint64 m_seq = 0;

    void exec(const char *sql) { sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr); }
    void prepare(sqlite3_stmt **s, const char *sql) { sqlite3_prepare_v2(m_db, sql, -1, s, nullptr); }
    void step(sqlite3_stmt *s)
    {
        sqlite3_step(s);
        sqlite3_reset(s);
    }
};

template<typename WriteBatch, typename WriteOne, typename GetOne, typename ReadAll>
void measure(const char *engine, qint64 docs, WriteBatch &&writeBatch, WriteOne &&writeOne, GetOne &&getOne, ReadAll &&readAll)
{
    QElapsedTimer timer;
    timer.start();
    for (qint64 i = 0; i < docs; i += batch)
        writeBatch(i, int(std::min<qint64>(batch, docs - i)));
    report(engine, "bulk_insert", docs, double(docs) / (double(timer.nsecsElapsed()) / 1e9), "docs/s");

    const int singles = 1000;
    std::vector<double> latencies;
    for (int k = 0; k < singles; ++k) {
        timer.restart();
        writeOne(docs + k);
        latencies.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    const Stats write = percentiles(latencies);
    report(engine, "durable_write_p50", docs, write.p50, "ms");
    report(engine, "durable_write_p99", docs, write.p99, "ms");

    timer.restart();
    const qint64 read = readAll();
    report(engine, "changes_read", read, double(read) / (double(timer.nsecsElapsed()) / 1e9), "docs/s");

    QRandomGenerator random(7);
    latencies.clear();
    for (int k = 0; k < 10000; ++k) {
        const QByteArray id = QStringLiteral("visit:%1").arg(qint64(random.bounded(docs)), 8, 10, QLatin1Char('0')).toUtf8();
        timer.restart();
        if (!getOne(id))
            std::fprintf(stderr, "%s: %s missing\n", engine, id.constData());
        latencies.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    report(engine, "get_p50", docs, percentiles(latencies).p50, "ms");
}
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 docs = argc > 1 ? QByteArray(argv[1]).toLongLong() : 10000;
    const QString folder = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();
    QTemporaryDir scratch(folder.isEmpty() ? QDir::tempPath() + "/bench-store-XXXXXX" : folder + "/bench-store-XXXXXX");

    {
        DocumentDatabase store("bench");
        if (!store.open(scratch.filePath("store.sqlite")).ok())
            return 1;
        measure(
                "store", docs,
                [&](qint64 first, int count) {
                    QList<QJsonObject> docsBatch;
                    for (qint64 i = first; i < first + count; ++i)
                        docsBatch.append(makeDoc(i));
                    (void)store.bulkDocs(docsBatch, true);
                },
                [&](qint64 i) { (void)store.put(makeDoc(i)); },
                [&](const QByteArray &id) { return store.get(QString::fromUtf8(id)).ok(); },
                [&]() {
                    ChangesOptions options;
                    options.limit = batch;
                    qint64 rows = 0;
                    for (;;) {
                        const ChangesPage page = store.changes(options).value();
                        rows += page.rows.size();
                        if (page.rows.size() < batch)
                            return rows;
                        options.since = page.lastSeq;
                    }
                });
    }
    {
        RawStore raw(scratch.filePath("raw.sqlite"));
        measure(
                "raw_sqlite", docs, [&](qint64 first, int count) { raw.write(first, count); },
                [&](qint64 i) { raw.write(i, 1); }, [&](const QByteArray &id) { return raw.get(id); },
                [&]() { return raw.readChanges(); });
    }
    return 0;
}
