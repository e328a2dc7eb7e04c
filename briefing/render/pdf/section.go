package pdf

import (
	"github.com/yuin/goldmark/ast"

	"github.com/briefpack/briefpack/briefing/pack"
)

// section draws one of the user's own sections, from its own Markdown.
func (r *renderer) section(n ast.Node) {
	s := n.(*pack.SectionNode)
	r.tracef("section %s", s.ID)
	saved := r.source
	r.source = s.Source
	// the user's headings sit below the template heading that introduces the section
	ast.Walk(s.Doc, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if h, ok := c.(*ast.Heading); ok && entering && h.Level < 3 {
			h.Level = 3
		}
		return ast.WalkContinue, nil
	})
	r.walk(s.Doc)
	r.source = saved
}
