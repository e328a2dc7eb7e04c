package clean

import (
	"strings"

	"github.com/briefpack/briefpack/briefing"
)

// Notes reads back the "About <organisation>" notes Classify found: the organisation the heading
// names, the note's lines (markup removed) joined by line breaks, and the heading's line.
func (r Result) Notes(src *briefing.Source) []briefing.OrgNote {
	var out []briefing.OrgNote
	var body []string
	cur := -1
	flush := func() {
		if cur >= 0 && len(body) > 0 {
			out[cur].Text = strings.Join(body, "\n")
		}
		body = body[:0]
	}
	for i, l := range r.Lines {
		if l.Kind == Blank {
			continue
		}
		if l.Kind != Furniture || l.Reason != ReasonAbout {
			flush()
			cur = -1
			continue
		}
		t := visible(src.Line(i + 1))
		f := describe(t)
		if org := aboutHeading(&f); org != "" {
			flush()
			out = append(out, briefing.OrgNote{Organisation: org, Line: i + 1})
			cur = len(out) - 1
			continue
		}
		if cur >= 0 {
			body = append(body, t)
		}
	}
	flush()
	kept := out[:0]
	for _, n := range out {
		if n.Text != "" {
			kept = append(kept, n)
		}
	}
	return kept
}
