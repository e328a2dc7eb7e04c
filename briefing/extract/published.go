package extract

import (
	"strconv"
	"strings"
	"time"

	"github.com/araddon/dateparse"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/clean"
	"github.com/briefpack/briefpack/briefing/prose"
)

// The publication date, from every place a clipping or a page states one. (Front matter and HTML
// metadata are read by the loaders; these read the text.) The first place that gives a date wins:
//
//  1. a header line: "Published: 3 June 2024", "+ Date: 2021-12-10 08:32:00", "Posted on …";
//  2. "today, i.e., July 4, 2022";
//  3. a dateline line above the article ("Fri, Jun 14, 2019 - 12:56 PM");
//  4. a news dateline opening the article: "LONDON, 3 March 2021 (Reuters) – …";
//  5. "Last updated 5 March 2024" (an update is later than the publication, but close to it).
//
// A text that states none gets a warning, and its relative dates stay unresolved.

// headerLines is how far from the top (and from the bottom) header lines are looked for.
const headerLines = 60

var (
	rePublishedLabel = lazyRegexp(`(?i)^(?:date|dated|published|published on|publication date|date published|posted|posted on|first published|first published on|release date|released|released on|issued|issued on)\s*[:|–-]?\s*(.+)$`)
	reUpdatedLabel   = lazyRegexp(`(?i)^(?:last updated|updated|last modified|modified|updated on|last updated on)\s*[:|–-]?\s*(.+)$`)
)

// publishedFromText finds the publication date the text states, and says where; when there is none
// it warns.
func publishedFromText(d *doc) (briefing.Date, string) {
	for _, find := range []func(*doc) (briefing.Date, string){
		func(d *doc) (briefing.Date, string) { return labelledDate(d, rePublishedLabel()) },
		todayWithDate, datelineFurniture, newsDateline,
		func(d *doc) (briefing.Date, string) { return labelledDate(d, reUpdatedLabel()) },
	} {
		if p, from := find(d); !p.IsZero() {
			return p, from
		}
	}
	d.warn("no publication date found in the text: relative dates (“yesterday”, “last year”, “on Monday”) are left undated; set the date to place them")
	return briefing.Date{}, ""
}

// labelledDate reads a header line that labels a date ("Published: …", "+ Date: …") near the top
// or the bottom of the text.
func labelledDate(d *doc, label interface{ FindStringSubmatch(string) []string }) (briefing.Date, string) {
	n := d.src.NumLines()
	for i := 1; i <= n; i++ {
		if i > headerLines && i <= n-15 {
			i = n - 15
			continue
		}
		l := d.src.Line(i)
		if len(l) > 160 || i <= d.src.FrontMatterEnd || !mayLabelDate(l) {
			continue
		}
		m := label.FindStringSubmatch(strings.TrimSpace(strings.TrimLeft(plainSentence(l), "+*-#>| ")))
		if m == nil {
			continue
		}
		if p := dateIn(m[1]); !p.IsZero() {
			return p, "line " + strconv.Itoa(i) + ": “" + strings.TrimSpace(l) + "”"
		}
	}
	return briefing.Date{}, ""
}

// mayLabelDate is a quick test for the lines the label patterns read: those whose first letter,
// after markup, starts one of the labels (date, published, posted, released, issued, first published,
// last updated, updated, modified).
func mayLabelDate(l string) bool {
	t := strings.TrimLeft(l, " \t+*-#>|_")
	if t == "" {
		return false
	}
	switch t[0] | 0x20 {
	case 'd', 'p', 'r', 'i', 'f', 'l', 'u', 'm':
		return true
	}
	return false
}

// dateIn reads the date a header value states: a date the scanner reads in full ("October 6, 2021",
// "2021-12-10 08:32:00", "July 27, 2021 -- 10:22 GMT"), else a machine form dateparse knows ("Fri, 10
// Dec 2021 08:32:00 GMT", "12/10/2021").
func dateIn(v string) briefing.Date {
	for _, e := range FindDates(v) {
		if e.Kind != ExprAbsolute || e.Year == 0 || e.Month == 0 {
			continue
		}
		if x, prob := Resolve(e, briefing.Date{}, false); prob == "" {
			return x
		}
	}
	v = strings.TrimSpace(v)
	for _, sep := range []string{" -- ", " | ", " (", " by ", " By "} {
		if i := strings.Index(v, sep); i > 0 {
			v = v[:i]
		}
	}
	if len(v) < 6 || len(v) > 40 {
		return briefing.Date{}
	}
	t, err := dateparse.ParseIn(v, time.UTC)
	if err != nil || t.Year() < 1900 || t.Year() > 2100 {
		return briefing.Date{}
	}
	return briefing.FromTime(t)
}

// todayWithDate: "today, i.e., July 4, 2022".
func todayWithDate(d *doc) (briefing.Date, string) {
	for _, s := range d.sents {
		if !strings.Contains(s.text, "oday") {
			continue
		}
		for _, e := range findDates(s.text, s.toks) {
			if e.Kind == ExprRelative && e.Relative == "today" && e.Explicit != nil {
				if x, prob := Resolve(*e.Explicit, briefing.Date{}, false); prob == "" && x.Precision == Day {
					return x, "the text: “" + e.Text + "”"
				}
			}
		}
	}
	return briefing.Date{}, ""
}

// datelineFurniture: a dateline line before the first real paragraph ("Fri, Jun 14, 2019 - 12:56 PM",
// "date 2019-06-14").
func datelineFurniture(d *doc) (briefing.Date, string) {
	firstPara := len(d.lines.Lines)
	for _, b := range d.blocks {
		if prose.CountWords(b.Text) >= 15 {
			firstPara = b.FirstLine
			break
		}
	}
	for i := 0; i < len(d.lines.Lines) && i < firstPara+2; i++ {
		l := d.lines.Lines[i]
		if l.Kind != clean.Furniture || (l.Reason != clean.ReasonDateline && l.Reason != clean.ReasonNav && l.Reason != clean.ReasonByline) {
			continue
		}
		line := d.src.Line(i + 1)
		for _, e := range FindDates(line) {
			if x, prob := Resolve(e, briefing.Date{}, false); prob == "" && x.Precision >= Month {
				return x, "dateline, line " + strconv.Itoa(i+1)
			}
		}
	}
	return briefing.Date{}, ""
}

// newsDateline reads the dateline that opens a news article: "LONDON, 3 March 2021 (Reuters) – …",
// "Singapore, June 14, 2019 — …", "14 June 2019 – …". A dateline without a year gives no date (the
// year cannot be known) and a warning.
func newsDateline(d *doc) (briefing.Date, string) {
	for k, s := range d.sents {
		if k >= 12 {
			break
		}
		e, ok := datelineExpr(s)
		if !ok {
			continue
		}
		line := d.src.LineAt(s.start)
		if e.Year == 0 {
			d.warn("line " + strconv.Itoa(line) + ": the dateline gives “" + e.Text + "” without a year, so the publication date is not known")
			return briefing.Date{}, ""
		}
		if x, prob := Resolve(e, briefing.Date{}, false); prob == "" {
			return x, "dateline, line " + strconv.Itoa(line)
		}
	}
	return briefing.Date{}, ""
}

// datelineExpr finds the date of a dateline at the start of a sentence: after a place and a comma
// (or at the very start), followed by an optional "(Agency)" and a dash.
func datelineExpr(s sentence) (Expr, bool) {
	return datelineIn(s, findDates(s.text, s.toks))
}

// datelineIn is datelineExpr on the expressions already found in s.
func datelineIn(s sentence, exprs []Expr) (Expr, bool) {
	for _, e := range exprs {
		if e.Start > 50 || e.Day == 0 || e.Kind != ExprAbsolute && e.Kind != ExprPartial {
			return Expr{}, false
		}
		before := strings.TrimSpace(plainSentence(s.text[:e.Start]))
		if before != "" && !(strings.HasSuffix(before, ",") && isPlace(strings.TrimSuffix(before, ","))) {
			return Expr{}, false
		}
		after := strings.TrimSpace(s.text[e.End:])
		if strings.HasPrefix(after, "(") {
			if i := strings.IndexByte(after, ')'); i > 0 && i < 40 {
				after = strings.TrimSpace(after[i+1:])
			}
		}
		if strings.HasPrefix(after, "–") || strings.HasPrefix(after, "—") || strings.HasPrefix(after, "-") || strings.HasPrefix(after, ":") {
			return e, true
		}
		return Expr{}, false
	}
	return Expr{}, false
}

// isPlace reports whether s reads as a dateline's place: one to four capitalised words, perhaps
// with a comma ("NEW YORK", "Kuala Lumpur", "Geneva, Switzerland").
func isPlace(s string) bool {
	words := strings.Fields(strings.ReplaceAll(s, ",", " "))
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		r := []rune(w)
		if len(r) == 0 || !('A' <= r[0] && r[0] <= 'Z' || r[0] > 127 && strings.ToUpper(string(r[0])) == string(r[0])) {
			return false
		}
	}
	return true
}
