#!/usr/bin/env bash
# Whole-process timings: the CLI on the seeds (extract and build), 1,000 generated sources with peak
# memory, and the app's first window under Xvfb. Usage: scripts/bench-cli.sh BIN/briefpack SEEDS [APP]
set -euo pipefail
cli=$1; seeds=$2; app=${3:-}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
timeit() { # runs a command N times, prints the median wall time in ms
  local n=$1; shift
  for i in $(seq "$n"); do
    s=$(date +%s%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s%N)
    echo $(( (e - s) / 1000 ))
  done | median | awk '{printf "%.1f", $1/1000}'
}
"$cli" extract "$seeds" >/dev/null; "$cli" build -o "$work/w.pdf" "$seeds" >/dev/null 2>&1
echo "extract, 5 seeds:            median $(timeit 31 "$cli" extract "$seeds") ms   (target ≤ 30)"
echo "build PDF, 5 seeds:          median $(timeit 31 "$cli" build --marking OFFICIAL --date 2026-11-23 -o "$work/s.pdf" "$seeds") ms   (target ≤ 30)"
echo "seeds PDF size:              $(( $(stat -c %s "$work/s.pdf") / 1024 )) KB   (target ≤ 150)"
for n in 250 500 1000; do
  go run ./internal/tools/gensources -n $n "$work/gen$n" >/dev/null
  t=$(timeit 5 "$cli" extract "$work/gen$n")
  rss=$( { /usr/bin/time -v "$cli" extract "$work/gen$n" >/dev/null; } 2>&1 | awk '/Maximum resident/ {print int($6/1024)}')
  mb=$(du -sm "$work/gen$n" | cut -f1)
  echo "extract + merge, $n sources (~$mb MB): median $t ms, peak RSS $rss MB   (1,000: target ≤ 1 s, ≤ 200 MB)"
done
if [ -n "$app" ] && command -v Xvfb >/dev/null && command -v xdotool >/dev/null; then
  disp=:$(( 500 + RANDOM % 300 ))
  Xvfb $disp -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 & xv=$!
  sleep 1
  export DISPLAY=$disp LANG=en_US.UTF-8
  times=()
  for i in 1 2 3 4 5; do
    home=$(mktemp -d -p "$work")
    s=$(date +%s%N)
    HOME=$home XDG_CONFIG_HOME=$home/.config "$app" >/dev/null 2>&1 & pid=$!
    timeout 20 xdotool search --sync --name briefpack >/dev/null
    e=$(date +%s%N); kill $pid; wait $pid 2>/dev/null || true
    times+=($(( (e - s) / 1000000 )))
  done
  kill $xv
  echo "app first window under Xvfb: median $(printf '%s\n' "${times[@]}" | median) ms of ${times[*]}   (target ≤ 1500)"
fi
