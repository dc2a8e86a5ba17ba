# Shared by the scripts here: where things are, and installing Debian packages that are missing.
# shellcheck shell=bash
SAFELINK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SAFELINK_BUILD_DIR="${SAFELINK_BUILD_DIR:-$SAFELINK_ROOT/build}"

# Packages to build and run the desk and the hub (Debian 12).
SAFELINK_RUNTIME_PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libqt6sql6-sqlite libqt6sql6-psql libgl-dev libsodium-dev libzip-dev qt6-httpserver-dev qt6-websockets-dev
  fonts-noto-cjk
  liblinphone-dev
  qt6-multimedia-dev gstreamer1.0-plugins-base gstreamer1.0-plugins-good
  qt6-webengine-dev qt6-webchannel-dev qt6-positioning-dev libjs-leaflet
)
# Added for the tests (postgresql: the throwaway server of the pg.* tests; pg_trgm is in it;
# kamailio, baresip-core: the real SIP proxy and peers of the telephony tests, tests/support/sip;
# sip-tester (SIPp) and sox: load and audio tools for SIP tests and benchmarks; pulseaudio: a
# private sound server with a sine "microphone" and a pluggable "headset" for the sound-card tests).
SAFELINK_TEST_PACKAGES=(
  libgtest-dev libgmock-dev googletest clang-format postgresql
  kamailio kamailio-sqlite-modules kamailio-utils-modules baresip-core sip-tester sox
  pulseaudio pulseaudio-utils
)

# Installs whatever of the given packages is not installed yet (apt-get; sudo when not root).
safelink_install_packages() {
  local missing=()
  local p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  echo "safelink: installing ${missing[*]}"
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# Configures (once) and builds everything into $SAFELINK_BUILD_DIR.
safelink_build() {
  if [ ! -f "$SAFELINK_BUILD_DIR/build.ninja" ]; then
    cmake -S "$SAFELINK_ROOT" -B "$SAFELINK_BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
  fi
  cmake --build "$SAFELINK_BUILD_DIR" --parallel "$(nproc)"
}
