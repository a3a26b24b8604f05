#pragma once

#include <QByteArray>
#include <QString>
#include <QVarLengthArray>

struct sqlite3;
struct sqlite3_stmt;

// A prepared statement with bound values; resets itself before each use so it can be cached.
// Text is bound and read as UTF-8. Column and parameter indexes are 1-based for binds (as in
// SQLite) and 0-based for columns.
class SqliteStatement
{
public:
    SqliteStatement() = default;
    SqliteStatement(sqlite3 *db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;

    [[nodiscard]] bool isValid() const { return m_stmt != nullptr; }
    [[nodiscard]] int prepareError() const { return m_prepareError; }

    SqliteStatement &reset();
    SqliteStatement &bind(int index, qint64 value);
    SqliteStatement &bind(int index, int value) { return bind(index, qint64(value)); }
    SqliteStatement &bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    SqliteStatement &bind(int index, const QString &value);
    SqliteStatement &bind(int index, const QByteArray &utf8);
    SqliteStatement &bindNull(int index);
    // Binary content (attachments): stored as a BLOB, copied by SQLite.
    SqliteStatement &bindBlob(int index, const QByteArray &data);

    // Runs one step: SQLITE_ROW (a row is ready), SQLITE_DONE, or an error code.
    [[nodiscard]] int step();
    // Runs to completion; returns SQLITE_DONE or the error code.
    [[nodiscard]] int exec();

    [[nodiscard]] qint64 int64(int column) const;
    [[nodiscard]] double real(int column) const;
    [[nodiscard]] QString text(int column) const;
    [[nodiscard]] QByteArray bytes(int column) const;
    // The column's UTF-8 bytes without a copy; valid until the next step() or reset().
    [[nodiscard]] QByteArrayView view(int column) const;
    [[nodiscard]] bool isNull(int column) const;

private:
    sqlite3_stmt *m_stmt = nullptr;
    int m_prepareError = 0;
    // Text bound by reference: kept alive here until rebound, so SQLite need not copy it.
    QVarLengthArray<QByteArray, 6> m_boundText;
};
