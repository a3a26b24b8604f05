#pragma once

#include "databasefolder.h"
#include "result.h"

#include <QMap>

struct ImportSummary
{
    struct Counts
    {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int merged = 0; // revisions merged from an export (new_edits=false)
    };
    QMap<QString, Counts> perDatabase;
};

// Import and export in the "buurtbrug/1" file format (docs/DATA-MODEL.md). Import validates
// every document first and writes nothing when one is wrong; a doc without _rev is created or,
// when it exists with other content, updated on its current winner; a doc with _revisions is
// merged with its history, so importing an export is exact and importing it twice is a no-op.
namespace DataTransfer {
inline const QString formatName = QStringLiteral("buurtbrug/1");

[[nodiscard]] Result<ImportSummary> importJson(DatabaseFolder &folder, const QByteArray &bytes);
// Every leaf of every document (conflicts and tombstones too) with its revision history.
[[nodiscard]] Result<QJsonObject> exportJson(DatabaseFolder &folder, const QStringList &databases);
}
