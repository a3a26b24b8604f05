#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test through ctest. CI runs exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh
build=${BUILD_DIR:-build}
export QT_QPA_PLATFORM=offscreen
# Qt wants a private runtime folder; CI machines often have none.
if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
  XDG_RUNTIME_DIR=$(mktemp -d) && chmod 700 "$XDG_RUNTIME_DIR" && export XDG_RUNTIME_DIR
fi
ctest --test-dir "$build" --output-on-failure --parallel 2 "$@"

# The same unit and integration tests again, built with AddressSanitizer and
# UndefinedBehaviorSanitizer (the server and admin binaries they start included). Adds about
# ten minutes on two cores; BUURTBRUG_SANITIZERS=0 skips it on a developer's machine.
if [ "${BUURTBRUG_SANITIZERS:-1}" != 0 ]; then
  sanitized=${SANITIZE_BUILD_DIR:-build-sanitize}
  launcher=()
  if command -v ccache >/dev/null; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
  if [ ! -f "$sanitized/build.ninja" ]; then
    cmake -S . -B "$sanitized" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUURTBRUG_SANITIZE=ON -DBUURTBRUG_BUILD_BENCH=OFF \
      "${launcher[@]}"
  fi
  cmake --build "$sanitized" --parallel "$(nproc)"
  # Leaks are not checked: Qt keeps process-lifetime singletons that LeakSanitizer would list.
  ASAN_OPTIONS=detect_leaks=0:halt_on_error=1:strict_string_checks=1 UBSAN_OPTIONS=print_stacktrace=1 \
    ctest --test-dir "$sanitized" --output-on-failure --parallel 2 "$@"
fi
