#!/usr/bin/env bash
# Regenerate po/hearth.pot from the sources listed in po/POTFILES.in and merge it into every
# language in po/LINGUAS. New strings arrive untranslated, changed ones as fuzzy: translate them
# (and remove the fuzzy flag) until `meson test --suite data` passes again.
#   ./build-aux/update-po.sh
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

"$root/build-aux/make-pot.sh" "$root" po/hearth.pot

sed -e 's/#.*//' po/LINGUAS | tr -s '[:space:]' '\n' | sed '/^$/d' | while read -r lang; do
  if [ -f "po/$lang.po" ]; then
    msgmerge --quiet --update --backup=none --previous "po/$lang.po" po/hearth.pot
  else
    msginit --no-translator --locale="$lang.UTF-8" --input=po/hearth.pot --output-file="po/$lang.po"
  fi
  printf '%s: ' "$lang"
  msgfmt --check --statistics -o /dev/null "po/$lang.po" 2>&1
done
