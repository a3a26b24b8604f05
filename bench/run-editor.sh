#!/usr/bin/env bash
# The desk's save (issue 18): an edited initiative saved durably through InitiativeEditor in a
# directory of N initiatives x 5 languages, next to a raw sqlite3 floor (the same two rows, one
# fsynced transaction, a table of the directory's size) in the same run on the same disk.
# Usage: bench/run-editor.sh [BUILD_DIR] [INITIATIVES]   (default: build 10000)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
initiatives=${2:-10000}
cmake --build "$build" --target bench_editor >/dev/null
results=$(mktemp)
trap 'rm -f "$results"' EXIT
(cd "$build" && ./bench/bench_editor "$initiatives") >"$results"
python3 - "$results" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1]) if l.startswith('{')]
by = {}
for r in rows:
    by.setdefault(r['metric'], {})[r['engine']] = r['value']
print(f"{'metric':<20}{'buurtbrug':>12}{'raw sqlite':>12}{'ratio':>8}  target")
for metric, e in by.items():
    b, f = e.get('buurtbrug'), e.get('raw_sqlite')
    ratio = f"{b / f:6.2f}x" if f else "      -"
    target = '<= 10 ms' if metric == 'save_p99' else ''
    print(f"{metric:<20}{b:>10.2f}ms{(f'{f:.2f}ms' if f else '-'):>12}{ratio:>8}  {target}")
PY
