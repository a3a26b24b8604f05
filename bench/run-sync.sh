#!/usr/bin/env bash
# Sync benchmark: Buurtbrug replicator ↔ buurtbrug-server next to PouchDB → express-pouchdb,
# same machine, same run. With BASELINE_SERVER=path/to/an/earlier/buurtbrug-server the
# replicator also syncs against that server, taking turns: before and after in one run.
# Usage: [BASELINE_SERVER=...] bench/run-sync.sh [BUILD_DIR] [DOC_COUNTS...]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
shift || true
counts=("$@")
[ ${#counts[@]} -gt 0 ] || counts=(10000 100000)
cmake --build "$build" --target buurtbrug-server buurtbrug-admin >/dev/null
[ -d tests/interop/node_modules ] || npm ci --prefix tests/interop --no-audit --no-fund --loglevel=error
results=$(mktemp)
node bench/sync_bench.mjs "$build" "${counts[@]}" | tee "$results" >&2
python3 - "$results" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1]) if l.startswith('{')]
def rate(r): return r['docs'] / (r['ms'] / 1000) if r['ms'] > 0 else float('inf')
print("best of three Buurtbrug runs; PouchDB: best of its three batch sizes, three runs each up to 20k docs")
print(f"{'direction':<10}{'docs':>8}{'buurtbrug docs/s':>18}{'pouchdb default':>17}{'pouchdb best':>14}{'ratio vs best':>15}")
for n in sorted({r['docs'] for r in rows}):
    for d in ('push', 'pull'):
        ours = [r for r in rows if r['engine'] == 'buurtbrug' and r['docs'] == n and r['direction'] == d]
        theirs = [r for r in rows if r['engine'] == 'pouchdb' and r['docs'] == n and r['direction'] == d]
        if not ours or not theirs: continue
        default = max((rate(r) for r in theirs if r.get('batch') == 100), default=0)
        best = max(rate(r) for r in theirs)
        o = max(rate(r) for r in ours)
        print(f"{d:<10}{n:>8}{o:>18.0f}{default:>17.0f}{best:>14.0f}{o / best:>14.1f}x")
        base = [r for r in rows if r['engine'] == 'baseline' and r['docs'] == n and r['direction'] == d]
        if base:
            b = max(rate(r) for r in base)
            print(f"{'  baseline':<10}{n:>8}{b:>18.0f}{'':>17}{'':>14}{b / best:>14.1f}x   current/baseline {o / b:.2f}")
for r in rows:
    if r['direction'] == 'no-op':
        print(f"no-op sync of {r['docs']} docs already in sync ({r['engine']}): {r['requests']} HTTP requests, {r['ms']} ms")
PY
rm -f "$results"
