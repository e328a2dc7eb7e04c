package extract

import (
	"unicode"
	"unicode/utf8"

	"github.com/briefpack/briefpack/briefing/prose"
)

// datelineEnd returns the length of the dateline that opens s ("SINGAPORE, 3 March (Reuters) – "), or
// 0 when there is none: the leftmost-first match of
//
//	^\p{Lu}[\p{Lu}.'’ -]{1,40}(?:,\s*[^–—()]{0,40}?)?\s*(?:\([^()]{1,40}\))?\s*(?:[-–—]+|:)\s+
//
// as Go's regexp package finds it, tried in the order a backtracking matcher tries it. It is written
// out because the expression, with its capital-letter class repeated forty times, costs more to
// compile than all the sentences of a run cost to match; dateline_test.go holds the two to each
// other. (\s is ASCII white space, one byte each, so white space is counted in bytes.)
func datelineEnd(s string) int {
	r, w := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) {
		return 0
	}
	var ends [40]int // where the place could end: after each character of the run, up to forty
	n := 0
	for i := w; i < len(s) && n < len(ends); n++ {
		r, w := utf8.DecodeRuneInString(s[i:])
		if !isPlaceRune(r) {
			break
		}
		i += w
		ends[n] = i
	}
	for k := n - 1; k >= 0; k-- { // greedy: the longest place first
		if e := afterPlace(s, ends[k]); e >= 0 {
			return e
		}
	}
	return 0
}

// isPlaceRune: [\p{Lu}.'’ -], a character of the place after its first.
func isPlaceRune(r rune) bool {
	return unicode.IsUpper(r) || r == '.' || r == '\'' || r == '’' || r == ' ' || r == '-'
}

// afterPlace matches (?:,\s*[^–—()]{0,40}?)? and the rest at s[i:]. With the comma, only the end of
// its white space matters (from a space inside it the rest meets the same text again), and the
// lazy part grows a character at a time until the rest matches.
func afterPlace(s string, i int) int {
	if i < len(s) && s[i] == ',' {
		q := prose.SkipSpaceBytes(s, i+1)
		for n := 0; ; n++ {
			if e := afterDate(s, q); e >= 0 {
				return e
			}
			if n == 40 || q == len(s) {
				break
			}
			r, w := utf8.DecodeRuneInString(s[q:])
			if r == '–' || r == '—' || r == '(' || r == ')' {
				break
			}
			q += w
		}
	}
	return afterDate(s, i)
}

// afterDate matches \s*(?:\([^()]{1,40}\))?\s*(?:[-–—]+|:)\s+ at s[i:]: the agency in brackets is
// tried first, then the mark without it.
func afterDate(s string, i int) int {
	j := prose.SkipSpaceBytes(s, i)
	if j < len(s) && s[j] == '(' {
		q, n := j+1, 0
		for q < len(s) && n <= 40 {
			r, w := utf8.DecodeRuneInString(s[q:])
			if r == '(' || r == ')' {
				break
			}
			q += w
			n++
		}
		if n >= 1 && n <= 40 && q < len(s) && s[q] == ')' {
			if e := datelineMarkAt(s, prose.SkipSpaceBytes(s, q+1)); e >= 0 {
				return e
			}
		}
	}
	return datelineMarkAt(s, j)
}

// datelineMarkAt matches (?:[-–—]+|:)\s+ at s[j:], returning the end of the white space, or -1. A run of
// dashes must be followed by white space whole (a shorter run is followed by a dash).
func datelineMarkAt(s string, j int) int {
	q := j
	for q < len(s) {
		r, w := utf8.DecodeRuneInString(s[q:])
		if r != '-' && r != '–' && r != '—' {
			break
		}
		q += w
	}
	if q == j && q < len(s) && s[q] == ':' {
		q++
	}
	if q == j || q == len(s) || !prose.IsSpaceByte(s[q]) {
		return -1
	}
	return prose.SkipSpaceBytes(s, q)
}
