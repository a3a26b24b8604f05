#pragma once

#include <QStringList>

// The SQLite schema of one document database, as an append-only list of migrations
// (migration i takes PRAGMA user_version from i to i + 1). Never edit an entry; append.
//
// docs           one row per document: its latest sequence, winning revision, whether it is deleted
// revs           every known revision: parent, deleted, whether a leaf; bodies only for leaves
// local_docs     _local documents (checkpoints): not replicated, not in the changes feed
// counters       update_seq, doc_count, del_count, changed in the same transaction as the docs
// meta           per-database settings (revs_limit)
// index_entries  secondary index keys of the winning revision, by index name
namespace StoreSchema {
QStringList migrations();
}
