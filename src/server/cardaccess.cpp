#include "cardaccess.h"

#include "cardfacts.h"
#include "documentdatabase.h"
#include "stampbook.h"

namespace {
const QString cardPrefix = QStringLiteral("card:");

StoreError refuse(const QString &reason)
{
    return StoreError::make(StoreError::Code::Forbidden, reason);
}

bool isDeleted(const QJsonObject &doc)
{
    return doc.value(QLatin1String("_deleted")).toBool();
}

// The fields of a card other than the holder's choice and the revision bookkeeping.
QJsonObject cardContent(const QJsonObject &card)
{
    QJsonObject fields;
    for (auto it = card.begin(); it != card.end(); ++it) {
        if (!it.key().startsWith(u'_') && it.key() != QLatin1String("shareProgress"))
            fields.insert(it.key(), it.value());
    }
    return fields;
}
}

CardAccess::CardAccess(const Principal &who, DocumentDatabase &cards, const QDate &today)
    : m_who(who), m_cards(cards), m_today(today)
{
}

std::optional<CardAccess::StampId> CardAccess::parseStamp(const QString &id)
{
    const QStringList parts = id.split(u':');
    if (parts.size() < 4 || parts.size() > 5 || parts.at(0) != QLatin1String("stamp"))
        return std::nullopt;
    if (parts.size() == 5 && parts.at(4) != QLatin1String("self"))
        return std::nullopt;
    return StampId { parts.at(1), parts.at(2), parts.at(3), parts.size() == 5 };
}

bool CardAccess::isCardWorker() const
{
    return !m_who.organisation.isEmpty()
            && (m_who.hasRole(QStringLiteral("coordinator")) || m_who.hasRole(QStringLiteral("verbindingswerker")));
}

bool CardAccess::hostsSlug(const QString &slug) const
{
    return m_who.hasRole(QStringLiteral("host")) && m_who.hosts.contains(InitiativeRef::id(slug));
}

bool CardAccess::ownsCode(const QString &code) const
{
    return m_who.hasRole(QStringLiteral("cardholder")) && !m_who.card.isEmpty() && code == m_who.card;
}

const std::optional<QJsonObject> &CardAccess::card(const QString &code)
{
    auto it = m_cardByCode.find(code);
    if (it == m_cardByCode.end()) {
        Result<QJsonObject> doc = m_cards.get(cardPrefix + code);
        it = m_cardByCode.insert(code, doc.ok() ? std::optional<QJsonObject>(doc.value()) : std::nullopt);
    }
    return *it;
}

bool CardAccess::ofMyOrganisation(const QString &code)
{
    if (m_who.organisation.isEmpty())
        return false;
    const std::optional<QJsonObject> &doc = card(code);
    return doc && doc->value(QLatin1String("org")).toString() == m_who.organisation;
}

bool CardAccess::canSee(const QString &docId)
{
    if (m_who.isAdmin())
        return true;
    if (docId.startsWith(cardPrefix)) {
        const QString code = docId.mid(cardPrefix.size());
        if (ownsCode(code))
            return true;
        // A host reads its own organisation's cards: typing a code needs the card on the phone.
        return (isCardWorker() || m_who.hasRole(QStringLiteral("host"))) && ofMyOrganisation(code);
    }
    const std::optional<StampId> stamp = parseStamp(docId);
    if (!stamp)
        return false; // _local documents are reached only through the caller's own namespace
    if (ownsCode(stamp->code))
        return true;
    if (!stamp->self && hostsSlug(stamp->slug))
        return true;
    return isCardWorker() && ofMyOrganisation(stamp->code);
}

StoreError CardAccess::checkWrite(const QJsonObject &doc)
{
    if (m_who.isAdmin())
        return StoreError::none();
    const QString id = doc.value(QLatin1String("_id")).toString();
    if (id.startsWith(cardPrefix))
        return checkCard(doc, id.mid(cardPrefix.size()));
    if (const std::optional<StampId> stamp = parseStamp(id))
        return checkStamp(doc, *stamp);
    return refuse(QStringLiteral("Only cards and stamps are written to cards."));
}

StoreError CardAccess::checkCard(const QJsonObject &doc, const QString &code)
{
    const std::optional<QJsonObject> &stored = card(code);
    if (ownsCode(code)) {
        // The holder's device changes whether the referrer sees progress; the rest of the card
        // (places, validity) is the referrer's.
        if (isDeleted(doc) || !stored || cardContent(doc) != cardContent(*stored))
            return refuse(QStringLiteral("A card holder changes only shareProgress on their card."));
        return StoreError::none();
    }
    if (!isCardWorker())
        return refuse(QStringLiteral("You are not allowed to write this card."));
    if (stored) {
        if (stored->value(QLatin1String("org")).toString() != m_who.organisation)
            return refuse(QStringLiteral("This card belongs to another organisation."));
        if (!isDeleted(doc) && doc.value(QLatin1String("shareProgress")) != stored->value(QLatin1String("shareProgress")))
            return refuse(QStringLiteral("Only the card holder changes shareProgress."));
    } else if (isDeleted(doc)) {
        return refuse(QStringLiteral("There is no such card to delete.")); // nor an organisation to ask
    }
    if (!isDeleted(doc) && doc.value(QLatin1String("org")).toString() != m_who.organisation)
        return refuse(QStringLiteral("A card is issued for the writer's own organisation."));
    return StoreError::none();
}

StoreError CardAccess::checkStamp(const QJsonObject &doc, const StampId &stamp)
{
    const std::optional<QJsonObject> &onCard = card(stamp.code);
    if (ownsCode(stamp.code)) {
        if (!onCard)
            return refuse(QStringLiteral("There is no such card."));
        return checkHolderStamp(doc, stamp, *onCard);
    }
    if (isCardWorker() && ofMyOrganisation(stamp.code))
        return StoreError::none();
    if (hostsSlug(stamp.slug) && !stamp.self) {
        if (isDeleted(doc))
            return refuse(QStringLiteral("A host does not delete stamps."));
        if (doc.value(QLatin1String("method")).toString() != QLatin1String("host"))
            return refuse(QStringLiteral("A host's stamp has method \"host\"."));
        if (!onCard)
            return refuse(QStringLiteral("There is no such card."));
        if (StampBook::mismatch(CardFacts::fromDocument(*onCard), stamp.slug, QDate::fromString(stamp.day, Qt::ISODate))
            != StampBook::Mismatch::None)
            return refuse(QStringLiteral("This card does not take a stamp for this place on this day."));
        return StoreError::none();
    }
    return refuse(QStringLiteral("You are not allowed to write this stamp."));
}

StoreError CardAccess::checkHolderStamp(const QJsonObject &doc, const StampId &stamp, const QJsonObject &card)
{
    if (isDeleted(doc))
        return refuse(QStringLiteral("A card holder deletes nothing."));
    // A holder's stamp has its own id, so no revision of the holder's (whatever its
    // generation, also with new_edits=false) can become the winner of a host's stamp.
    if (!stamp.self || doc.value(QLatin1String("method")).toString() != QLatin1String("self"))
        return refuse(QStringLiteral("A card holder writes only self-stamps (stamp:<code>:<place>:<day>:self)."));
    if (doc.value(QLatin1String("verified")).toBool())
        return refuse(QStringLiteral("Only a host verifies a stamp."));
    const QDate day = QDate::fromString(stamp.day, Qt::ISODate);
    if (!day.isValid() || qAbs(day.daysTo(m_today)) > 1)
        return refuse(QStringLiteral("A self-stamp is dated today."));
    if (StampBook::mismatch(CardFacts::fromDocument(card), stamp.slug, day) != StampBook::Mismatch::None)
        return refuse(QStringLiteral("This card does not take a stamp for this place on this day."));
    // Belt and braces for data from before the ids were split: never over a host's document.
    if (Result<QJsonObject> existing = m_cards.get(doc.value(QLatin1String("_id")).toString()); existing.ok()
        && existing.value().value(QLatin1String("method")).toString() != QLatin1String("self"))
        return refuse(QStringLiteral("A host's stamp is not the holder's to change."));
    return StoreError::none();
}
