#include "accesspolicy.h"

namespace {
const QString directory = QStringLiteral("directory");
const QString cards = QStringLiteral("cards");

bool ownsCardDoc(const Principal &who, const QString &docId)
{
    if (who.card.isEmpty())
        return false;
    return docId == QStringLiteral("card:") + who.card || docId.startsWith(QStringLiteral("stamp:") + who.card + u':');
}

// A card holder's device changes whether the referrer sees progress and adds its own stamps;
// the rest of the card (places, validity) is the referrer's, and a host's stamp is the host's.
bool holderMayWrite(const QJsonObject &doc, const QJsonObject *stored)
{
    if (doc.value(QLatin1String("_deleted")).toBool())
        return false;
    const QString id = doc.value(QLatin1String("_id")).toString();
    if (id.startsWith(QLatin1String("stamp:")))
        return doc.value(QLatin1String("method")) == QLatin1String("self");
    if (!stored)
        return false;
    const auto content = [](const QJsonObject &card) {
        QJsonObject fields;
        for (auto it = card.begin(); it != card.end(); ++it) {
            if (!it.key().startsWith(u'_') && it.key() != QLatin1String("shareProgress"))
                fields.insert(it.key(), it.value());
        }
        return fields;
    };
    return content(doc) == content(*stored);
}
}

bool AccessPolicy::isWorker(const Principal &who)
{
    for (const char *role : { "buurtmaatje", "verbindingswerker", "host", "coordinator" }) {
        if (who.hasRole(QLatin1String(role)))
            return true;
    }
    return false;
}

bool AccessPolicy::canRead(const Principal &who, const QString &database) const
{
    if (who.isAdmin())
        return true;
    if (who.kind != Principal::Kind::Device)
        return false;
    if (database == directory)
        return true;
    if (database == cards)
        return isWorker(who) || who.hasRole(QStringLiteral("cardholder"));
    if (database.startsWith(QLatin1String("org-")))
        return isWorker(who) && !who.organisation.isEmpty() && database == QStringLiteral("org-") + who.organisation;
    return false;
}

bool AccessPolicy::canSee(const Principal &who, const QString &database, const QString &docId) const
{
    if (database != cards || who.isAdmin() || isWorker(who))
        return canRead(who, database);
    if (docId.startsWith(QLatin1String("_local/")))
        return true;
    return who.hasRole(QStringLiteral("cardholder")) && ownsCardDoc(who, docId);
}

bool AccessPolicy::canWrite(const Principal &who, const QString &database, const QJsonObject &doc, const QJsonObject *stored) const
{
    if (who.isAdmin())
        return true;
    const QString id = doc.value(QLatin1String("_id")).toString();
    if (!canRead(who, database))
        return false;
    if (id.startsWith(QLatin1String("_local/")))
        return true;
    if (database == directory) {
        // Organisations' public keys decide which cards are genuine: only the server's admin
        // (buurtbrug-admin on the server's folder) publishes them.
        if (id.startsWith(QLatin1String("orgkey:")))
            return false;
        if (who.hasRole(QStringLiteral("coordinator")) || who.hasRole(QStringLiteral("editor")))
            return true;
        return (who.hasRole(QStringLiteral("buurtmaatje")) || who.hasRole(QStringLiteral("host")))
                && id.startsWith(QLatin1String("translation:"));
    }
    if (database == cards && !isWorker(who))
        return ownsCardDoc(who, id) && holderMayWrite(doc, stored);
    return true; // org-<slug> members, cards workers
}
