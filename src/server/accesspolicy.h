#pragma once

#include "principal.h"

#include <QJsonObject>

// Who may read and write which database, and which documents a card holder may see
// (docs/SYNC-PROTOCOL.md, "Access"):
// - directory: every enrolled device reads; coordinators and editors write; buurtmaatjes and
//   hosts write translations only.
// - org-<slug>: the organisation's workers (buurtmaatje, verbindingswerker, host,
//   coordinator) read and write; nobody else, whatever their role elsewhere.
// - cards: workers and coordinators read and write; a card holder sees only card:<own code>
//   and its stamps, and writes only those: on the card only its choice to share progress, and
//   only its own stamps ("self"); it deletes nothing.
// - any other database: the server admin only.
// _local documents (checkpoints) may be written by anyone who may read the database.
class AccessPolicy
{
public:
    [[nodiscard]] bool canManageDatabases(const Principal &who) const { return who.isAdmin(); }
    [[nodiscard]] bool canRead(const Principal &who, const QString &database) const;
    // `stored` is the document's current winner in the database, or null when there is none.
    [[nodiscard]] bool canWrite(const Principal &who, const QString &database, const QJsonObject &doc,
                                const QJsonObject *stored = nullptr) const;
    // Per-document visibility inside a readable database (the card holder's boundary).
    [[nodiscard]] bool canSee(const Principal &who, const QString &database, const QString &docId) const;
    [[nodiscard]] static bool isWorker(const Principal &who);
};
