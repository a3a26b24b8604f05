#pragma once

#include "result.h"

#include <QDate>
#include <QJsonObject>
#include <QStringList>

// buurtbrug-admin's card commands: issue a Kijk op de Wijk card (a `card:<code>` document in
// `cards`, and its QR payload signed with the organisation's key, made on first use) and
// verify any payload offline, as a host's device does.
namespace CardCommands {

struct IssueRequest
{
    QString data;
    QString organisation;
    QStringList initiatives; // initiative ids (or slugs)
    QDate validFrom;
    QDate validUntil;
    QString language;
    bool shareProgress = false;
};

// {"ok", "code", "display", "payload", "validFrom", "validUntil"}
[[nodiscard]] Result<QJsonObject> issue(const IssueRequest &request);
// {"ok", "kind": "card"|"poster", "problem", "reason", "card"|"poster": {...}}: ok false, with
// the problem, when it is not a valid card or poster.
[[nodiscard]] Result<QJsonObject> verify(const QString &data, const QString &payload, const QDate &today);
}
