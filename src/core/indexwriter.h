#pragma once

#include "documenttypes.h"
#include "sqliteconnection.h"

// Writes the secondary index keys and the full-text entry of one document's winner, inside
// the caller's write transaction; and rebuilds them for a whole file when the Indexer's
// version changed (new index layout, new folding rules).
class IndexWriter
{
public:
    IndexWriter(SqliteConnection &connection, const Indexer &indexer);

    // Removes what was indexed for this document row.
    [[nodiscard]] StoreError clear(qint64 rowId);
    [[nodiscard]] StoreError write(qint64 rowId, const QString &id, const QJsonObject &winner);
    // The same with the winner's indexes derived already (DocumentParts::indexes).
    [[nodiscard]] StoreError write(qint64 rowId, const DocumentIndexes &indexes);
    // Reindexes every live document when the stored version differs; a no-op otherwise.
    // Opens its own write transaction.
    [[nodiscard]] StoreError rebuildIfStale();

private:
    SqliteConnection &m_connection;
    const Indexer &m_indexer;

    [[nodiscard]] QString storedVersion();
};
