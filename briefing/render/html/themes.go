package html

import (
	"fmt"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/util"

	"github.com/briefpack/briefpack/briefing/pack"
)

// themes renders each theme's passages, its key points first and marked, each cited; a passage that
// leans on the sentence before is shown after it.
func (r *htmlRenderer) themes(w util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	t := n.(*pack.ThemesNode)
	level := min(max(t.Level, 2)+1, 6)
	for _, th := range t.Themes {
		fmt.Fprintf(w, "<section class=\"theme\" aria-labelledby=\"theme-%s\">\n<h%d id=\"theme-%s\">%s</h%d>\n", esc(th.ID), level, esc(th.ID), esc(th.Name), level)
		if len(th.Passages) == 0 {
			fmt.Fprintf(w, "<p class=\"none\">No passage in the selected sources mentions this theme.</p>\n")
		} else {
			fmt.Fprintf(w, "<ul class=\"passages\">\n")
			for _, p := range th.Passages {
				cls := ""
				if p.Key {
					cls = " class=\"key\""
				}
				ctx := ""
				if lead := p.Lead(); lead != "" {
					ctx = "<span class=\"context\">" + esc(lead) + "</span> "
				}
				fmt.Fprintf(w, "<li%s>%s%s%s</li>\n", cls, ctx, esc(p.Shown()), r.cites(citesOf(p.Citations)))
			}
			fmt.Fprintf(w, "</ul>\n")
		}
		fmt.Fprintf(w, "</section>\n")
	}
	return ast.WalkSkipChildren, nil
}
