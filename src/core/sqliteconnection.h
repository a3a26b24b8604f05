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

private:
    sqlite3 *m_db = nullptr;
    Mode m_mode = Mode::ReadWrite;
    QHash<const char *, std::shared_ptr<SqliteStatement>> m_statements;
};
