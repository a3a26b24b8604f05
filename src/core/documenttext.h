#pragma once

#include "revision.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// Compact JSON text of stored documents, put together from the stored body text without
// parsing it: what replication sends on (a _bulk_get answer, a pushed batch) costs a copy of
// the bytes instead of a parse and a serialisation per document.
namespace DocumentText {
// A JSON string literal, quoted and escaped.
[[nodiscard]] QByteArray quoted(QStringView text);
// The same, appended to out.
void appendQuoted(QByteArray &out, QStringView text);
// A JSON array of string literals.
[[nodiscard]] QByteArray stringArray(const QStringList &texts);
// {"_id":…,"_rev":…[,"_deleted":true][,"_revisions":{…}], then the stored body's members}.
// storedBody is the compact JSON object text the store keeps.
[[nodiscard]] QByteArray document(const QString &id, const QString &rev, bool deleted,
                                  const QList<Revision> *ancestry, const QByteArray &storedBody);
}
