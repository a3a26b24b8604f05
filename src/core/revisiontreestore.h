#pragma once

#include "result.h"
#include "revisiontree.h"

class SqliteConnection;

// Reads one document's revision tree (ids, parents, deleted flags; no bodies) from the
// revs table. The single place that knows how a tree is stored.
namespace RevisionTreeStore {
[[nodiscard]] Result<RevisionTree> load(SqliteConnection &connection, qint64 docRowId);
}
