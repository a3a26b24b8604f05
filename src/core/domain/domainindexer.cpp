#include "domainindexer.h"

#include "doctype.h"

QList<IndexEntry> DomainIndexer::keys(const QString &id, const QJsonObject &body)
{
    Q_UNUSED(id);
    QList<IndexEntry> entries;
    const QString type = body.value(QLatin1String("type")).toString();
    if (!DocTypes::fromString(type))
        return entries; // foreign documents (generic CouchDB clients) are stored, not indexed
    entries.append({ byType, type });
    const auto add = [&](const QString &index, const char *field) {
        const QJsonValue value = body.value(QLatin1String(field));
        if (value.isString() && !value.toString().isEmpty())
            entries.append({ index, value.toString() });
    };
    add(byInitiative, "initiative");
    add(byDate, "date");
    add(byCard, "card");
    return entries;
}
