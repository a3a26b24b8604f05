#pragma once

#include "couchrequest.h"
#include "couchresponse.h"

#include <functional>

class DocumentDatabase;

// POST /db/_find and /db/_explain: Mango queries over the store. Documents are examined in
// _all_docs order, or, when a json index (MangoIndexes) fits the selector or the sort, only
// those having the index's fields, in the index's order — which is what makes a sort
// possible, as in CouchDB (no fitting index for a sort: 400 no_usable_index). fields, sort,
// limit (25 by default), skip, bookmark, execution_stats, conflicts and CouchDB's "No matching
// index" warning. The server faces the internet: one request examines at most maxExamined
// documents; an unsorted query past that answers what it found with a bookmark to go on, an
// index-ordered one is refused with 413 (the order needs every document).
class FindEndpoint
{
public:
    using Visibility = std::function<bool(const QString &)>;
    FindEndpoint(DocumentDatabase &db, Visibility canSee, int maxExamined)
        : m_db(db), m_canSee(std::move(canSee)), m_maxExamined(maxExamined)
    {
    }

    [[nodiscard]] CouchResponse find(const CouchRequest &request);
    [[nodiscard]] CouchResponse explain(const CouchRequest &request);

private:
    DocumentDatabase &m_db;
    Visibility m_canSee;
    int m_maxExamined;
};
