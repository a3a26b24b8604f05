#pragma once

#include "principal.h"
#include "storeerror.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>

#include <optional>

class DocumentDatabase;

// The per-document boundary inside `cards` for one device's request (docs/SYNC-PROTOCOL.md,
// "Access"). A card belongs to the organisation named in its `org`; a stamp belongs to its
// card's organisation (the code in the stamp's id names the card).
// - coordinator, verbindingswerker: their organisation's cards and stamps, read and write;
//   `shareProgress` of an existing card stays as the holder set it, `org` never changes.
// - host: reads its organisation's cards (to stamp by typed code) and the host stamps of the
//   initiatives it was bound to at enrolment; writes only those stamps, `method: "host"`, on
//   any card that lists the initiative and is valid that day, whichever organisation issued it.
// - card holder: card:<own code> and its stamps; on the card only `shareProgress` changes;
//   writes only self-stamps `stamp:<code>:<slug>:<day>:self` for a place on the card, dated the
//   server's today ± 1 day, never `verified: true`; deletes nothing.
// The admin is not held here. Lookups of a card are cached for the life of the object, so
// build one per request, not per server.
class CardAccess
{
public:
    CardAccess(const Principal &who, DocumentDatabase &cards, const QDate &today = QDate::currentDate());

    [[nodiscard]] bool canSee(const QString &docId);
    // Forbidden with the reason, or none; the schema is the validator's.
    [[nodiscard]] StoreError checkWrite(const QJsonObject &doc);

    // A holder's self-stamp id: the host's id with this suffix, so the two never collide.
    [[nodiscard]] static QString selfStampId(const QString &hostStampId) { return hostStampId + QStringLiteral(":self"); }

private:
    struct StampId
    {
        QString code;
        QString slug;
        QString day;
        bool self = false;
    };

    const Principal &m_who;
    DocumentDatabase &m_cards;
    QDate m_today;
    QHash<QString, std::optional<QJsonObject>> m_cardByCode;

    [[nodiscard]] static std::optional<StampId> parseStamp(const QString &id);
    [[nodiscard]] bool isCardWorker() const;
    [[nodiscard]] bool hostsSlug(const QString &slug) const;
    [[nodiscard]] bool ownsCode(const QString &code) const;
    // The card's current winner, or nullopt when there is none (never written, or deleted).
    [[nodiscard]] const std::optional<QJsonObject> &card(const QString &code);
    [[nodiscard]] bool ofMyOrganisation(const QString &code);
    [[nodiscard]] StoreError checkCard(const QJsonObject &doc, const QString &code);
    [[nodiscard]] StoreError checkStamp(const QJsonObject &doc, const StampId &stamp);
    [[nodiscard]] StoreError checkHolderStamp(const QJsonObject &doc, const StampId &stamp, const QJsonObject &card);
};
