#!/usr/bin/env bash
# Captures the real app for the metainfo screenshot (data/screenshots/member.png) and for
# looking at what was built: fills a throw-away journal with hearth-cli generate, opens Hearth
# under Xvfb and grabs the screen with ImageMagick's import.
#
#   build-aux/screenshot.sh [BUILD_DIR] [OUT.png] [light|dark] [WIDTHxHEIGHT]
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
out=${2:-$build/screenshot-member.png}
scheme=${3:-light}
size=${4:-1000x700}
width=${size%x*}
height=${size#*x}

s=$(mktemp -d)
trap 'rm -rf "$s"' EXIT
mkdir -m700 -p "$s/data" "$s/cache" "$s/run" "$s/config"
export XDG_DATA_HOME=$s/data XDG_CACHE_HOME=$s/cache XDG_RUNTIME_DIR=$s/run XDG_CONFIG_HOME=$s/config
export HEARTH_DB=$s/journal.db
cli=$build/src/cli/hearth-cli

# A generated family (the same data as `hearth-cli generate`), two years up to now; the
# page opens on the first member listed.
"$cli" generate --members 4 --years 2 --seed 3 >/dev/null
mei=$("$cli" profile list --json | awk -F'"' '/"uuid"/ { u = $4 } /"name"/ && !done { print u; done = 1 }')
keyfile=$s/config/glib-2.0/settings/keyfile
mkdir -p "$(dirname "$keyfile")"
cat > "$keyfile" <<KEYS
[io/github/hearthapp/Hearth]
last-profile='$mei'
window-width=$width
window-height=$height
KEYS
export GSETTINGS_BACKEND=keyfile GSETTINGS_SCHEMA_DIR=$build/data HEARTH_LOCALEDIR=$build/po
[ "$scheme" = dark ] && export ADW_DEBUG_COLOR_SCHEME=prefer-dark

# The pointer starts at the screen centre: keep it off the window, away from tooltips.
xvfb-run -a -s "-screen 0 $((2 * width + 200))x$((2 * height + 200))x24" dbus-run-session -- bash -c '
  export GDK_BACKEND=x11 GTK_A11Y=none
  "$1" & app=$!
  sleep 4
  /usr/bin/import -window root -crop "$3x$4+0+0" "$2"
  kill $app' shot "$build/src/gui/hearth" "$out" "$width" "$height"
echo "$out"
