#include "coordinatorcall.h"

std::optional<CouchResponse> CoordinatorCall::refusal(const CouchRequest &request, const Principal &who, const QString &forbidden)
{
    if (request.method != "POST")
        return CouchResponse::error(405, QStringLiteral("method_not_allowed"), QStringLiteral("Only POST allowed"));
    if (who.isAnonymous())
        return CouchResponse::error(401, QStringLiteral("unauthorized"), QStringLiteral("Authentication required."));
    if (!who.isAdmin() && (!who.hasRole(QStringLiteral("coordinator")) || who.organisation.isEmpty()))
        return CouchResponse::error(403, QStringLiteral("forbidden"), forbidden);
    return std::nullopt;
}
