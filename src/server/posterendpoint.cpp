#include "posterendpoint.h"

#include "cardverifier.h"
#include "coordinatorcall.h"
#include "databasefolder.h"
#include "databasenames.h"
#include "organisationkeys.h"

#include <QJsonArray>

CouchResponse PosterEndpoint::handle(DatabaseFolder &folder, const CouchRequest &request, const Principal &who)
{
    if (std::optional<CouchResponse> refused = CoordinatorCall::refusal(request, who, QStringLiteral("Only a coordinator prints posters.")))
        return *refused;
    Result<QJsonObject> body = request.bodyObject();
    if (!body.ok())
        return CouchResponse::from(body.error());
    const QString org = who.isAdmin() ? body.value().value(QLatin1String("org")).toString() : who.organisation;
    if (org.isEmpty() || !folder.databaseNames().contains(DatabaseNames::organisation(org)))
        return CouchResponse::error(400, QStringLiteral("bad_request"), QStringLiteral("org must name an organisation"));
    const QJsonArray initiatives = body.value().value(QLatin1String("initiatives")).toArray();
    if (initiatives.isEmpty() || initiatives.size() > maxInitiatives)
        return CouchResponse::error(400, QStringLiteral("bad_request"),
                                    QStringLiteral("initiatives must list 1 to %1 initiatives").arg(maxInitiatives));
    Result<DocumentDatabase *> directory = folder.database(QStringLiteral("directory"));
    if (!directory.ok())
        return CouchResponse::from(directory.error());
    QStringList ids;
    for (const QJsonValue &given : initiatives) {
        const QString id = InitiativeRef::id(given.toString().left(200));
        if (given.toString().isEmpty() || !directory.value()->get(id).ok())
            return CouchResponse::error(404, QStringLiteral("not_found"), QStringLiteral("%1 is not in the directory").arg(id.left(80)));
        if (!ids.contains(id))
            ids.append(id);
    }
    Result<QByteArray> secret = OrganisationKeys::secretKey(folder.folder(), *directory.value(), org);
    if (!secret.ok())
        return CouchResponse::from(secret.error());
    QJsonArray posters;
    for (const QString &id : std::as_const(ids))
        posters.append(QJsonObject { { "initiative", id }, { "payload", CardVerifier::posterPayload({ org, id }, secret.value()) } });
    return CouchResponse::json(200, QJsonObject { { "ok", true }, { "posters", posters } });
}
