#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test: unit, integration, GUI (offscreen),
# the translation and formatting checks, and the short form of the benchmarks.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

safelink_install_packages "${SAFELINK_RUNTIME_PACKAGES[@]}" "${SAFELINK_TEST_PACKAGES[@]}"
safelink_build -DSAFELINK_BUILD_TESTS=ON

cd "$SAFELINK_BUILD_DIR"
status=0
ctest --output-on-failure --parallel "$(nproc)" --timeout 600 "$@" || status=$?

# The benchmarks' figures (and any warning they print), also when they passed: ctest keeps them only
# in its log. Log lines of the modules (safelink.*) are left out.
if [[ -f Testing/Temporary/LastTest.log ]]; then
    awk '/ Testing: bench\./ { on = 1; print "== " $NF; next }
         /^<end of output>/ { on = 0 }
         on && !/^safelink\./ && !/^-+$/ && !/^(Output:|Command:|Directory:|[0-9]+\/[0-9]+ Test:)/ && !/start time:/' Testing/Temporary/LastTest.log
fi
exit "$status"
