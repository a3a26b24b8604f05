#pragma once

#include "replicator.h"

#include <QJsonObject>

// buurtbrug-admin replicate: SOURCE and TARGET are each a URL (http://user:pass@host:port/db)
// or the name of a database in the data folder, like CouchDB's _replicate.
struct ReplicateRequest
{
    QString data;
    QString source;
    QString target;
    ReplicationOptions options;
    bool createTarget = false;
    int timeoutMs = 0; // continuous: stop after this long (0 = run until killed)
};

namespace ReplicateCommand {
// Runs the replication in a local event loop; the result is the --json answer.
[[nodiscard]] Result<QJsonObject> run(const ReplicateRequest &request);
}
