#include "typotolerance.h"

#include "documentdatabase.h"
#include "searchtext.h"

#include <algorithm>

int TypoTolerance::allowedEdits(qsizetype length)
{
    return length >= 8 ? 2 : length >= 5 ? 1 : 0;
}

QString TypoTolerance::collapse(QStringView word)
{
    QString out;
    out.reserve(word.size());
    for (const QChar c : word) {
        if (out.isEmpty() || out.back() != c)
            out.append(c);
    }
    return out;
}

int TypoTolerance::prefixDistance(QStringView typed, QStringView stored, int bound, qsizetype *prefixLength)
{
    const qsizetype n = typed.size();
    const qsizetype m = std::min<qsizetype>(stored.size(), n + bound);
    if (m < n - bound)
        return bound + 1;
    // Three rows of the optimal string alignment table (a transposition looks two rows back).
    std::vector<int> before(size_t(m + 1)), previous(size_t(m + 1)), current(size_t(m + 1));
    for (qsizetype j = 0; j <= m; ++j)
        previous[size_t(j)] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        current[0] = int(i);
        int rowBest = current[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = typed[i - 1] == stored[j - 1] ? 0 : 1;
            int d = std::min({ previous[size_t(j)] + 1, current[size_t(j - 1)] + 1, previous[size_t(j - 1)] + cost });
            if (i > 1 && j > 1 && typed[i - 1] == stored[j - 2] && typed[i - 2] == stored[j - 1])
                d = std::min(d, before[size_t(j - 2)] + 1);
            current[size_t(j)] = d;
            rowBest = std::min(rowBest, d);
        }
        if (rowBest > bound)
            return bound + 1;
        std::swap(before, previous);
        std::swap(previous, current);
    }
    // previous holds the last row: the distance to each start of the stored word.
    int best = bound + 1;
    for (qsizetype j = std::max<qsizetype>(0, n - bound); j <= m; ++j) {
        if (previous[size_t(j)] < best) {
            best = previous[size_t(j)];
            if (prefixLength)
                *prefixLength = j;
        }
    }
    return best;
}

StoreError TypoTolerance::refresh(DocumentDatabase &db)
{
    const Result<DatabaseInfo> info = db.info();
    if (!info.ok())
        return info.error();
    if (m_path == db.path() && m_seq == info.value().updateSeq)
        return StoreError::none();
    Result<QStringList> terms = db.searchTerms();
    if (!terms.ok())
        return terms.error();
    m_terms.assign(terms.value().cbegin(), terms.value().cend());
    std::sort(m_terms.begin(), m_terms.end());
    m_collapsed.clear();
    m_collapsed.reserve(m_terms.size());
    for (const QString &term : m_terms)
        m_collapsed.push_back(collapse(term));
    m_path = db.path();
    m_seq = info.value().updateSeq;
    return StoreError::none();
}

QStringList TypoTolerance::near(const QString &word) const
{
    const int bound = allowedEdits(word.size());
    if (bound == 0 || word.isEmpty())
        return {};
    const QString collapsedWord = collapse(word);
    // Only words with the same first letter: a contiguous range of the sorted vocabulary.
    const QString first = word.left(word.front().isHighSurrogate() ? 2 : 1);
    auto it = std::lower_bound(m_terms.cbegin(), m_terms.cend(), first);
    struct Candidate
    {
        int distance;
        QString start;
    };
    std::vector<Candidate> found;
    for (; it != m_terms.cend() && it->startsWith(first); ++it) {
        qsizetype length = 0;
        const int distance = prefixDistance(word, *it, bound, &length);
        if (distance == 0)
            continue; // an exact start: the exact search's find
        if (distance <= bound && length >= 3) {
            found.push_back({ distance, it->left(length) });
            continue;
        }
        // Doubled letters aside, one edit: the whole word (its collapsed start does not map
        // back letter by letter), after the plain near ones.
        if (prefixDistance(collapsedWord, m_collapsed[size_t(it - m_terms.cbegin())], 1) <= 1 && it->size() >= 3)
            found.push_back({ bound + 1, *it });
    }
    std::sort(found.begin(), found.end(), [](const Candidate &a, const Candidate &b) {
        return a.distance != b.distance ? a.distance < b.distance : a.start < b.start;
    });
    QStringList starts;
    for (const Candidate &c : found) {
        // A shorter start already covers this word as a prefix.
        if (std::any_of(starts.cbegin(), starts.cend(), [&c](const QString &s) { return c.start.startsWith(s); }))
            continue;
        starts.append(c.start);
        if (starts.size() >= maxAlternatives)
            break;
    }
    return starts;
}

QString TypoTolerance::expression(QStringView typed) const
{
    QStringList words = SearchText::words(typed);
    if (words.size() > SearchText::maxQueryWords)
        words.resize(SearchText::maxQueryWords);
    for (QString &w : words)
        w = w.left(SearchText::maxQueryWordLength);
    const auto term = [](const QString &word) { return QLatin1Char('"') + word + QLatin1String("\"*"); };
    bool widened = false;
    // One typed word: itself (as SearchText would match it) or a near word.
    const auto group = [&](const QString &word) {
        const QString exact = SearchText::matchExpression(word);
        const QStringList alternatives = near(word);
        if (alternatives.isEmpty())
            return exact;
        widened = true;
        QStringList terms { exact };
        for (const QString &a : alternatives)
            terms.append(term(a));
        return QLatin1Char('(') + terms.join(QLatin1String(" OR ")) + QLatin1Char(')');
    };
    const auto all = [&](const QStringList &list) {
        QStringList groups;
        for (const QString &w : list) {
            const QString g = group(w);
            if (!g.isEmpty())
                groups.append(g.startsWith(QLatin1Char('(')) ? g : QLatin1Char('(') + g + QLatin1Char(')'));
        }
        return groups.join(QLatin1String(" AND "));
    };
    QStringList alternatives;
    const QString separate = all(words);
    if (!separate.isEmpty())
        alternatives.append(QLatin1Char('(') + separate + QLatin1Char(')'));
    // Two neighbours typed apart that are one word in the directory.
    for (qsizetype i = 0; i + 1 < words.size(); ++i) {
        QStringList joined = words;
        joined[i] = words.at(i) + words.at(i + 1);
        joined.removeAt(i + 1);
        const QString together = all(joined);
        if (!together.isEmpty()) {
            alternatives.append(QLatin1Char('(') + together + QLatin1Char(')'));
            widened = true;
        }
    }
    return widened ? alternatives.join(QLatin1String(" OR ")) : QString();
}
