#!/usr/bin/env bash
# po/POTFILES.in lists every source file with translatable strings, and nothing that is gone.
#   check-potfiles.sh SOURCE_ROOT
set -uo pipefail

srcroot=${1:?usage: check-potfiles.sh SOURCE_ROOT}
cd "$srcroot" || exit 1
failed=0

listed=$(sed -e 's/#.*//' -e 's/[[:space:]]*$//' -e '/^$/d' po/POTFILES.in)

for f in $listed; do
  [ -f "$f" ] || { echo "FAIL: po/POTFILES.in lists $f, which does not exist"; failed=1; }
done

# _("…"), N_("…"), C_("…", "…"), NC_(…), ngettext (…) in C; translatable="yes" in .ui files.
pattern='(^|[^A-Za-z0-9_])(_|N_|C_|NC_)[[:space:]]*\([[:space:]]*("|$)|(^|[^A-Za-z0-9_])(g_d)?n?gettext[[:space:]]*\(|translatable="yes"'
found=$(grep -rlE --include='*.c' --include='*.h' --include='*.ui' "$pattern" src 2>/dev/null | LC_ALL=C sort)

for f in $found; do
  grep -qxF "$f" <<<"$listed" || { echo "FAIL: $f has translatable strings but is not in po/POTFILES.in"; failed=1; }
done

[ $failed = 0 ] && echo "po/POTFILES.in lists all $(wc -w <<<"$found") source files with translatable strings"
exit $failed
