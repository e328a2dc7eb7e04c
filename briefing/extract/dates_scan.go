package extract

import (
	"strconv"
	"strings"

	"github.com/briefpack/briefpack/briefing/lexicon"
	"github.com/briefpack/briefpack/briefing/prose"
)

// The scanner reads one expression at a token: exprAt tries each form in turn, most specific first.

// exprAt tries to read a temporal expression starting at token i; next is the token after it.
func exprAt(s string, toks []prose.Token, i int) (e Expr, next int, ok bool) {
	t := toks[i]
	switch t.Kind {
	case prose.Number:
		if e, next, ok = numberAt(s, toks, i); ok {
			return e, next, true
		}
	case prose.Word:
		if !mayOpenDate(t) { // most words start no date
			if opensTerm(toks, i) {
				return durationAt(s, toks, i) // "to" opens nothing else
			}
			return e, 0, false
		}
	default:
		return e, 0, false
	}
	if t.Kind == prose.Word && strings.IndexByte(t.Text, '-') > 0 {
		if e, next, ok = prefixedAt(s, toks, i); ok {
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
		return yearAt(s, toks, i)
	}
	if e, next, ok = yearPartAt(s, toks, i); ok {
		return e, next, true
	}
	return relativeAt(s, toks, i)
}

// openers are the lower-case words that may start an expression, in one set (the scanner asks for
// every word).
var openers = func() lexicon.Set {
	m := lexicon.Union(lexicon.RelativeDayWords, lexicon.ShiftWords, lexicon.DateOpeners)
	for w := range numberWords {
		m[w] = true
	}
	return m
}()

// opensDate reports whether a lower-case word may start an expression.
func opensDate(lw string) bool { return openers[lw] }

// capitalStarts are the words that may start an expression when capitalised: the openers, months,
// weekdays, seasons and quarters, in one set (one lookup for most words).
var capitalStarts = func() lexicon.Set {
	m := lexicon.Union(openers)
	for w := range prose.MonthNames {
		m[w] = true
		m[w+"."] = true
	}
	for w := range prose.WeekdayNames {
		m[w] = true
	}
	for w := range seasonCode {
		m[w] = true
	}
	for _, q := range []string{"q1", "q2", "q3", "q4"} {
		m[q] = true
	}
	return m
}()

// mayOpenDate is a quick test of a word: an opener in any case, a month, a weekday (also "Monday’s"),
// a season, a quarter ("Q3"), or a word joined with a hyphen ("mid-2019").
// opensTerm reports whether "to" at i may open a term: "committing both teams to three further years".
func opensTerm(toks []prose.Token, i int) bool {
	return toks[i].Is("to") && i+1 < len(toks) && (toks[i+1].Kind == prose.Number || numberWords[toks[i+1].Lower()] > 0)
}

func mayOpenDate(t prose.Token) bool {
	lw := t.Lower()
	if !t.IsCap() {
		return is(&t, tagOpener) || strings.IndexByte(lw, '-') > 0
	}
	if is(&t, tagCapitalStart) || strings.IndexByte(lw, '-') > 0 {
		return true
	}
	return strings.HasSuffix(lw, "s") && capitalStarts[withoutPossessive(lw)]
}

// numberAt reads what starts with a number: ISO and numeric dates (2019-06-14, 2019-06, 14/06/2019),
// a span of years written 2019-20, a decade ("1990s"), a span of days ("1–3 May", "1 to 3 May") and
// "two years ago".
func numberAt(s string, toks []prose.Token, i int) (e Expr, next int, ok bool) {
	t := toks[i].Text
	if y, y2, ok := yearSpanToken(t); ok {
		e = span(s, toks, ExprAbsolute, i, i+1)
		e.Year = y
		e.To = &Expr{Start: e.Start, End: e.End, Text: e.Text, Kind: ExprAbsolute, Year: y2}
		return e, i + 1, true
	}
	if d, ok := parseNumericDate(t); ok {
		e = span(s, toks, ExprAbsolute, i, i+1)
		e.Year, e.Month, e.Day = d.Y, d.M, d.D
		return e, i + 1, true
	}
	if y, isY := isYear(toks[i]); isY && y%10 == 0 && i+1 < len(toks) && toks[i+1].Text == "s" && toks[i+1].Start == toks[i].End {
		e = span(s, toks, ExprAbsolute, i, i+2) // "the 1990s"
		e.Year, e.Decade = y, true
		return e, i + 2, true
	}
	if e, next, ok = daySpanAt(s, toks, i); ok {
		return e, next, true
	}
	return agoAt(s, toks, i)
}

// yearSpanToken reads "2019-20" or "2019–2020" written as one token: two years, the second the next.
func yearSpanToken(t string) (y, y2 int, ok bool) {
	if len(t) != 7 && len(t) != 9 || t[4] != '-' {
		return 0, 0, false
	}
	y, err1 := strconv.Atoi(t[:4])
	b, err2 := strconv.Atoi(t[5:])
	if err1 != nil || err2 != nil || y < 1900 || y > 2100 {
		return 0, 0, false
	}
	if len(t) == 7 {
		b += y / 100 * 100
	}
	if b != y+1 {
		return 0, 0, false
	}
	return y, b, true
}

// daySpanAt reads a span of days before one month: "1–3 May 2021", "from 1 to 3 May".
func daySpanAt(s string, toks []prose.Token, i int) (e Expr, next int, ok bool) {
	d1, isD := isDay(toks[i])
	if !isD || i+2 >= len(toks) || !isSpanLink(toks[i+1]) {
		return e, 0, false
	}
	end, after, ok := absoluteAt(s, toks, i+2)
	if !ok || end.Day == 0 || end.Start != toks[i+2].Start {
		return e, 0, false
	}
	e = end
	e.Start, e.Text, e.Day = toks[i].Start, s[toks[i].Start:end.End], d1
	e.To = &end
	return e, after, true
}

// isSpanLink is a dash or "to", "until", "through" between the ends of a span.
func isSpanLink(t prose.Token) bool {
	return lexicon.RangeLinks[t.Lower()] && !t.Is("and")
}

// agoAt reads "two years ago", "a week ago", "10 days ago".
func agoAt(s string, toks []prose.Token, i int) (e Expr, next int, ok bool) {
	if i+2 >= len(toks) || !toks[i+2].Is("ago") {
		return e, 0, false
	}
	n := numberWords[toks[i].Lower()]
	if toks[i].Kind == prose.Number {
		n, _ = strconv.Atoi(toks[i].Text)
	}
	unit := strings.TrimSuffix(toks[i+1].Lower(), "s")
	if n <= 0 || n > 200 || !(unit == "year" || unit == "month" || unit == "week" || unit == "day") {
		return e, 0, false
	}
	from := i
	if i >= 2 && toks[i-1].Is("than") && (toks[i-2].Is("more") || toks[i-2].Is("less")) {
		from = i - 2 // "more than a year ago"
	} else if i >= 1 && lexicon.Approximators[toks[i-1].Lower()] {
		from = i - 1 // "about two years ago"
	}
	e = span(s, toks, ExprRelative, from, i+3)
	e.Relative, e.N, e.Unit = "ago", n, unit
	return e, i + 3, true
}

// prefixedAt reads a year or month joined to the part of it meant: "mid-2019", "end-2021",
// "early-2020", "mid-October" (with a year after it or not).
func prefixedAt(s string, toks []prose.Token, i int) (e Expr, next int, ok bool) {
	t := toks[i]
	mod, rest, _ := strings.Cut(t.Lower(), "-")
	switch mod {
	case "mid", "end", "early", "late", "start":
	default:
		return e, 0, false
	}
	if y, err := strconv.Atoi(rest); err == nil && len(rest) == 4 && y >= 1900 && y <= 2100 {
		e = span(s, toks, ExprAbsolute, i, i+1)
		e.Year, e.Mod = y, mod
		return e, i + 1, true
	}
	m, isM := prose.MonthNames[rest]
	if !isM {
		return e, 0, false
	}
	y, k := yearAfter(toks, i+1)
	e = span(s, toks, ExprPartial, i, k)
	e.Month, e.Year, e.Mod = m, y, mod
	if y > 0 {
		e.Kind = ExprAbsolute
	}
	return e, k, true
}

// weekdayAt reads a weekday, optionally leading an absolute date ("Fri, Jun 14, 2019", "Friday 14
// June 2019"), or a full weekday name as a date of its own: "on Thursday", "said Friday", "late
// Thursday", "last Friday", "Monday’s meeting", "Friday night" (not "Black Friday").
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
	if len(withoutPossessive(t.Lower())) < 6 || lexicon.WeekdayNameWords[p] || genericDay(toks, i) {
		return e, 0, false
	}
	from, to := i, i+1
	if lexicon.ShiftWords[p] || p == "late" || p == "early" {
		from = i - 1
	}
	if to < len(toks) && lexicon.DayParts[toks[to].Lower()] && !strings.HasSuffix(t.Lower(), "s") {
		to++
	}
	e = span(s, toks, ExprWeekday, from, to)
	e.Weekday, e.WeekdayOK = wd, true
	e.Shift = shiftOf(p)
	e.Relative = p
	return e, to, true
}

// genericDay reports whether the weekday at i names no one day: "every Friday", "one Sunday", "the
// last Friday in August", "a Monday".
func genericDay(toks []prose.Token, i int) bool {
	k := i - 1
	if k >= 0 && lexicon.ShiftWords[toks[k].Lower()] {
		k--
	}
	if k < 0 || toks[k].Kind != prose.Word {
		return false
	}
	switch toks[k].Lower() {
	case "every", "each", "one", "a", "the", "some", "any":
		return true
	}
	return false
}

// yearAt reads a year in context: after a temporal preposition ("in 2019", "since 2015", "in early
// 2019"), as a modifier after a determiner ("the 2009 outbreak", "its 2019 report"), or starting a
// span ("2017–2020", "between 2015 and 2019").
func yearAt(s string, toks []prose.Token, i int) (e Expr, next int, ok bool) {
	y, _ := isYear(toks[i])
	p := prevWord(toks, i)
	dash := i+1 < len(toks) && (toks[i+1].Text == "-" || toks[i+1].Text == "–")
	modifier := lexicon.Determiners[p] && i+1 < len(toks) && toks[i+1].Kind == prose.Word && !toks[i+1].IsCap()
	if !(lexicon.TemporalPrepositions[p] || modifier || dash && i+2 < len(toks) && isYearTok(toks[i+2])) {
		return e, 0, false
	}
	e = span(s, toks, ExprAbsolute, i, i+1)
	e.Year = y
	if p == "early" || p == "late" || p == "mid" {
		e = span(s, toks, ExprAbsolute, i-1, i+1) // "late 2000"
		e.Year, e.Mod = y, p
	}
	return e, i + 1, true
}

func isYearTok(t prose.Token) bool { _, ok := isYear(t); return ok }

// relativeAt reads "yesterday", "today", "tomorrow", "tonight", "this morning", "last night",
// "last/this/next year|month|week|weekend" (also "earlier this month", "later this year"), "the end
// of the year", "fiscal 2020" and a stated term ("for 3 years").
func relativeAt(s string, toks []prose.Token, i int) (e Expr, next int, ok bool) {
	lw := toks[i].Lower()
	switch {
	case lexicon.RelativeDayWords[lw]:
		return dayWordAt(s, toks, i)
	case lexicon.ShiftWords[lw]:
		return shiftedAt(s, toks, i, i)
	case lw == "earlier" || lw == "later" || lw == "early" || lw == "late":
		if i+1 < len(toks) && lexicon.ShiftWords[toks[i+1].Lower()] {
			if e, next, ok = shiftedAt(s, toks, i+1, i); ok {
				e.Mod = map[string]string{"earlier": "early", "later": "late"}[lw]
				if e.Mod == "" {
					e.Mod = lw
				}
			}
			return e, next, ok
		}
	case lw == "for": // "remain in force for 4 years"
		return durationAt(s, toks, i)
	case numberWords[lw] > 0:
		return agoAt(s, toks, i)
	case lw == "fiscal":
		if i+1 < len(toks) && isYearTok(toks[i+1]) {
			e = span(s, toks, ExprAbsolute, i, i+2)
			e.Year, _ = isYear(toks[i+1])
			e.Fiscal = true
			return e, i + 2, true
		}
	case lw == "the" || lexicon.PeriodParts[lw]:
		return periodPartAt(s, toks, i)
	}
	return e, 0, false
}

// dayWordAt reads "yesterday", "today", "tomorrow", "tonight", with a part of the day after it
// ("yesterday afternoon").
func dayWordAt(s string, toks []prose.Token, i int) (e Expr, next int, ok bool) {
	lw := toks[i].Lower()
	to := i + 1
	if to < len(toks) && lexicon.DayParts[toks[to].Lower()] {
		to++
	}
	e = span(s, toks, ExprRelative, i, to)
	e.Relative = lw
	if lw == "tonight" {
		e.Relative = "today"
	}
	return e, to, true
}

// shiftedAt reads a shift word at k and the period it shifts: "last year", "this month", "next
// week", "this weekend", "this morning", "last night", "last summer"; from is where the text starts.
func shiftedAt(s string, toks []prose.Token, k, from int) (e Expr, next int, ok bool) {
	if k+1 >= len(toks) {
		return e, 0, false
	}
	sw, unit := toks[k].Lower(), toks[k+1].Lower()
	if from > 0 && toks[from-1].Is("the") {
		return e, 0, false // "within the next week", "over the last year": a length of time
	}
	if toks[k+1].IsCap() && from > 0 {
		return e, 0, false // "ABC's This Week": a name
	}
	e = span(s, toks, ExprRelative, from, k+2)
	e.Shift = shiftOf(sw)
	switch {
	case unit == "year" || unit == "month" || unit == "week" || unit == "weekend":
		e.Relative = unit
	case sw == "last" && unit == "night":
		e.Relative, e.Shift = "yesterday", 0
	case sw == "this" && lexicon.DayParts[unit]:
		e.Relative, e.Shift = "today", 0
	case seasonCode[unit] != "":
		e.Relative, e.Part = "season", seasonCode[unit]
	default:
		return Expr{}, 0, false
	}
	return e, k + 2, true
}

// seasonCode maps season names to their codes.
var seasonCode = map[string]string{"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
