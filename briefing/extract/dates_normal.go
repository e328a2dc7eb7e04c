package extract

import (
	"fmt"

	"github.com/briefpack/briefpack/briefing"
)

// Normal is an expression normalised for listing: its value in ISO 8601 / TIMEX3 form, its precision
// and how it was anchored (see briefing.DateMention).
type Normal struct {
	Value, Precision, Anchor string
}

// precisionNames name briefing precisions.
var precisionNames = map[briefing.Precision]string{briefing.Year: "year", briefing.Month: "month", briefing.Day: "day"}

// Normalize gives an expression's value, precision and anchor; problem says why it could not be
// placed (its value then keeps what the text states: "XXXX-06-14", or nothing).
func Normalize(e Expr, pub briefing.Date, future bool) (n Normal, problem string) {
	if e.Explicit != nil {
		n, problem = Normalize(*e.Explicit, pub, future)
		if problem == "" {
			n.Anchor = "stated"
		}
		return n, problem
	}
	n, problem = normalizeOne(e, pub, future)
	if e.Context && problem == "" {
		n.Anchor = "text"
	}
	if e.To != nil && problem == "" {
		end := *e.To
		end.To = nil
		if end.Year == 0 && e.Year > 0 && end.Kind != ExprRelative {
			end.Year, end.Kind = e.Year, ExprAbsolute
		}
		if m, prob := normalizeOne(end, pub, future); prob == "" && m.Value != n.Value {
			n.Value += "/" + m.Value
		}
	}
	return n, problem
}

// normalizeOne normalises one end of an expression.
func normalizeOne(e Expr, pub briefing.Date, future bool) (Normal, string) {
	anchor := "published"
	if e.Kind == ExprAbsolute {
		anchor = "stated"
	}
	switch {
	case e.Decade:
		return Normal{fmt.Sprintf("%03d", e.Year/10), "decade", "stated"}, ""
	case e.Relative == "week" || e.Relative == "weekend" || e.Relative == "ago" && e.Unit == "week":
		return normalizeWeek(e, pub)
	case e.Part != "":
		return normalizePart(e, pub, anchor)
	}
	d, prob := Resolve(e, pub, future)
	if prob != "" {
		return unresolved(e), prob
	}
	return Normal{d.String(), precisionNames[d.Precision], anchor}, ""
}

// normalizeWeek gives a week its ISO week ("2021-W48"), a weekend "2021-W48-WE".
func normalizeWeek(e Expr, pub briefing.Date) (Normal, string) {
	if pub.Precision != briefing.Day {
		return Normal{Precision: "week", Anchor: "none"}, needs(e, "date")
	}
	shift := e.Shift
	if e.Relative == "ago" {
		shift = -e.N
	}
	mon, _ := weekOf(pub, shift)
	y, w := mon.Time().ISOWeek()
	v := fmt.Sprintf("%04d-W%02d", y, w)
	if e.Relative == "weekend" {
		v += "-WE"
	}
	return Normal{v, "week", "published"}, ""
}

// normalizePart gives a quarter, half or season of a year: "2021-Q1", "2021-H2", "2020-SU".
func normalizePart(e Expr, pub briefing.Date, anchor string) (Normal, string) {
	prec := map[byte]string{'Q': "quarter", 'H': "half"}[e.Part[0]]
	if prec == "" {
		prec = "season"
	}
	y := e.Year
	if e.Kind != ExprAbsolute {
		if pub.IsZero() {
			return Normal{Precision: prec, Anchor: "none"}, needs(e, "year")
		}
		y = pub.Y + e.Shift
	}
	return Normal{fmt.Sprintf("%04d-%s", y, e.Part), prec, anchor}, ""
}

// unresolved keeps what an expression states when it cannot be placed: "XXXX-06-14" for a day and
// month without a year, "XXXX-06" for a month, nothing for a relative date.
func unresolved(e Expr) Normal {
	n := Normal{Anchor: "none"}
	switch {
	case e.Kind == ExprPartial && e.Day > 0:
		n.Value, n.Precision = fmt.Sprintf("XXXX-%02d-%02d", int(e.Month), e.Day), "day"
	case e.Kind == ExprPartial && e.Month > 0:
		n.Value, n.Precision = fmt.Sprintf("XXXX-%02d", int(e.Month)), "month"
	case e.Kind == ExprWeekday || e.Relative == "yesterday" || e.Relative == "today" || e.Relative == "tomorrow":
		n.Precision = "day"
	case e.Relative == "month" || e.Relative == "monthname" || e.Relative == "monthyear":
		n.Precision = "month"
	default:
		n.Precision = "year"
	}
	return n
}
