package clean

import (
	"strings"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/prose"
)

// Notes reads back the "About <organisation>" notes Classify found: the organisation the heading
// names, the note's text (markup removed; a paragraph wrapped over lines joined by spaces, paragraphs
// and list items by line breaks), and the heading's line.
func (r Result) Notes(src *briefing.Source) []briefing.OrgNote {
	var out []briefing.OrgNote
	var body []string
	cur, prev := -1, -1 // the note being read, and its last line read
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
		if cur < 0 {
			continue
		}
		if wraps := src.Format != briefing.FormatHTML && prev == i-1 && len(body) > 0 && !prose.StartsBlock(src.Line(i+1)); wraps {
			body[len(body)-1] += " " + t
		} else {
			body = append(body, t)
		}
		prev = i
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
