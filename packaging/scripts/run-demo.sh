#!/usr/bin/env bash
# Installs what is missing, builds, creates a hub data folder with a demo center (first run only),
# starts the hub and the agent desk; stopping the desk stops the hub.
# Data: $SAFELINK_DATA (default ~/.local/share/safelink/hub). The demo administrator is "admin"; the
# password is in admin-password.txt in the data folder (readable by you only).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

safelink_install_packages "${SAFELINK_RUNTIME_PACKAGES[@]}"
safelink_build -DSAFELINK_BUILD_TESTS=OFF

data="${SAFELINK_DATA:-${XDG_DATA_HOME:-$HOME/.local/share}/safelink/hub}"
bin="$SAFELINK_BUILD_DIR/bin"
if [ ! -f "$data/hub.sqlite" ]; then
  "$bin/safelink-hub" demo --data "$data"
fi
if [ ! -f "$data/hub.key" ]; then
  password_file="$data/admin-password.txt"
  if [ ! -f "$password_file" ]; then
    (umask 077 && echo "Demo-$(od -An -N4 -tx1 /dev/urandom | tr -d ' \n')" > "$password_file")
  fi
  "$bin/safelink-hub" init --data "$data" --admin-password-file "$password_file"
fi
"$bin/safelink-hub" status --data "$data"

if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "safelink: no display; run this from a desktop session to see the desk." >&2
  exit 1
fi

"$bin/safelink-hub" serve --data "$data" --listen "${SAFELINK_LISTEN:-127.0.0.1:7420}" \
  --http "${SAFELINK_HTTP:-127.0.0.1:7421}" &
hub_pid=$!
trap 'kill "$hub_pid" 2>/dev/null; wait "$hub_pid" 2>/dev/null' EXIT
# The desk signs in to the demo hub as the demo administrator (the hub's key is pinned on this first
# connection); the demo center is in Guangzhou (area code 20). Arguments given here override these.
"$bin/safelink-desk" --hub "${SAFELINK_LISTEN:-127.0.0.1:7420}" --login admin \
  --password-file "$data/admin-password.txt" --seat demo --area-code 20 \
  --replica "$data/../desk-replica.sqlite" "$@"
