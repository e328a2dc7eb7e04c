#!/usr/bin/env bash
# bench-compare.sh BASE [SHARED] — the speed targets the issues state as "no slower than N× today's",
# measured against commit BASE on this machine. Both trees are built in temporary worktrees; each
# figure is then taken for BASE and for the working tree, interleaved (base, new, base, new, …) so
# that other load on the machine falls on both alike:
#   - instructions (valgrind's callgrind, when installed): exact and repeatable, load does not move them;
#   - the median of wall times otherwise, and always for the CLI.
# Figures: the engine's ExtractText benchmark (per iteration), the CLI's extract and visit build on
# the seeds, and extract + merge of 250 generated sources.
set -euo pipefail
base=${1:?usage: bench-compare.sh BASE-COMMIT [SHARED]}
shared=$(cd "${2:-../shared}" && pwd)
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d); trap 'git -C "$root" worktree remove --force "$work/base" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
git -C "$root" worktree add --detach "$work/base" "$base" >/dev/null 2>&1
ln -s "$shared" "$work/shared"
for side in base new; do
	dir=$root; [ $side = base ] && dir=$work/base
	(cd "$dir" && CGO_ENABLED=0 go build -trimpath -o "$work/$side-cli" ./cmd/briefpack &&
		go test -c -o "$work/$side-engine.test" ./briefing/engine/)
done
(cd "$root" && go run ./internal/tools/gensources -n 250 "$work/gen250" >/dev/null)
seeds=$shared/seeds

instructions() { # instructions of one run of a command
	GODEBUG=asyncpreemptoff=1 GOMAXPROCS=1 BRIEFPACK_SHARED=$shared \
		valgrind --tool=callgrind --callgrind-out-file="$work/cg.out" "$@" >/dev/null 2>&1 || true
	callgrind_annotate "$work/cg.out" 2>/dev/null | awk '/PROGRAM TOTALS/ && !done {gsub(",", "", $1); print $1; done = 1}'
}
walltime() { # median wall time in ms of 15 runs
	for _ in $(seq 15); do
		s=$(date +%s%N); BRIEFPACK_SHARED=$shared "$@" >/dev/null 2>&1 || true; e=$(date +%s%N)
		echo $(((e - s) / 1000))
	done | sort -n | awk '{a[NR]=$1} END {printf "%.1f", a[int((NR+1)/2)]/1000}'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", b / a}'; }
report() { # name unit base new target
	printf '%-34s base %14s  new %14s %s  ratio %s  (target ≤ %s)\n' "$1" "$3" "$4" "$2" "$(ratio "$3" "$4")" "$5"
}
cd "$work/base/briefing/engine" # the benchmark finds ../shared from the module it was built in
if command -v valgrind >/dev/null; then
	per_iteration() { # instructions of 5 iterations of ExtractText, less the set-up
		local one six
		one=$(instructions "$1" -test.run '^$' -test.bench '^BenchmarkExtractText$' -test.benchtime 1x)
		six=$(instructions "$1" -test.run '^$' -test.bench '^BenchmarkExtractText$' -test.benchtime 6x)
		echo $(((six - one) / 6))
	}
	b=$(per_iteration "$work/base-engine.test"); n=$(per_iteration "$work/new-engine.test")
	report "ExtractText, one iteration" instr "$b" "$n" 1.25
	b=$(instructions "$work/base-cli" extract "$seeds"); n=$(instructions "$work/new-cli" extract "$seeds")
	report "CLI extract, 5 seeds" instr "$b" "$n" 1.15
	b=$(instructions "$work/base-cli" build --date 2026-11-23 -o "$work/b.pdf" "$seeds")
	n=$(instructions "$work/new-cli" build --date 2026-11-23 -o "$work/n.pdf" "$seeds")
	report "CLI visit build, 5 seeds" instr "$b" "$n" 1.15
	b=$(instructions "$work/base-cli" extract "$work/gen250"); n=$(instructions "$work/new-cli" extract "$work/gen250")
	report "CLI extract + merge, 250 sources" instr "$b" "$n" 1.25
else
	echo "valgrind not installed: wall times only (noisy under load)"
fi
for round in 1 2; do
	b=$(walltime "$work/base-cli" extract "$seeds"); n=$(walltime "$work/new-cli" extract "$seeds")
	report "CLI extract, 5 seeds (round $round)" ms "$b" "$n" 1.15
	b=$(walltime "$work/base-cli" build --date 2026-11-23 -o "$work/b.pdf" "$seeds")
	n=$(walltime "$work/new-cli" build --date 2026-11-23 -o "$work/n.pdf" "$seeds")
	report "CLI visit build (round $round)" ms "$b" "$n" 1.15
done
