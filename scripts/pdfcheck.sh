#!/usr/bin/env bash
# The tagged PDF gate: builds the seeds packs of every template (visit, signing in large print,
# one-page note) and the sample library's visit pack with the CLI, then for each: pdfinfo must say
# Tagged yes and PDF 1.7, the XMP must give the language, a rebuild must be byte-identical, and
# scripts/pdfua_check.py (the Matterhorn checkpoints a script can decide) must hold. Prints the
# headings of the seeds visit pack as a screen reader finds them (pdfinfo -struct-text).
# Usage: scripts/pdfcheck.sh BIN/briefpack SEEDS_DIR
set -euo pipefail
bin=$1 seeds=$2
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
export SOURCE_DATE_EPOCH=1790000000
fail=0
build() { # NAME ARGS...
	local name=$1; shift
	"$bin" build "$@" -o "$tmp/$name.pdf" >/dev/null
	"$bin" build "$@" -o "$tmp/$name-again.pdf" >/dev/null
	cmp -s "$tmp/$name.pdf" "$tmp/$name-again.pdf" || { echo "pdfcheck: $name: two builds differ"; fail=1; }
	local info; info=$(pdfinfo "$tmp/$name.pdf")
	grep -Eq '^Tagged: +yes$' <<<"$info" || { echo "pdfcheck: $name: pdfinfo does not say Tagged: yes"; fail=1; }
	grep -Eq '^PDF version: +1\.7$' <<<"$info" || { echo "pdfcheck: $name: not PDF 1.7"; fail=1; }
	pdfinfo -meta "$tmp/$name.pdf" | grep -q '<dc:language><rdf:Bag><rdf:li>en-GB</rdf:li>' ||
		{ echo "pdfcheck: $name: no language in the metadata"; fail=1; }
	echo "pdfcheck: $name: $(stat -c %s "$tmp/$name.pdf") bytes, $(grep -E '^Pages:' <<<"$info" | tr -s ' ')"
}
build seeds-visit --template visit --marking OFFICIAL-SENSITIVE "$seeds"
build seeds-signing-large --template signing --large-print "$seeds"
build seeds-onepage --template onepage "$seeds"
build sample-visit --sample --sections "$here/../assets/sections/visit.md"
echo "pdfcheck: headings of the seeds visit pack, as the structure gives them:"
pdfinfo -struct-text "$tmp/seeds-visit.pdf" | awk '/^ *H[1-6] /{lvl=$1; getline; gsub(/^ +/, ""); print "  " lvl " " $0}'
if pdfinfo -struct-text "$tmp/seeds-visit.pdf" | grep -Eq 'OFFICIAL|Page [0-9]+ of'; then
	echo "pdfcheck: the marking or a page number is inside the structure"; fail=1
fi
"$here/pdfua_check.py" "$tmp"/seeds-visit.pdf "$tmp"/seeds-signing-large.pdf "$tmp"/seeds-onepage.pdf "$tmp"/sample-visit.pdf || fail=1
exit $fail
