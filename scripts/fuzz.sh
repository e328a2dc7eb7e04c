#!/usr/bin/env bash
# fuzz.sh [TIME] — runs every fuzz target in the module for TIME each (default 5m), one after another,
# and stops at the first failure (the failing input is kept under testdata/fuzz and then runs in every
# `go test`). Targets are found by name, so a new Fuzz function is picked up without editing this file.
set -euo pipefail
cd "$(dirname "$0")/.."
time=${1:-5m}
status=0
while IFS=: read -r file line; do
	pkg=./$(dirname "$file")
	name=$(sed -E 's/^func (Fuzz[A-Za-z0-9_]*).*/\1/' <<<"$line")
	echo "== $pkg $name ($time) $(date +%T)"
	# -fuzzminimizetime: Go minimizes every new interesting input for up to a minute by default, and
	# on the slower targets that took most of a 5-minute run; a few seconds leaves the time to fuzzing.
	if ! go test "$pkg" -run '^$' -fuzz "^${name}\$" -fuzztime "$time" -fuzzminimizetime 5s -parallel 1 2>&1 | tail -3; then
		status=1
		break
	fi
done < <(grep -rH --include='*_test.go' -E '^func Fuzz[A-Za-z0-9_]*\(' briefing | sort)
exit $status
