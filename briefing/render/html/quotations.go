package html

import (
	"fmt"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/util"

	"github.com/briefpack/briefpack/briefing/pack"
)

// quotations renders the pull quotes in date order (the official wording, the speaker and role, the
// source and date, the other sources' wordings), then the social posts and partial quotations as a
// plain list, never as pull quotes.
func (r *htmlRenderer) quotations(w util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	items := n.(*pack.QuotationsNode).Items
	if len(items) == 0 {
		fmt.Fprintf(w, "<p class=\"none\">No quotations were found in the selected sources.</p>\n")
		return ast.WalkSkipChildren, nil
	}
	var others []pack.QuotationItem
	for _, it := range items {
		if it.Within != "" {
			continue // shown as a variant of the quotation that holds it
		}
		if it.Kind != pack.PullQuote {
			others = append(others, it)
			continue
		}
		r.pullQuote(w, it)
	}
	if len(others) > 0 {
		fmt.Fprintf(w, "<div class=\"other-quotes\">\n<p><strong>Not for quoting in remarks</strong></p>\n<p class=\"note\">%s</p>\n<ul>\n", esc(pack.OtherQuotesNote))
		for _, it := range others {
			kind := it.Kind.Introduction()
			when := ""
			if !it.Date.IsZero() {
				when = ", " + it.Date.Human()
			}
			fmt.Fprintf(w, "<li>%s %s%s: “%s”%s</li>\n", kind, esc(orUnknown(it.Q.Speaker)), esc(when), esc(pack.Curly(strings.Trim(it.Lead, "“”\" "))), r.cites(it.Q.Sources))
		}
		fmt.Fprintf(w, "</ul>\n</div>\n")
	}
	return ast.WalkSkipChildren, nil
}

func (r *htmlRenderer) pullQuote(w util.BufWriter, it pack.QuotationItem) {
	q := it.Q
	fmt.Fprintf(w, "<figure class=\"quote\">\n<blockquote><p>%s</p></blockquote>\n<figcaption>— <span class=\"speaker\">%s</span>",
		esc(pack.Curly(strings.Trim(it.Lead, "“”\" "))), esc(orUnknown(q.Speaker)))
	if q.Role != "" {
		fmt.Fprintf(w, ", %s", esc(q.Role))
	}
	if s := r.pk.Source(it.LeadFrom); s != nil {
		parts := []string{s.Label()}
		if s.Publisher != "" {
			parts[0] = s.Publisher
		}
		if !s.Published.IsZero() {
			parts = append(parts, s.Published.Human())
		}
		fmt.Fprintf(w, ". <cite>%s</cite>", esc(strings.Join(parts, ", ")))
	}
	fmt.Fprintf(w, "%s</figcaption>\n", r.cites(q.Sources))
	for _, v := range it.Variants {
		from := ""
		if n := r.pk.Number(v.Source); n > 0 {
			from = fmt.Sprintf(" in <a class=\"cite\" href=\"#source-%d\" aria-label=\"source %d\">[%d]</a>", n, n, n)
		}
		fmt.Fprintf(w, "<p class=\"variant\">Also worded%s: “%s”</p>\n", from, esc(pack.Curly(strings.Trim(v.Text, "“”\" "))))
	}
	fmt.Fprintf(w, "</figure>\n")
}

func orUnknown(s string) string {
	if s == "" {
		return "Unattributed"
	}
	return s
}
