package extract

import (
	"strconv"
	"strings"
	"time"

	"github.com/briefpack/briefpack/briefing/prose"
)

// ExprKind is the shape of a temporal expression.
type ExprKind uint8

// Temporal expression kinds.
const (
	ExprAbsolute ExprKind = iota // states its own year: "June 14, 2022", "October 2020", "in 2019"
	ExprPartial                  // a day or month without a year: "Jun 13", "in June"
	ExprRelative                 // relative to the publication date: "yesterday", "last year", "January this year"
	ExprWeekday                  // "on Thursday", "last Friday"
	ExprDuration                 // a stated term that fixes an end date: "remain in effect for 3 years"
)

// Expr is a temporal expression found in a text, with byte offsets into that text.
type Expr struct {
	Start, End int
	Text       string
	Kind       ExprKind

	Year  int        // 0 when not stated
	Month time.Month // 0 when not stated
	Day   int        // 0 when not stated

	Relative  string       // "yesterday", "today", "tomorrow", "year", "month" (with Shift)
	Shift     int          // -1 last, 0 this, +1 next
	Weekday   time.Weekday // for ExprWeekday
	WeekdayOK bool         // a weekday was stated (also on absolute dates: "Fri, Jun 14, 2019")

	N    int    // duration length
	Unit string // "year", "month", "week", "day"

	// Explicit is an absolute date stated beside a relative one ("yesterday (Jun 13)",
	// "today, i.e., July 4, 2022"); the explicit date wins.
	Explicit *Expr

	// Mod is the part of the period meant: "early", "mid", "late", "start", "end", "middle" ("the end
	// of 2021", "mid-2019"); "" for the whole of it.
	Mod string
	// Part is a part of a year: "Q1".."Q4", "H1", "H2", or a season "SP", "SU", "FA", "WI".
	Part string
	// Decade marks a decade ("the 1990s"); Year is its first year.
	Decade bool
	// Fiscal marks a financial year ("fiscal 2020"): a reporting period, never an event's date.
	Fiscal bool
	// Nearest asks for the occurrence nearest the publication date, when nothing in the sentence
	// says whether a day or month without a year is past or coming ("Then comes the New York primary
	// on April 19").
	Nearest bool
	// Context marks a year taken from the text rather than the publication date: in a story told in
	// the past, "In August" after "In May 2001" is August 2001.
	Context bool
	// To is the end of a span ("2009–2010", "from 1 to 3 May", "between March and June"); the
	// expression itself is the span's start.
	To *Expr
}

// FindDates finds the temporal expressions in s.
func FindDates(s string) []Expr { return findDates(s, prose.Tokenize(s)) }

// findDates is FindDates on text already tokenized.
func findDates(s string, toks []prose.Token) []Expr {
	var out []Expr
	for i := 0; i < len(toks); i++ {
		if t := &toks[i]; t.Kind != prose.Number && (t.Kind != prose.Word || !mayOpenDate(*t) && !opensTerm(toks, i)) {
			continue // exprAt's own first test, without making an Expr: most tokens start no date
		}
		e, next, ok := exprAt(s, toks, i)
		if !ok {
			continue
		}
		if e.Kind == ExprRelative || e.Kind == ExprWeekday {
			next = explicitBeside(s, toks, &e, next)
		}
		if e.Kind == ExprAbsolute || e.Kind == ExprPartial {
			next = joinSpan(s, toks, &e, i, next)
		}
		e.Text = squeezeSpace(e.Text)
		out = append(out, e)
		i = next - 1
	}
	return out
}

// explicitBeside attaches the absolute date a text gives beside a relative one ("yesterday (Jun 13)",
// "today, i.e., July 4, 2022") to e, and returns the token after both.
func explicitBeside(s string, toks []prose.Token, e *Expr, next int) int {
	j := next
	for j < len(toks) && j < next+4 && isExplicitLink(toks[j]) {
		j++
	}
	if j == next || j >= len(toks) {
		return next
	}
	x, after, ok := exprAt(s, toks, j)
	if !ok || !(x.Kind == ExprAbsolute || x.Kind == ExprPartial) || x.Day == 0 {
		return next
	}
	end := after
	if end < len(toks) && toks[end].Text == ")" {
		end++
	}
	e.Explicit = &x
	e.End = toks[end-1].End
	e.Text = s[e.Start:e.End]
	return end
}

// isExplicitLink is what may stand between a relative date and the date it means: "(", ",", "i.e.", a dash.
func isExplicitLink(t prose.Token) bool {
	return t.Text == "(" || t.Text == "," || t.Is("i.e.") || t.Is("i.e") || t.Text == "–" || t.Text == "-"
}

func isYear(t prose.Token) (int, bool) {
	if t.Kind != prose.Number || len(t.Text) != 4 {
		return 0, false
	}
	y, err := strconv.Atoi(t.Text)
	if err != nil || y < 1900 || y > 2100 {
		return 0, false
	}
	return y, true
}

func isDay(t prose.Token) (int, bool) {
	if t.Kind != prose.Number {
		return 0, false
	}
	txt := strings.TrimRight(t.Lower(), "stndrh")
	if len(txt) > 2 {
		return 0, false
	}
	d, err := strconv.Atoi(txt)
	if err != nil || d < 1 || d > 31 {
		return 0, false
	}
	return d, true
}

func monthOf(t prose.Token) (time.Month, bool) {
	if t.Kind != prose.Word || !t.IsCap() {
		return 0, false
	}
	m, ok := prose.MonthNames[strings.TrimSuffix(t.Lower(), ".")]
	return m, ok
}

// weekdayOfAny reads a weekday name or abbreviation, also in the possessive ("Monday’s").
func weekdayOfAny(t prose.Token) (time.Weekday, bool) {
	if t.Kind != prose.Word || !t.IsCap() {
		return 0, false
	}
	w, ok := prose.WeekdayNames[withoutPossessive(t.Lower())]
	return w, ok
}

// withoutPossessive drops a final "’s" or "'s".
func withoutPossessive(w string) string {
	if strings.HasSuffix(w, "’s") {
		return w[:len(w)-len("’s")]
	}
	return strings.TrimSuffix(w, "'s")
}

func prevWord(toks []prose.Token, i int) string {
	if i > 0 && toks[i-1].Kind == prose.Word {
		return toks[i-1].Lower()
	}
	return ""
}

func skipPunct(toks []prose.Token, j int, chars string) int {
	for j < len(toks) && toks[j].Kind == prose.Punct && strings.Contains(chars, toks[j].Text) {
		j++
	}
	return j
}

// shiftOf is -1 for "last", +1 for "next", 0 otherwise ("this").
func shiftOf(w string) int {
	switch w {
	case "last":
		return -1
	case "next":
		return 1
	}
	return 0
}

// span makes an expression of kind from tokens [from, to) of s.
func span(s string, toks []prose.Token, kind ExprKind, from, to int) Expr {
	return Expr{Start: toks[from].Start, End: toks[to-1].End, Text: s[toks[from].Start:toks[to-1].End], Kind: kind}
}
