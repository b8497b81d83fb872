#!/usr/bin/env bash
# Translations are complete and up to date with the sources.
#   check-translations.sh SOURCE_ROOT [BUILT_FILE...]
# - every language in po/LINGUAS has a .po file that msgfmt accepts, with no untranslated or
#   fuzzy messages;
# - every message of a template freshly extracted from po/POTFILES.in is in every .po file
#   (fix with ./build-aux/update-po.sh, then translate);
# - every BUILT_FILE (merged desktop file, metainfo) carries each language.
set -uo pipefail

srcroot=${1:?usage: check-translations.sh SOURCE_ROOT [BUILT_FILE...]}
shift
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failed=0
fail() { echo "FAIL: $*"; failed=1; }

langs=$(sed -e 's/#.*//' "$srcroot/po/LINGUAS" | tr -s '[:space:]' '\n' | sed '/^$/d')
[ -n "$langs" ] || fail "po/LINGUAS lists no language"

if ! "$srcroot/build-aux/make-pot.sh" "$srcroot" "$tmp/hearth.pot"; then
  fail "xgettext could not extract the strings listed in po/POTFILES.in"
fi

for lang in $langs; do
  po="$srcroot/po/$lang.po"
  if [ ! -f "$po" ]; then
    fail "po/LINGUAS lists $lang but po/$lang.po does not exist"
    continue
  fi

  if ! stats=$(LC_ALL=C msgfmt --check --statistics -o /dev/null "$po" 2>&1); then
    echo "$stats"
    fail "msgfmt --check rejects po/$lang.po"
    continue
  fi
  echo "po/$lang.po: $stats"
  case $stats in
    *untranslated*|*fuzzy*) fail "po/$lang.po has untranslated or fuzzy messages: $stats" ;;
  esac

  if [ -f "$tmp/hearth.pot" ] && ! cmp=$(LC_ALL=C msgcmp "$po" "$tmp/hearth.pot" 2>&1); then
    grep -v 'this message is not used' <<<"$cmp"
    fail "po/$lang.po lacks messages of the sources: run ./build-aux/update-po.sh and translate"
  fi

  for built in "$@"; do
    if ! grep -qE "(\[$lang\]=|xml:lang=\"$lang\")" "$built"; then
      fail "$(basename "$built") carries no $lang translation"
    fi
  done
done

for po in "$srcroot"/po/*.po; do
  [ -e "$po" ] || continue
  lang=$(basename "$po" .po)
  grep -qxF "$lang" <<<"$langs" || fail "po/$lang.po exists but po/LINGUAS does not list $lang"
done

exit $failed
