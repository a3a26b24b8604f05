#!/usr/bin/env bash
# Photos benchmark (issue 19): scrolling the initiative list with a thumbnail on every row.
#   The same directory (INITIATIVES places, 5 languages) twice: once with one photo per place
#   (display ~1600 px and thumbnail ~256 px, prepared as the app prepares a photo) and once
#   without (the floor: the same list showing initials). Each is scrolled end to end in the real
#   QML UI at phone size, in a process of its own, taking turns, three rounds; the frame times'
#   p50/p95 (median over the rounds) and the ratio to the floor. Target: p95 <= 8 ms per frame.
# Usage: bench/run-photos.sh [BUILD_DIR] [INITIATIVES]
set -euo pipefail
build=${1:-build}
initiatives=${2:-1000}
cmake --build "$build" --target bench_directory buurtbrug-admin >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
admin="$build/app/admin/buurtbrug-admin"
"$admin" init --data "$work/plain" >/dev/null
"$admin" generate --data "$work/plain" --initiatives "$initiatives" --events 0 --langs nl,en,ar,tr,pl >/dev/null
cp -r "$work/plain" "$work/photos"
results="$work/results"
export QT_QPA_PLATFORM=offscreen
"$build/bench/bench_directory" "$work/photos" --add-photos >>"$results"
for run in 1 2 3; do
  "$build/bench/bench_directory" "$work/photos" --scroll-only with_photos >>"$results"
  "$build/bench/bench_directory" "$work/plain" --scroll-only without_photos >>"$results"
done
python3 - "$results" "$initiatives" <<'PY'
import json, statistics, sys
rows = [json.loads(l) for l in open(sys.argv[1]) if l.startswith('{')]
by = {}
for r in rows:
    by.setdefault(r['metric'], {}).setdefault(r['engine'], []).append(r)
added = by['photos_added']['buurtbrug'][0]['value']
per = by['photo_bytes_per_initiative']['buurtbrug'][0]['value']
print(f"photos benchmark: {sys.argv[2]} initiatives, {added:.0f} photos ({per:.0f} KiB each, display + thumbnail)")
print(f"{'metric':<24}{'with photos':>13}{'without':>10}{'ratio':>8}{'frames':>8}{'target':>9}")
for metric, target in (('scroll_screen_p50', ''), ('scroll_screen_p95', '<= 8 ms'), ('peak_rss_after_scroll', ''), ('thumbnails_drawn', '')):
    ours = statistics.median(r['value'] for r in by[metric]['with_photos'])
    floor = statistics.median(r['value'] for r in by[metric]['without_photos'])
    frames = by[metric]['with_photos'][0]['samples']
    unit = by[metric]['with_photos'][0]['unit']
    ratio = f"{ours / floor:6.2f}x" if floor else "     -"
    print(f"{metric:<24}{ours:>9.2f} {unit:<4}{floor:>9.2f}{ratio:>8}{frames:>8}{target:>9}")
PY
