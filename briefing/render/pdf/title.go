package pdf

import (
	"strings"

	"github.com/yuin/goldmark/ast"
)

// title draws the title block of a pack without a cover (a one-page note): the title as the first
// bookmark, the occasion, the date and who prepared it, and the draft mark.
func (r *renderer) title(ast.Node) {
	s := r.pk.Settings
	w := r.width()
	r.tracef("title %q", r.packTitle())
	r.bookmark(r.packTitle(), 0)
	r.font("B", r.sz.h1)
	r.color(accent)
	r.pdf.SetX(r.x())
	r.tagged(r.headingRole(1), func() { r.pdf.MultiCell(w, lh(r.sz.h1), r.clean(r.packTitle()), "", "L", false) })
	var meta []string
	if s.Subtitle != "" {
		meta = append(meta, s.Subtitle)
	}
	if !s.Date.IsZero() {
		meta = append(meta, s.Date.Human())
	}
	if s.PreparedBy != "" {
		meta = append(meta, "prepared by "+s.PreparedBy)
	}
	r.font("", r.sz.body)
	r.color(ink)
	if len(meta) > 0 {
		r.pdf.SetX(r.x())
		r.tagged("P", func() { r.pdf.MultiCell(w, lh(r.sz.body), r.clean(strings.Join(meta, " · ")), "", "L", false) })
	}
	if !r.doc.Final() {
		r.font("B", r.sz.small)
		r.color(alert)
		r.pdf.SetX(r.x())
		note := "DRAFT"
		if n := len(r.doc.Drafts); n > 0 {
			note += " — " + count(n, "section", "sections") + " to be completed"
		}
		r.tagged("P", func() { r.pdf.MultiCell(w, lh(r.sz.small), note, "", "L", false) })
	}
	y := r.pdf.GetY() + 1
	end := r.artifact()
	r.pdf.SetDrawColor(rule[0], rule[1], rule[2])
	r.pdf.SetLineWidth(0.3)
	r.pdf.Line(r.x(), y, r.x()+w, y)
	end()
	r.pdf.Ln(3)
	r.color(ink)
}
