package html

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/util"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/pack"
)

func precisionClass(d briefing.Date) string {
	switch d.Precision {
	case briefing.Day:
		return "p-day"
	case briefing.Month:
		return "p-month"
	}
	return "p-year"
}

// timeline renders the merged timeline as an ordered list styled as a timeline: each entry's date
// (marked "ahead" after the pack's date), what happened, its sources, who signed and witnessed a
// signing, the working of a derived date, and where sources disagree.
func (r *htmlRenderer) timeline(w util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	items := n.(*pack.TimelineNode).Items
	if len(items) == 0 {
		fmt.Fprintf(w, "<p class=\"none\">No dated events were found in the selected sources.</p>\n")
		return ast.WalkSkipChildren, nil
	}
	fmt.Fprintf(w, "<p class=\"legend\" aria-hidden=\"true\"><span class=\"k p-day\"></span> exact date <span class=\"k p-month\"></span> month or year only <span class=\"k derived\"></span> derived from a stated term <span class=\"k conflict\"></span> sources disagree</p>\n")
	fmt.Fprintf(w, "<ol class=\"timeline\">\n")
	lastYear := 0
	for _, it := range items {
		r.timelineEntry(w, it, it.Entry.Date.Y != lastYear)
		lastYear = it.Entry.Date.Y
	}
	fmt.Fprintf(w, "</ol>\n")
	return ast.WalkSkipChildren, nil
}

func (r *htmlRenderer) timelineEntry(w util.BufWriter, it pack.TimelineItem, newYear bool) {
	e := it.Entry
	cls := []string{"event", precisionClass(e.Date)}
	if e.Derived {
		cls = append(cls, "derived")
	}
	if e.Conflict != "" {
		cls = append(cls, "conflict")
	}
	if it.Ahead {
		cls = append(cls, "ahead")
	}
	fmt.Fprintf(w, "<li class=\"%s\">", strings.Join(cls, " "))
	if newYear {
		fmt.Fprintf(w, "<span class=\"year\" aria-hidden=\"true\">%d</span>", e.Date.Y)
	}
	label := it.DateLabel()
	fmt.Fprintf(w, "<time datetime=\"%s\">%s</time>", e.Date, esc(label))
	if it.Ahead {
		fmt.Fprintf(w, " <strong class=\"ahead\">ahead</strong>")
	}
	fmt.Fprintf(w, "\n")
	if it.Context != nil {
		fmt.Fprintf(w, "<p class=\"context\">After: “%s”</p>\n", esc(strings.Join(strings.Fields(it.Context.Text), " ")))
	}
	what := esc(it.Shown)
	if it.Quoted {
		what = "<q>" + what + "</q>"
	}
	fmt.Fprintf(w, "<p class=\"what\">%s</p>\n", what)
	if len(e.Sources) > 0 {
		fmt.Fprintf(w, "<p class=\"cites\">Sources:%s</p>\n", r.cites(e.Sources))
	}
	if sg := it.SignedHere(); sg != nil {
		if len(sg.Signatories) > 0 {
			fmt.Fprintf(w, "<p class=\"signing\">Signed by %s.</p>\n", r.parties(sg.Signatories))
		}
		if len(sg.Witnesses) > 0 {
			fmt.Fprintf(w, "<p class=\"signing\">Witnessed by %s.</p>\n", r.parties(sg.Witnesses))
		}
		if len(sg.Present) > 0 {
			fmt.Fprintf(w, "<p class=\"signing\">Also present: %s.</p>\n", r.parties(sg.Present))
		}
	}
	r.entryNotes(w, it)
	if e.Conflict != "" {
		fmt.Fprintf(w, "<p class=\"note alert\"><span aria-hidden=\"true\">⚠ </span>%s</p>\n", esc(r.conflictText(e.Conflict)))
	}
	fmt.Fprintf(w, "</li>\n")
}

// entryNotes are an entry's notes: a derived date's working, the preparer's changes.
func (r *htmlRenderer) entryNotes(w util.BufWriter, it pack.TimelineItem) {
	if it.Entry.Derived {
		fmt.Fprintf(w, "<p class=\"note\">Derived date%s</p>\n", esc(r.pk.DerivedWorking(it)))
	}
	if it.Edited && !it.Original.IsZero() {
		fmt.Fprintf(w, "<p class=\"note\">Date changed by the preparer; the sources say %s.</p>\n", esc(it.Original.Human()))
	} else if it.Edited {
		fmt.Fprintf(w, "<p class=\"note\">Wording changed by the preparer.</p>\n")
	}
	if it.Added {
		fmt.Fprintf(w, "<p class=\"note\">Added by the preparer%s.</p>\n", esc(prefixed(": ", it.Note)))
	}
}

// parties lists people with their citation links: "Kok Ping Soon [2] and Tom Read [2]".
func (r *htmlRenderer) parties(ps []pack.Party) string {
	var names []string
	for _, p := range ps {
		names = append(names, esc(p.Name)+r.cites(citesOf(p.Citations)))
	}
	switch len(names) {
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

func prefixed(p, s string) string {
	if s == "" {
		return ""
	}
	return p + s
}

func (r *htmlRenderer) conflictText(c string) string {
	for _, s := range r.pk.Sources {
		c = strings.ReplaceAll(c, s.ID, "["+strconv.Itoa(r.pk.Number(s.ID))+"]")
	}
	return "Sources disagree: " + strings.TrimPrefix(c, "sources disagree: ") + "."
}
