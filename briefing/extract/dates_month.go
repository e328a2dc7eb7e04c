package extract

import (
	"strconv"
	"strings"
	"time"

	"github.com/briefpack/briefpack/briefing/lexicon"
	"github.com/briefpack/briefpack/briefing/prose"
)

// monthDate is a date being read around a month name.
type monthDate struct {
	start, k  int // first token, and the token after what has been read
	day, year int
	month     time.Month
	name      string // the month as written, lower case, without its dot
	dotted    bool   // "Sept." with the dot read as part of the name
	dayTo     int    // the last day of a span written "May 1-3"
}

// expr makes the expression of kind from what has been read.
func (m *monthDate) expr(s string, toks []prose.Token, kind ExprKind) Expr {
	e := Expr{Start: toks[m.start].Start, End: toks[m.k-1].End, Text: s[toks[m.start].Start:toks[m.k-1].End], Kind: kind, Year: m.year, Month: m.month, Day: m.day}
	if m.dayTo > 0 {
		to := e
		to.Day = m.dayTo
		e.To = &to
	}
	return e
}

// daySpanAfterMonth reads a span of days written as one token after the month: "May 1-3".
func daySpanAfterMonth(toks []prose.Token, k int) (day, dayTo, next int) {
	if k >= len(toks) || toks[k].Kind != prose.Number {
		return 0, 0, k
	}
	a, b, ok := strings.Cut(toks[k].Text, "-")
	if !ok {
		a, b, ok = strings.Cut(toks[k].Text, "–")
	}
	d1, err1 := strconv.Atoi(a)
	d2, err2 := strconv.Atoi(b)
	if !ok || err1 != nil || err2 != nil || d1 < 1 || d2 > 31 || d1 >= d2 {
		return 0, 0, k
	}
	return d1, d2, k + 1
}

// absoluteAt reads dates built around a month name: "June 14, 2022", "14 June 2019", "14th of June",
// "October 2020", "January this year", "Jun 13", "in June".
func absoluteAt(s string, toks []prose.Token, i int) (e Expr, next int, ok bool) {
	day, j := dayBeforeMonth(toks, i)
	mon, isM := monthOf(toks[j])
	if !isM {
		return e, 0, false
	}
	m := monthDate{start: i, day: day, month: mon, name: strings.TrimSuffix(toks[j].Lower(), ".")}
	m.k, m.dotted = afterMonthName(toks, j, m.name)
	if m.day == 0 {
		m.day, m.k = dayAfterMonth(toks, m.k)
		if m.day == 0 {
			m.day, m.dayTo, m.k = daySpanAfterMonth(toks, m.k)
		}
	}
	m.year, m.k = yearAfter(toks, m.k)
	if day > 0 && m.start > 0 && toks[m.start-1].Is("the") {
		m.start-- // "on the 12th of May 2023" (not "the June 7 primary")
	}
	if m.dotted && m.day == 0 && m.year == 0 {
		m.k-- // "… in Sept." at a sentence end: the dot ends the sentence
	}
	if m.year > 0 {
		e := m.expr(s, toks, ExprAbsolute)
		if p := prevWord(toks, m.start); m.day == 0 && (p == "early" || p == "late" || p == "mid") {
			e.Start, e.Mod = toks[m.start-1].Start, p // "in late May 2001"
			e.Text = s[e.Start:e.End]
		}
		return e, m.k, true
	}
	if m.dayTo > 0 {
		return m.expr(s, toks, ExprPartial), m.k, true
	}
	if e, ok := monthOfShiftedYear(s, toks, &m); ok {
		return e, m.k, true
	}
	return monthWithoutYear(s, toks, &m)
}

// dayBeforeMonth reads a day before the month ("14 June", "14th of June"); it returns the day (0 when
// none) and the month's token.
func dayBeforeMonth(toks []prose.Token, i int) (day, j int) {
	d, isD := isDay(toks[i])
	if !isD || i+1 >= len(toks) {
		return 0, i
	}
	k := i + 1
	if toks[k].Is("of") && k+1 < len(toks) {
		k++
	}
	if _, isM := monthOf(toks[k]); isM {
		return d, k
	}
	return 0, i
}

// afterMonthName returns the token after a month name; "Sept. 2" takes the dot with the name (not
// "June.", "July.", "May.", which end sentences).
func afterMonthName(toks []prose.Token, j int, name string) (k int, dotted bool) {
	k = j + 1
	if k < len(toks) && toks[k].Text == "." && len(name) <= 4 && name != "june" && name != "july" && name != "may" {
		return k + 1, true
	}
	return k, false
}

// dayAfterMonth reads a day after the month ("June 14", "Jun 13"), not a time ("June 3:30") or the
// start of a number ("June 14 500").
func dayAfterMonth(toks []prose.Token, k int) (day, next int) {
	if k >= len(toks) {
		return 0, k
	}
	d, isD := isDay(toks[k])
	if !isD || k+1 < len(toks) && (toks[k+1].Text == ":" || toks[k+1].Kind == prose.Number && len(toks[k+1].Text) != 4) {
		return 0, k
	}
	if _, alsoYear := isYear(toks[k]); alsoYear {
		return 0, k
	}
	return d, k + 1
}

// yearAfter reads a year after the month or day, with an optional comma ("June 14, 2022").
func yearAfter(toks []prose.Token, k int) (year, next int) {
	kk := skipPunct(toks, k, ",")
	if kk < len(toks) {
		if y, isY := isYear(toks[kk]); isY {
			return y, kk + 1
		}
	}
	return 0, k
}

// monthOfShiftedYear reads "January this year", "June last year".
func monthOfShiftedYear(s string, toks []prose.Token, m *monthDate) (Expr, bool) {
	k := m.k
	if k+1 >= len(toks) || !toks[k+1].Is("year") || !lexicon.ShiftWords[toks[k].Lower()] {
		return Expr{}, false
	}
	shift := shiftOf(toks[k].Lower())
	m.k = k + 2
	e := m.expr(s, toks, ExprRelative)
	e.Relative, e.Shift = "monthyear", shift
	return e, true
}

// monthAsSubject: a month opening a sentence as its subject, "November marked the start of …" (not
// "May", which opens questions and wishes).
func monthAsSubject(toks []prose.Token, m *monthDate) bool {
	return m.start == 0 && m.name != "may" && len(m.name) > 3 && m.k < len(toks) && toks[m.k].Kind == prose.Word &&
		!toks[m.k].IsCap() && (isRegularPast(toks[m.k]) || is(&toks[m.k], tagIrregularPast))
}

// monthWithoutYear reads a day and month without a year ("Jun 13"; "May" and "March" need a temporal
// preposition before them, being also ordinary words), or a month alone after a cue ("in June",
// "since March", "last May").
func monthWithoutYear(s string, toks []prose.Token, m *monthDate) (e Expr, next int, ok bool) {
	p := prevWord(toks, m.start)
	if m.day > 0 {
		if (m.name == "may" || m.name == "march") && !lexicon.TemporalPrepositions[p] && !lexicon.Determiners[p] && p != "" {
			return e, 0, false
		}
		return m.expr(s, toks, ExprPartial), m.k, true
	}
	if !lexicon.TemporalPrepositions[p] && !lexicon.ShiftWords[p] && !monthAsSubject(toks, m) {
		return e, 0, false
	}
	e = m.expr(s, toks, ExprPartial)
	if p == "early" || p == "late" || p == "mid" {
		e.Start, e.Mod = toks[m.start-1].Start, p // "in late January"
		e.Text = s[e.Start:e.End]
	}
	if lexicon.ShiftWords[p] {
		e.Start = toks[m.start-1].Start
		e.Text = s[e.Start:e.End]
		e.Kind = ExprRelative
		e.Relative = "monthname"
		e.Shift = shiftOf(p)
	}
	return e, m.k, true
}
