package extract

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/briefpack/briefpack/briefing"
)

// Precision aliases for brevity inside this package.
const (
	Day   = briefing.Day
	Month = briefing.Month
)

// Resolve turns an expression into a date, using the source's publication date for relative and partial
// expressions and future to choose between the last and the next occurrence of a weekday or month.
// problem explains why no date could be given ("the published date is unknown").
func Resolve(e Expr, pub briefing.Date, future bool) (d briefing.Date, problem string) {
	if e.Explicit != nil { // "yesterday (Jun 13)": the date the text states wins
		return Resolve(*e.Explicit, pub, future)
	}
	if e.Decade {
		return d, "a decade is not a date the timeline can place"
	}
	switch e.Kind {
	case ExprAbsolute:
		if e.Part != "" {
			return briefing.YearOf(e.Year), ""
		}
		return resolveAbsolute(e)
	case ExprPartial:
		return resolvePartial(e, pub, future)
	case ExprRelative:
		if r := relativeResolvers[e.Relative]; r != nil {
			return r(e, pub)
		}
	case ExprWeekday:
		return resolveWeekday(e, pub, future)
	}
	return d, "not a date briefpack can place"
}

// resolveAbsolute gives the date an expression states in full; "31 June 2019" is no date.
func resolveAbsolute(e Expr) (briefing.Date, string) {
	switch {
	case e.Day > 0:
		d := briefing.DayOf(e.Year, e.Month, e.Day)
		if d.M != e.Month {
			return briefing.Date{}, fmt.Sprintf("%q is not a real date", e.Text)
		}
		return d, ""
	case e.Month > 0:
		return briefing.MonthOf(e.Year, e.Month), ""
	}
	return briefing.YearOf(e.Year), ""
}

// resolvePartial places a day or month without a year in the publication year, or the year before
// (a past statement naming a later month) or after (a future one naming an earlier month).
func resolvePartial(e Expr, pub briefing.Date, future bool) (briefing.Date, string) {
	if pub.IsZero() {
		return briefing.Date{}, "the year is not stated and the published date is unknown"
	}
	y := pub.Y
	if e.Nearest && pub.Precision == Day {
		return nearestTo(e, pub), ""
	}
	if e.Day > 0 {
		d := briefing.DayOf(y, e.Month, e.Day)
		if pub.Precision == Day && !future && pub.Before(d) {
			d = briefing.DayOf(y-1, e.Month, e.Day)
		} else if pub.Precision == Day && future && d.Before(pub) {
			d = briefing.DayOf(y+1, e.Month, e.Day)
		}
		return d, ""
	}
	d := briefing.MonthOf(y, e.Month)
	if pub.Precision >= Month && !future && e.Month > pub.M {
		d = briefing.MonthOf(y-1, e.Month)
	} else if pub.Precision >= Month && future && e.Month < pub.M {
		d = briefing.MonthOf(y+1, e.Month)
	}
	return d, ""
}

// nearestTo places a day or month without a year in the year (before, of or after the publication)
// that puts it nearest the publication date.
func nearestTo(e Expr, pub briefing.Date) briefing.Date {
	var best briefing.Date
	bestDist := 1 << 62
	for y := pub.Y - 1; y <= pub.Y+1; y++ {
		d := briefing.MonthOf(y, e.Month)
		if e.Day > 0 {
			d = briefing.DayOf(y, e.Month, e.Day)
		}
		dist := int(d.Time().Sub(pub.Time()).Hours())
		if dist < 0 {
			dist = -dist
		}
		if dist < bestDist {
			best, bestDist = d, dist
		}
	}
	return best
}

// relativeResolvers resolve each kind of relative expression against the publication date.
var relativeResolvers = map[string]func(Expr, briefing.Date) (briefing.Date, string){
	"yesterday": resolveDayWord, "today": resolveDayWord, "tomorrow": resolveDayWord,
	"year": resolveShiftedYear, "month": resolveShiftedMonth,
	"monthyear": resolveMonthOfYear, "monthname": resolveShiftedMonthName,
	"week": resolveWeek, "weekend": resolveWeek, "ago": resolveAgo, "season": resolveShiftedYear,
}

// dayWordOffsets are the days "yesterday", "today" and "tomorrow" lie from the publication date.
var dayWordOffsets = map[string]int{"yesterday": -1, "today": 0, "tomorrow": 1}

func needs(e Expr, what string) string {
	return "“" + e.Text + "” needs the published " + what + ", which is unknown"
}

func resolveDayWord(e Expr, pub briefing.Date) (briefing.Date, string) {
	if pub.Precision != Day {
		return briefing.Date{}, needs(e, "date")
	}
	return pub.AddDays(dayWordOffsets[e.Relative]), ""
}

// resolveShiftedYear: "last year", "this year", "next year".
// (A season or a part of a year, "last summer", "the first half of next year", is placed in its year.)
func resolveShiftedYear(e Expr, pub briefing.Date) (briefing.Date, string) {
	if pub.IsZero() {
		return briefing.Date{}, needs(e, "year")
	}
	return briefing.YearOf(pub.Y + e.Shift), ""
}

// resolveWeek places "last week", "this week", "next week" (and weekends) in their month; a week
// that runs over two months is given no date (its mention keeps the ISO week).
func resolveWeek(e Expr, pub briefing.Date) (briefing.Date, string) {
	if pub.Precision != Day {
		return briefing.Date{}, needs(e, "date")
	}
	mon, sun := weekOf(pub, e.Shift)
	if mon.M != sun.M {
		return briefing.Date{}, "“" + e.Text + "” (" + mon.Human() + " – " + sun.Human() + ") runs over two months"
	}
	return briefing.MonthOf(mon.Y, mon.M), ""
}

// weekOf returns the Monday and the Sunday of the week shift weeks from the one holding pub.
func weekOf(pub briefing.Date, shift int) (mon, sun briefing.Date) {
	back := (int(pub.Time().Weekday()) + 6) % 7 // days since Monday
	mon = pub.AddDays(-back + 7*shift)
	return mon, mon.AddDays(6)
}

// resolveAgo places "two years ago", "three months ago", "ten days ago" back from the publication
// date, at the precision of the unit.
func resolveAgo(e Expr, pub briefing.Date) (briefing.Date, string) {
	switch e.Unit {
	case "year":
		if pub.IsZero() {
			return briefing.Date{}, needs(e, "year")
		}
		return briefing.YearOf(pub.Y - e.N), ""
	case "month":
		if pub.Precision < Month {
			return briefing.Date{}, needs(e, "month")
		}
		t := time.Date(pub.Y, pub.M-time.Month(e.N), 1, 12, 0, 0, 0, time.UTC)
		return briefing.MonthOf(t.Year(), t.Month()), ""
	case "week":
		return resolveWeek(Expr{Text: e.Text, Shift: -e.N}, pub)
	}
	if pub.Precision != Day {
		return briefing.Date{}, needs(e, "date")
	}
	return pub.AddDays(-e.N), ""
}

// resolveShiftedMonth: "last month", "this month", "next month".
func resolveShiftedMonth(e Expr, pub briefing.Date) (briefing.Date, string) {
	if e.Part != "" {
		return resolveShiftedYear(e, pub)
	}
	if pub.Precision < Month {
		return briefing.Date{}, needs(e, "month")
	}
	t := time.Date(pub.Y, pub.M+time.Month(e.Shift), 1, 12, 0, 0, 0, time.UTC)
	return briefing.MonthOf(t.Year(), t.Month()), ""
}

// resolveMonthOfYear: "January this year", "June last year".
func resolveMonthOfYear(e Expr, pub briefing.Date) (briefing.Date, string) {
	if pub.IsZero() {
		return briefing.Date{}, needs(e, "year")
	}
	if e.Day > 0 {
		return briefing.DayOf(pub.Y+e.Shift, e.Month, e.Day), ""
	}
	return briefing.MonthOf(pub.Y+e.Shift, e.Month), ""
}

// resolveShiftedMonthName: "last May" (the latest May before the published month), "next March".
func resolveShiftedMonthName(e Expr, pub briefing.Date) (briefing.Date, string) {
	if pub.Precision < Month {
		return briefing.Date{}, needs(e, "date")
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

// resolveWeekday places a weekday on the nearest such day before the publication date (or on it), or
// after it for a future statement; "last"/"next" skip the publication day itself.
func resolveWeekday(e Expr, pub briefing.Date, future bool) (briefing.Date, string) {
	if pub.Precision != Day {
		return briefing.Date{}, needs(e, "date")
	}
	pw := pub.Time().Weekday()
	if e.Shift < 0 || e.Shift == 0 && !future {
		back := (int(pw) - int(e.Weekday) + 7) % 7
		if e.Shift < 0 && back == 0 {
			back = 7
		}
		return pub.AddDays(-back), ""
	}
	fwd := (int(e.Weekday) - int(pw) + 7) % 7
	if e.Shift > 0 && fwd == 0 {
		fwd = 7
	}
	return pub.AddDays(fwd), ""
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
