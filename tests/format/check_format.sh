#!/usr/bin/env bash
# Fails when clang-format (with the committed .clang-format) would change a C++ file.
set -uo pipefail
root="$1"
cd "$root" || exit 2
mapfile -t files < <(git ls-files -co --exclude-standard -- '*.cpp' '*.h' 2>/dev/null || find app modules server-stub tests -name '*.cpp' -o -name '*.h')
[ ${#files[@]} -gt 0 ] || { echo "no C++ files found"; exit 1; }
bad=0
for f in "${files[@]}"; do
  [ -f "$f" ] || continue
  if ! clang-format --dry-run -Werror "$f" >/dev/null 2>&1; then
    echo "needs formatting: $f (run: clang-format -i $f)"
    bad=1
  fi
done
echo "checked ${#files[@]} files"
exit $bad
