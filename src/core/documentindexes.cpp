// The index side of DocumentDatabase: choosing the indexer, and reading keys, stored values
// and full-text matches. Writing them is IndexWriter's part of each write transaction.
#include "documentdatabase.h"

#include "indexwriter.h"

#include <sqlite3.h>

StoreError DocumentDatabase::setIndexer(Indexer indexer)
{
    m_indexer = std::move(indexer);
    return IndexWriter(m_connection, m_indexer).rebuildIfStale();
}

Result<QStringList> DocumentDatabase::queryIndex(const QString &index, const QString &from,
                                                 const QString &to, int limit)
{
    SqliteStatement &select = m_connection.statement(
            "SELECT d.doc_id FROM index_entries e JOIN docs d ON d.id = e.doc "
            "WHERE e.name = ? AND e.key >= ? AND e.key <= ? ORDER BY e.key, d.doc_id LIMIT ?");
    select.bind(1, index).bind(2, from).bind(3, to).bind(4, qint64(limit));
    QStringList ids;
    int rc;
    while ((rc = select.step()) == SQLITE_ROW)
        ids.append(select.text(0));
    select.reset();
    if (rc != SQLITE_DONE)
        return m_connection.errorFor(rc, QStringLiteral("querying an index"));
    return ids;
}

Result<qint64> DocumentDatabase::countIndex(const QString &index, const QString &key)
{
    SqliteStatement &select =
            m_connection.statement("SELECT COUNT(*) FROM index_entries WHERE name = ? AND key = ?");
    select.bind(1, index).bind(2, key);
    const int rc = select.step();
    const qint64 count = rc == SQLITE_ROW ? select.int64(0) : 0;
    select.reset();
    if (rc != SQLITE_ROW)
        return m_connection.errorFor(rc, QStringLiteral("counting an index"));
    return count;
}

namespace {
// Reads (key, value, doc_id or NULL, doc row) rows to the end.
Result<QList<IndexRow>> collectRows(SqliteConnection &connection, SqliteStatement &select)
{
    QList<IndexRow> rows;
    int rc;
    while ((rc = select.step()) == SQLITE_ROW)
        rows.append({ select.text(0), select.text(1), select.text(2), select.int64(3) });
    select.reset();
    if (rc != SQLITE_DONE)
        return connection.errorFor(rc, QStringLiteral("reading an index"));
    return rows;
}
}

Result<QList<IndexRow>> DocumentDatabase::indexRows(const QString &index)
{
    SqliteStatement &select = m_connection.statement(
            "SELECT e.key, e.value, d.doc_id, d.id FROM index_entries e JOIN docs d ON d.id = e.doc "
            "WHERE e.name = ? ORDER BY e.key, d.doc_id");
    select.bind(1, index);
    return collectRows(m_connection, select);
}

Result<QList<IndexRow>> DocumentDatabase::indexValues(const QString &index)
{
    // The primary key (name, key, doc) gives the order; no join, no sort.
    SqliteStatement &select =
            m_connection.statement("SELECT key, value, NULL, doc FROM index_entries WHERE name = ?");
    select.bind(1, index);
    return collectRows(m_connection, select);
}

StoreError DocumentDatabase::scanIndexValues(const QString &index, const QString &from, const QString &to,
                                             const std::function<void(QByteArrayView, QByteArrayView)> &visit)
{
    ReadScope scope(*this);
    SqliteStatement &select = m_connection.statement(
            "SELECT key, value FROM index_entries WHERE name = ? AND key >= ? AND key <= ?");
    select.bind(1, index).bind(2, from).bind(3, to);
    int rc;
    while ((rc = select.step()) == SQLITE_ROW)
        visit(select.view(0), select.view(1));
    select.reset();
    return rc == SQLITE_DONE ? StoreError::none() : m_connection.errorFor(rc, QStringLiteral("reading an index"));
}

Result<QList<IndexRow>> DocumentDatabase::indexRows(const QString &index, const QString &key)
{
    SqliteStatement &select = m_connection.statement(
            "SELECT e.key, e.value, d.doc_id, d.id FROM index_entries e JOIN docs d ON d.id = e.doc "
            "WHERE e.name = ? AND e.key = ? ORDER BY d.doc_id");
    select.bind(1, index).bind(2, key);
    return collectRows(m_connection, select);
}

Result<QList<SearchHit>> DocumentDatabase::search(const QString &matchExpression, int limit)
{
    if (matchExpression.isEmpty())
        return QList<SearchHit> {};
    // bm25 weights: grp (unindexed) 0, name 5, body 1. bm25 cannot be used inside an
    // aggregate, so it is computed in a subquery (LIMIT -1 keeps SQLite from flattening it).
    SqliteStatement &select = m_connection.statement(
            "SELECT grp, MIN(score) AS best FROM (SELECT grp, bm25(search_text, 0.0, 5.0, 1.0) AS score "
            "FROM search_text WHERE search_text MATCH ? LIMIT -1) GROUP BY grp ORDER BY best, grp LIMIT ?");
    select.bind(1, matchExpression).bind(2, qint64(limit));
    QList<SearchHit> hits;
    int rc;
    while ((rc = select.step()) == SQLITE_ROW)
        hits.append({ select.text(0), select.real(1) });
    select.reset();
    if (rc == SQLITE_ERROR)
        return StoreError::make(StoreError::Code::BadRequest,
                                QStringLiteral("search expression not understood: %1").arg(matchExpression));
    if (rc != SQLITE_DONE)
        return m_connection.errorFor(rc, QStringLiteral("searching"));
    return hits;
}

Result<QStringList> DocumentDatabase::searchTerms()
{
    // A temporary fts5vocab table over the search text: made once per connection, never stored.
    if (StoreError error = m_connection.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_terms "
                                             "USING fts5vocab(main, search_text, row)");
        !error.ok())
        return error;
    SqliteStatement &select = m_connection.statement("SELECT term FROM temp.search_terms");
    QStringList terms;
    int rc;
    while ((rc = select.step()) == SQLITE_ROW)
        terms.append(select.text(0));
    select.reset();
    if (rc != SQLITE_DONE)
        return m_connection.errorFor(rc, QStringLiteral("reading the search vocabulary"));
    return terms;
}

Result<QList<qint64>> DocumentDatabase::matchingRows(const QString &matchExpression)
{
    if (matchExpression.isEmpty())
        return QList<qint64> {};
    SqliteStatement &select = m_connection.statement("SELECT rowid FROM search_text WHERE search_text MATCH ?");
    select.bind(1, matchExpression);
    QList<qint64> rows;
    int rc;
    while ((rc = select.step()) == SQLITE_ROW)
        rows.append(select.int64(0));
    select.reset();
    if (rc == SQLITE_ERROR)
        return StoreError::make(StoreError::Code::BadRequest,
                                QStringLiteral("search expression not understood: %1").arg(matchExpression));
    if (rc != SQLITE_DONE)
        return m_connection.errorFor(rc, QStringLiteral("searching"));
    return rows;
}
