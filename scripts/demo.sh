#!/usr/bin/env bash
# Installs what is missing, builds, starts a local buurtbrug-server on 127.0.0.1:5984 and the
# app, both on the sample neighbourhood, in data folders under .demo/. Extra arguments go to
# the app, e.g. --lang ar, --size 1180x820, --screenshot shot.png (no display needed).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh
build=${BUILD_DIR:-build}
mkdir -p .demo

if [ ! -f .demo/server/directory.sqlite ]; then
  "$build/app/admin/buurtbrug-admin" init --data .demo/server
  "$build/app/admin/buurtbrug-admin" import assets/sample/neighbourhood.json --data .demo/server
fi
# A demo admin password, made once; generic CouchDB clients can use http://admin:PASSWORD@127.0.0.1:5984
[ -f .demo/admin-password ] || head -c 12 /dev/urandom | base64 | tr -d '/+=' > .demo/admin-password
BUURTBRUG_ADMIN="admin:$(cat .demo/admin-password)" \
  "$build/app/server/buurtbrug-server" --data .demo/server --port "${BUURTBRUG_PORT:-5984}" &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT

args=("$@")
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  export QT_QPA_PLATFORM=offscreen
  if [[ " ${args[*]-} " != *" --screenshot "* ]]; then
    echo "No display found: rendering the app to .demo/buurtbrug.png instead (pass --screenshot FILE to choose)."
    args+=(--screenshot .demo/buurtbrug.png)
  fi
fi
"$build/app/client/buurtbrug" --data .demo/app "${args[@]}"
