#pragma once

#include "couchrequest.h"
#include "couchresponse.h"

#include <functional>

class DocumentDatabase;

// GET/POST /db/_all_docs and /db/_design_docs as CouchDB answers them: key, keys (query or
// body), startkey/endkey (and start_key/end_key), inclusive_end, descending, skip, limit,
// include_docs, conflicts, update_seq; offset counted as CouchDB counts it (rows before the
// first one in the direction read, plus skip; null with keys); requested keys that are
// deleted or unknown answered with value.deleted or {"key","error":"not_found"}.
class AllDocsQuery
{
public:
    using Visibility = std::function<bool(const QString &)>;
    // totalRows: the live documents this caller may count (the whole database for most).
    AllDocsQuery(DocumentDatabase &db, Visibility canSee, qint64 totalRows, int maxKeys)
        : m_db(db), m_canSee(std::move(canSee)), m_totalRows(totalRows), m_maxKeys(maxKeys)
    {
    }

    [[nodiscard]] CouchResponse answer(const CouchRequest &request, bool designOnly);

private:
    DocumentDatabase &m_db;
    Visibility m_canSee;
    qint64 m_totalRows;
    int m_maxKeys;
};
