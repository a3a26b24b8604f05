#include "cardchanges.h"

#include "cardcode.h"
#include "organisationkeys.h"
#include "typedstore.h"

#include <QJsonArray>

namespace {
using Code = StoreError::Code;

struct StoredCard
{
    DocumentDatabase *cards = nullptr;
    DocumentDatabase *directory = nullptr;
    QJsonObject doc;
};

// The card's document, only when it belongs to `org` (or `org` is the admin's "").
Result<StoredCard> cardOf(DatabaseFolder &folder, const QString &org, const QString &typed)
{
    const std::optional<QString> code = CardCode::parse(typed);
    if (!code)
        return StoreError::make(Code::BadRequest, QStringLiteral("%1 is not a card code").arg(typed.left(40)));
    Result<DocumentDatabase *> cards = folder.database(QStringLiteral("cards"));
    Result<DocumentDatabase *> directory = folder.database(QStringLiteral("directory"));
    if (!cards.ok())
        return cards.error();
    if (!directory.ok())
        return directory.error();
    Result<QJsonObject> doc = cards.value()->get(QStringLiteral("card:") + *code);
    if (!doc.ok() && doc.error().code != Code::NotFound)
        return doc.error();
    if (!doc.ok() || (!org.isEmpty() && doc.value().value(QLatin1String("org")).toString() != org))
        return StoreError::make(Code::NotFound, QStringLiteral("no card %1 in your organisation").arg(CardCode::display(*code)));
    return StoredCard { cards.value(), directory.value(), doc.value() };
}

StoreError refuseRevoked(const QJsonObject &card)
{
    if (card.contains(QLatin1String("revoked")))
        return StoreError::make(Code::Conflict, QStringLiteral("card %1 was revoked on %2")
                                                        .arg(CardCode::display(card.value(QLatin1String("code")).toString()),
                                                             card.value(QLatin1String("revoked")).toString()));
    return {};
}
}

Result<IssuedCard> CardChanges::extend(DatabaseFolder &folder, const QString &org, const QString &code, const QDate &validUntil)
{
    Result<StoredCard> stored = cardOf(folder, org, code);
    if (!stored.ok())
        return stored.error();
    QJsonObject doc = stored.value().doc;
    if (StoreError revoked = refuseRevoked(doc); !revoked.ok())
        return revoked;
    CardFacts card = CardFacts::fromDocument(doc);
    if (!validUntil.isValid() || validUntil < card.validFrom)
        return StoreError::make(Code::BadRequest, QStringLiteral("the card's validity must end on or after %1")
                                                          .arg(card.validFrom.toString(Qt::ISODate)));
    if (validUntil > card.validFrom.addYears(2))
        return StoreError::make(Code::BadRequest, QStringLiteral("a card is valid for at most two years"));
    Result<QByteArray> secret = OrganisationKeys::secretKey(folder.folder(), *stored.value().directory, card.org);
    if (!secret.ok())
        return secret.error();
    card.validUntil = validUntil;
    const QString payload = CardVerifier::payload(card, secret.value());
    doc.insert(QStringLiteral("validUntil"), validUntil.toString(Qt::ISODate));
    doc.insert(QStringLiteral("payload"), payload);
    if (Result<QString> saved = TypedStore(*stored.value().cards).save(doc); !saved.ok())
        return saved.error();
    return IssuedCard { card, payload };
}

Result<QJsonObject> CardChanges::revoke(DatabaseFolder &folder, const QString &org, const QString &code, const QDate &today)
{
    Result<StoredCard> stored = cardOf(folder, org, code);
    if (!stored.ok())
        return stored.error();
    QJsonObject doc = stored.value().doc;
    if (doc.contains(QLatin1String("revoked")))
        return doc; // revoking twice changes nothing
    doc.insert(QStringLiteral("revoked"), today.toString(Qt::ISODate));
    Result<QString> saved = TypedStore(*stored.value().cards).save(doc);
    if (!saved.ok())
        return saved.error();
    doc.insert(QStringLiteral("_rev"), saved.value());
    return doc;
}

Result<IssuedCard> CardChanges::replace(DatabaseFolder &folder, const QString &org, const QString &code, const QDate &today)
{
    Result<StoredCard> stored = cardOf(folder, org, code);
    if (!stored.ok())
        return stored.error();
    QJsonObject old = stored.value().doc;
    if (StoreError revoked = refuseRevoked(old); !revoked.ok())
        return revoked;
    const CardFacts facts = CardFacts::fromDocument(old);
    DocumentDatabase &cards = *stored.value().cards;
    const QString oldId = QStringLiteral("card:") + facts.code;
    Result<QList<QJsonObject>> stamps = TypedStore(cards).find(QStringLiteral("by-card"), oldId, oldId);
    if (!stamps.ok())
        return stamps.error();
    Result<IssuedCard> issued = CardIssuer::issue(folder, { facts.org, facts.initiatives, facts.validFrom, facts.validUntil,
                                                            facts.language, old.value(QLatin1String("shareProgress")).toBool() });
    if (!issued.ok())
        return issued.error();
    const QString newCode = issued.value().card.code;
    const QString newId = QStringLiteral("card:") + newCode;
    // The stamps' ids name their card: each is copied under the new code, as it was.
    const QString oldPrefix = QStringLiteral("stamp:%1:").arg(facts.code);
    for (QJsonObject stamp : stamps.value()) {
        const QString id = stamp.value(QLatin1String("_id")).toString();
        if (stamp.value(QLatin1String("type")) != QLatin1String("stamp") || !id.startsWith(oldPrefix))
            continue;
        stamp.remove(QStringLiteral("_rev"));
        stamp.remove(QStringLiteral("_conflicts"));
        stamp.insert(QStringLiteral("_id"), QStringLiteral("stamp:%1:").arg(newCode) + id.mid(oldPrefix.size()));
        stamp.insert(QStringLiteral("card"), newId);
        if (Result<QString> saved = TypedStore(cards).save(stamp); !saved.ok())
            return saved.error();
    }
    Result<QJsonObject> replacement = cards.get(newId);
    if (replacement.ok()) {
        QJsonObject doc = replacement.value();
        doc.insert(QStringLiteral("replaces"), facts.code);
        if (Result<QString> saved = TypedStore(cards).save(doc); !saved.ok())
            return saved.error();
    }
    old.insert(QStringLiteral("revoked"), today.toString(Qt::ISODate));
    old.insert(QStringLiteral("replacedBy"), newCode);
    if (Result<QString> saved = TypedStore(cards).save(old); !saved.ok())
        return saved.error();
    return issued;
}
