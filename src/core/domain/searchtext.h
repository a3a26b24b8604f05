#pragma once

#include <QString>
#include <QStringList>

// Folds what people type and what initiatives are called into one search form, the same on
// every platform (docs/DATA-MODEL.md, "Search"). The folded text goes into an FTS5 table
// (tokenizer `unicode61 remove_diacritics 0`); typed queries are folded by the same rules and
// turned into a MATCH expression, so a word matches however it is typed: case, diacritics,
// Turkish dotted/dotless i, Arabic tashkeel and letter variants, Dutch ij/y.
// Invariant: fold() returns only letters and ASCII digits, words separated by single spaces.
namespace SearchText {
// Bumped whenever fold() changes, so stored search indexes are rebuilt.
inline constexpr int version = 2;
// At most this many typed words, each cut to this many UTF-16 units, go into a MATCH expression.
inline constexpr int maxQueryWords = 8;
inline constexpr int maxQueryWordLength = 64;

// The folded text: lower-case words without marks, separated by single spaces, nothing else.
[[nodiscard]] QString fold(QStringView text);
// The folded words.
[[nodiscard]] QStringList words(QStringView text);
// An FTS5 MATCH expression in which every typed word must match as a prefix, each one quoted
// so FTS5 operators a user types are never interpreted: `"cafe"* "istanbul"*`. Empty when
// nothing searchable was typed. A word ending in "i" may be the start of a Dutch "ij" (stored as
// "y"), so it also matches with "y": `"cafe"* AND ("vri"* OR "vry"*)` (FTS5 needs the explicit
// AND next to a group).
[[nodiscard]] QString matchExpression(QStringView typed);
}
