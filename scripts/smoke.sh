#!/usr/bin/env bash
# Smoke test of the real app: start it under Xvfb on the sample project, wait for its window, take a
# screenshot and check that it is not blank; time the first frame; and check with strace that it opens
# no internet socket. Usage: scripts/smoke.sh BINARY [SCREENSHOT.png]
set -euo pipefail
bin=$(readlink -f "$1"); shot=${2:-smoke.png}
for t in Xvfb xdotool import convert strace; do
  command -v $t >/dev/null || { echo "smoke: $t is not installed (make test installs it)"; exit 1; }
done
work=$(mktemp -d)
disp=:$(( 90 + RANDOM % 400 ))
Xvfb $disp -screen 0 1400x900x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb=$!
cleanup() { kill "$app" 2>/dev/null || true; kill $xvfb 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
for i in $(seq 50); do [ -e /tmp/.X11-unix/X${disp#:} ] && break; sleep 0.1; done
export DISPLAY=$disp HOME=$work/home LANG=en_US.UTF-8 XDG_CONFIG_HOME=$work/home/.config
mkdir -p "$HOME"
start=$(date +%s%N)
traced=yes
if strace -f -qq -o /dev/null true 2>/dev/null; then
  strace -f -qq -e trace=socket,connect -o "$work/trace" "$bin" >"$work/app.log" 2>&1 &
else
  traced=no # tracing is not permitted here (a container without ptrace): run it plainly
  "$bin" >"$work/app.log" 2>&1 &
fi
app=$!
if ! timeout 30 xdotool search --sync --name 'briefpack' >/dev/null; then
  echo "smoke: no window within 30 s"; cat "$work/app.log"; exit 1
fi
end=$(date +%s%N)
echo "smoke: window up after $(( (end - start) / 1000000 )) ms (under strace)"
sleep 2 # let the sample project load
import -window root "$shot"
sd=$(convert "$shot" -colorspace Gray -format '%[fx:standard_deviation]' info:)
echo "smoke: screenshot $shot, grey-level standard deviation $sd"
awk -v sd="$sd" 'BEGIN { exit !(sd > 0.05) }' || { echo "smoke: the screenshot is blank"; exit 1; }
if [ $traced = no ]; then
  echo "smoke: strace may not trace here; the network check was skipped"
  exit 0
fi
if grep -E 'socket\(AF_INET|socket\(AF_INET6|connect\(.*AF_INET' "$work/trace"; then
  echo "smoke: the app opened an internet socket (above)"; exit 1
fi
echo "smoke: no internet socket opened (strace: $(grep -c 'socket(' "$work/trace" || true) sockets, all local)"
