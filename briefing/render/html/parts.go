package html

import (
	"fmt"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/util"

	"github.com/briefpack/briefpack/briefing/pack"
)

// draft renders a section still to be written as a marked "To be completed" box.
func (r *htmlRenderer) draft(w util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	d := n.(*pack.DraftNode)
	fmt.Fprintf(w, "<div class=\"draft\" id=\"draft-%s\" role=\"note\">\n<p><strong>To be completed: %s</strong></p>\n", esc(d.Section.ID), esc(d.Section.Title))
	how := "Write it under “## " + d.Section.Heading() + "” in the sections file (or in the app’s Sections tab)."
	if !d.Section.Required {
		how += " Optional: a final pack leaves it out."
	}
	fmt.Fprintf(w, "<p class=\"note\">%s</p>\n", esc(how))
	if d.Suggest != nil {
		fmt.Fprintf(w, "<p class=\"suggest\">A start from the sources, their most central sentence: “%s”%s</p>\n", esc(d.Suggest.Text), r.cites(citesOf(d.Suggest.Citations)))
	}
	fmt.Fprintf(w, "</div>\n")
	return ast.WalkSkipChildren, nil
}

// keyPoints renders the steering summary, each point verbatim and cited.
func (r *htmlRenderer) keyPoints(w util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	kp := n.(*pack.KeyPointsNode)
	if len(kp.Points) == 0 {
		fmt.Fprintf(w, "<p class=\"none\">The sources have no sentence that stands on its own as a key point.</p>\n")
		return ast.WalkSkipChildren, nil
	}
	fmt.Fprintf(w, "<p class=\"note\">%s</p>\n<ul class=\"key-points\">\n", esc(kp.Intro))
	for _, p := range kp.Points {
		fmt.Fprintf(w, "<li>%s%s</li>\n", esc(p.Text), r.cites(citesOf(p.Citations)))
	}
	fmt.Fprintf(w, "</ul>\n")
	return ast.WalkSkipChildren, nil
}

// agreement renders what the sources state about each signing, latest first.
func (r *htmlRenderer) agreement(w util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	an := n.(*pack.AgreementNode)
	if len(an.Signings) == 0 {
		fmt.Fprintf(w, "<p class=\"none\">The sources record no signing.</p>\n")
		return ast.WalkSkipChildren, nil
	}
	fmt.Fprintf(w, "<p class=\"note\">What the sources state about each signing they record, latest first, in their own words; check it, and complete what they do not state.</p>\n")
	for _, sg := range an.Signings {
		fmt.Fprintf(w, "<table class=\"agreement\">\n<caption>Signing of <time datetime=\"%s\">%s</time>: %s</caption>\n<tbody>\n", sg.Date, esc(sg.Date.Human()), esc(sg.What))
		row := func(label, value string) {
			if value == "" {
				value = "<em>Not stated in the sources — to be completed</em>"
			}
			fmt.Fprintf(w, "<tr><th scope=\"row\">%s</th><td>%s</td></tr>\n", label, value)
		}
		row("Agreement", r.statedList(sg.Agreement))
		row("Parties", r.statedList(sg.Parties))
		row("Signatories", r.partiesOrEmpty(sg.Signatories))
		row("Witnesses", r.partiesOrEmpty(sg.Witnesses))
		if len(sg.Present) > 0 {
			row("Also present", r.partiesOrEmpty(sg.Present))
		}
		row("Place", r.statedList(sg.Place))
		fmt.Fprintf(w, "</tbody>\n</table>\n")
	}
	return ast.WalkSkipChildren, nil
}

func (r *htmlRenderer) partiesOrEmpty(ps []pack.Party) string {
	if len(ps) == 0 {
		return ""
	}
	return r.parties(ps)
}

func (r *htmlRenderer) statedList(st []pack.Stated) string {
	var parts []string
	for _, s := range st {
		parts = append(parts, esc(strings.Join(strings.Fields(s.Text), " "))+r.cites([]string{s.Citation.Source}))
	}
	return strings.Join(parts, "; ")
}

// contacts renders the press contacts the sources list.
func (r *htmlRenderer) contacts(w util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	cn := n.(*pack.ContactsNode)
	if len(cn.Contacts) == 0 {
		fmt.Fprintf(w, "<p class=\"none\">The sources list no press contacts.</p>\n")
		return ast.WalkSkipChildren, nil
	}
	fmt.Fprintf(w, "<table class=\"contacts\">\n<thead><tr><th scope=\"col\">Contact</th><th scope=\"col\">Organisation</th><th scope=\"col\">Telephone, e-mail</th><th scope=\"col\">Source</th></tr></thead>\n<tbody>\n")
	for _, c := range cn.Contacts {
		who := esc(c.Name)
		if c.Role != "" {
			who += "<br>" + esc(c.Role)
		}
		var reach []string
		if c.Phone != "" {
			reach = append(reach, esc(c.Phone))
		}
		if c.Email != "" {
			reach = append(reach, esc(c.Email))
		}
		fmt.Fprintf(w, "<tr><th scope=\"row\">%s</th><td>%s</td><td>%s</td><td>%s</td></tr>\n", who, esc(c.Organisation), strings.Join(reach, "<br>"), strings.TrimSpace(r.cites([]string{c.Source})))
	}
	fmt.Fprintf(w, "</tbody>\n</table>\n")
	return ast.WalkSkipChildren, nil
}

// organisations renders the organisations' own "About" notes, whole and cited.
func (r *htmlRenderer) organisations(w util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	fmt.Fprintf(w, "<dl class=\"organisations\">\n")
	for _, note := range n.(*pack.OrganisationsNode).Notes {
		fmt.Fprintf(w, "<dt>%s</dt><dd>%s%s</dd>\n", esc(note.Organisation), esc(note.Text), r.cites([]string{note.Citation.Source}))
	}
	fmt.Fprintf(w, "</dl>\n")
	return ast.WalkSkipChildren, nil
}
