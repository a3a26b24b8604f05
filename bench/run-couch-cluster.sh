#!/usr/bin/env bash
# 10k documents against a real 3-node Apache CouchDB 3.4.3 cluster: Buurtbrug's replicator next
# to PouchDB's and CouchDB's own `_replicate`, push and pull, in one run (docs/BENCHMARKS.md).
# BUURTBRUG_COUCHDB_URL (a server admin's URL) uses a CouchDB of your own; otherwise a cluster is
# started with ../shared/couchdb/couchdb.sh on BENCH_COUCHDB_PORT (default 26420..26422).
# Usage: bench/run-couch-cluster.sh [BUILD_DIR] [DOCS]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
docs=${2:-10000}
cmake --build "$build" --target buurtbrug-admin >/dev/null
[ -d tests/interop/node_modules ] || npm ci --prefix tests/interop --no-audit --no-fund --loglevel=error
url=${BUURTBRUG_COUCHDB_URL:-}
cluster=""
if [ -z "$url" ]; then
  cluster=$(mktemp -d)
  trap '../shared/couchdb/couchdb.sh stop "$cluster"; rm -rf "$cluster"' EXIT
  urls=$(../shared/couchdb/couchdb.sh cluster "$cluster" "${BENCH_COUCHDB_PORT:-26420}")
  url=${urls%%$'\n'*}
fi
results=$(mktemp)
node bench/couch_cluster_bench.mjs "$build" "$url" "$docs" | tee "$results" >&2
python3 - "$results" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1]) if l.startswith('{')]
def rate(r): return r['docs'] / (r['ms'] / 1000)
def best(engine, direction): return max((rate(r) for r in rows if r['engine'] == engine and r['direction'] == direction), default=0)
couch = best('couchdb', 'copy')
print("docs/s, best of three runs each (PouchDB: best of batch 100/500/1000; CouchDB: _replicate copying the same database)")
print("floor: the cluster's bare _bulk_docs (push) and _all_docs?include_docs (pull) in pages of 1000, no replication")
print(f"{'direction':<10}{'buurtbrug':>11}{'pouchdb':>10}{'couchdb':>10}{'floor':>9}{'vs pouchdb':>12}{'vs couchdb':>12}{'of floor':>10}")
for d in ('push', 'pull'):
    o, p, f = best('buurtbrug', d), best('pouchdb', d), best('floor', d)
    print(f"{d:<10}{o:>11.0f}{p:>10.0f}{couch:>10.0f}{f:>9.0f}{o / p:>11.1f}x{o / couch:>11.1f}x{o / f:>9.0%}")
PY
rm -f "$results"
