#include "cardissuer.h"
#include "databasenames.h"

#include "cardcode.h"
#include "organisationkeys.h"
#include "typedstore.h"

#include <QJsonArray>

namespace {
using Code = StoreError::Code;

// A new code that no card in this store has yet (a clash is as unlikely as 1 in 10^11).
Result<QString> freshCode(DocumentDatabase &cards)
{
    for (int attempt = 0; attempt < 5; ++attempt) {
        const QString code = CardCode::generate();
        if (!cards.get(QStringLiteral("card:") + code).ok())
            return code;
    }
    return StoreError::make(Code::Internal, QStringLiteral("no free card code found"));
}
}

Result<IssuedCard> CardIssuer::issue(DatabaseFolder &folder, const CardRequest &request)
{
    if (request.initiatives.isEmpty())
        return StoreError::make(Code::BadRequest, QStringLiteral("a card lists at least one initiative"));
    if (request.initiatives.size() > 20)
        return StoreError::make(Code::BadRequest, QStringLiteral("a card lists at most 20 initiatives"));
    if (!request.validFrom.isValid() || !request.validUntil.isValid() || request.validUntil < request.validFrom)
        return StoreError::make(Code::BadRequest, QStringLiteral("the card's validity must start on or before its end"));
    Result<DocumentDatabase *> directory = folder.database(QStringLiteral("directory"));
    if (!directory.ok())
        return directory.error();
    if (!folder.databaseNames().contains(DatabaseNames::organisation(request.organisation)))
        return StoreError::make(Code::NotFound, QStringLiteral("there is no organisation %1 in this folder").arg(request.organisation.left(60)));
    Result<DocumentDatabase *> cards = folder.database(QStringLiteral("cards"), true);
    if (!cards.ok())
        return cards.error();
    QStringList initiatives;
    for (const QString &given : request.initiatives) {
        const QString id = InitiativeRef::id(given);
        if (!directory.value()->get(id).ok())
            return StoreError::make(Code::NotFound, QStringLiteral("%1 is not in the directory").arg(id.left(80)));
        if (!initiatives.contains(id))
            initiatives.append(id);
    }
    Result<QByteArray> secret = OrganisationKeys::secretKey(folder.folder(), *directory.value(), request.organisation);
    if (!secret.ok())
        return secret.error();
    Result<QString> code = freshCode(*cards.value());
    if (!code.ok())
        return code.error();
    const CardFacts card { code.value(), request.organisation, initiatives, request.validFrom, request.validUntil, request.language };
    QJsonObject doc { { QStringLiteral("_id"), QStringLiteral("card:") + card.code },
                      { QStringLiteral("type"), QStringLiteral("card") },
                      { QStringLiteral("code"), card.code },
                      { QStringLiteral("org"), card.org },
                      { QStringLiteral("initiatives"), QJsonArray::fromStringList(initiatives) },
                      { QStringLiteral("validFrom"), card.validFrom.toString(Qt::ISODate) },
                      { QStringLiteral("validUntil"), card.validUntil.toString(Qt::ISODate) },
                      { QStringLiteral("shareProgress"), request.shareProgress } };
    if (!card.language.isEmpty())
        doc.insert(QStringLiteral("language"), card.language);
    // Kept with the card, so a coordinator's device reprints it offline, without the key.
    const QString payload = CardVerifier::payload(card, secret.value());
    doc.insert(QStringLiteral("payload"), payload);
    if (Result<QString> saved = TypedStore(*cards.value()).save(doc); !saved.ok())
        return saved.error();
    return IssuedCard { card, payload };
}
