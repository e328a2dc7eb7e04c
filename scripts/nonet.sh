#!/usr/bin/env bash
# Proves the CLI makes no network use, for extract and for building a PDF and an HTML pack: (1) under
# strace, no socket of an internet family is opened and nothing is connected; (2) with networking
# removed (unshare -n) the output is byte-identical. Usage: scripts/nonet.sh BIN/briefpack FILE|DIR...
set -euo pipefail
bin=$1; shift
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
export SOURCE_DATE_EPOCH=1790000000 # builds are then byte-identical run to run

# run NAME PREFIX... : runs one job (extract to stdout, or build to a file) behind an optional prefix,
# and leaves its output in $tmp/NAME.out
run() {
	local name=$1 mode=$2; shift 2
	case $mode in
	extract) "$@" "$bin" extract "${sources[@]}" > "$tmp/$name.out" 2>/dev/null || true ;;
	pdf|html) "$@" "$bin" build --marking OFFICIAL -o "$tmp/$name.$mode" "${sources[@]}" >/dev/null 2>&1 || true
		cp "$tmp/$name.$mode" "$tmp/$name.out" 2>/dev/null || : > "$tmp/$name.out" ;;
	esac
}
sources=("$@")
can_trace=false
command -v strace >/dev/null && strace -f -qq -o /dev/null true 2>/dev/null && can_trace=true
isolate=()
if unshare -n true 2>/dev/null; then
	isolate=(unshare -n)
elif command -v sudo >/dev/null && sudo -n unshare -n true 2>/dev/null; then
	isolate=(sudo -n unshare -n)
fi
# Under CI (CI=true) both checks must run: a check that cannot run fails the gate rather than passing
# having proven nothing. Elsewhere a check that cannot run is skipped, and said so below.
if [ "${CI:-}" = true ]; then
	$can_trace || { echo "nonet: FAIL: strace cannot trace here (CI=true needs it)"; exit 1; }
	[ ${#isolate[@]} -gt 0 ] || { echo "nonet: FAIL: unshare -n is not permitted here (CI=true needs it)"; exit 1; }
fi
for mode in extract pdf html; do
	run "$mode-normal" $mode
	[ -s "$tmp/$mode-normal.out" ] || { echo "nonet: $mode produced nothing"; exit 1; }
	if $can_trace; then
		run "$mode-traced" $mode strace -f -qq -e trace=socket,connect,sendto -o "$tmp/$mode.trace"
		if grep -E 'AF_INET|AF_INET6|connect\(' "$tmp/$mode.trace"; then
			echo "nonet: $mode opened a network socket (above)"; exit 1
		fi
		cmp -s "$tmp/$mode-normal.out" "$tmp/$mode-traced.out" || { echo "nonet: $mode output differs under strace"; exit 1; }
	fi
	if [ ${#isolate[@]} -gt 0 ]; then
		run "$mode-isolated" $mode "${isolate[@]}"
		cmp -s "$tmp/$mode-normal.out" "$tmp/$mode-isolated.out" || { echo "nonet: $mode output differs without a network"; exit 1; }
	fi
done
if $can_trace; then
	echo "nonet: strace saw no internet socket or connect (extract, build PDF, build HTML)"
else
	echo "nonet: SKIPPED the syscall check: strace is not installed or may not trace here (not under CI)"
fi
if [ ${#isolate[@]} -gt 0 ]; then
	echo "nonet: identical output with networking removed (${isolate[*]})"
else
	echo "nonet: SKIPPED the isolated run: unshare -n is not permitted here (not under CI)"
fi
