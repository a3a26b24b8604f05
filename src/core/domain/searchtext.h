#pragma once

#include <QString>
#include <QStringList>

// Folds what people type and what initiatives are called into one search form, the same on
// every platform (docs/DATA-MODEL.md, "Search"). Stub: filled in by the search-text work.
namespace SearchText {
// Bumped whenever fold() changes, so stored search indexes are rebuilt.
inline constexpr int version = 1;
[[nodiscard]] QString fold(QStringView text);
[[nodiscard]] QStringList words(QStringView text);
[[nodiscard]] QString matchExpression(QStringView typed);
}
