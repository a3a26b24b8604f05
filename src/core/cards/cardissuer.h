#pragma once

#include "cardverifier.h"
#include "databasefolder.h"
#include "result.h"

// What a referrer chooses for a new card (docs/DATA-MODEL.md, "card"): no name, no diagnosis.
struct CardRequest
{
    QString organisation;    // slug; its org-<slug> database must exist
    QStringList initiatives; // initiative ids or slugs, each in the directory
    QDate validFrom;
    QDate validUntil;
    QString language;        // the holder's language, "" for none
    bool shareProgress = false;
};

struct IssuedCard
{
    CardFacts card;
    QString payload; // the signed QR payload
};

// Issues a Kijk op de Wijk card where the organisation's secret key is: a fresh code, the
// `card:<code>` document in `cards`, and its QR payload signed with the key (made, and its
// public key published in the directory, on first use). For buurtbrug-admin and the server.
namespace CardIssuer {
[[nodiscard]] Result<IssuedCard> issue(DatabaseFolder &folder, const CardRequest &request);
}
