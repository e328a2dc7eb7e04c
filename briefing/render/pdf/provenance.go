package pdf

import (
	"fmt"
	"strconv"

	"github.com/yuin/goldmark/ast"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/pack"
)

// where says where a citation is in its source, as a reader finds it: "line 12", or "p. 3, l. 12"
// in a paginated source.
func (r *renderer) where(c briefing.Citation) string {
	if s := r.pk.Source(c.Source); s != nil && len(s.PageStarts) > 0 {
		return s.Where(c.Line)
	}
	return "line " + strconv.Itoa(c.Line)
}

// provenance lists every extracted item with the source and line it comes from and the exact words.
func (r *renderer) provenance(n ast.Node) {
	pv := n.(*pack.ProvenanceNode)
	r.tracef("provenance")
	r.font("", r.sz.small)
	r.color(grey)
	r.pdf.SetX(r.x())
	r.tagged("P", func() {
		r.pdf.MultiCell(r.width(), lh(r.sz.small), "Each item in this pack comes from a source line that can be checked. Line numbers count lines of the source file as loaded (for a web page, of its extracted text). Quoted evidence is exact.", "", "L", false)
	})
	r.pdf.Ln(2)
	sub := r.subheadingLevel()
	group := func(title string) {
		r.need(lh(r.sz.body) + 4*lh(r.sz.small)) // the title with its first item's label and evidence
		r.font("B", r.sz.body)
		r.color(accent)
		r.pdf.SetX(r.x())
		r.tagged(r.headingRole(sub), func() { r.pdf.MultiCell(r.width(), lh(r.sz.body), title, "", "L", false) })
		r.color(ink)
	}
	item := r.provenanceItem
	if len(pv.Timeline) > 0 {
		group("Timeline")
		for _, t := range pv.Timeline {
			if t.Added {
				item(t.Entry.Date.Human()+" — "+t.Entry.What+" (added by the preparer)", nil)
				continue
			}
			item(t.Entry.Date.Human()+" — "+t.Label(), t.Entry.Citations)
		}
	}
	if len(pv.Quotations) > 0 {
		group("Quotations")
		for _, q := range pv.Quotations {
			item(orUnknown(q.Q.Speaker)+": “"+pack.Opening(q.Q.Text)+"”", r.pk.Evidence(q.Q))
		}
	}
	if len(pv.People) > 0 {
		group("People")
		for _, p := range pv.People {
			item(p.Name+" — "+orDash(p.Role.Text), p.Entry.Citations)
		}
	}
	if len(pv.Themes) > 0 {
		group("Theme passages")
		for _, th := range pv.Themes {
			for _, p := range th.Passages {
				item(th.Name+": “"+pack.Opening(p.Text)+"”", p.Citations)
			}
		}
	}
}

// provenanceItem is one item of the annex: its label, then each citation with where it is and its
// exact words.
func (r *renderer) provenanceItem(label string, cs []briefing.Citation) {
	r.font("B", r.sz.small)
	label = r.clean(label)
	first := 0.0 // the label stays with the first two lines of its evidence
	if len(cs) > 0 {
		first = 2 * lh(r.sz.small)
	}
	r.need(float64(len(r.lines(label, r.width())))*lh(r.sz.small) + first)
	r.pdf.SetX(r.x())
	r.tagged("P", func() { r.pdf.MultiCell(r.width(), lh(r.sz.small), label, "", "L", false) })
	r.font("", r.sz.small)
	for _, c := range cs {
		n := r.pk.Number(c.Source)
		if n == 0 {
			continue
		}
		r.pdf.SetX(r.x() + 4)
		text := fmt.Sprintf("[%d] %s: %s", n, r.where(c), pack.ShownEvidence(c.Text))
		r.tagged("P", func() { r.pdf.MultiCell(r.width()-4, lh(r.sz.small), r.clean(text), "", "L", false) })
	}
	r.pdf.Ln(0.8)
}
