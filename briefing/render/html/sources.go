package html

import (
	"fmt"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/util"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/pack"
)

func (r *htmlRenderer) sources(w util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	fmt.Fprintf(w, "<ol class=\"sources\">\n")
	for i, s := range r.pk.Sources {
		var meta []string
		if s.Publisher != "" {
			meta = append(meta, s.Publisher)
		}
		if s.Author != "" {
			meta = append(meta, s.Author)
		}
		if !s.Published.IsZero() {
			meta = append(meta, fmt.Sprintf("published <time datetime=\"%s\">%s</time>", s.Published, esc(s.Published.Human())))
		} else {
			meta = append(meta, "publication date not stated")
		}
		for k := range meta[:len(meta)-1] {
			meta[k] = esc(meta[k])
		}
		fmt.Fprintf(w, "<li id=\"source-%d\"><p class=\"title\">%s</p><p class=\"meta\">%s</p><p class=\"meta\">File %s · %s · SHA-256 <code>%s</code></p></li>\n",
			i+1, esc(s.Label()), strings.Join(meta, " · "), esc(filepath.Base(s.File)), esc(string(s.Format)), esc(s.SHA256[:12]))
	}
	fmt.Fprintf(w, "</ol>\n")
	if len(r.pk.NotIncluded) > 0 {
		fmt.Fprintf(w, "<h3>Not included</h3>\n<ul class=\"not-included\">\n")
		for _, ni := range r.pk.NotIncluded {
			fmt.Fprintf(w, "<li>%s — %s</li>\n", esc(filepath.Base(ni.File)), esc(ni.Reason))
		}
		fmt.Fprintf(w, "</ul>\n")
	}
	return ast.WalkSkipChildren, nil
}

func (r *htmlRenderer) provenance(w util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	pv := n.(*pack.ProvenanceNode)
	fmt.Fprintf(w, "<p class=\"note\">Each item in this pack comes from a source line that can be checked. Line numbers count lines of the source file as loaded (for a web page, of its extracted text). Quoted evidence is exact.</p>\n")
	group := func(title string, items func()) {
		fmt.Fprintf(w, "<h3>%s</h3>\n<dl class=\"provenance\">\n", esc(title))
		items()
		fmt.Fprintf(w, "</dl>\n")
	}
	item := func(label string, cs []briefing.Citation) {
		fmt.Fprintf(w, "<dt>%s</dt>\n", esc(label))
		for _, c := range cs {
			if n := r.pk.Number(c.Source); n > 0 {
				fmt.Fprintf(w, "<dd><a class=\"cite\" href=\"#source-%d\">[%d]</a> %s: %s</dd>\n", n, n, esc(r.where(c)), esc(pack.ShownEvidence(c.Text)))
			}
		}
	}
	if tl := pv.Timeline; len(tl) > 0 {
		group("Timeline", func() {
			for _, t := range tl {
				label := t.Entry.Date.Human() + " — " + t.Label()
				if t.Added {
					label += " (added by the preparer)"
				}
				item(label, t.Entry.Citations)
			}
		})
	}
	if qs := pv.Quotations; len(qs) > 0 {
		group("Quotations", func() {
			for _, q := range qs {
				item(orUnknown(q.Q.Speaker)+": “"+pack.Opening(q.Q.Text)+"”", r.pk.Evidence(q.Q))
			}
		})
	}
	if len(pv.People) > 0 {
		group("People", func() {
			for _, p := range pv.People {
				item(p.Name, p.Entry.Citations)
			}
		})
	}
	if len(pv.Themes) > 0 {
		group("Theme passages", func() {
			for _, th := range pv.Themes {
				for _, p := range th.Passages {
					item(th.Name+": “"+pack.Opening(p.Text)+"”", p.Citations)
				}
			}
		})
	}
	return ast.WalkSkipChildren, nil
}

// where says where a citation is in its source: "line 12", or "p. 3, l. 12" in a paginated source.
func (r *htmlRenderer) where(c briefing.Citation) string {
	if s := r.pk.Source(c.Source); s != nil && len(s.PageStarts) > 0 {
		return s.Where(c.Line)
	}
	return "line " + strconv.Itoa(c.Line)
}
