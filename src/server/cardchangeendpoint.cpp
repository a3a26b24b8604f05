#include "cardchangeendpoint.h"

#include "cardchanges.h"
#include "coordinatorcall.h"
#include "cardcode.h"

namespace {
QJsonObject signedCard(const IssuedCard &card)
{
    return { { "ok", true },
             { "code", card.card.code },
             { "display", CardCode::display(card.card.code) },
             { "payload", card.payload },
             { "validFrom", card.card.validFrom.toString(Qt::ISODate) },
             { "validUntil", card.card.validUntil.toString(Qt::ISODate) } };
}
}

bool CardChangeEndpoint::handles(const CouchRequest &request)
{
    return request.segments.size() == 3 && request.segments.first() == QLatin1String("_cards");
}

CouchResponse CardChangeEndpoint::handle(DatabaseFolder &folder, const CouchRequest &request, const Principal &who)
{
    if (std::optional<CouchResponse> refused = CoordinatorCall::refusal(request, who, QStringLiteral("Only a coordinator changes cards.")))
        return *refused;
    Result<QJsonObject> body = request.bodyObject();
    if (!body.ok())
        return CouchResponse::from(body.error());
    // The admin may name an organisation to act for; "" reaches every card.
    const QString org = who.isAdmin() ? body.value().value(QLatin1String("org")).toString() : who.organisation;
    const QString code = request.segments.at(1);
    const QString action = request.segments.at(2);
    const QDate today = QDate::currentDate();
    if (action == QLatin1String("revoke")) {
        const Result<QJsonObject> revoked = CardChanges::revoke(folder, org, code, today);
        if (!revoked.ok())
            return CouchResponse::from(revoked.error());
        return CouchResponse::json(200, QJsonObject { { "ok", true },
                                                      { "code", revoked.value().value(QLatin1String("code")) },
                                                      { "revoked", revoked.value().value(QLatin1String("revoked")) } });
    }
    if (action == QLatin1String("extend")) {
        const QDate until = QDate::fromString(body.value().value(QLatin1String("validUntil")).toString(), Qt::ISODate);
        if (!until.isValid())
            return CouchResponse::error(400, QStringLiteral("bad_request"), QStringLiteral("validUntil must be a date (YYYY-MM-DD)"));
        const Result<IssuedCard> extended = CardChanges::extend(folder, org, code, until);
        if (!extended.ok())
            return CouchResponse::from(extended.error());
        return CouchResponse::json(200, signedCard(extended.value()));
    }
    if (action == QLatin1String("replace")) {
        const Result<IssuedCard> replacement = CardChanges::replace(folder, org, code, today);
        if (!replacement.ok())
            return CouchResponse::from(replacement.error());
        QJsonObject answer = signedCard(replacement.value());
        answer.insert("replaces", CardCode::parse(code).value_or(QString()));
        return CouchResponse::json(201, answer);
    }
    return CouchResponse::error(404, QStringLiteral("not_found"), QStringLiteral("Unknown card action."));
}
