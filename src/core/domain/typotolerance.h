#pragma once

#include "storeerror.h"

#include <QString>
#include <QStringList>

#include <vector>

class DocumentDatabase;

// Typo tolerance for directory search, used when the exact search (SearchText's prefix
// match) finds fewer than `fewResults` initiatives. It widens the query in two ways:
//  - a typed word also matches the words of the directory within a small edit distance of it
//    (optimal string alignment, compared with the start of each stored word, so typing is still
//    by prefix): none for words under 5 letters ("cave" stays away from "cafe"), 1 from 5, 2 from
//    8; also 1 once doubled letters are made single ("kofee" and "koffie" are "kofe"/"kofie").
//    The first letter must be right: people rarely miss it, and it keeps the search fast.
//  - two typed words next to each other also match as one word ("wijk paleis" → Wijkpaleis).
// Everything is compared in SearchText's folded form, so the cross-script rules stay intact.
// The vocabulary (every word of the search text) is read from the store when it changed.
class TypoTolerance
{
public:
    static constexpr int fewResults = 3;
    static constexpr int maxAlternatives = 12; // per typed word

    // Reads the store's words again when the store changed since the last read. Words read
    // through another connection to the same file count (the list reads them off the GUI thread).
    [[nodiscard]] StoreError refresh(DocumentDatabase &db);
    // The widened MATCH expression; empty when it would find nothing the exact one does not.
    [[nodiscard]] QString expression(QStringView typed) const;
    // Stored word starts within reach of one folded word, closest first (at most maxAlternatives).
    [[nodiscard]] QStringList near(const QString &word) const;
    // How many typos a word of this length may hold.
    [[nodiscard]] static int allowedEdits(qsizetype length);
    // The edit distance of `typed` to the closest start of `stored`, or more than `bound`.
    [[nodiscard]] static int prefixDistance(QStringView typed, QStringView stored, int bound, qsizetype *prefixLength = nullptr);
    // Doubled letters made single: "koffie" → "kofie".
    [[nodiscard]] static QString collapse(QStringView word);

private:
    std::vector<QString> m_terms; // sorted
    std::vector<QString> m_collapsed; // m_collapsed[i] = collapse(m_terms[i])
    QString m_path; // of the database file the words were read from
    qint64 m_seq = -1;
};
