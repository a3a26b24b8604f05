#!/usr/bin/env bash
# Map benchmark (issue 19): the time from pressing "Map" to the first frame with every tile of
# the view drawn from the device's cache (a tile pack imported; no tile server), in a fresh app
# per run, phone and tablet size. Target: 300 ms. Prints a Markdown table.
# Usage: bench/run-map.sh [BUILD_DIR] [RUNS]
set -euo pipefail
build=${1:-build}
runs=${2:-7}
cmake --build "$build" --target bench_map >/dev/null
QT_QPA_PLATFORM=offscreen "$build/bench/bench_map" "$runs"
