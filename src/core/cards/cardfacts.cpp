#include "cardfacts.h"

#include <QJsonArray>

namespace {
const QLatin1String initiativePrefix("initiative:");
}

CardFacts CardFacts::fromDocument(const QJsonObject &card)
{
    CardFacts facts { card.value(QLatin1String("code")).toString(),
                      card.value(QLatin1String("org")).toString(),
                      {},
                      QDate::fromString(card.value(QLatin1String("validFrom")).toString(), Qt::ISODate),
                      QDate::fromString(card.value(QLatin1String("validUntil")).toString(), Qt::ISODate),
                      card.value(QLatin1String("language")).toString() };
    for (const QJsonValue &id : card.value(QLatin1String("initiatives")).toArray())
        facts.initiatives.append(id.toString());
    return facts;
}

QString InitiativeRef::slug(const QString &idOrSlug)
{
    return idOrSlug.startsWith(initiativePrefix) ? idOrSlug.mid(initiativePrefix.size()) : idOrSlug;
}

QString InitiativeRef::id(const QString &idOrSlug)
{
    return idOrSlug.startsWith(initiativePrefix) ? idOrSlug : initiativePrefix + idOrSlug;
}
