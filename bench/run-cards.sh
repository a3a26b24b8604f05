#!/usr/bin/env bash
# Cards benchmark: signing, verifying, QR encoding and decoding, and a PDF of 100 A6 cards,
# each next to a floor measured in the same run (bare libsodium, bare ZXing, a camera frame
# with no code, a bare QPdfWriter). Usage: bench/run-cards.sh [BUILD_DIR] (relative to the
# repository root; default: build). Ratio = buurtbrug / floor (1.0 = as fast as the floor).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
cmake --build "$build" --target cards_bench >/dev/null
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
results=$(mktemp)
trap 'rm -f "$results"' EXIT
"$build/bench/cards_bench" >"$results"
python3 - "$results" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1]) if l.startswith('{')]
targets = {'qr_decode_1280x720_p50': 30.0, 'qr_decode_1280x720_p99': 30.0}
by = {}
for r in rows:
    by.setdefault(r['metric'], {})[r['engine']] = r
print(f"{'metric':<26}{'buurtbrug':>12}{'floor':>12}  {'floor is':<16}{'unit':<5}{'ratio':>8}  target")
for metric, e in by.items():  # in the order measured
    b = e.get('buurtbrug')
    floors = [v for k, v in e.items() if k != 'buurtbrug']
    if not b:
        continue
    f = floors[0] if floors else None
    floor = f"{f['value']:>12.3f}" if f else f"{'-':>12}"
    ratio = f"{b['value'] / f['value']:>7.2f}x" if f and f['value'] > 0 else f"{'-':>8}"
    target = ''
    if metric in targets:
        target = f"≤ {targets[metric]:g} {b['unit']} {'met' if b['value'] <= targets[metric] else 'MISSED'}"
    print(f"{metric:<26}{b['value']:>12.3f}{floor}  {(f['engine'] if f else ''):<16}{b['unit']:<5}{ratio}  {target}")
PY
