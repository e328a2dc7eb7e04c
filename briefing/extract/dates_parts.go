package extract

import (
	"github.com/briefpack/briefpack/briefing/lexicon"
	"github.com/briefpack/briefpack/briefing/prose"
)

// Parts of periods and spans: "the end of 2021", "the first quarter of 2020", "Q3 2019", "spring
// 2020", "2009–2010", "between March and June".

// ordinalParts maps "first half", "third quarter", … to their codes.
var ordinalParts = map[string]string{
	"first quarter": "Q1", "second quarter": "Q2", "third quarter": "Q3", "fourth quarter": "Q4",
	"first half": "H1", "second half": "H2",
}

// periodPartAt reads "[the] end|start|beginning|middle of <period>" and "the first quarter|half of
// <year>": the period is a year ("2021", "the year", "next year"), a month ("March", "March 2020") or
// "the month", "the week".
func periodPartAt(s string, toks []prose.Token, i int) (e Expr, next int, ok bool) {
	j := i
	if toks[j].Is("the") {
		j++
	}
	if j+2 >= len(toks) {
		return e, 0, false
	}
	mod, part := "", ""
	switch {
	case lexicon.PeriodParts[toks[j].Lower()] && toks[j+1].Is("of"):
		mod = toks[j].Lower()
		if mod == "beginning" {
			mod = "start"
		}
		j += 2
	case ordinalParts[toks[j].Lower()+" "+toks[j+1].Lower()] != "" && j+3 < len(toks) && toks[j+2].Is("of"):
		part = ordinalParts[toks[j].Lower()+" "+toks[j+1].Lower()]
		j += 3
	default:
		return e, 0, false
	}
	inner, after, ok := periodAt(s, toks, j)
	if !ok || part != "" && inner.Month > 0 {
		return e, 0, false
	}
	inner.Start, inner.Text = toks[i].Start, s[toks[i].Start:inner.End]
	inner.Mod, inner.Part = mod, part
	return inner, after, true
}

// periodAt reads the period after "the end of": a year, a month with or without a year, "the
// year|month|week" (the current one), "this|last|next year|month|week".
func periodAt(s string, toks []prose.Token, j int) (e Expr, next int, ok bool) {
	if y, isY := isYear(toks[j]); isY {
		e = span(s, toks, ExprAbsolute, j, j+1)
		e.Year = y
		return e, j + 1, true
	}
	if toks[j].Is("the") && j+1 < len(toks) {
		switch u := toks[j+1].Lower(); u {
		case "year", "month", "week":
			e = span(s, toks, ExprRelative, j, j+2)
			e.Relative = u
			return e, j + 2, true
		}
		return e, 0, false
	}
	if lexicon.ShiftWords[toks[j].Lower()] {
		return shiftedAt(s, toks, j, j)
	}
	if m, isM := monthOf(toks[j]); isM {
		y, k := yearAfter(toks, j+1)
		e = span(s, toks, ExprPartial, j, k)
		e.Month, e.Year = m, y
		if y > 0 {
			e.Kind = ExprAbsolute
		}
		return e, k, true
	}
	return e, 0, false
}

// yearPartAt reads a quarter or a season with its year: "Q3 2019", "spring 2020", "the summer of
// 2019".
func yearPartAt(s string, toks []prose.Token, i int) (e Expr, next int, ok bool) {
	lw := toks[i].Lower()
	code := seasonCode[lw]
	if len(lw) == 2 && lw[0] == 'q' && lw[1] >= '1' && lw[1] <= '4' {
		code = "Q" + lw[1:]
	}
	if code == "" {
		return e, 0, false
	}
	k := i + 1
	if k < len(toks) && toks[k].Is("of") {
		k++
	}
	if k >= len(toks) {
		return e, 0, false
	}
	y, isY := isYear(toks[k])
	if !isY {
		return e, 0, false
	}
	from := i
	if i > 0 && toks[i-1].Is("the") && code[0] != 'Q' {
		from = i - 1 // "the summer of 2001"
	}
	e = span(s, toks, ExprAbsolute, from, k+1)
	e.Year, e.Part = y, code
	return e, k + 1, true
}

// joinSpan reads the end of a span after the expression e read at tokens [i, next): "2009–2010",
// "from March to June", "between 2015 and 2019", "1 May – 3 June 2021"; e gets the end as To (and its
// year, when only the end states one). It returns the token after the span.
func joinSpan(s string, toks []prose.Token, e *Expr, i, next int) int {
	if e.To != nil || next+1 >= len(toks) || !lexicon.RangeLinks[toks[next].Lower()] {
		return next
	}
	p := prevWord(toks, i)
	if toks[next].Is("and") && p != "between" || toks[next].Kind == prose.Word && !toks[next].Is("and") && p != "from" && p != "between" {
		return next // "signed in 2019 and …", "in 2019 to boost …": no span
	}
	x, after, ok := spanEndAt(s, toks, next+1, e)
	if !ok {
		return next
	}
	if e.Year == 0 && x.Year > 0 {
		e.Year, e.Kind = x.Year, x.Kind
	}
	e.To = &x
	e.End = x.End
	e.Text = s[e.Start:e.End]
	return after
}

// spanEndAt reads the end of a span that starts with e: a date of the same kind (a year after a
// year, a month after a month, a day after a day).
func spanEndAt(s string, toks []prose.Token, j int, e *Expr) (x Expr, next int, ok bool) {
	if y, isY := isYear(toks[j]); isY && e.Month == 0 {
		x = span(s, toks, ExprAbsolute, j, j+1)
		x.Year = y
		return x, j + 1, y >= e.Year
	}
	if m, isM := monthOf(toks[j]); isM && e.Month > 0 {
		md := monthDate{start: j, month: m, name: toks[j].Lower()}
		md.k, _ = afterMonthName(toks, j, md.name)
		md.day, md.k = dayAfterMonth(toks, md.k)
		md.year, md.k = yearAfter(toks, md.k)
		if (md.day > 0) != (e.Day > 0) {
			return x, 0, false
		}
		kind := ExprPartial
		if md.year > 0 {
			kind = ExprAbsolute
		}
		return md.expr(s, toks, kind), md.k, true
	}
	if e.Day > 0 {
		if x, next, ok = absoluteAt(s, toks, j); ok && x.Day > 0 && x.Start == toks[j].Start {
			return x, next, true
		}
	}
	return x, 0, false
}
