package html

import (
	"fmt"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/util"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/pack"
)

// people renders the who's who, one table per side: name with honorific, the role as the newest source
// states it and when, other roles stated, and the signings each signed or witnessed.
func (r *htmlRenderer) people(w util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	pn := n.(*pack.PeopleNode)
	if len(pn.People) == 0 {
		fmt.Fprintf(w, "<p class=\"none\">No named people were found in the selected sources.</p>\n")
		return ast.WalkSkipChildren, nil
	}
	for _, g := range pn.Groups {
		side := g.Side
		if side == "" {
			side = "Side not stated in the sources"
		}
		fmt.Fprintf(w, "<table class=\"people\">\n<caption>%s</caption>\n<thead><tr><th scope=\"col\">Name</th><th scope=\"col\">Role, as stated, and when</th><th scope=\"col\">Sources</th></tr></thead>\n<tbody>\n", esc(side))
		for _, p := range g.People {
			fmt.Fprintf(w, "<tr><th scope=\"row\">%s</th><td>%s</td><td>%s</td></tr>\n", esc(p.Name), r.roleCell(p), strings.TrimSpace(r.cites(p.Entry.Sources)))
		}
		fmt.Fprintf(w, "</tbody>\n</table>\n")
	}
	return ast.WalkSkipChildren, nil
}

func (r *htmlRenderer) roleCell(p pack.Person) string {
	var b strings.Builder
	if p.Role.Text == "" {
		b.WriteString("No role stated in the sources")
	} else {
		b.WriteString(r.stated(p.Role))
	}
	if len(p.Others) > 0 {
		var also []string
		for _, o := range p.Others {
			when := "date unknown"
			if !o.AsOf.IsZero() {
				when = o.AsOf.Human()
			}
			also = append(also, esc(o.Text)+" ("+esc(when)+")"+r.cites(citesOf(o.Citations)))
		}
		b.WriteString("<br><span class=\"also\">Also stated: " + strings.Join(also, "; ") + "</span>")
	}
	for _, part := range p.Parts {
		fmt.Fprintf(&b, "<br><strong class=\"signing\">%s</strong>, signing of %s%s", part.Label(), esc(part.Signing.Date.Human()), r.cites(citesOf(part.Citations)))
	}
	return b.String()
}

// stated is a role with when it was stated: "Chancellor of the Exchequer — as stated on 14 June 2019 [3]".
func (r *htmlRenderer) stated(ro pack.Role) string {
	refs := r.cites(citesOf(ro.Citations))
	switch {
	case ro.AsOf.IsZero():
		return esc(ro.Text) + " — as stated, date unknown" + refs
	case ro.AsOf.Precision != briefing.Day:
		return esc(ro.Text) + " — as stated in " + esc(ro.AsOf.Human()) + refs
	}
	return esc(ro.Text) + " — as stated on <time datetime=\"" + ro.AsOf.String() + "\">" + esc(ro.AsOf.Human()) + "</time>" + refs
}
