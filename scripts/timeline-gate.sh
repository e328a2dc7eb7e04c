#!/usr/bin/env bash
# The timeline's quality gate (issue 9): the shared scorer on the seeds and on dev/news must give
# event F1 ≥ 0.90, clean descriptions ("what_clean") ≥ 0.97, no timeline entry repeating another,
# every publication date the texts state, and on the seeds a pack that holds (pack=ok). Fails, with
# the figures, when any does not hold. Usage: scripts/timeline-gate.sh BIN/briefpack SHARED
set -euo pipefail
cli=$1; shared=$2
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
fail=0
check() { # name, docs, gold, extra scorer arguments...
  local name=$1 docs=$2 gold=$3; shift 3
  "$cli" extract "$docs" > "$work/$name.json"
  set +e
  python3 "$shared/tools/score.py" "$work/$name.json" "$gold" "$docs" --json "$work/$name.score.json" "$@" > "$work/$name.txt"
  set -e
  if ! python3 - "$name" "$work/$name.score.json" <<'PY'
import json, sys
name, path = sys.argv[1], sys.argv[2]
s = json.load(open(path))
bad = []
if s["event_f1"] < 0.90: bad.append(f"event F1 {s['event_f1']:.2f} < 0.90")
if s["what_clean"] < 0.97: bad.append(f"what_clean {s['what_clean']:.2f} < 0.97")
if s["timeline_repeats"] != 0: bad.append(f"{s['timeline_repeats']} timeline entries repeat another")
if s["date"] != s["date_n"]: bad.append(f"publication dates found {s['date']}/{s['date_n']}")
if s.get("pack_ok") is False: bad.append("pack=short")
print(f"timeline gate, {name}: event_f1={s['event_f1']:.2f} what_clean={s['what_clean']:.2f} "
      f"timeline_repeats={s['timeline_repeats']} publication dates {s['date']}/{s['date_n']}"
      + ("" if s.get("pack_ok") is None else " pack=" + ("ok" if s["pack_ok"] else "short"))
      + ("" if not bad else "  FAIL: " + "; ".join(bad)))
sys.exit(1 if bad else 0)
PY
  then
    grep -E "miss: .*(event|published|description)" "$work/$name.txt" | head -20 || true
    fail=1
  fi
}
check seeds "$shared/seeds" "$shared/gold" --pack "$shared/gold/pack.json"
check dev-news "$shared/dev/news/docs" "$shared/dev/news/gold"
exit $fail
