package pdf

import (
	"github.com/yuin/goldmark/ast"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/pack"
)

// themesIntro opens the themes block.
const themesIntro = "In each theme the passages that carry most of the sources come first; the key points among them are in bold, in blue."

// themes draws each theme's passages, the ones that carry most of the sources first (the theme's key
// points, their bullets in the accent colour), each cited to its sources; a passage that leans on the
// sentence before is shown after it, in grey.
func (r *renderer) themes(n ast.Node) {
	t := n.(*pack.ThemesNode)
	r.tracef("themes count=%d", len(t.Themes))
	if len(t.Themes) == 0 {
		r.note("None of the selected themes appears in the sources.")
		return
	}
	r.font("", r.sz.small)
	r.color(grey)
	r.pdf.SetX(r.x())
	r.tagged("P", func() {
		r.pdf.MultiCell(r.width(), lh(r.sz.small), themesIntro, "", "L", false)
	})
	r.color(ink)
	for _, th := range t.Themes {
		follow := 3 * lh(r.sz.body)
		if len(th.Passages) > 0 {
			p := th.Passages[0]
			follow = r.bulletHeight(p.Shown(), p.Lead(), briefing.CitedSources(p.Citations))
		}
		r.drawHeading(th.Name, max(t.Level, 2), follow)
		if len(th.Passages) == 0 {
			r.note("No passage in the selected sources mentions this theme.")
			continue
		}
		endList := r.tag("L")
		for _, p := range th.Passages {
			r.bullet(p.Shown(), p.Lead(), briefing.CitedSources(p.Citations), p.Key)
		}
		endList()
	}
}
