#pragma once

#include "documentdatabase.h"
#include "result.h"

#include <QDate>

// Erasure on request (AVG/GDPR art. 17) of one person in an organisation's database: every
// contact and visit carrying the person's code keeps only what is not about the person (date,
// channel, language, the referral's kind, target and outcome, a visit's count), so the
// organisation's counts stay and nothing links them to the person. Conflicting revisions,
// which a later sync could make win again, are deleted; an `erasure:<SHA-256 of the code>`
// document replicates the request itself, so a device that syncs it erases its own copies
// (reapply) and refuses new logs under that code. The code is kept only as its hash.
namespace PersonErasure {

struct Summary
{
    int documents = 0;         // contacts and visits rewritten
    int conflictsRemoved = 0;  // losing revisions deleted
};

[[nodiscard]] QString personHash(const QString &code);
[[nodiscard]] Result<bool> isErased(DocumentDatabase &org, const QString &code);

// Erases the person and records the erasure; `today` dates the erasure document.
[[nodiscard]] Result<Summary> erase(DocumentDatabase &org, const QString &code, const QDate &today);

// Erases again whatever arrived (through sync, or from a device that was offline) under a
// code whose erasure is recorded here. Cheap when nothing matches; run after every sync.
[[nodiscard]] Result<Summary> reapply(DocumentDatabase &org);

// The document as it is kept after erasure (exposed for tests and the validator's sake).
[[nodiscard]] QJsonObject erased(const QJsonObject &doc);
}
