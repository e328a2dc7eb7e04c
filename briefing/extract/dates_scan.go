package extract

import (
	"github.com/briefpack/briefpack/briefing/lexicon"
	"github.com/briefpack/briefpack/briefing/prose"
)

// The scanner reads one expression at a token: exprAt tries each form in turn, most specific first.

// exprAt tries to read a temporal expression starting at token i; next is the token after it.
func exprAt(s string, toks []prose.Token, i int) (e Expr, next int, ok bool) {
	t := toks[i]
	if t.Kind == prose.Word && !t.IsCap() { // most words: only a few lower-case words start a date
		lw := t.Lower()
		if !lexicon.RelativeDayWords[lw] && !lexicon.ShiftWords[lw] && lw != "for" {
			return e, 0, false
		}
	} else if t.Kind != prose.Word && t.Kind != prose.Number {
		return e, 0, false
	}
	if t.Kind == prose.Number {
		if e, next, ok = numericAt(s, toks, i); ok {
			return e, next, true
		}
	}
	if _, isWD := weekdayOfAny(t); isWD {
		return weekdayAt(s, toks, i)
	}
	if e, next, ok = absoluteAt(s, toks, i); ok {
		return e, next, true
	}
	if _, isY := isYear(t); isY {
		return bareYearAt(s, toks, i)
	}
	return relativeAt(s, toks, i)
}

// numericAt reads ISO and numeric dates: 2019-06-14, 2019-06, 14/06/2019.
func numericAt(s string, toks []prose.Token, i int) (e Expr, next int, ok bool) {
	d, ok := parseNumericDate(toks[i].Text)
	if !ok {
		return e, 0, false
	}
	e = span(s, toks, ExprAbsolute, i, i+1)
	e.Year, e.Month, e.Day = d.Y, d.M, d.D
	return e, i + 1, true
}

// weekdayAt reads a weekday, optionally leading an absolute date ("Fri, Jun 14, 2019", "Friday 14
// June 2019"), or a full weekday name after a cue word ("on Thursday", "last Friday").
func weekdayAt(s string, toks []prose.Token, i int) (e Expr, next int, ok bool) {
	t := toks[i]
	wd, _ := weekdayOfAny(t)
	j := skipPunct(toks, i+1, ",")
	if j < len(toks) {
		if x, after, ok := absoluteAt(s, toks, j); ok && x.Day > 0 {
			x.Start, x.Text = t.Start, s[t.Start:x.End]
			x.Weekday, x.WeekdayOK = wd, true
			return x, after, true
		}
	}
	p := prevWord(toks, i)
	if len(t.Text) < 6 || !lexicon.WeekdayCues[p] { // a full weekday name with a cue word
		return e, 0, false
	}
	e = span(s, toks, ExprWeekday, i-1, i+1)
	e.Weekday, e.WeekdayOK = wd, true
	if lexicon.ShiftWords[p] {
		e.Shift = shiftOf(p)
	}
	e.Relative = p
	return e, i + 1, true
}

// bareYearAt reads a year after a temporal preposition: "in 2019", "since 2015", "in early 2019"
// (not the start of a span, "2017-2020").
func bareYearAt(s string, toks []prose.Token, i int) (e Expr, next int, ok bool) {
	y, _ := isYear(toks[i])
	if !lexicon.TemporalPrepositions[prevWord(toks, i)] || i+1 < len(toks) && (toks[i+1].Text == "-" || toks[i+1].Text == "–") {
		return e, 0, false
	}
	e = span(s, toks, ExprAbsolute, i, i+1)
	e.Year = y
	return e, i + 1, true
}

// relativeAt reads "yesterday", "today", "tomorrow", "tonight", "last/this/next year|month" and a
// stated term ("for 3 years").
func relativeAt(s string, toks []prose.Token, i int) (e Expr, next int, ok bool) {
	lw := toks[i].Lower()
	switch {
	case lexicon.RelativeDayWords[lw]:
		e = span(s, toks, ExprRelative, i, i+1)
		e.Relative = lw
		if lw == "tonight" {
			e.Relative = "today"
		}
		return e, i + 1, true
	case lexicon.ShiftWords[lw]:
		if i+1 < len(toks) {
			switch unit := toks[i+1].Lower(); unit {
			case "year", "month":
				e = span(s, toks, ExprRelative, i, i+2)
				e.Relative = unit
				e.Shift = shiftOf(lw)
				return e, i + 2, true
			}
		}
	case lw == "for":
		return durationAt(s, toks, i)
	}
	return e, 0, false
}
