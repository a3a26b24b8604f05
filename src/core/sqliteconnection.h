#pragma once

#include "sqlitestatement.h"
#include "storeerror.h"

#include <QHash>
#include <QStringList>

#include <memory>

struct sqlite3;

// One open SQLite file: WAL journal, full fsync on commit (a write acknowledged to the UI
// survives a crash or a power cut), migrations applied in order on PRAGMA user_version, and a
// cache of prepared statements keyed on their SQL text. Maps SQLite result codes to StoreError.
// Checkpoints run after a commit, not inside it: SQLite's automatic one runs in the commit that
// crosses 1000 WAL pages and fsyncs the database file there, the slowest saves of the desk
// (bench/run-editor.sh). A commit past WalCheckpointPages asks this thread's event loop to
// checkpoint when it next turns (PASSIVE: it never waits for readers); past WalHardLimitPages
// (a thread whose loop does not turn) the commit checkpoints itself, as SQLite would. Work
// that the owner moves out of its writes (setIdleWork) runs there too after the writes that
// need it, once per turn, for as long as it changes something.
class SqliteConnection
{
public:
    enum class Mode { ReadWrite, ReadOnly };

    SqliteConnection() = default;
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    // Opens (creating when ReadWrite) and migrates. Each migration is one SQL script; the list
    // is append-only, migration i brings user_version from i to i + 1.
    [[nodiscard]] StoreError open(const QString &path, Mode mode, const QStringList &migrations);
    void close();
    [[nodiscard]] bool isOpen() const { return m_db != nullptr; }
    [[nodiscard]] bool isReadOnly() const { return m_mode == Mode::ReadOnly; }

    // A cached statement for this SQL literal; invalid when it does not prepare.
    SqliteStatement &statement(const char *sql);
    [[nodiscard]] StoreError exec(const char *sql);

    [[nodiscard]] StoreError begin();   // BEGIN IMMEDIATE: take the write lock up front
    // A read transaction when none is open: many reads under one file lock instead of a
    // lock and unlock (two fcntl calls) per statement. Returns whether it opened one.
    bool beginRead();
    void endRead(bool opened);
    [[nodiscard]] StoreError commit();
    void rollback();

    // The StoreError for an SQLite result code, with what was being done.
    [[nodiscard]] StoreError errorFor(int sqliteCode, const QString &doing) const;
    [[nodiscard]] StoreError checkStep(int sqliteCode, const QString &doing) const;

    // Limits the file to this many pages: a storage quota, and how tests fill the "disk".
    void setMaxPageCount(qint64 pages);
    [[nodiscard]] QString integrityCheck();

    sqlite3 *handle() const { return m_db; }

    // SQL run on the event loop after a commit that wantIdleWork() marked (e.g. one bounded
    // step of merging the search index), again after each turn in which it changed rows,
    // until it changes none. Commits that did not touch what it tidies schedule nothing.
    void setIdleWork(const char *sql) { m_idleWork = sql; }
    void wantIdleWork();

    static constexpr int WalCheckpointPages = 1000;
    static constexpr int WalHardLimitPages = 20000;

private:
    struct WalState;
    static int onWalCommit(void *state, sqlite3 *db, const char *name, int pages);

    sqlite3 *m_db = nullptr;
    std::shared_ptr<WalState> m_wal; // what a checkpoint waiting on the event loop needs
    const char *m_idleWork = nullptr;
    Mode m_mode = Mode::ReadWrite;
    QHash<const char *, std::shared_ptr<SqliteStatement>> m_statements;
};
