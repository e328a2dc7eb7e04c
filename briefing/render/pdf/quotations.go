package pdf

import (
	"fmt"
	"strings"

	"github.com/yuin/goldmark/ast"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/pack"
)

// quotations draws the pull quotes in date order — the official wording, speaker and role, where and
// when it was published, the other sources' wordings — each kept on one page; then the social posts
// and partial quotations, which are never pull quotes, as a plain list.
func (r *renderer) quotations(n ast.Node) {
	items := n.(*pack.QuotationsNode).Items
	r.tracef("quotations count=%d", len(items))
	if len(items) == 0 {
		r.note("No quotations were found in the selected sources.")
		return
	}
	var others []pack.QuotationItem
	pulled := 0
	for _, it := range items {
		if it.Within != "" {
			continue // shown as a variant of the quotation that holds it
		}
		if it.Kind != pack.PullQuote {
			others = append(others, it)
			continue
		}
		r.pullQuote(it)
		pulled++
	}
	if pulled == 0 {
		r.note("None of the quotations found is fit for remarks: each is a social post or words quoted inside reporting.")
	}
	if len(others) > 0 {
		r.otherQuotes(others)
	}
}

// quoteLayout is a pull quote split into lines, and its height.
type quoteLayout struct {
	text, who, src, variants []string
	h                        float64
}

func (r *renderer) layQuote(it pack.QuotationItem) quoteLayout {
	q := it.Q
	w := r.width() - 6
	var lay quoteLayout
	r.font("I", r.sz.quote)
	lay.text = r.lines(r.clean("“"+pack.Curly(strings.Trim(it.Lead, "“”\" "))+"”"), w)
	who := "— " + orUnknown(q.Speaker)
	if q.Role != "" {
		who += ", " + q.Role
	}
	r.font("B", r.sz.small+0.5)
	lay.who = r.lines(r.clean(who), w)
	r.font("", r.sz.small)
	lay.src = r.lines(r.clean(r.quoteSource(it)+" "+strings.Join(r.citeRefs(q.Sources), " ")), w)
	r.font("I", r.sz.small)
	for _, v := range it.Variants {
		lay.variants = append(lay.variants, r.lines(r.clean(r.variantText(v)), w)...)
	}
	lay.h = float64(len(lay.text))*lh(r.sz.quote) + float64(len(lay.who))*lh(r.sz.small+0.5) +
		float64(len(lay.src)+len(lay.variants))*lh(r.sz.small) + 6
	return lay
}

// pullQuote draws one quotation, never split across pages (unless longer than a page).
func (r *renderer) pullQuote(it pack.QuotationItem) {
	q := it.Q
	x := r.x() + 6
	w := r.width() - 6
	lay := r.layQuote(it)
	if lay.h < r.pageH-r.top-r.bottom {
		r.need(lay.h)
	}
	if r.trace != nil { // the arguments cost a walk and a copy
		r.tracef("quotation %q by %s date=%s lines=%d", first(it.Lead, 30), q.Speaker, it.Date, len(lay.text))
	}
	startPage, startY := r.pdf.PageNo(), r.pdf.GetY()
	endQuote := r.tag("BlockQuote") // the words, who said them, where, the other wordings
	r.lineBlock(lay.text, x, w, "I", r.sz.quote, ink)
	r.pdf.Ln(0.8)
	r.lineBlock(lay.who, x, w, "B", r.sz.small+0.5, ink)
	old := r.left
	r.pdf.SetLeftMargin(x)
	r.pdf.SetX(x)
	r.font("", r.sz.small)
	r.color(grey)
	end := r.tag("P")
	r.writeCited(r.quoteSource(it), "", r.sz.small, q.Sources, r.sz.small)
	end()
	r.pdf.Ln(lh(r.sz.small))
	r.pdf.SetLeftMargin(old)
	r.lineBlock(lay.variants, x, w, "I", r.sz.small, grey)
	endQuote()
	r.color(ink)
	r.sideBar(startPage, startY+0.5, r.pdf.PageNo(), r.pdf.GetY(), accent, 1.2)
	r.pdf.Ln(5)
}

// otherQuotes lists social posts, partial quotations and words from internal notes, each with what
// it is.
func (r *renderer) otherQuotes(items []pack.QuotationItem) {
	if len(items) > 0 { // the heading, its note and the first item together
		r.need(r.keepWithFirst(r.sz.body, r.noteHeight(pack.OtherQuotesNote)+1.5+r.bulletHeight(r.otherQuoteText(items[0]), "", items[0].Q.Sources)))
	}
	r.font("B", r.sz.body)
	r.color(ink)
	r.pdf.SetX(r.x())
	r.tagged(r.headingRole(r.subheadingLevel()), func() { r.pdf.MultiCell(r.width(), lh(r.sz.body), "Not for quoting in remarks", "", "L", false) })
	r.font("", r.sz.small)
	r.color(grey)
	r.pdf.SetX(r.x())
	r.tagged("P", func() {
		r.pdf.MultiCell(r.width(), lh(r.sz.small), pack.OtherQuotesNote, "", "L", false)
	})
	r.pdf.Ln(1.5)
	defer r.tag("L")()
	for _, it := range items {
		r.bullet(r.otherQuoteText(it), "", it.Q.Sources, false)
	}
}

// otherQuoteText is the line of a quotation not to quote: what it is, who, when, and the words.
func (r *renderer) otherQuoteText(it pack.QuotationItem) string {
	text := it.Kind.Introduction() + " " + orUnknown(it.Q.Speaker)
	if s := r.quoteDate(it); s != "" {
		text += ", " + s
	}
	return text + ": “" + pack.Curly(strings.Trim(it.Lead, "“”\" ")) + "”"
}

// quoteSource describes where a quotation was published, naming the source of its wording: "The
// Business Times, 14 June 2019; reported in 2 sources."
func (r *renderer) quoteSource(it pack.QuotationItem) string {
	s := r.pk.Source(it.LeadFrom)
	if s == nil {
		return ""
	}
	parts := []string{sourceName(s)}
	if !s.Published.IsZero() {
		parts = append(parts, s.Published.Human())
	}
	out := strings.Join(parts, ", ")
	if len(it.Q.Sources) > 1 {
		out += fmt.Sprintf("; reported in %d sources", len(it.Q.Sources))
	}
	return out + "."
}

func (r *renderer) quoteDate(it pack.QuotationItem) string {
	if it.Date.IsZero() {
		return ""
	}
	return it.Date.Human()
}

// sourceName is a source as a reader names it: its publisher, else its title.
func sourceName(s *briefing.Source) string {
	if s.Publisher != "" {
		return s.Publisher
	}
	return s.Label()
}

// variantText introduces another source's wording, whole.
func (r *renderer) variantText(v pack.Variant) string {
	from := ""
	if n := r.pk.Number(v.Source); n > 0 {
		from = fmt.Sprintf(" in [%d]", n)
	}
	return "Also worded" + from + ": “" + pack.Curly(strings.Trim(v.Text, "“”\" ")) + "”"
}
