#pragma once

#include "couchclient.h"

#include <QJsonObject>

// Moves a buurtbrug-server data folder into a CouchDB deployment and back, with the app's
// replicator: every leaf of every document travels with its `_revisions` and is written with
// `new_edits=false`, so revision histories, conflicts and deletions arrive as they are
// (attachments, once the store keeps them, travel inline in the same documents). `directory`,
// `cards` (the hub) and every `org-<slug>` move; the per-organisation and per-card databases
// are made from them by CouchDeployment. Device tokens do not move: the registry keeps only
// their hashes, so devices enrol again.
namespace CouchTransfer {
[[nodiscard]] Result<QJsonObject> importFolder(const QString &data, CouchClient &client, const QUrl &jobsBase);
[[nodiscard]] Result<QJsonObject> exportFolder(CouchClient &client, const QString &data);
// Erasure on request (PersonErasure) of a person in org-<slug> on the cluster: the database is
// pulled into a scratch store, erased there, pushed back; then the conflict branches the
// erasure closed are purged (`_purge`, which CouchDB carries to every replica) and the
// database compacted, so no revision body of the person stays on any node. It returns once a
// read from every copy (r = n) finds no body of a replaced revision (at most 150 s).
// {"ok", "documents", "conflictsRemoved", "purged"}
[[nodiscard]] Result<QJsonObject> erasePerson(CouchClient &client, const QString &organisation, const QString &code);
}
