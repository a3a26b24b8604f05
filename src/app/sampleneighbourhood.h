#pragma once

#include "result.h"
#include "storeerror.h"

class DatabaseFolder;

// The sample neighbourhood (assets/sample/neighbourhood.json, compiled in): invented
// initiatives, translations and market logs to look around with before joining an
// organisation. Every document of it is marked "sample": true. Loading it leaves a marker
// (`_local/sample-neighbourhood` in `directory`); while the marker is there the phone is a
// sandbox: nothing of it is pushed (SyncScheduler withholds "sample" documents), and joining
// an organisation removes every document the sandbox holds (the sample and what was logged
// while looking around, tombstones included) without leaving tombstones to replicate.
namespace SampleNeighbourhood {
// Loads the sample into a folder whose directory has never been written to (so nothing a
// person deleted comes back) and leaves the marker. NotFound-free: an empty store is filled.
[[nodiscard]] StoreError loadIfEmpty(DatabaseFolder &folder);
// Whether this folder's phone is looking around with the sample (the marker is there).
[[nodiscard]] bool isLoaded(DatabaseFolder &folder);
// Purges every document of every database of the folder and the marker; the number purged.
// Does nothing (0) when the marker is absent: real data is never touched.
[[nodiscard]] Result<int> remove(DatabaseFolder &folder);
}
