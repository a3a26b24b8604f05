// The desk's save (issue 18): an edited initiative saved durably through InitiativeEditor
// (validated, the initiative and its Dutch text in one fsynced transaction, indexes
// updated) in a directory of N initiatives x 5 languages, next to a raw sqlite3 floor in the
// same run on the same disk: the same two rows replaced in one transaction with one full
// fsync, in a table as large as the directory. Prints one JSON object per line;
// bench/run-editor.sh makes the table. Usage: bench_editor [INITIATIVES]
#include "databasefolder.h"
#include "domainindexer.h"
#include "initiativeeditor.h"
#include "syntheticdata.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace {
constexpr int saves = 500;

double ms(qint64 nanoseconds)
{
    return double(nanoseconds) / 1e6;
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.at(std::min(values.size() - 1, size_t(p * double(values.size()))));
}

void report(const char *engine, const char *metric, int initiatives, double value)
{
    std::printf("{\"engine\":\"%s\",\"metric\":\"%s\",\"initiatives\":%d,\"value\":%.3f,\"unit\":\"ms\"}\n", engine, metric,
                initiatives, value);
    std::fflush(stdout);
}

void reportLatencies(const char *engine, int initiatives, const std::vector<double> &latencies)
{
    report(engine, "save_p50", initiatives, percentile(latencies, 0.50));
    report(engine, "save_p99", initiatives, percentile(latencies, 0.99));
    report(engine, "save_max", initiatives, *std::max_element(latencies.begin(), latencies.end()));
}

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "bench_editor: %s\n", qPrintable(what));
    std::exit(1);
}

// The floor: two rows of the sizes of an initiative and its translation replaced in one
// transaction with one full fsync, in a table of the directory's row count.
std::vector<double> rawSaves(const QString &path, int rows, int factsBytes, int textBytes)
{
    sqlite3 *db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;"
                     "CREATE TABLE docs(id TEXT PRIMARY KEY, body TEXT NOT NULL) WITHOUT ROWID", nullptr, nullptr, nullptr);
    sqlite3_stmt *put = nullptr;
    sqlite3_prepare_v2(db, "INSERT OR REPLACE INTO docs(id, body) VALUES (?, ?)", -1, &put, nullptr);
    const auto putOne = [&](const QByteArray &id, const QByteArray &body) {
        sqlite3_bind_text(put, 1, id.constData(), int(id.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(put, 2, body.constData(), int(body.size()), SQLITE_TRANSIENT);
        if (sqlite3_step(put) != SQLITE_DONE)
            fail(QStringLiteral("raw put: %1").arg(sqlite3_errmsg(db)));
        sqlite3_reset(put);
    };
    const QByteArray facts(factsBytes, 'f');
    const QByteArray text(textBytes, 't');
    sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    for (int i = 0; i < rows; ++i)
        putOne("doc:" + QByteArray::number(i).rightJustified(8, '0'), i % 6 == 0 ? facts : text);
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    std::vector<double> latencies;
    QElapsedTimer timer;
    for (int k = 0; k < saves; ++k) {
        const int i = (k * 7919) % (rows / 6) * 6;
        timer.start();
        sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        putOne("doc:" + QByteArray::number(i).rightJustified(8, '0'), facts);
        putOne("doc:" + QByteArray::number(i + 1).rightJustified(8, '0'), text);
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
        latencies.push_back(ms(timer.nsecsElapsed()));
    }
    sqlite3_finalize(put);
    sqlite3_close(db);
    return latencies;
}
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int initiatives = argc > 1 ? std::atoi(argv[1]) : 10000;
    QTemporaryDir scratch(QDir::currentPath() + QStringLiteral("/bench-editor-XXXXXX")); // the disk under test, not tmpfs
    DatabaseFolder folder(DomainIndexer::indexer());
    if (!folder.open(scratch.path(), true).ok())
        fail(QStringLiteral("cannot open %1").arg(scratch.path()));
    SyntheticSpec spec;
    spec.initiatives = initiatives;
    spec.events = 0;
    spec.languages = QStringList { "nl", "en", "ar", "tr", "pl" };
    if (Result<SyntheticCounts> made = SyntheticData::generate(folder, spec); !made.ok())
        fail(made.error().reason);
    DocumentDatabase *directory = folder.database(QStringLiteral("directory")).value();
    InitiativeEditor editor(*directory, QDate(2026, 12, 5));

    std::vector<double> saveOnly;
    std::vector<double> loadAndSave;
    int factsBytes = 0;
    int textBytes = 0;
    QElapsedTimer timer;
    for (int k = 0; k < saves; ++k) {
        const QString id = QStringLiteral("initiative:synthetic-%1").arg((k * 7919) % initiatives, 6, 10, QLatin1Char('0'));
        timer.start();
        Result<InitiativeDraft> draft = editor.load(id);
        if (!draft.ok())
            fail(draft.error().reason);
        InitiativeDraft edited = draft.value();
        edited.phone = QStringLiteral("010 %1").arg(1000000 + k);
        edited.texts[QStringLiteral("nl")].summary = QStringLiteral("Bijgewerkt %1").arg(k);
        // All five languages go back, as the desk saves its whole form; the editor writes only
        // the changed one.
        const qint64 loaded = timer.nsecsElapsed();
        const EditOutcome saved = editor.save(edited);
        const qint64 done = timer.nsecsElapsed();
        if (!saved.ok())
            fail(QStringLiteral("save refused: %1 %2").arg(saved.error.reason,
                                                            saved.problems.isEmpty() ? QString()
                                                                                     : saved.problems.first().field + u' '
                                                                                             + DirectoryEdit::codeName(saved.problems.first().problem)));
        saveOnly.push_back(ms(done - loaded));
        loadAndSave.push_back(ms(done));
        // The time between two saves, in which the app's event loop turns (and checkpoints the
        // WAL, SqliteConnection): untimed, as a person typing takes it.
        QCoreApplication::processEvents();
        if (k == 0) {
            factsBytes = int(QJsonDocument(directory->get(id).value()).toJson(QJsonDocument::Compact).size());
            textBytes = int(QJsonDocument(directory->get(QStringLiteral("translation:") + id.mid(11) + QStringLiteral(":nl")).value())
                                    .toJson(QJsonDocument::Compact).size());
        }
    }
    if (qEnvironmentVariableIsSet("BENCH_EDITOR_TRACE")) {
        for (size_t i = 0; i < saveOnly.size(); ++i) {
            if (saveOnly[i] > 15)
                std::fprintf(stderr, "save %zu: %.1f ms\n", i, saveOnly[i]);
        }
    }
    reportLatencies("buurtbrug", initiatives, saveOnly);
    report("buurtbrug", "load_and_save_p99", initiatives, percentile(loadAndSave, 0.99));
    reportLatencies("raw_sqlite", initiatives, rawSaves(scratch.filePath(QStringLiteral("floor.sqlite")), initiatives * 7, factsBytes, textBytes));
    return 0;
}
