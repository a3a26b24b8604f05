#pragma once

#include "accesspolicy.h"
#include "couchrequest.h"
#include "couchresponse.h"
#include "principal.h"
#include "serverlimits.h"

#include "documenttypes.h"

#include <functional>

class DatabaseFolder;
class DocumentDatabase;

// The CouchDB API of databases and documents over a DatabaseFolder: database info, create and
// delete, documents, _local checkpoints, _all_docs, _changes (one page), _revs_diff,
// _bulk_docs, _bulk_get, _ensure_full_commit. Pure request → response; waiting for changes
// (longpoll) is the HTTP layer's job. The batch endpoints a replication uses (_revs_diff,
// _bulk_docs, _bulk_get) are in replicationendpoints.cpp.
class DatabaseEndpoints
{
public:
    DatabaseEndpoints(DatabaseFolder &folder, const AccessPolicy &policy, const ServerLimits &limits);

    [[nodiscard]] CouchResponse handle(const CouchRequest &request, const Principal &who);

    // For the HTTP layer's longpoll: the database a _changes request reads, once allowed.
    [[nodiscard]] Result<DocumentDatabase *> readable(const QString &name, const Principal &who);
    // One page of changes as this caller may see it (a card holder sees only their card).
    [[nodiscard]] Result<ChangesPage> changesPage(DocumentDatabase *db, const CouchRequest &request, qint64 since,
                                                  const Principal &who);
    [[nodiscard]] static QByteArray changesJson(const ChangesPage &page);
    // The "since" of a _changes request: a number, or "now" (the current update_seq).
    [[nodiscard]] static qint64 sinceOf(DocumentDatabase *db, const CouchRequest &request);
    // Whether checkWrite looks into the documents this caller writes to this database; when it
    // does not, a _bulk_docs body need not be parsed into objects.
    [[nodiscard]] bool checksDocuments(const Principal &who, const QString &database) const;
    // The largest document a write may carry into this database (ServerLimits).
    [[nodiscard]] qint64 maxDocumentBytes(const QString &database) const;
    // Where a device's _local document is kept: in a namespace of the device's own, so no
    // device reads or overwrites another's checkpoints. The admin's ids are kept as given.
    [[nodiscard]] static QString localId(const Principal &who, const QString &id);

private:
    DatabaseFolder &m_folder;
    const AccessPolicy &m_policy;
    const ServerLimits &m_limits;

    CouchResponse server(const CouchRequest &request, const Principal &who);
    CouchResponse database(const CouchRequest &request, const Principal &who, const QString &name);
    CouchResponse document(const CouchRequest &request, const Principal &who, DocumentDatabase *db, const QString &id);
    CouchResponse attachment(const CouchRequest &request, const Principal &who, DocumentDatabase *db, const QString &id,
                             const QString &name);
    CouchResponse local(const CouchRequest &request, DocumentDatabase *db, const QString &id);
    CouchResponse allDocs(const CouchRequest &request, const Principal &who, DocumentDatabase *db, bool designOnly);
    CouchResponse changes(const CouchRequest &request, const Principal &who, DocumentDatabase *db);
    CouchResponse revsDiff(const CouchRequest &request, const Principal &who, DocumentDatabase *db);
    CouchResponse bulkDocs(const CouchRequest &request, const Principal &who, DocumentDatabase *db);
    CouchResponse bulkGet(const CouchRequest &request, const Principal &who, DocumentDatabase *db);
    CouchResponse writeOne(const Principal &who, DocumentDatabase *db, QJsonObject doc, bool newEdits, int createdStatus,
                           const FollowingBytes &following = {});
    [[nodiscard]] StoreError checkWrite(const Principal &who, DocumentDatabase *db, const QJsonObject &doc) const;
    // Which documents of db this caller sees; built once per request (it caches lookups).
    [[nodiscard]] std::function<bool(const QString &)> visibility(const Principal &who, DocumentDatabase *db) const;
    // doc_count and total_rows as a filtered caller sees them: the documents it can see.
    [[nodiscard]] Result<qint64> visibleCount(const Principal &who, DocumentDatabase *db) const;
};
