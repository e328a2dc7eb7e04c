package pdf

import (
	"fmt"
	"strings"

	"github.com/yuin/goldmark/ast"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/pack"
)

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
		endQuote := r.tag("BlockQuote") // the words, who said them, where, the other wordings
		r.font("I", r.sz.quote)
		r.color(ink)
		end := r.tag("P")
		for _, l := range textLines {
			r.pdf.SetX(x)
			r.pdf.CellFormat(w, lh(r.sz.quote), l, "", 2, "L", false, 0, "")
		}
		end()
		r.pdf.Ln(0.8)
		r.font("B", r.sz.small+0.5)
		end = r.tag("P")
		for _, l := range whoLines {
			r.pdf.SetX(x)
			r.pdf.CellFormat(w, lh(r.sz.small+0.5), l, "", 2, "L", false, 0, "")
		}
		end()
		old := r.left
		r.pdf.SetLeftMargin(x)
		r.pdf.SetX(x)
		r.font("", r.sz.small)
		r.color(grey)
		end = r.tag("P")
		inPieces(r.clean(src)+" ", func(p string) { r.pdf.Write(lh(r.sz.small), p) })
		r.cites(q.Sources, r.sz.small)
		end()
		r.pdf.Ln(lh(r.sz.small))
		r.pdf.SetLeftMargin(old)
		r.font("I", r.sz.small)
		r.color(grey)
		end = r.tag("P")
		for _, l := range variantLines {
			r.pdf.SetX(x)
			r.pdf.CellFormat(w, lh(r.sz.small), l, "", 2, "L", false, 0, "")
		}
		end()
		endQuote()
		r.color(ink)
		r.sideBar(startPage, startY+0.5, r.pdf.PageNo(), r.pdf.GetY(), accent, 1.2)
		r.pdf.Ln(5)
	}
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
