package pdf

import (
	"strings"

	"github.com/yuin/goldmark/ast"
)

// cover draws the cover page: the copy number, title, occasion, date, who prepared it, the marking
// with its handling line, and — in a draft — the draft mark with what is still to be completed. The
// cover carries no page number and is not counted.
func (r *renderer) cover(ast.Node) {
	r.pdf.AddPage()
	r.unnumbered = r.pdf.PageNo()
	r.tracef("cover %q", r.packTitle())
	s := r.pk.Settings
	w := r.pageW - r.left - r.right
	r.copyNumber()
	r.pdf.SetY(r.pageH * 0.22)
	r.font("", r.sz.small+1)
	r.color(grey)
	r.tagged("P", func() {
		r.pdf.MultiCell(w, lh(r.sz.small+1), r.clean(strings.ToUpper(r.doc.Template.Title)), "", "L", false)
	})
	r.pdf.Ln(4)
	r.font("B", r.sz.cover)
	r.color(accent)
	r.tagged(r.headingRole(1), func() { r.pdf.MultiCell(w, lh(r.sz.cover)*0.95, r.clean(r.packTitle()), "", "L", false) })
	if s.Subtitle != "" {
		r.pdf.Ln(3)
		r.font("", r.sz.h2)
		r.color(ink)
		r.tagged("P", func() { r.pdf.MultiCell(w, lh(r.sz.h2), r.clean(s.Subtitle), "", "L", false) })
	}
	r.pdf.Ln(6)
	y := r.pdf.GetY()
	end := r.artifact()
	r.pdf.SetDrawColor(accent[0], accent[1], accent[2])
	r.pdf.SetLineWidth(0.8)
	r.pdf.Line(r.left, y, r.left+40, y)
	end()
	r.pdf.Ln(6)
	r.font("", r.sz.body+1)
	r.color(ink)
	if !s.Date.IsZero() {
		r.tagged("P", func() { r.pdf.MultiCell(w, lh(r.sz.body+1), s.Date.Human(), "", "L", false) })
	}
	if s.PreparedBy != "" {
		r.tagged("P", func() { r.pdf.MultiCell(w, lh(r.sz.body+1), r.clean("Prepared by "+s.PreparedBy), "", "L", false) })
	}
	if m := r.marking(); m != "" {
		r.pdf.Ln(8)
		r.font("B", r.sz.h2)
		r.pdf.SetDrawColor(ink[0], ink[1], ink[2])
		r.pdf.SetLineWidth(0.4)
		mw := r.pdf.GetStringWidth(r.clean(m)) + 10
		end = r.pagination() // the marking, as on every page's head and foot
		r.pdf.CellFormat(mw, lh(r.sz.h2)+3, r.clean(m), "1", 1, "C", false, 0, "")
		end()
	}
	if h := s.HandlingLine(); h != "" {
		r.pdf.Ln(2)
		r.font("B", r.sz.body)
		r.color(ink)
		r.tagged("P", func() { r.pdf.MultiCell(w, lh(r.sz.body), r.clean(h), "", "L", false) })
	}
	if !r.doc.Final() {
		r.draftMark(w)
	}
	r.color(ink)
}

// copyNumber prints "Copy No. 3 of 12" at the top right, or a line to write the number on.
func (r *renderer) copyNumber() {
	text := "Copy No. ________"
	if c := strings.TrimSpace(r.pk.Settings.Copy); c != "" {
		text = "Copy No. " + c
	}
	r.font("B", r.sz.body)
	r.color(ink)
	tw := r.pdf.GetStringWidth(r.clean(text)) + 6
	r.pdf.SetXY(r.pageW-r.right-tw, r.top)
	r.pdf.SetDrawColor(ink[0], ink[1], ink[2])
	r.pdf.SetLineWidth(0.3)
	defer r.tag("P")()
	r.pdf.CellFormat(tw, lh(r.sz.body)+2, r.clean(text), "1", 1, "C", false, 0, "")
}

// draftMark says, at the foot of the cover, that the pack is a draft and what is left to write.
func (r *renderer) draftMark(w float64) {
	lines := []string{"DRAFT — not final until the preparer builds it as final."}
	if n := len(r.doc.Drafts); n > 0 {
		var titles []string
		for _, d := range r.doc.Drafts {
			titles = append(titles, d.Title)
		}
		lines = append(lines, count(n, "section", "sections")+" to be completed: "+strings.Join(titles, "; ")+".")
	}
	size := r.sz.body
	r.font("B", size)
	var split []string
	for _, l := range lines {
		split = append(split, r.lines(r.clean(l), w-8)...)
	}
	h := float64(len(split))*lh(size) + 6
	y := r.pageH - r.bottom - h - 4
	if r.pdf.GetY()+4 > y {
		y = r.pdf.GetY() + 4
	}
	end := r.artifact()
	r.pdf.SetDrawColor(alert[0], alert[1], alert[2])
	r.pdf.SetLineWidth(0.8)
	r.pdf.Rect(r.left, y, w, h, "D")
	end()
	r.color(alert)
	defer r.tag("P")()
	for i, l := range split {
		if i == 1 {
			r.font("", size)
		}
		r.pdf.Text(r.left+4, y+3+float64(i)*lh(size)+lh(size)*0.75, l)
	}
	r.color(ink)
}
