#!/usr/bin/env bash
# Attachment benchmark: 1000 documents with a 100 KB attachment each, push and pull, Buurtbrug's
# replicator ↔ buurtbrug-server next to PouchDB → Apache CouchDB 3.4.3, same machine, same run.
# CouchDB: BUURTBRUG_COUCHDB_URL (an admin URL), else one started from ../shared/couchdb on
# BUURTBRUG_COUCHDB_PORT (default 26150). Usage: bench/run-attachments.sh [BUILD_DIR] [DOCS] [KB]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
docs=${2:-1000}
kb=${3:-100}
cmake --build "$build" --target buurtbrug-server buurtbrug-admin >/dev/null
[ -d tests/interop/node_modules ] || npm ci --prefix tests/interop --no-audit --no-fund --loglevel=error
couch=${BUURTBRUG_COUCHDB_URL:-}
started=""
if [ -z "$couch" ]; then
  started=$(mktemp -d)
  couch=$(../shared/couchdb/couchdb.sh start "$started" "${BUURTBRUG_COUCHDB_PORT:-26150}" | tail -1)
fi
# CouchDB's peak RSS is read when its beam process is found (the one listening on its port).
port=$(sed -E 's|.*:([0-9]+)/?$|\1|' <<<"$couch")
export COUCHDB_PID=$(ss -ltnpH "sport = :$port" 2>/dev/null | sed -nE 's/.*pid=([0-9]+).*/\1/p' | head -1)
results=$(mktemp)
node bench/attachments_bench.mjs "$build" "$couch" "$docs" "$kb" | tee "$results" >&2
[ -n "$started" ] && ../shared/couchdb/couchdb.sh stop "$started" >/dev/null
python3 - "$results" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1]) if l.startswith('{')]
mb = lambda r: r['bytes'] / 1e6 / (r['ms'] / 1000)
print(f"{'direction':<10}{'buurtbrug MB/s':>15}{'pouchdb→couchdb MB/s':>22}{'ratio':>8}{'client RSS ours/theirs MB':>27}{'server RSS ours/theirs MB':>27}")
for d in ('push', 'pull'):
    o = next(r for r in rows if r['engine'] == 'buurtbrug' and r['direction'] == d)
    t = next(r for r in rows if r['engine'] == 'pouchdb-couchdb' and r['direction'] == d)
    print(f"{d:<10}{mb(o):>15.1f}{mb(t):>22.1f}{mb(o) / mb(t):>7.1f}x{o['clientPeakKb'] / 1024:>14.0f} / {t['clientPeakKb'] / 1024:<10.0f}{o['serverPeakKb'] / 1024:>14.0f} / {t['serverPeakKb'] / 1024:<10.0f}")
PY
rm -f "$results"
