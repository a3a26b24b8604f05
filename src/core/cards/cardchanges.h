#pragma once

#include "cardissuer.h"
#include "databasefolder.h"
#include "result.h"

#include <QDate>
#include <QJsonObject>

// What a coordinator changes on a card that was issued, where the organisation's secret key
// is (the server, or buurtbrug-admin): extend its validity (signed again), revoke a lost card,
// and issue a replacement that keeps the stamps. `org` is the caller's organisation: a card of
// another one is answered as not found, so a coordinator learns nothing about it and nothing is
// stored; "" (the server's admin) may change any card. `code` as a person types it.
namespace CardChanges {

// The card's validity ends on `validUntil` from now on; the payload is signed again.
[[nodiscard]] Result<IssuedCard> extend(DatabaseFolder &folder, const QString &org, const QString &code, const QDate &validUntil);
// The card is refused from `today` on: hosts' phones stop stamping it after their next sync.
// The card's document as stored.
[[nodiscard]] Result<QJsonObject> revoke(DatabaseFolder &folder, const QString &org, const QString &code, const QDate &today);
// A new card with the old one's places, validity, language and sharing choice, and a copy of
// every stamp; the old card is revoked, naming its replacement.
[[nodiscard]] Result<IssuedCard> replace(DatabaseFolder &folder, const QString &org, const QString &code, const QDate &today);
}
