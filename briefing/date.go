package briefing

import (
	"fmt"
	"strconv"
	"time"
)

// Precision says how much of a Date is known.
type Precision uint8

// Precisions, from none to a full calendar day.
const (
	Unknown Precision = iota
	Year
	Month
	Day
)

// Date is a calendar date known to a precision: a year, a month of a year, or a day.
// The zero Date is unknown.
type Date struct {
	Y         int
	M         time.Month // 0 unless Precision ≥ Month
	D         int        // 0 unless Precision is Day
	Precision Precision
}

// YearOf returns a year-precision date.
func YearOf(y int) Date { return Date{Y: y, Precision: Year} }

// MonthOf returns a month-precision date.
func MonthOf(y int, m time.Month) Date { return Date{Y: y, M: m, Precision: Month} }

// DayOf returns a day-precision date, normalising overflow (e.g. day 0 is the last day of the previous month).
func DayOf(y int, m time.Month, d int) Date {
	t := time.Date(y, m, d, 12, 0, 0, 0, time.UTC)
	return Date{Y: t.Year(), M: t.Month(), D: t.Day(), Precision: Day}
}

// FromTime returns the day of t.
func FromTime(t time.Time) Date { return DayOf(t.Year(), t.Month(), t.Day()) }

// IsZero reports whether the date is unknown.
func (d Date) IsZero() bool { return d.Precision == Unknown }

// Time returns the first instant of the date (noon UTC, to keep day arithmetic away from midnight).
func (d Date) Time() time.Time {
	m, day := d.M, d.D
	if m == 0 {
		m = 1
	}
	if day == 0 {
		day = 1
	}
	return time.Date(d.Y, m, day, 12, 0, 0, 0, time.UTC)
}

// AddDays returns the date n days later; only meaningful at day precision.
func (d Date) AddDays(n int) Date {
	if d.Precision != Day {
		return d
	}
	return DayOf(d.Y, d.M, d.D+n)
}

// String formats the date as YYYY, YYYY-MM or YYYY-MM-DD; "" when unknown.
func (d Date) String() string {
	switch d.Precision {
	case Year:
		return fmt.Sprintf("%04d", d.Y)
	case Month:
		return fmt.Sprintf("%04d-%02d", d.Y, int(d.M))
	case Day:
		return fmt.Sprintf("%04d-%02d-%02d", d.Y, int(d.M), d.D)
	}
	return ""
}

// Human formats the date for reading: "13 June 2019", "June 2019", "2019".
func (d Date) Human() string {
	switch d.Precision {
	case Year:
		return strconv.Itoa(d.Y)
	case Month:
		return d.M.String() + " " + strconv.Itoa(d.Y)
	case Day:
		return strconv.Itoa(d.D) + " " + d.M.String() + " " + strconv.Itoa(d.Y)
	}
	return "date unknown"
}

// Contains reports whether o lies within d: 2019 contains 2019-06 and 2019-06-13; a date contains itself.
func (d Date) Contains(o Date) bool {
	if d.IsZero() || o.IsZero() || o.Precision < d.Precision {
		return false
	}
	if d.Y != o.Y {
		return false
	}
	if d.Precision >= Month && d.M != o.M {
		return false
	}
	if d.Precision == Day && d.D != o.D {
		return false
	}
	return true
}

// Compatible reports whether the two dates can name the same time: one contains the other.
func (d Date) Compatible(o Date) bool { return d.Contains(o) || o.Contains(d) }

// Before orders dates by their first instant, then less precise first.
func (d Date) Before(o Date) bool {
	a, b := d.Time(), o.Time()
	if !a.Equal(b) {
		return a.Before(b)
	}
	return d.Precision < o.Precision
}

// ParseDate reads YYYY, YYYY-MM or YYYY-MM-DD (also a full RFC 3339 time, of which the day is kept).
func ParseDate(s string) (Date, error) {
	if len(s) > 10 && (s[10] == 'T' || s[10] == ' ') {
		s = s[:10]
	}
	var d Date
	switch len(s) {
	case 4:
		y, err := strconv.Atoi(s)
		if err != nil {
			return d, fmt.Errorf("not a date: %q", s)
		}
		return YearOf(y), nil
	case 7:
		t, err := time.Parse("2006-01", s)
		if err != nil {
			return d, fmt.Errorf("not a date: %q", s)
		}
		return MonthOf(t.Year(), t.Month()), nil
	case 10:
		t, err := time.Parse("2006-01-02", s)
		if err != nil {
			return d, fmt.Errorf("not a date: %q", s)
		}
		return FromTime(t), nil
	}
	return d, fmt.Errorf("not a date: %q (want YYYY, YYYY-MM or YYYY-MM-DD)", s)
}

// MarshalText writes the date as String does; unknown dates write as empty text.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText reads what MarshalText writes.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}
