#pragma once

#include "directoryrepository.h"

// Finds initiatives by what a person typed, in any language and script at once: the typed
// text is folded like the stored names and descriptions (SearchText) and every word must
// match the start of a word. Results are best first; names weigh more than descriptions.
// When that finds fewer than a few, TypoTolerance's wider search adds its finds after them.
struct SearchResult
{
    QString id;
    LocalizedText name; // in the reader's language along the fallback chain
    double score = 0;
};

class DirectorySearch
{
public:
    explicit DirectorySearch(DocumentDatabase &directory) : m_db(directory) { }

    // limit -1 = all matches. Nothing searchable typed (only spaces or punctuation) = no results.
    [[nodiscard]] Result<QList<SearchResult>> find(const QString &typed, const QString &language, int limit = -1);

private:
    DocumentDatabase &m_db;
};
