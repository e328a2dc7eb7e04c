#!/usr/bin/env bash
# Proves the CLI makes no network use: (1) under strace, no socket of an internet family is opened and
# nothing is connected; (2) with networking removed (unshare -n) the output is byte-identical.
set -euo pipefail
bin=$1; shift
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
"$bin" extract "$@" > "$tmp/normal.json" || true
if command -v strace >/dev/null && strace -f -qq -o /dev/null true 2>/dev/null; then
  strace -f -qq -e trace=socket,connect,sendto -o "$tmp/trace" "$bin" extract "$@" > "$tmp/traced.json" || true
  if grep -E 'AF_INET|AF_INET6|connect\(' "$tmp/trace"; then
    echo "nonet: the CLI opened a network socket (above)"; exit 1
  fi
  cmp -s "$tmp/normal.json" "$tmp/traced.json" || { echo "nonet: output differs under strace"; exit 1; }
  echo "nonet: strace saw no internet socket or connect"
else
  echo "nonet: strace is not installed or may not trace here; skipping the syscall check"
fi
if unshare -n true 2>/dev/null; then
  unshare -n "$bin" extract "$@" > "$tmp/isolated.json" || true
  cmp -s "$tmp/normal.json" "$tmp/isolated.json" || { echo "nonet: output differs without a network"; exit 1; }
  echo "nonet: identical output with networking removed (unshare -n)"
elif command -v sudo >/dev/null && sudo -n unshare -n true 2>/dev/null; then
  sudo -n unshare -n "$bin" extract "$@" > "$tmp/isolated.json" || true
  cmp -s "$tmp/normal.json" "$tmp/isolated.json" || { echo "nonet: output differs without a network"; exit 1; }
  echo "nonet: identical output with networking removed (sudo unshare -n)"
else
  echo "nonet: unshare -n not permitted here; the strace check stands"
fi
