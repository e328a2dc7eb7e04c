#!/usr/bin/env bash
# The bad-input corpus of issues 11 and 12 through the real CLI: every file on its own in at most 5 s
# and 300 MB (peak resident memory, /usr/bin/time), exit 0 or 1 (never a crash, a usage error or a
# hang: timeout kills at 10 s and that fails), a message that names the file (control characters
# escaped); then the whole folder at once still prints JSON with the good file in it.
#
#   scripts/bounds.sh ./bin/briefpack
set -euo pipefail
cli=$(realpath "$1")
command -v /usr/bin/time >/dev/null || { echo "bounds: /usr/bin/time is missing (apt-get install time)"; exit 1; }
max_s=5
max_kb=$((300 * 1024))
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
BRIEFPACK_BADCORPUS="$work/corpus" go test -count=1 -run '^TestBadInputCorpus$' ./briefing/source >/dev/null

fail=0
check() { # name, then a command; sets rc, secs, kb
	set +e
	/usr/bin/time -f '%e %M' -o "$work/time" timeout 10 "$@" >"$work/out" 2>"$work/err"
	rc=$?
	set -e
	read -r secs kb < <(tail -1 "$work/time")
}
for f in "$work"/corpus/*; do
	name=$(basename "$f")
	shown=$(printf '%s' "$name" | sed 's/\x1b/\\x1b/g')
	check "$cli" extract "$f"
	problem=""
	if [ "$rc" -ne 0 ] && [ "$rc" -ne 1 ]; then problem="exit $rc"; fi
	if ! awk -v s="$secs" -v m="$max_s" 'BEGIN { exit !(s <= m) }'; then problem="$problem ${secs}s"; fi
	if [ "$kb" -gt "$max_kb" ]; then problem="$problem ${kb}KB"; fi
	if ! python3 -m json.tool "$work/out" >/dev/null 2>&1; then problem="$problem no-JSON"; fi
	if [ "$rc" -eq 1 ] && ! grep -qF -- "$shown" "$work/err"; then problem="$problem message-does-not-name-it"; fi
	if grep -q $'\x1b' "$work/err"; then problem="$problem raw-escape-printed"; fi
	printf '%-34s exit %d  %5.2f s  %4d MB  %s\n' "$shown" "$rc" "$secs" $((kb / 1024)) "${problem:-ok}"
	[ -z "$problem" ] || fail=1
done
check "$cli" extract "$work/corpus"
if [ "$rc" -ne 1 ] || ! grep -q '"file": ".*good.txt"' "$work/out"; then
	echo "the whole folder: exit $rc, good.txt in the JSON: $(grep -c good.txt "$work/out")"; fail=1
else
	printf '%-34s exit %d  %5.2f s  %4d MB  ok (the good file loaded)\n' "(the whole folder)" "$rc" "$secs" $((kb / 1024))
fi
[ "$fail" -eq 0 ] || { echo "bounds: FAILED"; exit 1; }
echo "bounds: every bad input within ${max_s} s and 300 MB, named in its message"
