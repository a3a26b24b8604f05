#pragma once

#include "storeerror.h"

#include <QJsonObject>

// Checks a document against the typed schema of docs/DATA-MODEL.md before it is stored by the
// typed layer (import, repositories). Refuses an unknown type with UnknownType and a known type
// with missing or malformed fields with ValidationFailed; the reason names the field.
namespace DocumentValidator {
[[nodiscard]] StoreError validate(const QJsonObject &doc);
[[nodiscard]] StoreError validateFor(const QJsonObject &doc, const QString &database);
[[nodiscard]] bool isLanguageCode(const QString &code);
[[nodiscard]] bool isDate(const QString &text);
// Bidi embeddings, overrides or isolates; with overridesOnly just U+202D and U+202E.
[[nodiscard]] bool hasBidiControl(const QString &text, bool overridesOnly = false);
}
