#!/usr/bin/env bash
# Installs what building, running and testing Buurtbrug needs on Debian 12.
# Idempotent: packages already present are skipped by apt; safe to run before every build.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git curl python3
  libsqlite3-dev sqlite3 zlib1g-dev libsodium-dev libboost-dev libzxing-dev poppler-utils
  qt6-base-dev qt6-base-dev-tools qt6-declarative-dev qt6-declarative-dev-tools
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-positioning-dev qt6-svg-dev
  qt6-qpa-plugins libqt6sql6-sqlite libqt6svg6 qt6-image-formats-plugins
  libqt6positioning6-plugins
  qt6-speech-dev qt6-speech-flite-plugin qt6-speech-speechd-plugin qml6-module-qttexttospeech
  # Read aloud in nl, ar, tr and pl: flite speaks English only; speech-dispatcher with espeak-ng
  # speaks all five languages of the app through Qt's speechd plugin.
  speech-dispatcher speech-dispatcher-espeak-ng espeak-ng
  # Camera QR scanning: libqt6multimedia6 (pulled in by the -dev package) ships the GStreamer
  # and FFmpeg backend plugins; GStreamer's v4l2src for the camera is in plugins-good.
  qt6-multimedia-dev libqt6multimedia6 qml6-module-qtmultimedia
  gstreamer1.0-plugins-base gstreamer1.0-plugins-good
  qml6-module-qtqml qml6-module-qtqml-workerscript qml6-module-qtquick
  qml6-module-qtquick-controls qml6-module-qtquick-layouts qml6-module-qtquick-templates
  qml6-module-qtquick-window qml6-module-qtquick-shapes qml6-module-qttest
  qml6-module-qtpositioning qml6-module-qt-labs-settings qml6-module-qtcore
  qml6-module-qtquick-dialogs
  libgl-dev libvulkan-dev libxkbcommon-dev
  fonts-noto-core fonts-dejavu-core
  # The accessibility tests (tests/a11y): a virtual display, a D-Bus session with the AT-SPI
  # bus, the Python AT-SPI client a screen reader uses, and xdotool for the keyboard.
  # xwd (x11-apps) reads the screen, to see the focus ring.
  xvfb xdotool dbus dbus-x11 at-spi2-core python3-pyatspi x11-apps
  nodejs npm
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

# node/npm may come from elsewhere on the machine (nvm, a tarball); only apt-install them when absent.
if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
  filtered=()
  for p in "${missing[@]}"; do [[ "$p" == nodejs || "$p" == npm ]] || filtered+=("$p"); done
  missing=("${filtered[@]}")
fi

if ((${#missing[@]})); then
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  echo "installing: ${missing[*]}"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The interoperability peers (PouchDB, express-pouchdb) from npm, pinned by package-lock.json.
interop="$(dirname "$0")/../tests/interop"
if [ -f "$interop/package-lock.json" ] && { [ ! -d "$interop/node_modules" ] || [ "$interop/package-lock.json" -nt "$interop/node_modules/.package-lock.json" ]; }; then
  echo "installing npm packages for the interoperability tests"
  npm ci --prefix "$interop" --no-audit --no-fund --loglevel=error
fi
