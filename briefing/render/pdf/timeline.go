package pdf

import (
	"strconv"
	"strings"

	"github.com/jung-kurt/gofpdf"
	"github.com/yuin/goldmark/ast"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/pack"
)

// timeline draws the merged timeline as a graphic: a vertical axis with year marks, a dot per event
// (filled for an exact day, hollow for a month or year, dashed for a derived date), the sources of each
// event, who signed and witnessed a signing, a flag where sources disagree, and "ahead" on a date
// after the pack's. It continues across pages.
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
	lastYear := 0
	for i, it := range items {
		lay := r.layEntry(it)
		if !r.room(lay.h) {
			r.pdf.AddPage()
			r.font("I", r.sz.small)
			r.color(grey)
			r.pdf.SetX(r.x())
			end := r.pagination()
			r.pdf.CellFormat(0, lh(r.sz.small), "Timeline, continued", "", 1, "L", false, 0, "")
			end()
			r.pdf.Ln(1)
			lastYear = 0
		}
		fig.entry(it)
		r.drawEntry(it, lay, i == 0, lastYear)
		lastYear = it.Entry.Date.Y
	}
	r.pdf.Ln(2)
}

// entryLayout is a timeline entry split into lines at the text width, and its height.
type entryLayout struct {
	context, what, notes, signing, conflict []string
	h                                       float64
}

func (r *renderer) timelineGeometry() (axis, textX, textW float64) {
	axis = r.x() + 19
	textX = axis + 6
	return axis, textX, r.x() + r.width() - textX
}

// layEntry splits an entry into its lines and measures it.
func (r *renderer) layEntry(it pack.TimelineItem) entryLayout {
	_, _, textW := r.timelineGeometry()
	body, small := r.sz.body, r.sz.small
	e := it.Entry
	var lay entryLayout
	r.font("", small)
	if it.Context != nil {
		lay.context = r.lines(r.clean("After: “"+strings.Join(strings.Fields(it.Context.Text), " ")+"”"), textW)
	}
	r.font("", body)
	what := it.Shown
	if it.Quoted {
		what = "“" + what + "”"
	}
	lay.what = r.lines(r.clean(what), textW)
	r.font("", small)
	for _, nt := range entryNotes(r.pk, it) {
		lay.notes = append(lay.notes, r.lines(r.clean(nt), textW)...)
	}
	for _, sl := range r.signingLines(it.SignedHere()) {
		lay.signing = append(lay.signing, keepCites(r.lines(r.clean(sl), textW))...)
	}
	if e.Conflict != "" {
		lay.conflict = r.lines(r.clean(r.conflictText(e.Conflict)), textW-5)
	}
	lay.h = lh(body) + float64(len(lay.what))*lh(body) +
		float64(len(lay.context)+len(lay.notes)+len(lay.signing)+len(lay.conflict))*lh(small) + 3.5
	if len(e.Sources) > 0 && !r.doc.Template.Compact { // a one-page note cites on the date's line
		lay.h += lh(small)
	}
	if r.doc.Template.Compact {
		lay.h -= 2
	}
	return lay
}

// entryNotes are the grey notes under an entry: the derived date's working, the preparer's changes.
func entryNotes(p *pack.Pack, it pack.TimelineItem) []string {
	var notes []string
	if it.Entry.Derived {
		notes = append(notes, "Derived date"+p.DerivedWorking(it))
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
	return notes
}

// signingLines say who signed and who witnessed, with the sources that name them.
func (r *renderer) signingLines(sg *pack.Signing) []string {
	if sg == nil {
		return nil
	}
	var out []string
	if len(sg.Signatories) > 0 {
		out = append(out, "Signed by "+r.parties(sg.Signatories)+".")
	}
	if len(sg.Witnesses) > 0 {
		out = append(out, "Witnessed by "+r.parties(sg.Witnesses)+".")
	}
	if len(sg.Present) > 0 {
		out = append(out, "Also present: "+r.parties(sg.Present)+".")
	}
	if r.doc.Template.Compact && len(out) == 2 { // one line where it fits, in a one-page note
		out = []string{out[0] + " " + out[1]}
	}
	return out
}

// parties lists people with their citations: "Kok Ping Soon [2] and Tom Read [2]".
func (r *renderer) parties(ps []pack.Party) string {
	var names []string
	for _, p := range ps {
		names = append(names, p.Name+" "+strings.Join(r.citeRefs(briefing.CitedSources(p.Citations)), " "))
	}
	return joinAnd(names)
}

// joinAnd joins "a", "a and b", "a, b and c".
func joinAnd(xs []string) string {
	switch len(xs) {
	case 0:
		return ""
	case 1:
		return xs[0]
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " and " + xs[len(xs)-1]
}

// dateLabel is an entry's date as printed: with its precision, and "ahead" after the pack's date.
func dateLabel(it pack.TimelineItem) string {
	date := it.DateLabel()
	if it.Ahead {
		date += " — ahead"
	}
	return date
}

// drawEntry draws one laid-out entry at the current position.
func (r *renderer) drawEntry(it pack.TimelineItem, lay entryLayout, firstEntry bool, lastYear int) {
	axis, textX, textW := r.timelineGeometry()
	body, small := r.sz.body, r.sz.small
	e := it.Entry
	y := r.pdf.GetY()
	if r.trace != nil {
		r.tracef("timeline %s %s sources=%d%s%s", e.Date, first(e.What, 30), len(e.Sources),
			map[bool]string{true: " conflict", false: ""}[e.Conflict != ""], map[bool]string{true: " ahead", false: ""}[it.Ahead])
	}
	r.pdf.SetDrawColor(rule[0], rule[1], rule[2])
	r.pdf.SetLineWidth(0.6)
	top := y
	if firstEntry {
		top = y + 2.2
	}
	r.pdf.Line(axis, top, axis, y+lay.h)
	if e.Date.Y != lastYear {
		r.font("B", body)
		r.color(accent)
		r.pdf.Text(r.x(), y+lh(body)*0.75, r.spaceAfter(strconv.Itoa(e.Date.Y)))
	}
	r.dot(axis, y+lh(body)*0.5, e)
	r.dateLine(it, textX, textW, y)
	r.lineBlock(lay.context, textX, textW, "I", small, grey)
	r.lineBlock(lay.what, textX, textW, "", body, ink)
	if len(e.Sources) > 0 && !r.doc.Template.Compact {
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
	r.lineBlock(lay.signing, textX, textW, "", small, ink)
	r.lineBlock(lay.notes, textX, textW, "", small, grey)
	for k, l := range lay.conflict {
		if k == 0 {
			r.warningSign(textX+1.8, r.pdf.GetY()+lh(small)*0.5, lh(small)*0.8)
		}
		r.font("", small)
		r.color(alert)
		r.pdf.SetX(textX + 5)
		r.pdf.CellFormat(textW-5, lh(small), l, "", 2, "L", false, 0, "")
	}
	r.color(ink)
	r.pdf.SetY(y + lay.h)
}

// dateLine draws an entry's date (in the accent colour when ahead); a one-page note puts the
// citations on the same line.
func (r *renderer) dateLine(it pack.TimelineItem, textX, textW, y float64) {
	body, small := r.sz.body, r.sz.small
	r.pdf.SetXY(textX, y)
	r.font("B", body)
	r.color(ink)
	if it.Ahead {
		r.color(accent)
	}
	label := r.clean(dateLabel(it))
	if !r.doc.Template.Compact || len(it.Entry.Sources) == 0 {
		r.pdf.CellFormat(textW, lh(body), r.spaceAfter(label), "", 2, "L", false, 0, "")
		return
	}
	r.pdf.CellFormat(r.pdf.GetStringWidth(label)+2, lh(body), label, "", 0, "L", false, 0, "")
	old := r.left
	r.pdf.SetLeftMargin(r.pdf.GetX())
	r.font("", small)
	r.cites(it.Entry.Sources, small)
	r.pdf.SetLeftMargin(old)
	r.pdf.SetXY(textX, y+lh(body))
}

// lineBlock draws lines already split, one under the other at x.
func (r *renderer) lineBlock(lines []string, x, w float64, style string, size float64, col [3]int) {
	defer r.tag("P")()
	r.font(style, size)
	r.color(col)
	for _, l := range lines {
		r.pdf.SetX(x)
		r.pdf.CellFormat(w, lh(size), l, "", 2, "L", false, 0, "")
	}
}

// warningSign draws the conflict marker — a red triangle with an exclamation mark — centred at
// (x, y), h mm tall: the font has no "⚠".
func (r *renderer) warningSign(x, y, h float64) {
	w := h * 1.15
	r.pdf.SetFillColor(alert[0], alert[1], alert[2])
	r.pdf.Polygon([]gofpdf.PointType{{X: x, Y: y - h/2}, {X: x + w/2, Y: y + h/2}, {X: x - w/2, Y: y + h/2}}, "F")
	r.pdf.SetDrawColor(255, 255, 255)
	r.pdf.SetLineWidth(h * 0.12)
	r.pdf.Line(x, y-h*0.18, x, y+h*0.16)
	r.pdf.Circle(x, y+h*0.32, h*0.05, "D")
}

// conflictText rewrites "sources disagree: a, b says 2019-06-13; c says …" with source numbers.
func (r *renderer) conflictText(c string) string {
	for _, s := range r.pk.Sources {
		c = strings.ReplaceAll(c, s.ID, "["+strconv.Itoa(r.pk.Number(s.ID))+"]")
	}
	return strings.ToUpper(c[:1]) + c[1:] + "."
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
		if x+5+r.pdf.GetStringWidth(label) > r.x()+r.width() { // wrap rather than run off the page
			x = r.x()
			y += lh(small) + 1.5
		}
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
