#!/usr/bin/env bash
# Write the translation template for Hearth from po/POTFILES.in.
# Usage: build-aux/make-pot.sh SOURCE_ROOT OUTPUT.pot
# Used by build-aux/update-po.sh and the 'translations' test, so both see the same strings.
set -euo pipefail

srcroot=${1:?usage: make-pot.sh SOURCE_ROOT OUTPUT.pot}
output=${2:?usage: make-pot.sh SOURCE_ROOT OUTPUT.pot}

files=$(mktemp)
trap 'rm -f "$files"' EXIT
# POTFILES.in: one path per line, relative to the source root; '#' starts a comment.
sed -e 's/#.*//' -e 's/[[:space:]]*$//' -e '/^$/d' "$srcroot/po/POTFILES.in" > "$files"

# po/its: the ITS rules of Hearth's own XML (the badge catalogue, src/core/badges.xml).
export GETTEXTDATADIRS="$srcroot/po${GETTEXTDATADIRS:+:$GETTEXTDATADIRS}"

# The keywords of meson's 'glib' gettext preset, plus plain ngettext.
xgettext \
  --directory="$srcroot" \
  --files-from="$files" \
  --output="$output" \
  --from-code=UTF-8 \
  --add-comments \
  --package-name=hearth \
  --msgid-bugs-address=https://github.com/hearthapp/hearth/issues \
  --keyword=_ \
  --keyword=N_ \
  --keyword=C_:1c,2 \
  --keyword=NC_:1c,2 \
  --keyword=g_dcgettext:2 \
  --keyword=g_dngettext:2,3 \
  --keyword=g_dpgettext2:2c,3 \
  --keyword=ngettext:1,2 \
  --flag=N_:1:pass-c-format \
  --flag=C_:2:pass-c-format \
  --flag=NC_:2:pass-c-format \
  --flag=g_dngettext:2:pass-c-format \
  --flag=g_strdup_printf:1:c-format \
  --flag=g_string_printf:2:c-format \
  --flag=g_string_append_printf:2:c-format \
  --flag=g_error_new:3:c-format \
  --flag=g_set_error:4:c-format \
  --flag=g_markup_printf_escaped:1:c-format \
  --flag=g_log:3:c-format \
  --flag=g_print:1:c-format \
  --flag=g_printerr:1:c-format \
  --flag=g_printf:1:c-format \
  --flag=g_fprintf:2:c-format \
  --flag=g_sprintf:2:c-format \
  --flag=g_snprintf:3:c-format
