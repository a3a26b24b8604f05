#include "localrecord.h"

#include "documentdatabase.h"

QJsonObject LocalRecord::load(DocumentDatabase *store)
{
    m_store = store;
    m_rev.clear();
    if (!m_store)
        return {};
    Result<QJsonObject> doc = m_store->getLocal(m_id);
    if (!doc.ok())
        return {};
    QJsonObject fields = std::move(doc).value();
    m_rev = fields.take(QLatin1String("_rev")).toString();
    fields.remove(QLatin1String("_id"));
    return fields;
}

bool LocalRecord::save(QJsonObject fields)
{
    if (!m_store)
        return false;
    fields.insert(QStringLiteral("_id"), m_id);
    if (!m_rev.isEmpty())
        fields.insert(QStringLiteral("_rev"), m_rev);
    const WriteResult written = m_store->putLocal(fields);
    if (!written.error.ok())
        return false;
    m_rev = written.rev;
    return true;
}
