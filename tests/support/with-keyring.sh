#!/bin/sh
# with-keyring.sh COMMAND [ARGS...]
# Runs a test on a private D-Bus session bus with an unlocked gnome-keyring (the
# recipe of TOOLCHAIN.md §4), in a throwaway HOME, so keychain tests behave the
# same under a plain `ctest` and under scripts/run-tests.sh, and never see the
# developer's own keyring. The daemon exits with the bus.
set -u
dir=$(mktemp -d "${TMPDIR:-/tmp}/straja-keyring.XXXXXX") || exit 1
mkdir -p -m 700 "$dir/home" "$dir/run"
export HOME="$dir/home" XDG_DATA_HOME="$dir/home/data" XDG_CONFIG_HOME="$dir/home/config" \
       XDG_CACHE_HOME="$dir/home/cache" XDG_RUNTIME_DIR="$dir/run"
# No window may ever wait for a click: without a display a keyring prompt fails
# at once instead of hanging (TOOLCHAIN K5). GUI tests run offscreen anyway.
unset DISPLAY WAYLAND_DISPLAY
dbus-run-session -- sh -c '
    printf %s straja-test-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null || exit 90
    exec "$@"' with-keyring "$@"
rc=$?
# The keyring daemon leaves with the bus and may still be writing for a moment.
rm -rf "$dir" 2>/dev/null || { sleep 0.5; rm -rf "$dir"; }
exit $rc
