#include "indexwriter.h"

#include <QJsonDocument>

#include <sqlite3.h>

namespace {
const QString versionKey = QStringLiteral("index-version");
}

IndexWriter::IndexWriter(SqliteConnection &connection, const Indexer &indexer)
    : m_connection(connection), m_indexer(indexer)
{
}

StoreError IndexWriter::clear(qint64 rowId)
{
    SqliteStatement &keys = m_connection.statement("DELETE FROM index_entries WHERE doc = ?");
    keys.bind(1, rowId);
    if (StoreError error = m_connection.checkStep(keys.exec(), QStringLiteral("clearing index keys")); !error.ok())
        return error;
    SqliteStatement &text = m_connection.statement("DELETE FROM search_text WHERE rowid = ?");
    text.bind(1, rowId);
    if (StoreError error = m_connection.checkStep(text.exec(), QStringLiteral("clearing search text")); !error.ok())
        return error;
    if (sqlite3_changes(m_connection.handle()) > 0)
        m_connection.wantIdleWork(); // the index's segments are merged after the commit
    return StoreError::none();
}

StoreError IndexWriter::write(qint64 rowId, const QString &id, const QJsonObject &winner)
{
    return write(rowId, m_indexer.derive(id, winner));
}

StoreError IndexWriter::write(qint64 rowId, const DocumentIndexes &indexes)
{
    for (const IndexEntry &entry : indexes.keys) {
        SqliteStatement &insert = m_connection.statement(
                "INSERT OR IGNORE INTO index_entries(name, key, doc, value) VALUES (?, ?, ?, ?)");
        insert.bind(1, entry.index).bind(2, entry.key).bind(3, rowId);
        if (entry.value.isNull())
            insert.bindNull(4);
        else
            insert.bind(4, entry.value);
        if (StoreError error = m_connection.checkStep(insert.exec(), QStringLiteral("writing index keys")); !error.ok())
            return error;
    }
    if (!indexes.search)
        return StoreError::none();
    SqliteStatement &insert = m_connection.statement(
            "INSERT INTO search_text(rowid, grp, name, body) VALUES (?, ?, ?, ?)");
    insert.bind(1, rowId).bind(2, indexes.search->group).bind(3, indexes.search->name).bind(4, indexes.search->text);
    m_connection.wantIdleWork();
    return m_connection.checkStep(insert.exec(), QStringLiteral("writing search text"));
}

QString IndexWriter::storedVersion()
{
    SqliteStatement &select = m_connection.statement("SELECT value FROM meta WHERE key = ?");
    select.bind(1, versionKey);
    const QString version = select.step() == SQLITE_ROW ? select.text(0) : QString();
    select.reset();
    return version;
}

StoreError IndexWriter::rebuildIfStale()
{
    if (!m_indexer || m_connection.isReadOnly() || storedVersion() == m_indexer.version)
        return StoreError::none();
    if (StoreError error = m_connection.begin(); !error.ok())
        return error;
    const auto fail = [this](StoreError error) {
        m_connection.rollback();
        return error;
    };
    SqliteStatement &clearKeys = m_connection.statement("DELETE FROM index_entries");
    if (StoreError error = m_connection.checkStep(clearKeys.exec(), QStringLiteral("clearing indexes")); !error.ok())
        return fail(error);
    SqliteStatement &clearText = m_connection.statement("DELETE FROM search_text");
    if (StoreError error = m_connection.checkStep(clearText.exec(), QStringLiteral("clearing search text")); !error.ok())
        return fail(error);
    // A separate statement object: write() uses the connection's cached ones meanwhile.
    SqliteStatement winners(m_connection.handle(),
                            "SELECT d.id, d.doc_id, r.body FROM docs d JOIN revs r "
                            "ON r.doc = d.id AND r.rev = d.winner WHERE d.deleted = 0");
    int rc;
    while ((rc = winners.step()) == SQLITE_ROW) {
        const QJsonObject body = QJsonDocument::fromJson(winners.bytes(2)).object();
        if (StoreError error = write(winners.int64(0), winners.text(1), body); !error.ok())
            return fail(error);
    }
    if (rc != SQLITE_DONE)
        return fail(m_connection.errorFor(rc, QStringLiteral("reading documents to reindex")));
    SqliteStatement &store = m_connection.statement("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)");
    store.bind(1, versionKey).bind(2, m_indexer.version);
    if (StoreError error = m_connection.checkStep(store.exec(), QStringLiteral("writing the index version")); !error.ok())
        return fail(error);
    return m_connection.commit();
}
