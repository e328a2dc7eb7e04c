package pdf

import (
	"fmt"
	"strings"

	"github.com/yuin/goldmark/ast"

	"github.com/briefpack/briefpack/briefing"
)

// provenance lists every extracted item with the source and line it comes from and the exact words.
func (r *renderer) provenance(ast.Node) {
	r.tracef("provenance")
	r.font("", r.sz.small)
	r.color(grey)
	r.pdf.SetX(r.x())
	end := r.tag("P")
	r.pdf.MultiCell(r.width(), lh(r.sz.small), "Each item in this pack comes from a source line that can be checked. Line numbers count lines of the source file as loaded (for a web page, of its extracted text). Quoted evidence is exact.", "", "L", false)
	end()
	r.pdf.Ln(2)
	sub := r.subheadingLevel()
	group := func(title string) {
		r.need(3 * lh(r.sz.small))
		r.font("B", r.sz.body)
		r.color(accent)
		r.pdf.SetX(r.x())
		end := r.headingTag(sub)
		r.pdf.MultiCell(r.width(), lh(r.sz.body), title, "", "L", false)
		end()
		r.color(ink)
	}
	item := func(label string, cs []briefing.Citation) {
		r.font("B", r.sz.small)
		label = r.clean(label)
		r.need(2 * lh(r.sz.small))
		r.pdf.SetX(r.x())
		end := r.tag("P")
		r.pdf.MultiCell(r.width(), lh(r.sz.small), label, "", "L", false)
		end()
		r.font("", r.sz.small)
		for _, c := range cs {
			n := r.pk.Number(c.Source)
			if n == 0 {
				continue
			}
			r.pdf.SetX(r.x() + 4)
			text := fmt.Sprintf("[%d] line %d: “%s”", n, c.Line, first(strings.Join(strings.Fields(c.Text), " "), 160))
			end := r.tag("P")
			r.pdf.MultiCell(r.width()-4, lh(r.sz.small), r.clean(text), "", "L", false)
			end()
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
