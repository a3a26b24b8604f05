#!/usr/bin/env bash
# Load benchmark: DEVICES enrolled devices sync against one buurtbrug-server at once.
# Usage: bench/run-load.sh [BUILD_DIR] [DEVICES] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
cmake --build "$build" --target buurtbrug-server buurtbrug-admin >/dev/null
[ -d tests/interop/node_modules ] || npm ci --prefix tests/interop --no-audit --no-fund --loglevel=error
result=$(node bench/load_bench.mjs "$build" "${2:-200}" "${3:-5}" | tail -n 1)
python3 - "$result" <<'PY'
import json, sys
r = json.loads(sys.argv[1])
print(f"{'devices':>8}{'rounds':>8}{'requests':>10}{'errors':>8}{'p50 ms':>9}{'p99 ms':>9}{'max ms':>9}{'wall s':>8}")
print(f"{r['devices']:>8}{r['rounds']:>8}{r['requests']:>10}{r['errors']:>8}{r['p50_ms']:>9.0f}{r['p99_ms']:>9.0f}{r['max_ms']:>9.0f}{r['wall_ms']/1000:>8.1f}")
if r['errorKinds']:
    print('errors:', r['errorKinds'])
PY
