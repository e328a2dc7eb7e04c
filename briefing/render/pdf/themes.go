package pdf

import (
	"github.com/yuin/goldmark/ast"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/pack"
)

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
		endList := r.tag("L")
		for _, p := range th.Passages {
			// keep a passage and its citations on one page
			r.font("", r.sz.body)
			n := len(r.lines(r.clean(p.Text)+" [00] [00] [00]", r.width()-5))
			r.need(float64(n)*lh(r.sz.body) + 1.2)
			r.font("", r.sz.body)
			r.color(ink)
			r.pdf.SetX(r.x())
			endItem := r.listItem(func() { r.pdf.CellFormat(5, lh(r.sz.body), "•", "", 0, "L", false, 0, "") })
			r.indent += 5
			done := r.startFlow()
			r.write(p.Text+" ", "", r.sz.body)
			r.cites(briefing.CitedSources(p.Citations), r.sz.small)
			endItem()
			done()
			r.indent -= 5
			r.pdf.Ln(lh(r.sz.body))
			r.pdf.Ln(1.2)
		}
		endList()
	}
}
