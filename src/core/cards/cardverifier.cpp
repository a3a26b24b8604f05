#include "cardverifier.h"

#include "cardcode.h"
#include "organisationkeys.h"
#include "signedpayload.h"

#include <QJsonArray>

namespace {
const QString cardKind = QStringLiteral("CARD");
const QString posterKind = QStringLiteral("POSTER");

CardVerifier::Check refuse(CardVerifier::Problem problem, const QString &reason, const CardFacts &card = {})
{
    return { problem, reason, card };
}

// Initiative ids travel as slugs to keep the QR code small.
QJsonArray slugs(const QStringList &initiatives)
{
    QJsonArray out;
    for (const QString &id : initiatives)
        out.append(InitiativeRef::slug(id));
    return out;
}
}

QString CardVerifier::payload(const CardFacts &card, const QByteArray &secretKey)
{
    QJsonObject body { { QStringLiteral("c"), card.code },
                       { QStringLiteral("o"), card.org },
                       { QStringLiteral("i"), slugs(card.initiatives) },
                       { QStringLiteral("f"), card.validFrom.toString(Qt::ISODate) },
                       { QStringLiteral("u"), card.validUntil.toString(Qt::ISODate) } };
    if (!card.language.isEmpty())
        body.insert(QStringLiteral("l"), card.language);
    return SignedPayload::sign(cardKind, body, secretKey);
}

CardVerifier::Check CardVerifier::verify(const QString &text, DocumentDatabase &directory, const QDate &today)
{
    const SignedPayload::Opened opened = SignedPayload::open(text);
    if (opened.problem == SignedPayload::Problem::NotOurs)
        return refuse(Problem::NotOurs, QStringLiteral("this is not a Buurtbrug code"));
    if (opened.problem != SignedPayload::Problem::None)
        return refuse(Problem::Malformed, QStringLiteral("this Buurtbrug code is damaged or incomplete"));
    if (opened.kind != cardKind)
        return refuse(Problem::NotACard, QStringLiteral("this is a Buurtbrug %1 code, not a card").arg(opened.kind.toLower().left(20)));

    const QJsonObject &body = opened.body;
    CardFacts card;
    card.code = body.value(QLatin1String("c")).toString();
    card.org = body.value(QLatin1String("o")).toString();
    for (const QJsonValue &slug : body.value(QLatin1String("i")).toArray())
        card.initiatives.append(QStringLiteral("initiative:") + slug.toString());
    card.validFrom = QDate::fromString(body.value(QLatin1String("f")).toString(), Qt::ISODate);
    card.validUntil = QDate::fromString(body.value(QLatin1String("u")).toString(), Qt::ISODate);
    card.language = body.value(QLatin1String("l")).toString();
    if (card.org.isEmpty() || card.code.isEmpty() || !card.validFrom.isValid() || !card.validUntil.isValid())
        return refuse(Problem::Malformed, QStringLiteral("this card code lacks a field"), card);

    Result<QByteArray> key = OrganisationKeys::publicKey(directory, card.org);
    if (!key.ok())
        return refuse(Problem::UnknownOrganisation,
                      QStringLiteral("the organisation %1 is not known on this device (sync the directory)").arg(card.org.left(60)), card);
    if (!SignedPayload::verify(text, key.value()))
        return refuse(Problem::BadSignature, QStringLiteral("the signature does not match: this card was altered or forged"), card);
    if (!CardCode::parse(card.code))
        return refuse(Problem::BadCode, QStringLiteral("the card's code is not a valid code"), card);
    if (today < card.validFrom)
        return refuse(Problem::NotYetValid, QStringLiteral("this card is valid from %1").arg(card.validFrom.toString(Qt::ISODate)), card);
    if (today > card.validUntil)
        return refuse(Problem::Expired, QStringLiteral("this card expired on %1").arg(card.validUntil.toString(Qt::ISODate)), card);
    return { Problem::None, QString(), card };
}

QString CardVerifier::posterPayload(const PosterFacts &poster, const QByteArray &secretKey)
{
    return SignedPayload::sign(posterKind, QJsonObject { { QStringLiteral("o"), poster.org },
                                                         { QStringLiteral("i"), InitiativeRef::slug(poster.initiative) } },
                               secretKey);
}

CardVerifier::PosterCheck CardVerifier::verifyPoster(const QString &text, DocumentDatabase &directory)
{
    const auto refusePoster = [](Problem problem, const QString &reason, const PosterFacts &poster = {}) {
        return PosterCheck { problem, reason, poster };
    };
    const SignedPayload::Opened opened = SignedPayload::open(text);
    if (opened.problem == SignedPayload::Problem::NotOurs)
        return refusePoster(Problem::NotOurs, QStringLiteral("this is not a Buurtbrug code"));
    if (opened.problem != SignedPayload::Problem::None)
        return refusePoster(Problem::Malformed, QStringLiteral("this Buurtbrug code is damaged or incomplete"));
    if (opened.kind != posterKind)
        return refusePoster(Problem::NotAPoster, QStringLiteral("this is a Buurtbrug %1 code, not a poster").arg(opened.kind.toLower().left(20)));
    PosterFacts poster { opened.body.value(QLatin1String("o")).toString(), opened.body.value(QLatin1String("i")).toString() };
    if (poster.org.isEmpty() || poster.initiative.isEmpty())
        return refusePoster(Problem::Malformed, QStringLiteral("this poster code lacks a field"), poster);
    poster.initiative.prepend(QStringLiteral("initiative:"));
    Result<QByteArray> key = OrganisationKeys::publicKey(directory, poster.org);
    if (!key.ok())
        return refusePoster(Problem::UnknownOrganisation,
                            QStringLiteral("the organisation %1 is not known on this device (sync the directory)").arg(poster.org.left(60)), poster);
    if (!SignedPayload::verify(text, key.value()))
        return refusePoster(Problem::BadSignature, QStringLiteral("the signature does not match: this poster was altered or forged"), poster);
    return { Problem::None, QString(), poster };
}

QString CardVerifier::kindOf(const QString &payload)
{
    const SignedPayload::Opened opened = SignedPayload::open(payload);
    return opened.problem == SignedPayload::Problem::None ? opened.kind : QString();
}

QString CardVerifier::problemName(Problem problem)
{
    switch (problem) {
    case Problem::None: return QStringLiteral("ok");
    case Problem::NotOurs: return QStringLiteral("not_buurtbrug");
    case Problem::Malformed: return QStringLiteral("malformed");
    case Problem::NotACard: return QStringLiteral("not_a_card");
    case Problem::NotAPoster: return QStringLiteral("not_a_poster");
    case Problem::UnknownOrganisation: return QStringLiteral("unknown_organisation");
    case Problem::BadSignature: return QStringLiteral("bad_signature");
    case Problem::BadCode: return QStringLiteral("bad_code");
    case Problem::NotYetValid: return QStringLiteral("not_yet_valid");
    case Problem::Expired: return QStringLiteral("expired");
    }
    return {};
}
