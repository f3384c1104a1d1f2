#!/usr/bin/env bash
# Command 1 of the README: install what is missing, build, start Straja on the
# embedded demo workspace. Extra arguments go to straja (e.g. --demo-speed 60).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release
exec build/release/app/straja/straja "$@"
