#!/usr/bin/env bash
# Field-logging benchmark: tap to durable log and the year's report, with N logs already
# stored, next to raw sqlite3 floors measured in the same run on the same disk.
# Usage: bench/run-fieldlog.sh [BUILD_DIR] [LOG_COUNTS...]  (BUILD_DIR relative to the repository
# root; default: build 200000)
# Ratio = buurtbrug / raw sqlite (1.0 = as fast as the floor); target = what the docs promise.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
shift || true
counts=("$@")
[ ${#counts[@]} -gt 0 ] || counts=(200000)
cmake --build "$build" --target bench_fieldlog >/dev/null
results=$(mktemp)
trap 'rm -f "$results"' EXIT
for n in "${counts[@]}"; do
  "$build/bench/bench_fieldlog" "$n" >>"$results"
done
python3 - "$results" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1]) if l.startswith('{')]
targets = {'tap_to_durable_p99': 10.0, 'report_p50': 200.0, 'report_max': 200.0}
by = {}
for r in rows:
    by.setdefault((r['logs'], r['metric']), {})[r['engine']] = r
print(f"{'metric':<22}{'logs':>9}{'buurtbrug':>12}{'raw sqlite':>12}  {'unit':<5}{'ratio':>8}  target")
for (logs, metric), e in by.items():  # in the order measured
    b, f = e.get('buurtbrug'), e.get('raw_sqlite')
    if not b:
        continue
    floor = f"{f['value']:>12.3f}" if f else f"{'-':>12}"
    ratio = f"{b['value'] / f['value']:>7.2f}x" if f and f['value'] > 0 else f"{'-':>8}"
    target = ''
    if metric in targets:
        met = b['value'] <= targets[metric]
        target = f"≤ {targets[metric]:g} {b['unit']} {'met' if met else 'MISSED'}"
    print(f"{metric:<22}{logs:>9}{b['value']:>12.3f}{floor}  {b['unit']:<5}{ratio}  {target}")
PY
