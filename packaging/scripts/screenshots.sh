#!/usr/bin/env bash
# Regenerates docs/screenshots/*.png: the desk in Chinese under a virtual display (Xvfb), with a
# real hub holding a demo center, Kamailio and a baresip terminal calling the seat
# (tests/gui/test_desk_calls.cpp, Screenshots.MainScreens).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

safelink_install_packages "${SAFELINK_RUNTIME_PACKAGES[@]}" "${SAFELINK_TEST_PACKAGES[@]}" xvfb xauth
safelink_build -DSAFELINK_BUILD_TESTS=ON

out="$SAFELINK_ROOT/docs/screenshots"
mkdir -p "$out"
SAFELINK_SCREENSHOTS="$out" QT_QPA_PLATFORM=xcb QTWEBENGINE_CHROMIUM_FLAGS=--no-sandbox \
  xvfb-run -a -s "-screen 0 1400x800x24" \
  "$SAFELINK_BUILD_DIR/bin/test_desk_calls" --gtest_filter='Screenshots.*'
ls -l "$out"
