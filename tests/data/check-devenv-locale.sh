#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The built translations are found without extra environment variables:
# 1. `meson devenv` (what build-aux/dev.sh run uses) runs hearth-cli in Chinese with
#    HEARTH_LOCALEDIR unset, for both catalogues;
# 2. the installed catalogues land in the LOCALEDIR the programs bind to when
#    HEARTH_LOCALEDIR is unset (config.h), so an installed app finds them.
# Usage: check-devenv-locale.sh MESON BUILD_ROOT
set -u
meson=$1
build=$2
status=0

for lang in zh_TW zh_CN; do
  out=$(cd / && env -u HEARTH_LOCALEDIR -u LANGUAGE LC_ALL=$lang.UTF-8 \
        "$meson" devenv -C "$build" hearth-cli --help 2>&1)
  # "Usage:" is translated in both catalogues; an untranslated run prints it in English.
  if printf '%s\n' "$out" | grep -q '^Usage:'; then
    echo "FAIL: meson devenv hearth-cli --help under $lang.UTF-8 is not translated:"
    printf '%s\n' "$out" | head -3
    status=1
  elif ! printf '%s\n' "$out" | LC_ALL=C.UTF-8 grep -qP '[\x{4e00}-\x{9fff}]'; then
    echo "FAIL: meson devenv hearth-cli --help under $lang.UTF-8 has no Chinese:"
    printf '%s\n' "$out" | head -3
    status=1
  else
    echo "ok: $lang through meson devenv"
  fi
done

localedir=$(sed -n 's/^#define LOCALEDIR "\(.*\)"$/\1/p' "$build/config.h")
if [ -z "$localedir" ]; then
  echo "FAIL: no LOCALEDIR in $build/config.h"
  status=1
fi
installed=$("$meson" introspect --installed "$build")
for lang in zh_TW zh_CN; do
  want="$localedir/$lang/LC_MESSAGES/hearth.mo"
  if printf '%s\n' "$installed" | grep -qF "\"$want\""; then
    echo "ok: $lang installs to $want"
  else
    echo "FAIL: nothing installs $want (the programs' LOCALEDIR)"
    status=1
  fi
done
exit $status
