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

admin="$build/app/admin/buurtbrug-admin"
if [ ! -f .demo/server/directory.sqlite ]; then
  "$admin" init --data .demo/server
  "$admin" import assets/sample/neighbourhood.json --data .demo/server
  "$admin" add-org visserijplein --data .demo/server
  # A Kijk op de Wijk card in Arabic and the posters of its places, printed to PDF, so the
  # demo can be stamped: scan .demo/card.pdf with a phone, or type its code in the app.
  card=$("$admin" card issue --org visserijplein --initiative geestverwanten --initiative wijkpaleis \
         --initiative thuis-in-west --lang ar --data .demo/server --json \
         | python3 -c 'import json,sys; print(json.load(sys.stdin)["code"])')
  "$admin" card print "$card" --out .demo/card.pdf --data .demo/server >/dev/null
  "$admin" card poster --org visserijplein --initiative geestverwanten --initiative wijkpaleis \
    --initiative thuis-in-west --out .demo/posters.pdf --data .demo/server >/dev/null
  echo "Demo card $card: .demo/card.pdf, posters: .demo/posters.pdf"
fi
# A demo admin password, made once; generic CouchDB clients can use http://admin:PASSWORD@127.0.0.1:5984
[ -f .demo/admin-password ] || head -c 12 /dev/urandom | base64 | tr -d '/+=' > .demo/admin-password
BUURTBRUG_ADMIN="admin:$(cat .demo/admin-password)" \
  "$build/app/server/buurtbrug-server" --data .demo/server --port "${BUURTBRUG_PORT:-5984}" >/dev/null &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT

port="${BUURTBRUG_PORT:-5984}"
for _ in $(seq 50); do curl -s -o /dev/null "http://127.0.0.1:$port/_up" && break; sleep 0.1; done

# First run: the demo app enrols as a buurtmaatje of the market with a one-time invite.
args=("$@")
if [ ! -f .demo/app/directory.sqlite ]; then
  code=$("$admin" invite --role buurtmaatje --org visserijplein --person demo --data .demo/server --json \
         | python3 -c 'import json,sys; print(json.load(sys.stdin)["code"])')
  args+=(--server "http://127.0.0.1:$port" --enrol "$code")
fi
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  export QT_QPA_PLATFORM=offscreen
  if [[ " ${args[*]-} " != *" --screenshot "* ]]; then
    echo "No display found: rendering the app to .demo/buurtbrug.png instead (pass --screenshot FILE to choose)."
    args+=(--screenshot .demo/buurtbrug.png)
  fi
fi
# A walk around the Visserijplein from an NMEA log stands in for the device's GPS.
"$build/app/client/buurtbrug" --data .demo/app --nmea assets/nmea/visserijplein-walk.nmea "${args[@]}"
