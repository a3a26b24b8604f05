#include "typedstore.h"

#include "documentvalidator.h"

Result<QString> TypedStore::save(const QJsonObject &doc)
{
    if (StoreError error = DocumentValidator::validateFor(doc, m_db.name()); !error.ok())
        return error;
    const WriteResult written = m_db.put(doc);
    if (!written.error.ok())
        return written.error;
    return written.rev;
}

Result<QString> TypedStore::remove(const QString &id, const QString &rev)
{
    const WriteResult written = m_db.remove(id, rev);
    if (!written.error.ok())
        return written.error;
    return written.rev;
}

Result<QList<QJsonObject>> TypedStore::find(const QString &index, const QString &from, const QString &to, int limit)
{
    Result<QStringList> ids = m_db.queryIndex(index, from, to, limit);
    if (!ids.ok())
        return ids.error();
    QList<QJsonObject> docs;
    docs.reserve(ids.value().size());
    for (const QString &id : ids.value()) {
        Result<QJsonObject> doc = m_db.get(id);
        if (doc.ok())
            docs.append(doc.value());
        else if (doc.error().code != StoreError::Code::NotFound)
            return doc.error();
    }
    return docs;
}
