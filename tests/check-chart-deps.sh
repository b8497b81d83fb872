#!/usr/bin/env bash
# The chart library draws plain series and bands: it includes no core (or GUI) header and its
# build links no core. Allowed: config.h, libc's math and string, GLib, cairo, Pango, its own
# headers and the header-only src/util/hearth-usec.h.
#   check-chart-deps.sh SOURCE_ROOT
set -uo pipefail

srcroot=${1:?usage: check-chart-deps.sh SOURCE_ROOT}
cd "$srcroot" || exit 1
failed=0

allowed='^(config\.h|math\.h|string\.h|glib\.h|glib/[a-z0-9-]+\.h|cairo(-[a-z]+)?\.h|pango/[a-z0-9-]+\.h|hearth-chart[a-z0-9-]*\.h|hearth-usec\.h)$'
core_headers=$(cd src/core && ls -- *.h)

for f in src/chart/*.c src/chart/*.h; do
  while IFS= read -r inc; do
    name=$(sed -E 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*[<"]([^>"]+)[>"].*/\1/' <<<"$inc")
    if grep -qxF "$name" <<<"$core_headers"; then
      echo "FAIL: $f includes the core header $name"
      failed=1
    elif ! grep -qE "$allowed" <<<"$name"; then
      echo "FAIL: $f includes $name (charts use cairo, Pango and GLib only)"
      failed=1
    fi
  done < <(grep -E '^[[:space:]]*#[[:space:]]*include' "$f")
done

if grep -nE 'hearth_(core|gui)_dep|gtk_dep|adw_dep|sqlite_dep' src/chart/meson.build; then
  echo "FAIL: src/chart/meson.build depends on core, GTK or SQLite"
  failed=1
fi

[ $failed = 0 ] && echo "src/chart includes and links no core"
exit $failed
