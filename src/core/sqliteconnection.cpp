#include "sqliteconnection.h"

#include <QAbstractEventDispatcher>
#include <QDir>
#include <QFileInfo>

#include <sqlite3.h>

struct SqliteConnection::WalState : std::enable_shared_from_this<WalState>
{
    sqlite3 *db = nullptr; // null once the connection is closed
    const char *idleWork = nullptr;
    bool idleWanted = false; // the owner changed what the idle work tidies
    bool scheduled = false;
    int pages = 0; // in the WAL after the last commit
};

int SqliteConnection::onWalCommit(void *state, sqlite3 *db, const char *name, int pages)
{
    auto *wal = static_cast<WalState *>(state);
    wal->pages = pages;
    const bool loop = QAbstractEventDispatcher::instance() != nullptr;
    if (pages >= WalHardLimitPages || (pages >= WalCheckpointPages && !loop)) {
        sqlite3_wal_checkpoint_v2(db, name, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        return SQLITE_OK;
    }
    if (!loop || wal->scheduled || (pages < WalCheckpointPages && !(wal->idleWork && wal->idleWanted)))
        return SQLITE_OK;
    wal->scheduled = true;
    // On this thread's loop (its event dispatcher lives on it; QTimer::singleShot without a
    // context would run the functor on the thread of the QThread object). The connection may be
    // closed before the loop turns: then db is null and nothing runs.
    QMetaObject::invokeMethod(QAbstractEventDispatcher::instance(), [weak = std::weak_ptr<WalState>(wal->shared_from_this())] {
        const std::shared_ptr<WalState> wal = weak.lock();
        if (!wal || !wal->db)
            return;
        wal->scheduled = false;
        // Its commit (when it changed something) comes back here and asks for the next step;
        // one that wrote nothing (fewer than two changes, as FTS5 counts a merge) is the last.
        if (wal->idleWork && wal->idleWanted && sqlite3_get_autocommit(wal->db)) {
            const sqlite3_int64 before = sqlite3_total_changes64(wal->db);
            sqlite3_exec(wal->db, wal->idleWork, nullptr, nullptr, nullptr);
            if (sqlite3_total_changes64(wal->db) - before < 2)
                wal->idleWanted = false;
        }
        if (wal->pages >= WalCheckpointPages && sqlite3_get_autocommit(wal->db))
            sqlite3_wal_checkpoint_v2(wal->db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    }, Qt::QueuedConnection);
    return SQLITE_OK;
}

void SqliteConnection::wantIdleWork()
{
    if (m_wal)
        m_wal->idleWanted = true;
}

SqliteConnection::~SqliteConnection()
{
    close();
}

StoreError SqliteConnection::open(const QString &path, Mode mode, const QStringList &migrations)
{
    close();
    m_mode = mode;
    const QFileInfo info(path);
    if (!info.absoluteDir().exists())
        return StoreError::make(StoreError::Code::MissingFolder,
                                QStringLiteral("data folder does not exist: %1").arg(info.absolutePath()));
    if (mode == Mode::ReadOnly && !info.exists())
        return StoreError::make(StoreError::Code::NotFound,
                                QStringLiteral("database file does not exist: %1").arg(info.fileName()));

    const int flags = (mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY
                                              : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
            | SQLITE_OPEN_NOMUTEX;
    int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        StoreError error = errorFor(rc, QStringLiteral("opening %1").arg(info.fileName()));
        close();
        return error;
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 5000);

    // Reading the schema version touches the file: a non-database fails here, not later.
    SqliteStatement version(m_db, "PRAGMA user_version");
    if (!version.isValid() || version.step() != SQLITE_ROW) {
        StoreError error = errorFor(version.isValid() ? sqlite3_errcode(m_db) : version.prepareError(),
                                    QStringLiteral("reading %1").arg(info.fileName()));
        close();
        return error;
    }
    const int current = int(version.int64(0));
    version = SqliteStatement();

    if (mode == Mode::ReadWrite) {
        for (const char *pragma : { "PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
                                    "PRAGMA foreign_keys=ON" }) {
            if (StoreError error = exec(pragma); !error.ok()) {
                close();
                return error;
            }
        }
        // Replaces SQLite's automatic checkpoint (which is a WAL hook too).
        m_wal = std::make_shared<WalState>();
        m_wal->db = m_db;
        m_wal->idleWork = m_idleWork;
        sqlite3_wal_hook(m_db, &SqliteConnection::onWalCommit, m_wal.get());
    }
    if (current > migrations.size()) {
        close();
        return StoreError::make(StoreError::Code::Corrupt,
                                QStringLiteral("%1 was written by a newer version (schema %2)")
                                        .arg(info.fileName())
                                        .arg(current));
    }
    if (current < migrations.size()) {
        if (mode == Mode::ReadOnly) {
            close();
            return StoreError::make(StoreError::Code::ReadOnly,
                                    QStringLiteral("%1 needs an upgrade but is opened read-only")
                                            .arg(info.fileName()));
        }
        for (int i = current; i < migrations.size(); ++i) {
            StoreError error = begin();
            if (error.ok()) {
                const QByteArray sql = migrations.at(i).toUtf8()
                        + "; PRAGMA user_version=" + QByteArray::number(i + 1) + ";";
                char *message = nullptr;
                rc = sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, &message);
                sqlite3_free(message);
                error = rc == SQLITE_OK ? commit()
                                        : errorFor(rc, QStringLiteral("migrating to schema %1").arg(i + 1));
            }
            if (!error.ok()) {
                rollback();
                close();
                return error;
            }
        }
    }
    return StoreError::none();
}

void SqliteConnection::close()
{
    m_statements.clear();
    if (m_wal) {
        m_wal->db = nullptr;
        m_wal.reset();
    }
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

SqliteStatement &SqliteConnection::statement(const char *sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end())
        it = m_statements.insert(sql, std::make_shared<SqliteStatement>(m_db, sql));
    return it.value()->reset();
}

StoreError SqliteConnection::exec(const char *sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    sqlite3_free(message);
    return rc == SQLITE_OK ? StoreError::none() : errorFor(rc, QString::fromLatin1(sql));
}

StoreError SqliteConnection::begin()
{
    return exec("BEGIN IMMEDIATE");
}

StoreError SqliteConnection::commit()
{
    StoreError error = exec("COMMIT");
    if (!error.ok())
        rollback();
    return error;
}

bool SqliteConnection::beginRead()
{
    if (!m_db || !sqlite3_get_autocommit(m_db))
        return false;
    return sqlite3_exec(m_db, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK;
}

void SqliteConnection::endRead(bool opened)
{
    if (opened && m_db && !sqlite3_get_autocommit(m_db))
        sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
}

void SqliteConnection::rollback()
{
    if (m_db && !sqlite3_get_autocommit(m_db))
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
}

StoreError SqliteConnection::checkStep(int sqliteCode, const QString &doing) const
{
    if (sqliteCode == SQLITE_OK || sqliteCode == SQLITE_DONE || sqliteCode == SQLITE_ROW)
        return StoreError::none();
    return errorFor(sqliteCode, doing);
}

StoreError SqliteConnection::errorFor(int sqliteCode, const QString &doing) const
{
    using Code = StoreError::Code;
    const QString detail = QStringLiteral("%1: %2").arg(doing, QString::fromUtf8(sqlite3_errstr(sqliteCode)));
    switch (sqliteCode & 0xff) {
    case SQLITE_FULL: return StoreError::make(Code::DiskFull, detail);
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_AUTH: return StoreError::make(Code::ReadOnly, detail);
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT: return StoreError::make(Code::Corrupt, detail);
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return StoreError::make(Code::Busy, detail);
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR: return StoreError::make(Code::IoError, detail);
    default: return StoreError::make(Code::Internal, detail);
    }
}

void SqliteConnection::setMaxPageCount(qint64 pages)
{
    const QByteArray sql = "PRAGMA max_page_count=" + QByteArray::number(pages);
    sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, nullptr);
}

QString SqliteConnection::integrityCheck()
{
    SqliteStatement check(m_db, "PRAGMA integrity_check");
    QStringList lines;
    while (check.isValid() && check.step() == SQLITE_ROW)
        lines.append(check.text(0));
    return lines.isEmpty() ? QStringLiteral("no answer") : lines.join(u'\n');
}
