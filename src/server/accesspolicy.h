#pragma once

#include "principal.h"

#include <QJsonObject>

// Who may read and write which database (docs/SYNC-PROTOCOL.md, "Access"):
// - directory: every enrolled device reads; coordinators and editors write; buurtmaatjes and
//   hosts write translations only.
// - org-<slug>: the organisation's workers (buurtmaatje, verbindingswerker, host,
//   coordinator) read and write; nobody else, whatever their role elsewhere.
// - cards: workers and card holders open it (the apps replicate it); which cards and stamps
//   each of them sees and writes is CardAccess's (per organisation, per hosted place, per
//   card); a buurtmaatje or an editor sees and writes none.
// - any other database: the server admin only.
// _local documents (checkpoints): a device reads and writes only its own, in a namespace of
// its own (DatabaseEndpoints::localId); the admin sees them as stored.
class AccessPolicy
{
public:
    [[nodiscard]] bool canManageDatabases(const Principal &who) const { return who.isAdmin(); }
    [[nodiscard]] bool canRead(const Principal &who, const QString &database) const;
    // Outside `cards`; in `cards` a device's writes are CardAccess's to judge.
    [[nodiscard]] bool canWrite(const Principal &who, const QString &database, const QJsonObject &doc) const;
    // Per-document visibility outside `cards` (there it is CardAccess's).
    [[nodiscard]] bool canSee(const Principal &who, const QString &database, const QString &docId) const;
    // Whether this caller's view of the database is filtered document by document, so that
    // counts of the whole database (doc_count, total_rows, pending) would tell too much.
    [[nodiscard]] bool isFiltered(const Principal &who, const QString &database) const;
    [[nodiscard]] static bool isWorker(const Principal &who);
};
