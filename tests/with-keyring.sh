#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs "$@" on a private D-Bus session with an unlocked gnome-keyring (password
# "test") whose files live in a throw-away folder (PLATFORM.md's recipe), so the
# keyring tests never touch the user's own keyring. --keep-display (GUI tests)
# leaves DISPLAY set.
set -eu
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
mkdir -m 700 "$dir/data" "$dir/run"
export XDG_DATA_HOME="$dir/data" XDG_RUNTIME_DIR="$dir/run"
if [ "${1:-}" = "--keep-display" ]; then
  shift
else
  unset DISPLAY WAYLAND_DISPLAY
fi
exec dbus-run-session -- sh -c 'echo -n test | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"' sh "$@"
