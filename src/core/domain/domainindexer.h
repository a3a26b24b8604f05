#pragma once

#include "documenttypes.h"

// The secondary index keys of Buurtbrug documents (docs/DATA-MODEL.md, "Secondary indexes"):
// by-type, by-initiative, by-date and by-card. Given to DatabaseFolder as its Indexer, so the
// keys are written in the same transaction as the document.
namespace DomainIndexer {
inline const QString byType = QStringLiteral("by-type");
inline const QString byInitiative = QStringLiteral("by-initiative");
inline const QString byDate = QStringLiteral("by-date");
inline const QString byCard = QStringLiteral("by-card");

[[nodiscard]] QList<IndexEntry> keys(const QString &id, const QJsonObject &body);
}
