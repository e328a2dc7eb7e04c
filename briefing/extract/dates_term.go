package extract

import (
	"strconv"
	"strings"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/lexicon"
	"github.com/briefpack/briefpack/briefing/prose"
)

var numberWords = map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
}

// durationAt reads "for 3 years", "for a period of three years", "for a term of 5 years", "for four
// more years", "to three further years" when the words before say that something lasts that long
// ("will remain in effect for 3 years", "committing both teams to three further years"); "for a term
// of" says so itself, and only after "for".
func durationAt(s string, toks []prose.Token, i int) (e Expr, next int, ok bool) {
	k := i + 1
	if k+2 < len(toks) && toks[i].Is("for") && toks[k].Is("a") && (toks[k+1].Is("period") || toks[k+1].Is("term")) && toks[k+2].Is("of") {
		k += 3
	}
	if k+1 >= len(toks) {
		return e, 0, false
	}
	n := 0
	if toks[k].Kind == prose.Number {
		n, _ = strconv.Atoi(toks[k].Text)
	} else {
		n = numberWords[toks[k].Lower()]
	}
	u := k + 1
	if u+1 < len(toks) && lexicon.TermExtenders[toks[u].Lower()] {
		u++ // "four more years"
	}
	unit := strings.TrimSuffix(toks[u].Lower(), "s")
	if n <= 0 || n > 100 || (unit != "year" && unit != "month" && unit != "week" && unit != "day") {
		return e, 0, false
	}
	if !durationCue(toks, i) && !(k > i+1) { // "for a term of" is a cue of its own
		return e, 0, false
	}
	e = Expr{Start: toks[i].Start, End: toks[u].End, Text: s[toks[i].Start:toks[u].End], Kind: ExprDuration, N: n, Unit: unit}
	return e, u + 1, true
}

// durationCue reports whether one of the four words before "for" says that something lasts.
func durationCue(toks []prose.Token, i int) bool {
	for b := i - 1; b >= 0 && b >= i-4; b-- {
		if lexicon.DurationVerbs[toks[b].Lower()] {
			return true
		}
	}
	return false
}

// AddDuration returns the date n units after d, at month precision for years and months and at day
// precision for weeks and days (when d has a day).
func AddDuration(d briefing.Date, n int, unit string) briefing.Date {
	t := d.Time()
	switch unit {
	case "year":
		t = t.AddDate(n, 0, 0)
	case "month":
		t = t.AddDate(0, n, 0)
	case "week":
		t = t.AddDate(0, 0, 7*n)
	case "day":
		t = t.AddDate(0, 0, n)
	}
	switch {
	case d.Precision == Day && (unit == "week" || unit == "day"):
		return briefing.FromTime(t)
	case d.Precision >= Month:
		return briefing.MonthOf(t.Year(), t.Month())
	}
	return briefing.YearOf(t.Year())
}
