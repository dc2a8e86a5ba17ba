#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test: unit, integration, GUI (offscreen),
# the translation and formatting checks, and the short form of the benchmarks.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

safelink_install_packages "${SAFELINK_RUNTIME_PACKAGES[@]}" "${SAFELINK_TEST_PACKAGES[@]}"
safelink_build -DSAFELINK_BUILD_TESTS=ON

cd "$SAFELINK_BUILD_DIR"
ctest --output-on-failure --parallel "$(nproc)" --timeout 600 "$@"
