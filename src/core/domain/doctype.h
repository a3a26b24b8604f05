#pragma once

#include <QString>

#include <optional>

// The document types Buurtbrug knows (docs/DATA-MODEL.md), by their "type" field.
enum class DocType { Initiative, Activity, Translation, Photo, OrgKey, Visit, Contact, Tally, Erasure, Receipt, Card, Stamp };

namespace DocTypes {
[[nodiscard]] std::optional<DocType> fromString(const QString &type);
[[nodiscard]] QString toString(DocType type);
// The database a type lives in: "directory", "cards" or an organisation's "org-<slug>".
[[nodiscard]] bool belongsIn(DocType type, const QString &database);
}
