#!/usr/bin/env bash
# The README's two commands, and CI's entry point.
#
#   ./build-aux/dev.sh run [ARGS…]   build and run Hearth (ARGS go to the app, e.g. --db /tmp/x.db)
#   ./build-aux/dev.sh test          build and run every test headless, then the core, CLI and chart
#                                    suites again under AddressSanitizer + UBSan
#
# Works as root on a fresh Debian 12 (installs what it needs with apt-get), or as a user with
# sudo. CI=true adds --werror.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

# Everything the build, the tests and the README's commands use (see PLATFORM.md).
packages=(
  build-essential meson ninja-build pkg-config
  libgtk-4-dev libadwaita-1-dev libsqlite3-dev libsecret-1-dev libsodium-dev libjson-glib-dev
  gettext desktop-file-utils appstream appstream-util
  xvfb xauth dbus-x11 gnome-keyring libglib2.0-bin libsecret-tools libgtk-4-bin
  imagemagick valgrind tzdata ca-certificates
  locales librsvg2-common fonts-noto-cjk openbox xdotool
  at-spi2-core python3-pyatspi gir1.2-atspi-2.0
)

# Locales the tests run under (decimal comma, both Chinese translations). Generated once.
locales=(de_DE.UTF-8 zh_TW.UTF-8 zh_CN.UTF-8)

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
die() { printf 'dev.sh: %s\n' "$*" >&2; exit 1; }

usage() {
  cat <<EOF
Usage: ./build-aux/dev.sh run [ARGS…]   build and run Hearth
       ./build-aux/dev.sh test          build and run all tests headless (plus sanitizers)
EOF
}

install_packages() {
  local missing=() pkg
  for pkg in "${packages[@]}"; do
    if [ "$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null)" != installed ]; then
      missing+=("$pkg")
    fi
  done
  [ ${#missing[@]} -eq 0 ] && return 0

  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
      sudo=(sudo)
    else
      printf 'dev.sh: these Debian packages are missing:\n  %s\n' "${missing[*]}" >&2
      printf 'Install them as root:\n  apt-get update && apt-get install -y --no-install-recommends %s\n' \
        "${missing[*]}" >&2
      exit 1
    fi
  fi

  say "Installing ${#missing[@]} packages: ${missing[*]}"
  "${sudo[@]}" apt-get update
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y --no-install-recommends "${packages[@]}"
}

# The locales in $locales, generated when missing (needs root: sudo when not root).
generate_locales() {
  local missing=() l have
  have=$(locale -a 2>/dev/null | tr '[:upper:]' '[:lower:]' | sed 's/utf-8/utf8/')
  for l in "${locales[@]}"; do
    local norm
    norm=$(printf '%s' "$l" | tr '[:upper:]' '[:lower:]' | sed 's/utf-8/utf8/')
    printf '%s\n' "$have" | grep -qx "$norm" || missing+=("$l")
  done
  [ ${#missing[@]} -eq 0 ] && return 0

  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || die "locales ${missing[*]} are missing; as root, add them to /etc/locale.gen and run locale-gen"
    sudo=(sudo)
  fi
  say "Generating locales: ${missing[*]}"
  for l in "${missing[@]}"; do
    if grep -q "^# *$l UTF-8" /etc/locale.gen; then
      "${sudo[@]}" sed -i "s/^# *$l UTF-8/$l UTF-8/" /etc/locale.gen
    elif ! grep -q "^$l UTF-8" /etc/locale.gen; then
      echo "$l UTF-8" | "${sudo[@]}" tee -a /etc/locale.gen >/dev/null
    fi
  done
  "${sudo[@]}" locale-gen
}

# setup_build DIR [MESON OPTIONS…]: configure (or reconfigure) and compile.
setup_build() {
  local dir=$1
  shift
  local opts=("$@")
  [ "${CI:-}" = true ] && opts+=(--werror)

  if [ -f "$dir/meson-private/coredata.dat" ]; then
    say "Reconfiguring $dir"
    meson setup --reconfigure "$dir" "${opts[@]}" || return 1
  else
    say "Configuring $dir"
    meson setup "$dir" "${opts[@]}" || return 1
  fi
  say "Building $dir"
  meson compile -C "$dir" || return 1
}

# A meson test run's "Ok:" and "Fail:"-like counts from its log.
count() {
  local key=$1 log=$2
  sed -n "s/^${key}:[[:space:]]*\([0-9][0-9]*\).*/\1/p" "$log" | tail -n 1
}

passed=0
failed=0
log=
# check_skips DIR: no test may skip — a TAP "# SKIP" (a subtest or a whole program) or a test
# meson counts as skipped is a failure; the set-up provides what every test needs.
check_skips() {
  local testlog=$1/meson-logs/testlog.txt n
  [ -f "$testlog" ] || return 0
  n=$(grep -cE '^(ok [0-9]+ .*# SKIP|1\.\.0 # SKIP)' "$testlog" || true)
  n=$((n + $(grep -cE '^[0-9]+/[0-9]+ .* SKIP ' "$testlog" || true)))
  if [ "$n" -gt 0 ]; then
    echo "dev.sh: $n test(s) skipped in $1; every test must run:" >&2
    grep -E '# SKIP| SKIP ' "$testlog" >&2 || true
    failed=$((failed + n))
  fi
}

tally() {
  local log=$1 status=$2 ok fail timeout unexpected
  ok=$(count 'Ok' "$log")
  fail=$(count 'Fail' "$log")
  timeout=$(count 'Timeout' "$log")
  unexpected=$(count 'Unexpected Pass' "$log")
  if [ -z "$ok" ]; then
    # No summary: meson test itself failed (a build error, say). Count it as one failure.
    failed=$((failed + 1))
    return
  fi
  passed=$((passed + ok))
  failed=$((failed + ${fail:-0} + ${timeout:-0} + ${unexpected:-0}))
  if [ "$status" -ne 0 ] && [ "${fail:-0}" -eq 0 ] && [ "${timeout:-0}" -eq 0 ] &&
     [ "${unexpected:-0}" -eq 0 ]; then
    failed=$((failed + 1))
  fi
}

# headless CMD…: run CMD the way PLATFORM.md runs tests — throw-away XDG folders, Xvfb, a
# private D-Bus session and an unlocked throw-away keyring.
headless() {
  local s
  s=$(mktemp -d)
  mkdir -m700 -p "$s/data" "$s/cache" "$s/run" "$s/config"
  local status=0
  XDG_DATA_HOME=$s/data XDG_CACHE_HOME=$s/cache XDG_RUNTIME_DIR=$s/run XDG_CONFIG_HOME=$s/config \
    xvfb-run -a -s "-screen 0 1280x1024x24" dbus-run-session -- bash -c '
      export GTK_A11Y=none
      echo -n test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
      "$@"' headless "$@" || status=$?
  rm -rf "$s"
  return $status
}

cmd_run() {
  if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    die "no display: neither DISPLAY nor WAYLAND_DISPLAY is set, so Hearth has nowhere to open
its window. Run it from a desktop session (or ssh -X), or try the command-line companion:
  ./build-aux/dev.sh test  (runs the GUI tests on a virtual display)
  meson devenv -C build hearth-cli --help"
  fi
  install_packages
  generate_locales
  setup_build build
  # meson devenv puts the built programs on PATH and points GSETTINGS_SCHEMA_DIR at the
  # schemas compiled in build/data; HEARTH_LOCALEDIR finds the built translations.
  export HEARTH_LOCALEDIR="$root/build/po"
  say "Running Hearth"
  exec meson devenv -C build hearth "$@"
}

summary() {
  echo
  echo "$passed passed, $failed failed"
  [ "$failed" -eq 0 ]
}

cmd_test() {
  install_packages
  generate_locales
  local status
  log=$(mktemp)
  trap 'rm -f "$log"' EXIT

  if ! setup_build build; then
    failed=$((failed + 1))
    summary
    return
  fi
  say "Testing build (all suites, headless)"
  status=0
  headless meson test -C build --print-errorlogs 2>&1 | tee "$log" || status=$?
  tally "$log" "$status"
  check_skips build

  if ! setup_build build-sanitize -Db_sanitize=address,undefined -Db_lundef=false; then
    failed=$((failed + 1))
    summary
    return
  fi
  say "Testing build-sanitize (core, CLI and charts under AddressSanitizer + UBSan)"
  status=0
  ASAN_OPTIONS=halt_on_error=1:detect_leaks=1 \
  UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
  LSAN_OPTIONS=suppressions="$root/build-aux/lsan.supp":print_suppressions=0 \
  G_SLICE=always-malloc GSK_RENDERER=cairo GDK_DEBUG=gl-disable \
    headless meson test -C build-sanitize --suite core --suite cli --suite chart --print-errorlogs 2>&1 \
    | tee "$log" || status=$?
  tally "$log" "$status"
  check_skips build-sanitize

  summary
}

# A fresh Debian image has no locale set; meson and the app want UTF-8.
if [ -z "${LC_ALL:-}${LANG:-}" ]; then
  export LANG=C.UTF-8
fi

case ${1:-} in
  run) shift; cmd_run "$@" ;;
  test) shift; [ $# -eq 0 ] || die "test takes no arguments"; cmd_test ;;
  -h|--help|help) usage ;;
  *) usage >&2; exit 2 ;;
esac
