#pragma once

#include "storeerror.h"

class DatabaseFolder;

// The sample neighbourhood (assets/sample/neighbourhood.json, compiled in): loaded into a
// store whose directory is empty, so a first start shows real-looking initiatives. All of it
// is marked "sample": true and the UI says so.
namespace SampleNeighbourhood {
[[nodiscard]] StoreError loadIfEmpty(DatabaseFolder &folder);
}
