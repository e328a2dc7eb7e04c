package pdf

import (
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/pack"
)

// timeline draws the merged timeline as a graphic: a vertical axis with year marks, a dot per event
// (filled for an exact day, hollow for a month or year, dashed for a derived date), the sources of each
// event and a flag where sources disagree. It continues across pages.
func (r *renderer) timeline(n ast.Node) {
	items := n.(*pack.TimelineNode).Items
	r.tracef("timeline entries=%d", len(items))
	if len(items) == 0 {
		r.note("No dated events were found in the selected sources.")
		return
	}
	fig := r.figure()
	defer fig.done()
	r.legend()
	axis := r.x() + 19
	textX := axis + 6
	textW := r.x() + r.width() - textX
	body, small := r.sz.body, r.sz.small
	lastYear := 0
	for i, it := range items {
		e := it.Entry
		r.font("", body)
		whatLines := r.lines(r.clean(e.What), textW)
		var notes []string
		if e.Derived {
			notes = append(notes, "Derived date"+derivedNote(r.pk, it))
		}
		if it.Edited && !it.Original.IsZero() {
			notes = append(notes, "Date changed by the preparer; the sources say "+it.Original.Human()+".")
		} else if it.Edited {
			notes = append(notes, "Wording changed by the preparer.")
		}
		if it.Added {
			n := "Added by the preparer"
			if it.Note != "" {
				n += ": " + it.Note
			}
			notes = append(notes, n+".")
		}
		r.font("", small)
		var noteLines []string
		for _, nt := range notes {
			noteLines = append(noteLines, r.lines(r.clean(nt), textW)...)
		}
		var conflictLines []string
		if e.Conflict != "" {
			conflictLines = r.lines(r.clean(r.conflictText(e.Conflict)), textW)
		}
		h := lh(body) + float64(len(whatLines))*lh(body) + float64(len(noteLines)+len(conflictLines))*lh(small)
		if len(e.Sources) > 0 {
			h += lh(small)
		}
		h += 3.5
		if r.doc.Template.Compact {
			h -= 2
		}
		if !r.room(h) {
			r.pdf.AddPage()
			r.font("I", small)
			r.color(grey)
			r.pdf.SetX(r.x())
			end := r.pagination()
			r.pdf.CellFormat(0, lh(small), "Timeline, continued", "", 1, "L", false, 0, "")
			end()
			r.pdf.Ln(1)
			lastYear = 0
		}
		y := r.pdf.GetY()
		r.tracef("timeline %s %s sources=%d%s", e.Date, first(e.What, 30), len(e.Sources), map[bool]string{true: " conflict", false: ""}[e.Conflict != ""])
		// axis segment and year mark
		r.pdf.SetDrawColor(rule[0], rule[1], rule[2])
		r.pdf.SetLineWidth(0.6)
		top := y
		if i == 0 {
			top = y + 2.2
		}
		r.pdf.Line(axis, top, axis, y+h)
		if e.Date.Y != lastYear {
			r.font("B", body)
			r.color(accent)
			r.pdf.Text(r.x(), y+lh(body)*0.75, r.spaceAfter(strconv.Itoa(e.Date.Y)))
			lastYear = e.Date.Y
		}
		r.dot(axis, y+lh(body)*0.5, e)
		// text
		r.pdf.SetXY(textX, y)
		r.font("B", body)
		r.color(ink)
		date := e.Date.Human()
		if e.Date.Precision == briefing.Month {
			date += " (month only)"
		} else if e.Date.Precision == briefing.Year {
			date += " (year only)"
		}
		fig.entry(date, e.What, notes, e.Conflict, e.Sources)
		r.pdf.CellFormat(textW, lh(body), r.spaceAfter(r.clean(date)), "", 2, "L", false, 0, "")
		r.font("", body)
		for _, l := range whatLines {
			r.pdf.SetX(textX)
			r.pdf.CellFormat(textW, lh(body), l, "", 2, "L", false, 0, "")
		}
		if len(e.Sources) > 0 {
			old := r.left
			r.pdf.SetLeftMargin(textX)
			r.pdf.SetX(textX)
			r.font("", small)
			r.color(grey)
			r.pdf.Write(lh(small), "Sources: ")
			r.cites(e.Sources, small)
			r.pdf.Ln(lh(small))
			r.pdf.SetLeftMargin(old)
		}
		r.font("", small)
		r.color(grey)
		for _, l := range noteLines {
			r.pdf.SetX(textX)
			r.pdf.CellFormat(textW, lh(small), l, "", 2, "L", false, 0, "")
		}
		r.color(alert)
		for _, l := range conflictLines {
			r.pdf.SetX(textX)
			r.pdf.CellFormat(textW, lh(small), l, "", 2, "L", false, 0, "")
		}
		r.color(ink)
		r.pdf.SetY(y + h)
	}
	r.pdf.Ln(2)
}

// conflictText rewrites "sources disagree: a, b says 2019-06-13; c says …" with source numbers.
func (r *renderer) conflictText(c string) string {
	for _, s := range r.pk.Sources {
		c = strings.ReplaceAll(c, s.ID, "["+strconv.Itoa(r.pk.Number(s.ID))+"]")
	}
	return "⚠ " + strings.ToUpper(c[:1]) + c[1:] + "."
}

func derivedNote(p *pack.Pack, it pack.TimelineItem) string {
	for _, x := range p.Extractions {
		for _, e := range x.Events {
			if e.Derived && e.Date == it.Entry.Date && len(it.Entry.Citations) > 0 && e.Line == it.Entry.Citations[0].Line {
				return ": " + humanDerived(e.DerivedFrom) + "."
			}
		}
	}
	return "."
}

// humanDerived turns "2022-07-04 + 3 years" into "4 July 2022 + 3 years".
func humanDerived(s string) string {
	base, rest, ok := strings.Cut(s, " + ")
	if !ok {
		return s
	}
	if d, err := briefing.ParseDate(base); err == nil {
		return d.Human() + " + " + rest
	}
	return s
}

// dot marks an event on the axis: filled for a day, hollow for a month or year, dashed when derived;
// a conflict gets a red ring.
func (r *renderer) dot(x, y float64, e briefing.TimelineEntry) {
	r.pdf.SetLineWidth(0.5)
	r.pdf.SetDrawColor(accent[0], accent[1], accent[2])
	r.pdf.SetFillColor(accent[0], accent[1], accent[2])
	switch {
	case e.Derived:
		r.pdf.SetFillColor(255, 255, 255)
		r.pdf.SetDashPattern([]float64{0.6, 0.5}, 0)
		r.pdf.Circle(x, y, 1.7, "FD")
		r.pdf.SetDashPattern(nil, 0)
	case e.Date.Precision == briefing.Day:
		r.pdf.Circle(x, y, 1.6, "F")
	default:
		r.pdf.SetFillColor(255, 255, 255)
		r.pdf.Circle(x, y, 1.6, "FD")
	}
	if e.Conflict != "" {
		r.pdf.SetDrawColor(alert[0], alert[1], alert[2])
		r.pdf.Circle(x, y, 2.6, "D")
	}
}

func (r *renderer) legend() {
	small := r.sz.small
	r.need(lh(small) + 4)
	y := r.pdf.GetY() + lh(small)*0.5
	x := r.x()
	r.font("", small)
	r.color(grey)
	item := func(e briefing.TimelineEntry, label string) {
		r.dot(x+1.8, y, e)
		r.pdf.Text(x+5, y+lh(small)*0.28, r.spaceAfter(label))
		x += 9 + r.pdf.GetStringWidth(label)
	}
	item(briefing.TimelineEntry{Date: briefing.DayOf(2000, 1, 1)}, "exact date")
	item(briefing.TimelineEntry{Date: briefing.YearOf(2000)}, "month or year only")
	item(briefing.TimelineEntry{Date: briefing.YearOf(2000), Derived: true}, "derived from a stated term")
	item(briefing.TimelineEntry{Date: briefing.DayOf(2000, 1, 1), Conflict: "x"}, "sources disagree")
	r.color(ink)
	r.pdf.SetY(y + lh(small) + 2)
}
