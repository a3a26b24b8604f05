#include "directorysearch.h"

#include "domainindexer.h"
#include "searchtext.h"
#include "typotolerance.h"

#include <algorithm>

#include <climits>

Result<QList<SearchResult>> DirectorySearch::find(const QString &typed, const QString &language, int limit)
{
    DocumentDatabase::ReadScope scope(m_db);
    Result<QList<SearchHit>> hits = m_db.search(SearchText::matchExpression(typed), limit);
    if (!hits.ok())
        return hits.error();
    // Few found: what was meant may have been mistyped. Those found so come after.
    if (hits.value().size() < TypoTolerance::fewResults && (limit < 0 || hits.value().size() < limit)) {
        TypoTolerance tolerance;
        if (StoreError error = tolerance.refresh(m_db); !error.ok())
            return error;
        const QString wider = tolerance.expression(typed);
        Result<QList<SearchHit>> more = m_db.search(wider, limit);
        if (!more.ok())
            return more.error();
        for (const SearchHit &hit : std::as_const(more.value())) {
            if (limit >= 0 && hits.value().size() >= limit)
                break;
            if (std::none_of(hits.value().cbegin(), hits.value().cend(), [&hit](const SearchHit &h) { return h.group == hit.group; }))
                hits.value().append(hit);
        }
    }
    const QStringList chain = DirectoryRepository::fallbackChain(language);
    QList<SearchResult> results;
    results.reserve(hits.value().size());
    for (const SearchHit &hit : std::as_const(hits.value())) {
        SearchResult result { hit.group, { hit.group.mid(hit.group.indexOf(QLatin1Char(':')) + 1), {} }, hit.score };
        Result<QList<IndexRow>> names = m_db.indexRows(DomainIndexer::directoryNames, hit.group);
        int bestRank = INT_MAX;
        for (const IndexRow &row : names.ok() ? names.value() : QList<IndexRow>()) {
            DomainIndexer::NameValue value;
            if (!DomainIndexer::readName(row.value, value) || value.name.trimmed().isEmpty())
                continue;
            const int rank = DirectoryRepository::chainRank(chain, value.language);
            if (rank < bestRank) {
                bestRank = rank;
                result.name = { value.name.toString(), value.language.toString() };
            }
        }
        results.append(std::move(result));
    }
    return results;
}
