package pdf

import (
	"strings"

	"github.com/yuin/goldmark/ast"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/pack"
)

// draft draws a section still to be written as a "To be completed" box: what it is, where to write
// it, and, when the template asks for one, a start the sources offer.
func (r *renderer) draft(n ast.Node) {
	d := n.(*pack.DraftNode)
	r.tracef("draft %s required=%v", d.Section.ID, d.Section.Required)
	w := r.width()
	size := r.sz.body
	head := "To be completed: " + d.Section.Title
	how := "Write it under “## " + d.Section.Heading() + "” in the sections file (or in the app’s Sections tab)."
	if !d.Section.Required {
		how += " Optional: a final pack leaves it out."
	}
	r.font("B", size)
	headLines := r.lines(r.clean(head), w-8)
	r.font("", r.sz.small)
	howLines := r.lines(r.clean(how), w-8)
	var suggest []string
	if d.Suggest != nil {
		r.font("I", r.sz.small)
		refs := strings.Join(r.citeRefs(briefing.CitedSources(d.Suggest.Citations)), " ")
		suggest = keepCites(r.lines(r.clean("A start from the sources, their most central sentence: “"+d.Suggest.Text+"” "+refs), w-8))
	}
	h := float64(len(headLines))*lh(size) + float64(len(howLines)+len(suggest))*lh(r.sz.small) + 6
	if d.Suggest != nil {
		h++
	}
	r.need(h + 2)
	x, y := r.x(), r.pdf.GetY()
	end := r.artifact() // the box
	r.pdf.SetDrawColor(alert[0], alert[1], alert[2])
	r.pdf.SetLineWidth(0.6)
	r.pdf.SetDashPattern([]float64{1.6, 1.0}, 0)
	r.pdf.Rect(x, y, w, h, "D")
	r.pdf.SetDashPattern(nil, 0)
	end()
	r.pdf.SetXY(x+4, y+3)
	r.lineBlock(headLines, x+4, w-8, "B", size, alert)
	r.lineBlock(howLines, x+4, w-8, "", r.sz.small, grey)
	if d.Suggest != nil {
		r.pdf.Ln(1)
		r.lineBlock(suggest, x+4, w-8, "I", r.sz.small, ink)
	}
	r.color(ink)
	r.pdf.SetY(y + h + 3)
}

// keyPoints draws the steering summary: each key point verbatim, cited to every source stating it.
func (r *renderer) keyPoints(n ast.Node) {
	kp := n.(*pack.KeyPointsNode)
	r.tracef("keypoints count=%d", len(kp.Points))
	if len(kp.Points) == 0 {
		r.note("The sources have no sentence that stands on its own as a key point.")
		return
	}
	r.smallNote(kp.Intro)
	end := r.tag("L")
	for _, p := range kp.Points {
		r.bullet(p.Text, "", briefing.CitedSources(p.Citations), true)
	}
	end()
	r.pdf.Ln(1)
}
