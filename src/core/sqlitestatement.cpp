#include "sqlitestatement.h"

#include <sqlite3.h>

SqliteStatement::SqliteStatement(sqlite3 *db, const char *sql)
{
    m_prepareError = sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (m_prepareError != SQLITE_OK) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_stmt(other.m_stmt), m_prepareError(other.m_prepareError), m_boundText(std::move(other.m_boundText))
{
    other.m_stmt = nullptr;
}

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_stmt = other.m_stmt;
        m_prepareError = other.m_prepareError;
        m_boundText = std::move(other.m_boundText);
        other.m_stmt = nullptr;
    }
    return *this;
}

SqliteStatement &SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, const QString &value)
{
    return bind(index, value.toUtf8());
}

SqliteStatement &SqliteStatement::bind(int index, const QByteArray &utf8)
{
    // Bytes that live in a QByteArray's own buffer are shared, not copied: the copy kept here
    // keeps them alive and unchanged until this parameter is bound again or the statement is
    // destroyed. Raw or empty data has no buffer of its own, so SQLite copies it.
    if (index >= 1 && m_boundText.size() < index)
        m_boundText.resize(sqlite3_bind_parameter_count(m_stmt));
    const bool ownBuffer = const_cast<QByteArray &>(utf8).data_ptr().d_ptr() != nullptr;
    if (!ownBuffer || index < 1 || index > m_boundText.size()) { // SQLite reports a bad index
        sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        return *this;
    }
    QByteArray kept = utf8;
    sqlite3_bind_text(m_stmt, index, kept.constData(), int(kept.size()), SQLITE_STATIC);
    m_boundText[index - 1].swap(kept); // the old bytes go only after SQLite let go of them
    return *this;
}

SqliteStatement &SqliteStatement::bindBlob(int index, const QByteArray &data)
{
    sqlite3_bind_blob64(m_stmt, index, data.constData(), sqlite3_uint64(data.size()), SQLITE_TRANSIENT);
    return *this;
}

SqliteStatement &SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

int SqliteStatement::step()
{
    return sqlite3_step(m_stmt);
}

int SqliteStatement::exec()
{
    int rc;
    do {
        rc = sqlite3_step(m_stmt);
    } while (rc == SQLITE_ROW);
    sqlite3_reset(m_stmt);
    return rc;
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString SqliteStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray SqliteStatement::bytes(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArrayView SqliteStatement::view(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArrayView(data, sqlite3_column_bytes(m_stmt, column));
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}
