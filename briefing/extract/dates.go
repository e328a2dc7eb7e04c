package extract

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/lexicon"
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
}

var numberWords = map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
}

// FindDates finds the temporal expressions in s.
func FindDates(s string) []Expr { return findDates(s, prose.Tokenize(s)) }

// findDates is FindDates on text already tokenized.
func findDates(s string, toks []prose.Token) []Expr {
	var out []Expr
	for i := 0; i < len(toks); i++ {
		e, next, ok := exprAt(s, toks, i)
		if !ok {
			continue
		}
		// "yesterday (Jun 13)", "today, i.e., July 4, 2022": a relative expression with an explicit one beside it
		if e.Kind == ExprRelative || e.Kind == ExprWeekday {
			j := next
			for j < len(toks) && j < next+4 && (toks[j].Text == "(" || toks[j].Text == "," || toks[j].Is("i.e.") || toks[j].Is("i.e") || toks[j].Text == "–" || toks[j].Text == "-") {
				j++
			}
			if j > next && j < len(toks) {
				if x, after, ok2 := exprAt(s, toks, j); ok2 && (x.Kind == ExprAbsolute || x.Kind == ExprPartial) && x.Day > 0 {
					end := after
					if end < len(toks) && toks[end].Text == ")" {
						end++
					}
					xx := x
					e.Explicit = &xx
					e.End = toks[end-1].End
					e.Text = s[e.Start:e.End]
					next = end
				}
			}
		}
		e.Text = squeezeSpace(e.Text)
		out = append(out, e)
		i = next - 1
	}
	return out
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

// exprAt tries to read a temporal expression starting at token i; next is the token after it.
func exprAt(s string, toks []prose.Token, i int) (e Expr, next int, ok bool) {
	t := toks[i]
	if t.Kind == prose.Word && !t.IsCap() { // most words: only a few lower-case words start a date
		switch t.Lower() {
		case "yesterday", "today", "tomorrow", "tonight", "last", "this", "next", "for":
		default:
			return e, 0, false
		}
	} else if t.Kind != prose.Word && t.Kind != prose.Number {
		return e, 0, false
	}
	mk := func(kind ExprKind, from, to int) Expr {
		return Expr{Start: toks[from].Start, End: toks[to-1].End, Text: s[toks[from].Start:toks[to-1].End], Kind: kind}
	}
	lw := t.Lower()

	// ISO and numeric dates: 2019-06-14, 2019-06, 14/06/2019
	if t.Kind == prose.Number {
		if d, ok := parseNumericDate(t.Text); ok {
			e = mk(ExprAbsolute, i, i+1)
			e.Year, e.Month, e.Day = d.Y, d.M, d.D
			return e, i + 1, true
		}
	}

	// weekday, optionally leading an absolute date: "Fri, Jun 14, 2019", "Friday 14 June 2019", "on Thursday"
	if wd, isWD := weekdayOfAny(t); isWD {
		j := skipPunct(toks, i+1, ",")
		if j < len(toks) {
			if x, after, ok := absoluteAt(s, toks, j); ok && x.Day > 0 {
				x.Start, x.Text = t.Start, s[t.Start:x.End]
				x.Weekday, x.WeekdayOK = wd, true
				return x, after, true
			}
		}
		if len(t.Text) >= 6 { // full weekday name with a cue word
			p := prevWord(toks, i)
			switch p {
			case "on", "last", "this", "next", "until", "by", "since", "from", "before", "after":
				e = mk(ExprWeekday, i-1, i+1)
				e.Weekday, e.WeekdayOK = wd, true
				e.Shift = map[string]int{"last": -1, "next": 1}[p]
				e.Relative = p
				return e, i + 1, true
			}
		}
		return e, 0, false
	}

	if x, after, ok := absoluteAt(s, toks, i); ok {
		return x, after, true
	}

	// bare year after a temporal preposition: "in 2019", "since 2015", "in early 2019"
	if y, isY := isYear(t); isY {
		if lexicon.TemporalPrepositions[prevWord(toks, i)] && !(i+1 < len(toks) && (toks[i+1].Text == "-" || toks[i+1].Text == "–")) {
			e = mk(ExprAbsolute, i, i+1)
			e.Year = y
			return e, i + 1, true
		}
		return e, 0, false
	}

	switch lw {
	case "yesterday", "today", "tomorrow", "tonight":
		e = mk(ExprRelative, i, i+1)
		e.Relative = lw
		if lw == "tonight" {
			e.Relative = "today"
		}
		return e, i + 1, true
	case "last", "this", "next":
		if i+1 < len(toks) {
			switch toks[i+1].Lower() {
			case "year", "month":
				e = mk(ExprRelative, i, i+2)
				e.Relative = toks[i+1].Lower()
				e.Shift = map[string]int{"last": -1, "this": 0, "next": 1}[lw]
				return e, i + 2, true
			}
		}
	case "for":
		return durationAt(s, toks, i)
	}
	return e, 0, false
}

func weekdayOfAny(t prose.Token) (time.Weekday, bool) {
	if t.Kind != prose.Word || !t.IsCap() {
		return 0, false
	}
	w, ok := prose.WeekdayNames[t.Lower()]
	return w, ok
}

// absoluteAt reads dates built around a month name: "June 14, 2022", "14 June 2019", "14th of June",
// "October 2020", "January this year", "Jun 13", "in June".
func absoluteAt(s string, toks []prose.Token, i int) (e Expr, next int, ok bool) {
	start := i
	day := 0
	j := i
	// day first: "14 June", "14th of June"
	if d, isD := isDay(toks[i]); isD && i+1 < len(toks) {
		k := i + 1
		if toks[k].Is("of") && k+1 < len(toks) {
			k++
		}
		if _, isM := monthOf(toks[k]); isM {
			day = d
			j = k
		}
	}
	m, isM := monthOf(toks[j])
	if !isM {
		return e, 0, false
	}
	// "May" and "March" are also ordinary words: need a date cue
	name := strings.TrimSuffix(toks[j].Lower(), ".")
	k := j + 1
	dotted := false
	if k < len(toks) && toks[k].Text == "." && len(name) <= 4 && name != "june" && name != "july" && name != "may" {
		k++ // "Sept. 2": the dot belongs to the abbreviation when a day or year follows
		dotted = true
	}
	// month day: "June 14", "Jun 13"
	if day == 0 && k < len(toks) {
		if d, isD := isDay(toks[k]); isD && !(k+1 < len(toks) && (toks[k+1].Text == ":" || toks[k+1].Kind == prose.Number && len(toks[k+1].Text) != 4)) {
			if _, alsoYear := isYear(toks[k]); !alsoYear {
				day = d
				k++
			}
		}
	}
	y := 0
	kk := skipPunct(toks, k, ",")
	if kk < len(toks) {
		if yy, isY := isYear(toks[kk]); isY {
			y = yy
			k = kk + 1
		}
	}
	if day > 0 && start == i && start > 0 && toks[start-1].Is("the") {
		start-- // "on the 12th of May 2023"
	}
	if dotted && day == 0 && y == 0 {
		k-- // "… in Sept." at a sentence end: the dot ends the sentence
	}
	mkE := func(kind ExprKind) Expr {
		return Expr{Start: toks[start].Start, End: toks[k-1].End, Text: s[toks[start].Start:toks[k-1].End], Kind: kind, Year: y, Month: m, Day: day}
	}
	if y > 0 {
		return mkE(ExprAbsolute), k, true
	}
	// "January this year", "June last year"
	if k+1 < len(toks) && toks[k+1].Is("year") {
		switch toks[k].Lower() {
		case "this", "last", "next":
			shift := map[string]int{"last": -1, "this": 0, "next": 1}[toks[k].Lower()]
			k += 2
			e = mkE(ExprRelative)
			e.Relative, e.Shift = "monthyear", shift
			return e, k, true
		}
	}
	p := prevWord(toks, start)
	if day > 0 {
		if (name == "may" || name == "march") && !lexicon.TemporalPrepositions[p] && p != "" {
			return e, 0, false
		}
		return mkE(ExprPartial), k, true
	}
	// a month alone counts only after a cue: "in June", "since March", "early May"
	if lexicon.TemporalPrepositions[p] || p == "last" || p == "next" || p == "this" {
		e = mkE(ExprPartial)
		switch p {
		case "last", "next", "this":
			e.Start = toks[start-1].Start
			e.Text = s[e.Start:e.End]
			e.Kind = ExprRelative
			e.Relative = "monthname"
			e.Shift = map[string]int{"last": -1, "this": 0, "next": 1}[p]
		}
		return e, k, true
	}
	return e, 0, false
}

// durationAt reads "for 3 years", "for a period of three years", "for a term of 5 years" when the words
// before say that something lasts that long ("will remain in effect for 3 years").
func durationAt(s string, toks []prose.Token, i int) (e Expr, next int, ok bool) {
	k := i + 1
	if k+2 < len(toks) && toks[k].Is("a") && (toks[k+1].Is("period") || toks[k+1].Is("term")) && toks[k+2].Is("of") {
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
	unit := strings.TrimSuffix(toks[k+1].Lower(), "s")
	if n <= 0 || n > 100 || (unit != "year" && unit != "month" && unit != "week" && unit != "day") {
		return e, 0, false
	}
	cue := false
	for b := i - 1; b >= 0 && b >= i-4; b-- {
		if lexicon.DurationVerbs[toks[b].Lower()] {
			cue = true
			break
		}
	}
	if !cue && !(k > i+1) { // "for a term of" is a cue of its own
		return e, 0, false
	}
	e = Expr{Start: toks[i].Start, End: toks[k+1].End, Text: s[toks[i].Start:toks[k+1].End], Kind: ExprDuration, N: n, Unit: unit}
	return e, k + 2, true
}

// parseNumericDate reads 2019-06-14, 2019-06 and day-first 14/06/2019 (the British order).
func parseNumericDate(t string) (briefing.Date, bool) {
	if d, err := briefing.ParseDate(t); err == nil && strings.Contains(t, "-") && d.Y >= 1900 && d.Y <= 2100 {
		return d, true
	}
	parts := strings.Split(t, "/")
	if len(parts) == 3 && len(parts[2]) == 4 {
		d, err1 := strconv.Atoi(parts[0])
		m, err2 := strconv.Atoi(parts[1])
		y, err3 := strconv.Atoi(parts[2])
		if err1 == nil && err2 == nil && err3 == nil && m >= 1 && m <= 12 && d >= 1 && d <= 31 && y >= 1900 && y <= 2100 {
			return briefing.DayOf(y, time.Month(m), d), true
		}
	}
	return briefing.Date{}, false
}

// Resolve turns an expression into a date, using the source's publication date for relative and partial
// expressions and future to choose between the last and the next occurrence of a weekday or month.
// problem explains why no date could be given ("the published date is unknown").
func Resolve(e Expr, pub briefing.Date, future bool) (d briefing.Date, problem string) {
	if e.Explicit != nil { // "yesterday (Jun 13)": the date the text states wins
		return Resolve(*e.Explicit, pub, future)
	}
	switch e.Kind {
	case ExprAbsolute:
		switch {
		case e.Day > 0:
			d = briefing.DayOf(e.Year, e.Month, e.Day)
			if d.M != e.Month {
				return briefing.Date{}, fmt.Sprintf("%q is not a real date", e.Text)
			}
			return d, ""
		case e.Month > 0:
			return briefing.MonthOf(e.Year, e.Month), ""
		default:
			return briefing.YearOf(e.Year), ""
		}
	case ExprPartial:
		if pub.IsZero() {
			return d, "the year is not stated and the published date is unknown"
		}
		y := pub.Y
		if e.Day > 0 {
			d = briefing.DayOf(y, e.Month, e.Day)
			if pub.Precision == Day && !future && pub.Before(d) {
				d = briefing.DayOf(y-1, e.Month, e.Day)
			} else if pub.Precision == Day && future && d.Before(pub) {
				d = briefing.DayOf(y+1, e.Month, e.Day)
			}
			return d, ""
		}
		d = briefing.MonthOf(y, e.Month)
		if pub.Precision >= Month && !future && e.Month > pub.M {
			d = briefing.MonthOf(y-1, e.Month)
		} else if pub.Precision >= Month && future && e.Month < pub.M {
			d = briefing.MonthOf(y+1, e.Month)
		}
		return d, ""
	case ExprRelative:
		switch e.Relative {
		case "yesterday", "today", "tomorrow":
			if pub.Precision != Day {
				return d, "“" + e.Text + "” needs the published date, which is unknown"
			}
			return pub.AddDays(map[string]int{"yesterday": -1, "today": 0, "tomorrow": 1}[e.Relative]), ""
		case "year":
			if pub.IsZero() {
				return d, "“" + e.Text + "” needs the published year, which is unknown"
			}
			return briefing.YearOf(pub.Y + e.Shift), ""
		case "month":
			if pub.Precision < Month {
				return d, "“" + e.Text + "” needs the published month, which is unknown"
			}
			t := time.Date(pub.Y, pub.M+time.Month(e.Shift), 1, 12, 0, 0, 0, time.UTC)
			return briefing.MonthOf(t.Year(), t.Month()), ""
		case "monthyear":
			if pub.IsZero() {
				return d, "“" + e.Text + "” needs the published year, which is unknown"
			}
			if e.Day > 0 {
				return briefing.DayOf(pub.Y+e.Shift, e.Month, e.Day), ""
			}
			return briefing.MonthOf(pub.Y+e.Shift, e.Month), ""
		case "monthname":
			if pub.Precision < Month {
				return d, "“" + e.Text + "” needs the published date, which is unknown"
			}
			y := pub.Y
			switch {
			case e.Shift < 0 && e.Month >= pub.M:
				y--
			case e.Shift > 0 && e.Month <= pub.M:
				y++
			}
			return briefing.MonthOf(y, e.Month), ""
		}
	case ExprWeekday:
		if pub.Precision != Day {
			return d, "“" + e.Text + "” needs the published date, which is unknown"
		}
		pw := pub.Time().Weekday()
		switch {
		case e.Shift < 0 || e.Shift == 0 && !future:
			back := (int(pw) - int(e.Weekday) + 7) % 7
			if e.Shift < 0 && back == 0 {
				back = 7
			}
			return pub.AddDays(-back), ""
		default:
			fwd := (int(e.Weekday) - int(pw) + 7) % 7
			if e.Shift > 0 && fwd == 0 {
				fwd = 7
			}
			return pub.AddDays(fwd), ""
		}
	}
	return d, "not a date briefpack can place"
}

// Precision aliases for brevity inside this package.
const (
	Day   = briefing.Day
	Month = briefing.Month
)

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
