#!/usr/bin/env bash
# Command 2 of the README (and all of .ci/run): install what is missing, build
# once, start the test servers, run the whole suite through ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
export TZ=UTC LANG=C.UTF-8 LC_ALL=C.UTF-8
scripts/install-deps.sh

# Node 22, unleash-server and the Unleash client specification for the flag tests
# (tools/unleash/package-lock.json). `npm ci` takes about a minute, so it runs only
# when node_modules was not installed from this exact lockfile.
unleash_dir=tools/unleash
lock_sum=$(sha256sum "$unleash_dir/package-lock.json" | cut -d' ' -f1)
if [ "$(cat "$unleash_dir/node_modules/.straja-lock.sha256" 2>/dev/null)" != "$lock_sum" ]; then
    echo "run-tests: npm ci in $unleash_dir"
    (cd "$unleash_dir" && npm ci --no-audit --no-fund --loglevel=error)
    echo "$lock_sum" >"$unleash_dir/node_modules/.straja-lock.sha256"
else
    echo "run-tests: $unleash_dir/node_modules matches the lockfile"
fi
"$unleash_dir/node_modules/node/bin/node" --version >/dev/null \
    || { echo "run-tests: Node 22 from npm does not run (install scripts blocked?)" >&2; exit 1; }

cmake --preset ci
cmake --build --preset ci

# Everything a test run writes lives here and goes away with it.
RUN=$(mktemp -d /tmp/straja-test.XXXXXX)
chmod 755 "$RUN"
trap 'rm -rf "$RUN"' EXIT
mkdir -p -m 700 "$RUN/home" "$RUN/xdg-runtime"

# A private X server and session bus with an unlocked Secret Service, as on a
# desktop: QtKeychain tests talk to a real gnome-keyring.
env HOME="$RUN/home" XDG_DATA_HOME="$RUN/home/data" XDG_CONFIG_HOME="$RUN/home/config" \
    XDG_RUNTIME_DIR="$RUN/xdg-runtime" STRAJA_ROOT="$ROOT" \
  xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- bash -c '
    echo -n straja-test-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    ctest --preset ci'
