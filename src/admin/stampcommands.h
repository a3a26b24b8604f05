#pragma once

#include "result.h"

#include <QDate>
#include <QJsonObject>

// buurtbrug-admin's stamp commands over a data folder: stamp a card as a host would (from its
// QR payload or its typed code), and show a card's progress to its referrer, only when the
// holder allows it.
namespace StampCommands {

// {"ok", "outcome": "stamped"|"confirmed"|"already_stamped", "stamp", "card", "initiative", "date"}
[[nodiscard]] Result<QJsonObject> stamp(const QString &data, const QString &cardOrPayload, const QString &initiative,
                                        const QDate &day);
// {"code", "shared": false} or {"code", "shared": true, "collected", "pending", "total", "complete",
// "places": [{"initiative", "stamped", "pending", "lastVisit"}]}
[[nodiscard]] Result<QJsonObject> progress(const QString &data, const QString &code);
}
