#!/usr/bin/env bash
# Directory benchmark (issue 4): 10 000 initiatives x 5 languages and 200 000 events.
#   cold start to the first frame of the list: the app on that store, next to the same app on
#     an empty store (the floor: Qt Quick, fonts and QML with no data), taking turns, median of 7;
#   search per keystroke through the list model, next to the bare FTS5 query (the floor);
#   scrolling the whole list in the real UI (a process of its own: its peak memory is the app's).
# Usage: bench/run-directory.sh [BUILD_DIR] [INITIATIVES] [EVENTS]
set -euo pipefail
build=${1:-build}
initiatives=${2:-10000}
events=${3:-200000}
cmake --build "$build" --target bench_directory buurtbrug buurtbrug-admin >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
admin="$build/app/admin/buurtbrug-admin"
"$admin" init --data "$work/full" >/dev/null
"$admin" generate --data "$work/full" --initiatives "$initiatives" --events "$events" --langs nl,en,ar,tr,pl >/dev/null
"$admin" init --data "$work/empty" >/dev/null
results="$work/results"
export QT_QPA_PLATFORM=offscreen
# The two stores take turns, so a busy spell of a shared machine falls on both alike.
for run in 1 2 3 4 5 6 7; do
  for store in full empty; do
    engine=$([ "$store" = full ] && echo buurtbrug || echo empty_store)
    start=$(date +%s%N)
    line=$("$build/app/client/buurtbrug" --data "$work/$store" --no-sample --first-frame-report)
    end=$(date +%s%N)
    echo "$line" | python3 -c "
import json, sys
r = json.loads(sys.stdin.read())
wall = ($end - $start) / 1e6
print(json.dumps({'metric': 'cold_start_first_frame', 'engine': '$engine', 'value': r['firstFrameMs'], 'unit': 'ms', 'wall': wall}))
print(json.dumps({'metric': 'cold_start_wall', 'engine': '$engine', 'value': wall, 'unit': 'ms'}))
print(json.dumps({'metric': 'peak_rss_first_frame', 'engine': '$engine', 'value': r['peakRssKb'] / 1024, 'unit': 'MiB'}))
" >>"$results"
  done
done
"$build/bench/bench_directory" "$work/full" --search-only >>"$results"
"$build/bench/bench_directory" "$work/full" --scroll-only >>"$results"
python3 - "$results" "$initiatives" "$events" <<'PY'
import json, statistics, sys
rows = [json.loads(l) for l in open(sys.argv[1]) if l.startswith('{')]
by = {}
for r in rows:
    by.setdefault(r['metric'], {}).setdefault(r['engine'], []).append(r['value'])
print(f"directory benchmark: {sys.argv[2]} initiatives x 5 languages, {sys.argv[3]} events")
print(f"{'metric':<26}{'buurtbrug':>12}{'floor':>12}  {'floor is':<20}{'ratio':>7}")
floors = {'cold_start_first_frame': 'empty_store', 'cold_start_wall': 'empty_store',
          'peak_rss_first_frame': 'empty_store', 'search_keystroke_p50': 'raw_fts5', 'search_keystroke_p95': 'raw_fts5'}
units = {r['metric']: r['unit'] for r in rows}
for metric, engines in by.items():
    ours = statistics.median(engines['buurtbrug'])
    floor_name = floors.get(metric)
    floor = statistics.median(engines[floor_name]) if floor_name in engines else None
    ratio = f"{ours / floor:6.2f}x" if floor else "      -"
    print(f"{metric:<26}{ours:>10.2f}{units[metric]:>3}{(f'{floor:.2f}' if floor else '-'):>10}  {floor_name or '':<20}{ratio}")
    if 'buurtbrug_exact_only' in engines:
        exact = statistics.median(engines['buurtbrug_exact_only'])
        ratio = f"{exact / floor:6.2f}x" if floor else "      -"
        print(f"{'  without typo tolerance':<26}{exact:>10.2f}{units[metric]:>3}{(f'{floor:.2f}' if floor else '-'):>10}  {floor_name or '':<20}{ratio}")
PY
