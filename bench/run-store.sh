#!/usr/bin/env bash
# Store benchmark: Buurtbrug's document store next to raw sqlite3 on the same schema, same
# machine, same run. Usage: bench/run-store.sh [BUILD_DIR] [DOC_COUNTS...]
# Prints a table; the ratio column is store / raw (for latencies) or raw / store (for rates),
# so 1.0 means "as fast as the floor" and 3.0 means "three times slower".
set -euo pipefail
build=${1:-build}
shift || true
counts=("$@")
[ ${#counts[@]} -gt 0 ] || counts=(10000 1000000)
cmake --build "$build" --target bench_store >/dev/null
results=$(mktemp)
for n in "${counts[@]}"; do
  "$build/bench/bench_store" "$n" >>"$results"
done
python3 - "$results" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1]) if l.startswith('{')]
by = {}
for r in rows:
    key = (r['metric'], r['docs'] if r['metric'] != 'changes_read' else r['docs'])
    by.setdefault((r['metric'], r['docs']), {})[r['engine']] = r
print(f"{'metric':<20}{'docs':>9}{'store':>14}{'raw sqlite':>14}  unit     ratio")
for (metric, docs), e in sorted(by.items(), key=lambda kv: (kv[0][1], kv[0][0])):
    s, f = e.get('store'), e.get('raw_sqlite')
    if not s or not f: continue
    unit = s['unit']
    ratio = (s['value'] / f['value']) if unit == 'ms' else (f['value'] / s['value'])
    print(f"{metric:<20}{docs:>9}{s['value']:>14.3f}{f['value']:>14.3f}  {unit:<8} {ratio:5.2f}x")
PY
rm -f "$results"
