#pragma once

#include "documentdatabase.h"
#include "result.h"

// Typed access to one database for every Buurtbrug document type: a document is validated
// against docs/DATA-MODEL.md and its database before it is written (so a visit can never land
// in the directory), and documents are found through the secondary indexes.
class TypedStore
{
public:
    explicit TypedStore(DocumentDatabase &db) : m_db(db) { }

    // Creates or updates (with _rev) a typed document; returns its new revision.
    [[nodiscard]] Result<QString> save(const QJsonObject &doc);
    [[nodiscard]] Result<QString> remove(const QString &id, const QString &rev);
    [[nodiscard]] Result<QJsonObject> get(const QString &id) { return m_db.get(id); }
    // Winning documents whose index key is in [from, to], e.g. ("by-date", "2026-11-01", "2026-11-30").
    [[nodiscard]] Result<QList<QJsonObject>> find(const QString &index, const QString &from, const QString &to,
                                                  int limit = -1);
    [[nodiscard]] Result<QList<QJsonObject>> ofType(const QString &type) { return find(QStringLiteral("by-type"), type, type); }

private:
    DocumentDatabase &m_db;
};
