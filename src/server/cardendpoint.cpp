#include "cardendpoint.h"

#include "cardcode.h"
#include "cardissuer.h"
#include "coordinatorcall.h"

#include <QJsonArray>

CouchResponse CardEndpoint::issue(DatabaseFolder &folder, const CouchRequest &request, const Principal &who)
{
    if (std::optional<CouchResponse> refused = CoordinatorCall::refusal(request, who, QStringLiteral("Only a coordinator issues cards.")))
        return *refused;
    Result<QJsonObject> body = request.bodyObject();
    if (!body.ok())
        return CouchResponse::from(body.error());
    const QJsonObject &form = body.value();
    const QString org = who.isAdmin() ? form.value(QLatin1String("org")).toString() : who.organisation;
    if (org.isEmpty())
        return CouchResponse::error(400, QStringLiteral("bad_request"), QStringLiteral("org is required"));
    CardRequest card;
    card.organisation = org;
    for (const QJsonValue &id : form.value(QLatin1String("initiatives")).toArray())
        card.initiatives.append(id.toString());
    const QDate today = QDate::currentDate();
    const QString from = form.value(QLatin1String("validFrom")).toString();
    const QString until = form.value(QLatin1String("validUntil")).toString();
    card.validFrom = from.isEmpty() ? today : QDate::fromString(from, Qt::ISODate);
    card.validUntil = until.isEmpty() ? card.validFrom.addMonths(3) : QDate::fromString(until, Qt::ISODate);
    card.language = form.value(QLatin1String("language")).toString();
    card.shareProgress = form.value(QLatin1String("shareProgress")).toBool();
    const Result<IssuedCard> issued = CardIssuer::issue(folder, card);
    if (!issued.ok())
        return CouchResponse::from(issued.error());
    const CardFacts &facts = issued.value().card;
    return CouchResponse::json(201, QJsonObject { { "ok", true },
                                                  { "code", facts.code },
                                                  { "display", CardCode::display(facts.code) },
                                                  { "payload", issued.value().payload },
                                                  { "validFrom", facts.validFrom.toString(Qt::ISODate) },
                                                  { "validUntil", facts.validUntil.toString(Qt::ISODate) } });
}
