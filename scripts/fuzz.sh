#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz into build-fuzz (clang, -fsanitize=fuzzer,address,
# undefined; the normal gcc build is not touched) and runs every target for SECONDS seconds
# EACH, one after the other (default 60; 6 targets, so 6 x SECONDS in all), starting from its
# seed corpus tests/fuzz/corpus/<target>/ with the dictionary beside it. What a run learns is
# kept in build-fuzz/corpus/<target>/ (not in git); a crash, a sanitizer report, a timeout or a
# broken invariant (FUZZ_CHECK) leaves its input in build-fuzz/findings/ and fails the script.
# Prints the executions per target (libFuzzer's stat::number_of_executed_units).
#   scripts/fuzz.sh 100            # ten minutes in all
#   TARGETS="fuzz_httprequest" scripts/fuzz.sh 30
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
build=build-fuzz
all_targets="fuzz_httprequest fuzz_bulkdocs fuzz_replicationbodies fuzz_documentparts fuzz_jsontext fuzz_endpoints"
targets=${TARGETS:-$all_targets}

if [ ! -f "$build/build.ninja" ]; then
  CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DBUURTBRUG_FUZZ=ON -DBUURTBRUG_BUILD_TESTS=OFF -DBUURTBRUG_BUILD_BENCH=OFF
fi
# shellcheck disable=SC2086
cmake --build "$build" --parallel "$(nproc)" --target $targets

dict_for() {
  case "$1" in
    fuzz_httprequest) echo tests/fuzz/http.dict ;;
    *) echo tests/fuzz/json.dict ;;
  esac
}

mkdir -p "$build/findings"
export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
failed=0
summary=""
for target in $targets; do
  mkdir -p "$build/corpus/$target"
  log="$build/findings/$target.log"
  echo "== $target: ${seconds}s"
  status=0
  "$build/tests/fuzz/$target" "$build/corpus/$target" "tests/fuzz/corpus/$target" \
    -dict="$(dict_for "$target")" -max_total_time="$seconds" -max_len=16384 -timeout=10 \
    -print_final_stats=1 -artifact_prefix="$build/findings/$target-" >"$log" 2>&1 || status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  corpus=$(grep -o 'corp: [0-9]*/[0-9a-zA-Z]*' "$log" | tail -1 || true)
  if [ "$status" -ne 0 ]; then
    failed=1
    echo "FINDING in $target (exit $status); see $log and $build/findings/$target-*"
    grep -m5 -E 'ERROR|FUZZ_CHECK|runtime error|SUMMARY' "$log" || true
  fi
  summary+=$(printf '%-24s %12s executions  %s  exit %s' "$target" "${runs:-?}" "$corpus" "$status")$'\n'
done
echo "== executions per target (${seconds}s each)"
printf '%s' "$summary"
exit "$failed"
