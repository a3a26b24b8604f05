#include "accesspolicy.h"

#include "initiativephotos.h"
#include "databasenames.h"

namespace {
const QString directory = QStringLiteral("directory");
const QString cards = QStringLiteral("cards");
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
    if (database == cards) // which documents each sees is CardAccess's; a buurtmaatje sees none
        return isWorker(who) || who.hasRole(QStringLiteral("cardholder"));
    if (DatabaseNames::isOrganisation(database))
        return isWorker(who) && !who.organisation.isEmpty() && database == DatabaseNames::organisation(who.organisation);
    return false;
}

bool AccessPolicy::isFiltered(const Principal &who, const QString &database) const
{
    return database == cards && !who.isAdmin();
}

bool AccessPolicy::canSee(const Principal &who, const QString &database, const QString &docId) const
{
    if (isFiltered(who, database))
        return false; // CardAccess decides
    if (docId.startsWith(QLatin1String("_local/")) && !who.isAdmin())
        return false; // reached only through the caller's own namespace
    return canRead(who, database);
}

bool AccessPolicy::canWrite(const Principal &who, const QString &database, const QJsonObject &doc) const
{
    if (who.isAdmin())
        return true;
    const QString id = doc.value(QLatin1String("_id")).toString();
    if (!canRead(who, database) || database == cards)
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
        // A host adds and removes photos of the initiatives it hosts (issue 19), nothing else's.
        if (id.startsWith(QLatin1String("photo:")))
            return who.hasRole(QStringLiteral("host")) && who.hosts.contains(InitiativePhotos::initiativeOf(id));
        return (who.hasRole(QStringLiteral("buurtmaatje")) || who.hasRole(QStringLiteral("host")))
                && id.startsWith(QLatin1String("translation:"));
    }
    return true; // org-<slug> members
}
