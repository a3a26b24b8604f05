#!/usr/bin/env bash
# Load benchmark: DEVICES enrolled devices sync against one buurtbrug-server at once, first
# alone, then beside HOSTILE slow or hostile connections (default 500; 0 = none).
# Usage: bench/run-load.sh [BUILD_DIR] [DEVICES] [ROUNDS] [HOSTILE]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
cmake --build "$build" --target buurtbrug-server buurtbrug-admin >/dev/null
[ -d tests/interop/node_modules ] || npm ci --prefix tests/interop --no-audit --no-fund --loglevel=error
result=$(node bench/load_bench.mjs "$build" "${2:-200}" "${3:-5}" "${4:-500}" | tail -n 1)
python3 - "$result" <<'PY'
import json, sys
rows = json.loads(sys.argv[1])
print(f"{'phase':>8}{'devices':>8}{'rounds':>8}{'hostile':>8}{'requests':>10}{'errors':>8}{'p50 ms':>9}{'p99 ms':>9}{'max ms':>9}{'wall s':>8}{'peak RSS MB':>12}")
for r in rows:
    print(f"{r['phase']:>8}{r['devices']:>8}{r['rounds']:>8}{r.get('hostile', 0):>8}{r['requests']:>10}{r['errors']:>8}{r['p50_ms']:>9.0f}{r['p99_ms']:>9.0f}{r['max_ms']:>9.0f}{r['wall_ms']/1000:>8.1f}{r['peak_rss_mb']:>12}")
    if r['errorKinds']:
        print('   errors:', r['errorKinds'])
if len(rows) == 2:
    print(f"p99 with hostile connections / alone: {rows[1]['p99_ms'] / rows[0]['p99_ms']:.2f}x (target <= 2x); peak RSS {rows[0]['peak_rss_mb']} MB (target <= 256)")
PY
