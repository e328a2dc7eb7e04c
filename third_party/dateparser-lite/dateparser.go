// Package dateparser is a small stand-in for github.com/markusmobius/go-dateparser: see README.md.
package dateparser

import (
	"errors"
	"strings"
	"time"
)

// ParserType names a parsing strategy; only absolute formats are implemented here.
type ParserType uint8

// The parser types go-htmldate asks for.
const (
	Timestamp ParserType = iota
	NegativeTimestamp
	RelativeTime
	CustomFormat
	AbsoluteTime
	NoSpacesTime
)

// PreferredDateSource is kept for API compatibility.
type PreferredDateSource uint8

// Values of PreferredDateSource.
const (
	CurrentPeriod PreferredDateSource = iota
	Past
	Future
)

// Configuration is the subset of go-dateparser's configuration that callers set.
type Configuration struct {
	CurrentTime         time.Time
	DefaultTimezone     *time.Location
	PreferredDateSource PreferredDateSource
	StrictParsing       bool
}

// Date is a parsed date.
type Date struct {
	Time time.Time
}

// IsZero reports whether nothing was parsed.
func (d Date) IsZero() bool { return d.Time.IsZero() }

// Parser parses date strings.
type Parser struct {
	ParserTypes []ParserType
}

// ErrNotParsed is returned for strings this small parser does not understand.
var ErrNotParsed = errors.New("dateparser-lite: date not recognised")

var layouts = []string{
	"2006-01-02", "2006-1-2", "2006/01/02", "02/01/2006", "2/1/2006", "02.01.2006",
	"2 January 2006", "2 Jan 2006", "January 2, 2006", "Jan 2, 2006", "January 2 2006", "Jan 2 2006",
	"Monday, 2 January 2006", "Monday, January 2, 2006", "Mon, Jan 2, 2006", "Mon, 2 Jan 2006",
	"January 2006", "Jan 2006",
}

// Parse reads an absolute date in one of the common English layouts.
func (p *Parser) Parse(cfg *Configuration, s string, formats ...string) (Date, error) {
	s = strings.TrimSpace(strings.NewReplacer("Sept ", "Sep ", ". ", " ", "  ", " ").Replace(s))
	for _, f := range append(formats, layouts...) {
		if t, err := time.Parse(f, s); err == nil {
			return Date{Time: t}, nil
		}
	}
	return Date{}, ErrNotParsed
}
