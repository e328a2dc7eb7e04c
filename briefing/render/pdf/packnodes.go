package pdf

import (
	"fmt"
	"math"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"

	"github.com/briefpack/briefpack/assets"
	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/pack"
)

// registerPackNodes maps the pack's own node kinds to their drawing functions.
func (r *renderer) registerPackNodes() {
	r.funcs[pack.KindCover] = (*renderer).cover
	r.funcs[pack.KindContents] = (*renderer).contentsPages
	r.funcs[pack.KindSection] = (*renderer).section
	r.funcs[pack.KindTimeline] = (*renderer).timeline
	r.funcs[pack.KindQuotations] = (*renderer).quotations
	r.funcs[pack.KindPeople] = (*renderer).people
	r.funcs[pack.KindThemes] = (*renderer).themes
	r.funcs[pack.KindSources] = (*renderer).sources
	r.funcs[pack.KindProvenance] = (*renderer).provenance
}

func (r *renderer) packTitle() string {
	if t := r.pk.Settings.Title; t != "" {
		return t
	}
	return r.doc.Template.Title
}

// cover draws the cover page: title, occasion, date, marking, who prepared it.
func (r *renderer) cover(ast.Node) {
	r.pdf.AddPage()
	r.tracef("cover %q", r.packTitle())
	s := r.pk.Settings
	w := r.pageW - r.left - r.right
	r.pdf.SetY(r.pageH * 0.22)
	r.font("", r.sz.small+1)
	r.color(grey)
	r.pdf.MultiCell(w, lh(r.sz.small+1), r.clean(strings.ToUpper(r.doc.Template.Title)), "", "L", false)
	r.pdf.Ln(4)
	r.font("B", r.sz.cover)
	r.color(accent)
	r.pdf.MultiCell(w, lh(r.sz.cover)*0.95, r.clean(r.packTitle()), "", "L", false)
	if s.Subtitle != "" {
		r.pdf.Ln(3)
		r.font("", r.sz.h2)
		r.color(ink)
		r.pdf.MultiCell(w, lh(r.sz.h2), r.clean(s.Subtitle), "", "L", false)
	}
	r.pdf.Ln(6)
	y := r.pdf.GetY()
	r.pdf.SetDrawColor(accent[0], accent[1], accent[2])
	r.pdf.SetLineWidth(0.8)
	r.pdf.Line(r.left, y, r.left+40, y)
	r.pdf.Ln(6)
	r.font("", r.sz.body+1)
	r.color(ink)
	if !s.Date.IsZero() {
		r.pdf.MultiCell(w, lh(r.sz.body+1), s.Date.Human(), "", "L", false)
	}
	if s.PreparedBy != "" {
		r.pdf.MultiCell(w, lh(r.sz.body+1), r.clean("Prepared by "+s.PreparedBy), "", "L", false)
	}
	if m := r.marking(); m != "" {
		r.pdf.Ln(8)
		r.font("B", r.sz.h2)
		r.pdf.SetDrawColor(ink[0], ink[1], ink[2])
		r.pdf.SetLineWidth(0.4)
		mw := r.pdf.GetStringWidth(r.clean(m)) + 10
		r.pdf.CellFormat(mw, lh(r.sz.h2)+3, r.clean(m), "1", 1, "C", false, 0, "")
	}
	// what the pack holds, at the foot of the page
	r.pdf.SetY(r.pageH - r.bottom - 4*lh(r.sz.small) - 6)
	r.font("", r.sz.small)
	r.color(grey)
	summary := "Built from " + count(len(r.pk.Sources), "source", "sources") + ": " + count(len(r.pk.IncludedTimeline()), "dated event", "dated events") +
		", " + count(len(r.pk.IncludedQuotations()), "quotation", "quotations") + ", " + count(len(r.pk.People), "person", "people") +
		". Every extracted item is traced to its source line in the annex."
	if len(r.pk.NotIncluded) > 0 {
		summary += fmt.Sprintf(" %d file%s could not be included (see Sources).", len(r.pk.NotIncluded), plural(len(r.pk.NotIncluded)))
	}
	r.pdf.MultiCell(w, lh(r.sz.small), summary, "", "L", false)
	r.pdf.MultiCell(w, lh(r.sz.small), "Prepared with briefpack "+assets.Version+".", "", "L", false)
	r.color(ink)
}

func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// planContents counts the contents entries (headings of levels 1 and 2, and theme names at those
// levels) to know how many pages to reserve.
func (r *renderer) planContents() {
	n, has := 0, false
	ast.Walk(r.doc.Root, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch t := c.(type) {
		case *pack.ContentsNode:
			has = true
		case *ast.Heading:
			if t.Level <= 2 {
				n++
			}
		case *pack.ThemesNode:
			if t.Level <= 2 {
				n += len(t.Themes)
			}
		}
		return ast.WalkContinue, nil
	})
	if !has {
		return
	}
	entry := lh(r.sz.body) + 1.2
	usable := r.pageH - r.top - r.bottom - lh(r.sz.h1) - 8
	r.contents.perPage = int(usable / entry)
	r.contents.pages = int(math.Ceil(float64(n) / float64(r.contents.perPage)))
	if r.contents.pages == 0 {
		r.contents.pages = 1
	}
}

// contentsPages reserves the contents pages; drawContents fills them in at the end.
func (r *renderer) contentsPages(ast.Node) {
	if r.contents.perPage == 0 {
		return
	}
	for i := 0; i < r.contents.pages; i++ {
		r.pdf.AddPage()
		if i == 0 {
			r.contents.first = r.pdf.PageNo()
		}
	}
	r.tracef("contents reserved pages=%d", r.contents.pages)
	r.pdf.AddPage()
}

func (r *renderer) drawContents() {
	if r.contents.first == 0 {
		return
	}
	cur := r.pdf.PageNo()
	page := r.contents.first
	r.pdf.SetPage(page)
	r.pdf.SetY(r.top)
	r.pdf.Bookmark("Contents", 0, r.top)
	r.font("B", r.sz.h1)
	r.color(accent)
	r.pdf.SetX(r.left)
	r.pdf.MultiCell(0, lh(r.sz.h1), "Contents", "", "L", false)
	r.pdf.Ln(4)
	entry := lh(r.sz.body) + 1.2
	w := r.pageW - r.left - r.right
	for i, h := range r.headings {
		if i > 0 && i%r.contents.perPage == 0 {
			page++
			r.pdf.SetPage(page)
			r.pdf.SetY(r.top)
		}
		y := r.pdf.GetY()
		x := r.left
		size := r.sz.body
		style := "B"
		if h.level > 1 {
			x += 7
			style = ""
		}
		r.font(style, size)
		r.color(ink)
		num := strconv.Itoa(h.page)
		nw := r.pdf.GetStringWidth(num)
		text := r.fit(r.clean(h.text), w-(x-r.left)-nw-12)
		tw := r.pdf.GetStringWidth(text)
		r.pdf.Text(x, y+lh(size)*0.75, text)
		r.font("", size)
		r.color(grey)
		// dotted leader
		dots := strings.Repeat(" .", max(0, int((w-(x-r.left)-tw-nw-4)/r.pdf.GetStringWidth(" ."))))
		r.pdf.Text(x+tw+1, y+lh(size)*0.75, dots)
		r.color(ink)
		r.pdf.Text(r.left+w-nw, y+lh(size)*0.75, num)
		r.pdf.Link(x, y, w-(x-r.left), entry, h.link)
		r.pdf.SetY(y + entry)
	}
	r.pdf.SetPage(cur)
}

// section draws one of the user's own sections, from its own Markdown.
func (r *renderer) section(n ast.Node) {
	s := n.(*pack.SectionNode)
	r.tracef("section %s", s.ID)
	saved := r.source
	r.source = s.Source
	// the user's headings sit below the template heading that introduces the section
	ast.Walk(s.Doc, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if h, ok := c.(*ast.Heading); ok && entering && h.Level < 3 {
			h.Level = 3
		}
		return ast.WalkContinue, nil
	})
	r.walk(s.Doc)
	r.source = saved
}

// citeLine writes citation markers "[2] [5]" linked to the sources list, in the current font.
func (r *renderer) cites(ids []string, size float64) {
	for i, id := range ids {
		n := r.pk.Number(id)
		if n == 0 {
			continue
		}
		if i > 0 {
			r.pdf.Write(lh(size), " ")
		}
		r.pdf.SetTextColor(accent[0], accent[1], accent[2])
		r.pdf.WriteLinkID(lh(size), "["+strconv.Itoa(n)+"]", r.srcLink[n])
	}
	r.color(ink)
}

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
			r.pdf.CellFormat(0, lh(small), "Timeline, continued", "", 1, "L", false, 0, "")
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
			r.pdf.Text(r.x(), y+lh(body)*0.75, strconv.Itoa(e.Date.Y))
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
		r.pdf.CellFormat(textW, lh(body), r.clean(date), "", 2, "L", false, 0, "")
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
		r.pdf.Text(x+5, y+lh(small)*0.28, label)
		x += 9 + r.pdf.GetStringWidth(label)
	}
	item(briefing.TimelineEntry{Date: briefing.DayOf(2000, 1, 1)}, "exact date")
	item(briefing.TimelineEntry{Date: briefing.YearOf(2000)}, "month or year only")
	item(briefing.TimelineEntry{Date: briefing.YearOf(2000), Derived: true}, "derived from a stated term")
	item(briefing.TimelineEntry{Date: briefing.DayOf(2000, 1, 1), Conflict: "x"}, "sources disagree")
	r.color(ink)
	r.pdf.SetY(y + lh(small) + 2)
}

func (r *renderer) note(s string) {
	r.need(lh(r.sz.body))
	r.font("I", r.sz.body)
	r.color(grey)
	r.pdf.SetX(r.x())
	r.pdf.MultiCell(r.width(), lh(r.sz.body), r.clean(s), "", "L", false)
	r.color(ink)
	r.pdf.Ln(2)
}

// quotations draws each quotation as a pull quote — words, speaker, role, source and date, variants —
// never split across pages.
func (r *renderer) quotations(n ast.Node) {
	items := n.(*pack.QuotationsNode).Items
	r.tracef("quotations count=%d", len(items))
	if len(items) == 0 {
		r.note("No quotations were found in the selected sources.")
		return
	}
	for _, it := range items {
		q := it.Q
		x := r.x() + 6
		w := r.width() - 6
		r.font("I", r.sz.quote)
		textLines := r.lines(r.clean("“"+strings.Trim(q.Text, "“”\"")+"”"), w)
		who := "— " + orUnknown(q.Speaker)
		if q.Role != "" {
			who += ", " + q.Role
		}
		r.font("B", r.sz.small+0.5)
		whoLines := r.lines(r.clean(who), w)
		r.font("", r.sz.small)
		src := r.quoteSource(it)
		srcLines := r.lines(r.clean(src), w-20)
		var variantLines []string
		r.font("I", r.sz.small)
		for _, v := range variantsOf(q) {
			variantLines = append(variantLines, r.lines(r.clean(v), w)...)
		}
		h := float64(len(textLines))*lh(r.sz.quote) + float64(len(whoLines))*lh(r.sz.small+0.5) +
			float64(len(srcLines)+1+len(variantLines))*lh(r.sz.small) + 6
		if h < r.pageH-r.top-r.bottom {
			r.need(h)
		}
		r.tracef("quotation %q by %s lines=%d", first(q.Text, 30), q.Speaker, len(textLines))
		startPage, startY := r.pdf.PageNo(), r.pdf.GetY()
		r.font("I", r.sz.quote)
		r.color(ink)
		for _, l := range textLines {
			r.pdf.SetX(x)
			r.pdf.CellFormat(w, lh(r.sz.quote), l, "", 2, "L", false, 0, "")
		}
		r.pdf.Ln(0.8)
		r.font("B", r.sz.small+0.5)
		for _, l := range whoLines {
			r.pdf.SetX(x)
			r.pdf.CellFormat(w, lh(r.sz.small+0.5), l, "", 2, "L", false, 0, "")
		}
		old := r.left
		r.pdf.SetLeftMargin(x)
		r.pdf.SetX(x)
		r.font("", r.sz.small)
		r.color(grey)
		inPieces(r.clean(src)+" ", func(p string) { r.pdf.Write(lh(r.sz.small), p) })
		r.cites(q.Sources, r.sz.small)
		r.pdf.Ln(lh(r.sz.small))
		r.pdf.SetLeftMargin(old)
		r.font("I", r.sz.small)
		r.color(grey)
		for _, l := range variantLines {
			r.pdf.SetX(x)
			r.pdf.CellFormat(w, lh(r.sz.small), l, "", 2, "L", false, 0, "")
		}
		r.color(ink)
		r.sideBar(startPage, startY+0.5, r.pdf.PageNo(), r.pdf.GetY(), accent, 1.2)
		r.pdf.Ln(5)
	}
}

func orUnknown(s string) string {
	if s == "" {
		return "Unattributed"
	}
	return s
}

// quoteSource describes where a quotation was published: "The Daily Record, 14 June 2019".
func (r *renderer) quoteSource(it pack.QuotationItem) string {
	if len(it.Q.Sources) == 0 {
		return ""
	}
	s := r.pk.Source(it.Q.Sources[0])
	if s == nil {
		return ""
	}
	parts := []string{}
	if s.Publisher != "" {
		parts = append(parts, s.Publisher)
	} else {
		parts = append(parts, first(s.Label(), 60))
	}
	if !s.Published.IsZero() {
		parts = append(parts, s.Published.Human())
	}
	out := strings.Join(parts, ", ")
	if len(it.Q.Sources) > 1 {
		out += fmt.Sprintf("; reported in %d sources", len(it.Q.Sources))
	}
	return out + "."
}

// variantsOf describes the other wordings of a merged quotation.
func variantsOf(q briefing.Quotation) []string {
	var out []string
	for _, v := range q.Variants {
		out = append(out, "Also worded: “"+first(v, 180)+"”")
	}
	return out
}

// people draws the who's who table.
func (r *renderer) people(n ast.Node) {
	ps := n.(*pack.PeopleNode).People
	r.tracef("people count=%d", len(ps))
	if len(ps) == 0 {
		r.note("No named people were found in the selected sources.")
		return
	}
	var rows [][]string
	for _, p := range ps {
		var refs []string
		for _, id := range p.Sources {
			if n := r.pk.Number(id); n > 0 {
				refs = append(refs, "["+strconv.Itoa(n)+"]")
			}
		}
		rows = append(rows, []string{p.Name, orDash(p.Role), strings.Join(refs, " ")})
	}
	// the name column as wide as the longest name (names do not wrap), the sources column as its markers
	r.font("", r.sz.small+0.5)
	nameW, refW := 0.0, 0.0
	for _, row := range rows {
		nameW = math.Max(nameW, r.pdf.GetStringWidth(row[0])+9) // + cell padding and gofpdf's own margins
		refW = math.Max(refW, r.pdf.GetStringWidth(row[2])+9)
	}
	w := r.width()
	nameW = math.Min(math.Max(nameW, 25), w*0.4)
	refW = math.Min(math.Max(refW, 18), w*0.25)
	r.drawTable([]string{"Name", "Role, as the sources give it", "Sources"}, rows, []float64{nameW / w, (w - nameW - refW) / w, refW / w})
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

// drawTable draws a table; the header row is repeated when the table runs onto another page. frac
// gives column widths as fractions (nil: from the content).
func (r *renderer) drawTable(header []string, rows [][]string, frac []float64) {
	cols := len(header)
	for _, row := range rows {
		if len(row) > cols {
			cols = len(row)
		}
	}
	if cols == 0 {
		return
	}
	w := r.width()
	widths := make([]float64, cols)
	if len(frac) == cols {
		for i := range widths {
			widths[i] = frac[i] * w
		}
	} else {
		r.font("", r.sz.small)
		total := 0.0
		for i := 0; i < cols; i++ {
			m := 12.0
			for _, row := range append([][]string{header}, rows...) {
				if i < len(row) {
					m = math.Max(m, math.Min(r.pdf.GetStringWidth(row[i])+4, w*0.6))
				}
			}
			widths[i] = m
			total += m
		}
		for i := range widths {
			widths[i] *= w / total
		}
	}
	size := r.sz.small + 0.5
	line := lh(size)
	drawRow := func(cells []string) {
		r.font("", size)
		var split [][]string
		hmax := 1
		for i := 0; i < cols; i++ {
			c := ""
			if i < len(cells) {
				c = r.clean(cells[i])
			}
			ls := r.lines(c, widths[i]-3)
			if len(ls) == 0 {
				ls = []string{""}
			}
			split = append(split, ls)
			hmax = max(hmax, len(ls))
		}
		h := float64(hmax)*line + 2.4
		if !r.room(h) { // the row goes on the next page, under the header again
			r.pdf.AddPage()
			if header != nil {
				r.tableHeader(header, widths, size)
				r.font("", size)
			}
		}
		y := r.pdf.GetY()
		x := r.x()
		for i := 0; i < cols; i++ {
			for k, l := range split[i] {
				r.pdf.Text(x+1.5, y+1.2+float64(k)*line+line*0.75, l)
			}
			x += widths[i]
		}
		r.pdf.SetDrawColor(rule[0], rule[1], rule[2])
		r.pdf.SetLineWidth(0.2)
		r.pdf.Line(r.x(), y+h, r.x()+w, y+h)
		r.pdf.SetY(y + h)
	}
	r.need(4 * line)
	if header != nil {
		r.tableHeader(header, widths, size)
	}
	r.tracef("table rows=%d", len(rows))
	for _, row := range rows {
		drawRow(row)
	}
	r.pdf.Ln(3)
}

func (r *renderer) tableHeader(header []string, widths []float64, size float64) {
	r.font("B", size)
	line := lh(size)
	y := r.pdf.GetY()
	h := line + 2.4
	r.pdf.SetFillColor(232, 236, 242)
	r.pdf.Rect(r.x(), y, r.width(), h, "F")
	x := r.x()
	r.color(ink)
	for i, c := range header {
		r.pdf.Text(x+1.5, y+1.2+line*0.75, r.fit(r.clean(c), widths[i]-3))
		x += widths[i]
	}
	r.pdf.SetY(y + h)
}

// themes draws each theme's passages, each cited to its sources.
func (r *renderer) themes(n ast.Node) {
	t := n.(*pack.ThemesNode)
	r.tracef("themes count=%d", len(t.Themes))
	if len(t.Themes) == 0 {
		r.note("None of the selected themes appears in the sources.")
		return
	}
	for _, th := range t.Themes {
		r.drawHeading(th.Name, max(t.Level, 2), 3*lh(r.sz.body))
		if len(th.Passages) == 0 {
			r.note("No passage in the selected sources mentions this theme.")
			continue
		}
		for _, p := range th.Passages {
			// keep a passage and its citations on one page
			r.font("", r.sz.body)
			n := len(r.lines(r.clean(p.Text)+" [00] [00] [00]", r.width()-5))
			r.need(float64(n)*lh(r.sz.body) + 1.2)
			r.font("", r.sz.body)
			r.color(ink)
			r.pdf.SetX(r.x())
			r.pdf.CellFormat(5, lh(r.sz.body), "•", "", 0, "L", false, 0, "")
			r.indent += 5
			done := r.startFlow()
			r.write(p.Text+" ", "", r.sz.body)
			r.cites(briefing.CitedSources(p.Citations), r.sz.small)
			done()
			r.indent -= 5
			r.pdf.Ln(lh(r.sz.body))
			r.pdf.Ln(1.2)
		}
	}
}

// sources draws the numbered sources list (title, publisher, date, file, short SHA-256) and the files
// that could not be included.
func (r *renderer) sources(ast.Node) {
	r.tracef("sources count=%d not-included=%d", len(r.pk.Sources), len(r.pk.NotIncluded))
	num := 9.0
	if r.doc.Template.Compact { // a note that must fit one page: one line per source
		for i, s := range r.pk.Sources {
			n := i + 1
			r.need(lh(r.sz.small))
			r.pdf.SetLink(r.srcLink[n], r.pdf.GetY(), -1)
			r.font("", r.sz.small)
			r.color(accent)
			r.pdf.SetX(r.x())
			r.pdf.CellFormat(num, lh(r.sz.small), "["+strconv.Itoa(n)+"]", "", 0, "L", false, 0, "")
			r.color(ink)
			line := s.Label()
			if s.Publisher != "" {
				line += " — " + s.Publisher
			}
			if !s.Published.IsZero() {
				line += ", " + s.Published.Human()
			}
			line += " · " + filepath.Base(s.File) + " · " + s.SHA256[:12]
			r.pdf.CellFormat(r.width()-num, lh(r.sz.small), r.fit(r.clean(line), r.width()-num-2), "", 1, "L", false, 0, "")
		}
		return
	}
	for i, s := range r.pk.Sources {
		n := i + 1
		r.font("B", r.sz.body)
		titleLines := r.lines(r.clean(s.Label()), r.width()-num)
		r.need(float64(len(titleLines))*lh(r.sz.body) + 2*lh(r.sz.small) + 2)
		y := r.pdf.GetY()
		r.pdf.SetLink(r.srcLink[n], y, -1)
		r.color(accent)
		r.pdf.SetX(r.x())
		r.pdf.CellFormat(num, lh(r.sz.body), "["+strconv.Itoa(n)+"]", "", 0, "L", false, 0, "")
		r.color(ink)
		for _, l := range titleLines {
			r.pdf.SetX(r.x() + num)
			r.pdf.CellFormat(r.width()-num, lh(r.sz.body), l, "", 2, "L", false, 0, "")
		}
		var meta []string
		if s.Publisher != "" {
			meta = append(meta, s.Publisher)
		}
		if s.Author != "" {
			meta = append(meta, s.Author)
		}
		if !s.Published.IsZero() {
			meta = append(meta, "published "+s.Published.Human())
		} else {
			meta = append(meta, "publication date not stated")
		}
		r.font("", r.sz.small)
		r.color(grey)
		r.pdf.SetX(r.x() + num)
		r.pdf.MultiCell(r.width()-num, lh(r.sz.small), r.clean(strings.Join(meta, " · ")), "", "L", false)
		r.pdf.SetX(r.x() + num)
		file := fmt.Sprintf("File %s · %s · SHA-256 %s", filepath.Base(s.File), s.Format, s.SHA256[:12])
		r.pdf.MultiCell(r.width()-num, lh(r.sz.small), r.clean(file), "", "L", false)
		r.color(ink)
		r.pdf.Ln(1.8)
	}
	if len(r.pk.NotIncluded) > 0 {
		r.pdf.Ln(2)
		r.need(3 * lh(r.sz.body))
		r.font("B", r.sz.body)
		r.pdf.SetX(r.x())
		r.pdf.MultiCell(r.width(), lh(r.sz.body), "Not included", "", "L", false)
		r.font("", r.sz.small)
		for _, ni := range r.pk.NotIncluded {
			r.pdf.SetX(r.x())
			r.pdf.MultiCell(r.width(), lh(r.sz.small), r.clean(filepath.Base(ni.File)+" — "+ni.Reason), "", "L", false)
		}
	}
}

// provenance lists every extracted item with the source and line it comes from and the exact words.
func (r *renderer) provenance(ast.Node) {
	r.tracef("provenance")
	r.font("", r.sz.small)
	r.color(grey)
	r.pdf.SetX(r.x())
	r.pdf.MultiCell(r.width(), lh(r.sz.small), "Each item in this pack comes from a source line that can be checked. Line numbers count lines of the source file as loaded (for a web page, of its extracted text). Quoted evidence is exact.", "", "L", false)
	r.pdf.Ln(2)
	group := func(title string) {
		r.need(3 * lh(r.sz.small))
		r.font("B", r.sz.body)
		r.color(accent)
		r.pdf.SetX(r.x())
		r.pdf.MultiCell(r.width(), lh(r.sz.body), title, "", "L", false)
		r.color(ink)
	}
	item := func(label string, cs []briefing.Citation) {
		r.font("B", r.sz.small)
		label = r.clean(label)
		r.need(2 * lh(r.sz.small))
		r.pdf.SetX(r.x())
		r.pdf.MultiCell(r.width(), lh(r.sz.small), label, "", "L", false)
		r.font("", r.sz.small)
		for _, c := range cs {
			n := r.pk.Number(c.Source)
			if n == 0 {
				continue
			}
			r.pdf.SetX(r.x() + 4)
			text := fmt.Sprintf("[%d] line %d: “%s”", n, c.Line, first(strings.Join(strings.Fields(c.Text), " "), 160))
			r.pdf.MultiCell(r.width()-4, lh(r.sz.small), r.clean(text), "", "L", false)
		}
		r.pdf.Ln(0.8)
	}
	if tl := r.pk.IncludedTimeline(); len(tl) > 0 {
		group("Timeline")
		for _, t := range tl {
			if t.Added {
				item(t.Entry.Date.Human()+" — "+t.Entry.What+" (added by the preparer)", nil)
				continue
			}
			item(t.Entry.Date.Human()+" — "+t.Entry.What, t.Entry.Citations)
		}
	}
	if qs := r.pk.IncludedQuotations(); len(qs) > 0 {
		group("Quotations")
		for _, q := range qs {
			item(orUnknown(q.Q.Speaker)+": “"+first(q.Q.Text, 70)+"”", q.Q.Citations)
		}
	}
	if len(r.pk.People) > 0 {
		group("People")
		for _, p := range r.pk.People {
			item(p.Name+" — "+orDash(p.Role), p.Citations)
		}
	}
	if len(r.pk.Themes) > 0 {
		group("Theme passages")
		for _, th := range r.pk.Themes {
			for _, p := range th.Passages {
				item(th.Name+": “"+first(p.Text, 70)+"”", p.Citations)
			}
		}
	}
}
