#!/usr/bin/env bash
# Run a validator and fail if it fails or says anything at all (warnings and hints included).
#   run-quiet.sh COMMAND [ARG...]
set -uo pipefail
out=$("$@" 2>&1)
status=$?
[ -n "$out" ] && printf '%s\n' "$out"
if [ $status != 0 ]; then
  echo "FAIL: $1 exited with status $status"
  exit 1
fi
if [ -n "$out" ]; then
  echo "FAIL: $1 reported issues"
  exit 1
fi
echo "$1: no issues"
