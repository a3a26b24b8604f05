#pragma once

#include <QtGlobal>

namespace ProcessMemory {
// The process's peak resident memory (VmHWM), in KiB; 0 where /proc is not there.
[[nodiscard]] qint64 peakRssKb();
}
