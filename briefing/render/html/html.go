// Package html renders a pack document as one self-contained, accessible HTML file: semantic headings,
// a language, landmarks, the timeline as an ordered list styled as a timeline, tables with header cells,
// no external resources, and print styles that repeat the protective marking on every page.
//
// Markdown nodes go through goldmark's own HTML renderer; the pack's nodes (cover, contents, timeline,
// quotations, people, themes, sources, provenance, user sections) have one function each here.
package html

import (
	"bytes"
	"fmt"
	stdhtml "html"
	"io"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"

	"github.com/briefpack/briefpack/assets"
	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/pack"
)

// Render writes doc as a complete HTML document.
func Render(doc *pack.Document, w io.Writer) error {
	r := &htmlRenderer{doc: doc, pk: doc.Pack}
	md := goldmark.New(goldmark.WithExtensions(extension.GFM),
		goldmark.WithRendererOptions(renderer.WithNodeRenderers(util.Prioritized(r, 100))))
	r.md = md
	var body bytes.Buffer
	if err := md.Renderer().Render(&body, doc.Source, doc.Root); err != nil {
		return fmt.Errorf("rendering HTML: %w", err)
	}
	var out bytes.Buffer
	r.page(&out, body.Bytes())
	_, err := w.Write(out.Bytes())
	return err
}

type htmlRenderer struct {
	doc *pack.Document
	pk  *pack.Pack
	md  goldmark.Markdown
}

// RegisterFuncs implements renderer.NodeRenderer: one function per node kind of the pack, and headings
// (shifted one level down, since the pack title is the page's only h1).
func (r *htmlRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(ast.KindHeading, r.heading)
	reg.Register(pack.KindCover, r.cover)
	reg.Register(pack.KindContents, r.contents)
	reg.Register(pack.KindSection, r.section)
	reg.Register(pack.KindTimeline, r.timeline)
	reg.Register(pack.KindQuotations, r.quotations)
	reg.Register(pack.KindPeople, r.people)
	reg.Register(pack.KindThemes, r.themes)
	reg.Register(pack.KindSources, r.sources)
	reg.Register(pack.KindProvenance, r.provenance)
}

func esc(s string) string { return stdhtml.EscapeString(s) }

func (r *htmlRenderer) title() string {
	if t := r.pk.Settings.Title; t != "" {
		return t
	}
	return r.doc.Template.Title
}

func (r *htmlRenderer) marking() string {
	return strings.ToUpper(strings.TrimSpace(r.pk.Settings.Marking))
}

// page wraps the body in the document: head, marking banner and footer, main landmark.
func (r *htmlRenderer) page(w *bytes.Buffer, body []byte) {
	s := r.pk.Settings
	fmt.Fprintf(w, "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
	fmt.Fprintf(w, "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
	fmt.Fprintf(w, "<title>%s</title>\n", esc(r.title()))
	fmt.Fprintf(w, "<meta name=\"generator\" content=\"briefpack %s\">\n", esc(assets.Version))
	if s.PreparedBy != "" {
		fmt.Fprintf(w, "<meta name=\"author\" content=\"%s\">\n", esc(s.PreparedBy))
	}
	if s.Subtitle != "" {
		fmt.Fprintf(w, "<meta name=\"description\" content=\"%s\">\n", esc(s.Subtitle))
	}
	fmt.Fprintf(w, "<style>\n%s</style>\n</head>\n<body%s>\n", css, map[bool]string{true: ` class="large"`, false: ""}[s.LargePrint])
	fmt.Fprintf(w, "<a class=\"skip\" href=\"#main\">Skip to the pack</a>\n")
	if m := r.marking(); m != "" {
		fmt.Fprintf(w, "<header class=\"marking top\"><p>%s</p></header>\n", esc(m))
	}
	fmt.Fprintf(w, "<main id=\"main\">\n")
	if !hasKind(r.doc.Root, pack.KindCover) {
		fmt.Fprintf(w, "<h1 class=\"pack-title\">%s</h1>\n", esc(r.title()))
	}
	w.Write(body)
	fmt.Fprintf(w, "</main>\n<footer class=\"marking bottom\">")
	if m := r.marking(); m != "" {
		fmt.Fprintf(w, "<p>%s</p>", esc(m))
	}
	fmt.Fprintf(w, "<p class=\"made\">Prepared with briefpack %s.</p></footer>\n</body>\n</html>\n", esc(assets.Version))
}

func hasKind(root ast.Node, k ast.NodeKind) bool {
	for c := root.FirstChild(); c != nil; c = c.NextSibling() {
		if c.Kind() == k {
			return true
		}
	}
	return false
}

func (r *htmlRenderer) heading(w util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	h := n.(*ast.Heading)
	level := min(h.Level+1, 6)
	if entering {
		id, _ := h.AttributeString("id")
		if b, ok := id.([]byte); ok {
			fmt.Fprintf(w, "<h%d id=\"%s\">", level, esc(string(b)))
		} else {
			fmt.Fprintf(w, "<h%d>", level)
		}
	} else {
		fmt.Fprintf(w, "</h%d>\n", level)
	}
	return ast.WalkContinue, nil
}

func (r *htmlRenderer) cover(w util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	s := r.pk.Settings
	fmt.Fprintf(w, "<section class=\"cover\" aria-labelledby=\"pack-title\">\n")
	fmt.Fprintf(w, "<p class=\"kind\">%s</p>\n<h1 id=\"pack-title\">%s</h1>\n", esc(r.doc.Template.Title), esc(r.title()))
	if s.Subtitle != "" {
		fmt.Fprintf(w, "<p class=\"subtitle\">%s</p>\n", esc(s.Subtitle))
	}
	if !s.Date.IsZero() {
		fmt.Fprintf(w, "<p class=\"date\"><time datetime=\"%s\">%s</time></p>\n", s.Date, esc(s.Date.Human()))
	}
	if s.PreparedBy != "" {
		fmt.Fprintf(w, "<p>Prepared by %s</p>\n", esc(s.PreparedBy))
	}
	if m := r.marking(); m != "" {
		fmt.Fprintf(w, "<p class=\"marking-box\"><strong>%s</strong></p>\n", esc(m))
	}
	fmt.Fprintf(w, "<p class=\"summary\">Built from %s: %s, %s, %s. Every extracted item is traced to its source line in the annex.</p>\n",
		count(len(r.pk.Sources), "source", "sources"), count(len(r.pk.IncludedTimeline()), "dated event", "dated events"),
		count(len(r.pk.IncludedQuotations()), "quotation", "quotations"), count(len(r.pk.People), "person", "people"))
	fmt.Fprintf(w, "</section>\n")
	return ast.WalkSkipChildren, nil
}

// contents lists the pack's headings (levels 1 and 2, and theme names) as links.
func (r *htmlRenderer) contents(w util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	fmt.Fprintf(w, "<nav class=\"contents\" aria-labelledby=\"contents-title\">\n<h2 id=\"contents-title\">Contents</h2>\n<ol>\n")
	open := false
	for c := r.doc.Root.FirstChild(); c != nil; c = c.NextSibling() {
		switch t := c.(type) {
		case *ast.Heading:
			if t.Level > 2 {
				continue
			}
			if open {
				fmt.Fprintf(w, "</li>\n")
			}
			id, _ := t.AttributeString("id")
			b, _ := id.([]byte)
			fmt.Fprintf(w, "<li><a href=\"#%s\">%s</a>", esc(string(b)), esc(string(t.Text(src))))
			open = true
		case *pack.ThemesNode:
			if len(t.Themes) == 0 {
				continue
			}
			fmt.Fprintf(w, "<ol>")
			for _, th := range t.Themes {
				fmt.Fprintf(w, "<li><a href=\"#theme-%s\">%s</a></li>", esc(th.ID), esc(th.Name))
			}
			fmt.Fprintf(w, "</ol>")
		}
	}
	if open {
		fmt.Fprintf(w, "</li>\n")
	}
	fmt.Fprintf(w, "</ol>\n</nav>\n")
	return ast.WalkSkipChildren, nil
}

// section renders the user's own Markdown (its headings shifted below the template's).
func (r *htmlRenderer) section(w util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	s := n.(*pack.SectionNode)
	ast.Walk(s.Doc, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if h, ok := c.(*ast.Heading); ok && entering && h.Level < 3 {
			h.Level = 3
		}
		return ast.WalkContinue, nil
	})
	fmt.Fprintf(w, "<div class=\"user-section\" data-section=\"%s\">\n", esc(s.ID))
	var buf bytes.Buffer
	sub := goldmark.New(goldmark.WithExtensions(extension.GFM),
		goldmark.WithRendererOptions(renderer.WithNodeRenderers(util.Prioritized(&headingOnly{}, 100))))
	if err := sub.Renderer().Render(&buf, s.Source, s.Doc); err != nil {
		return ast.WalkStop, err
	}
	w.Write(buf.Bytes())
	fmt.Fprintf(w, "</div>\n")
	return ast.WalkSkipChildren, nil
}

// headingOnly shifts user headings one level down, like the template's.
type headingOnly struct{}

func (headingOnly) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(ast.KindHeading, func(w util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
		level := min(n.(*ast.Heading).Level+1, 6)
		if entering {
			fmt.Fprintf(w, "<h%d>", level)
		} else {
			fmt.Fprintf(w, "</h%d>\n", level)
		}
		return ast.WalkContinue, nil
	})
}

func (r *htmlRenderer) cites(ids []string) string {
	var b strings.Builder
	for _, id := range ids {
		n := r.pk.Number(id)
		if n == 0 {
			continue
		}
		fmt.Fprintf(&b, " <a class=\"cite\" href=\"#source-%d\" aria-label=\"source %d\">[%d]</a>", n, n, n)
	}
	return b.String()
}

func precisionClass(d briefing.Date) string {
	switch d.Precision {
	case briefing.Day:
		return "p-day"
	case briefing.Month:
		return "p-month"
	}
	return "p-year"
}

// timeline renders the merged timeline as an ordered list styled as a timeline.
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
		e := it.Entry
		cls := []string{"event", precisionClass(e.Date)}
		if e.Derived {
			cls = append(cls, "derived")
		}
		if e.Conflict != "" {
			cls = append(cls, "conflict")
		}
		fmt.Fprintf(w, "<li class=\"%s\">", strings.Join(cls, " "))
		if e.Date.Y != lastYear {
			fmt.Fprintf(w, "<span class=\"year\" aria-hidden=\"true\">%d</span>", e.Date.Y)
			lastYear = e.Date.Y
		}
		label := e.Date.Human()
		switch e.Date.Precision {
		case briefing.Month:
			label += " (month only)"
		case briefing.Year:
			label += " (year only)"
		}
		fmt.Fprintf(w, "<time datetime=\"%s\">%s</time>\n<p class=\"what\">%s</p>\n", e.Date, esc(label), esc(e.What))
		if len(e.Sources) > 0 {
			fmt.Fprintf(w, "<p class=\"cites\">Sources:%s</p>\n", r.cites(e.Sources))
		}
		if e.Derived {
			fmt.Fprintf(w, "<p class=\"note\">Derived date.</p>\n")
		}
		if it.Edited && !it.Original.IsZero() {
			fmt.Fprintf(w, "<p class=\"note\">Date changed by the preparer; the sources say %s.</p>\n", esc(it.Original.Human()))
		}
		if it.Added {
			fmt.Fprintf(w, "<p class=\"note\">Added by the preparer%s.</p>\n", esc(prefixed(": ", it.Note)))
		}
		if e.Conflict != "" {
			fmt.Fprintf(w, "<p class=\"note alert\">%s</p>\n", esc(r.conflictText(e.Conflict)))
		}
		fmt.Fprintf(w, "</li>\n")
	}
	fmt.Fprintf(w, "</ol>\n")
	return ast.WalkSkipChildren, nil
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

// quotations renders pull quotes: the words, the speaker and role, the source and date, variants.
func (r *htmlRenderer) quotations(w util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	items := n.(*pack.QuotationsNode).Items
	if len(items) == 0 {
		fmt.Fprintf(w, "<p class=\"none\">No quotations were found in the selected sources.</p>\n")
		return ast.WalkSkipChildren, nil
	}
	for _, it := range items {
		q := it.Q
		speaker := q.Speaker
		if speaker == "" {
			speaker = "Unattributed"
		}
		fmt.Fprintf(w, "<figure class=\"quote\">\n<blockquote><p>%s</p></blockquote>\n<figcaption>— <span class=\"speaker\">%s</span>", esc(q.Text), esc(speaker))
		if q.Role != "" {
			fmt.Fprintf(w, ", %s", esc(q.Role))
		}
		if len(q.Sources) > 0 {
			if s := r.pk.Source(q.Sources[0]); s != nil {
				var parts []string
				if s.Publisher != "" {
					parts = append(parts, s.Publisher)
				}
				if !s.Published.IsZero() {
					parts = append(parts, s.Published.Human())
				}
				if len(parts) > 0 {
					fmt.Fprintf(w, ". <cite>%s</cite>", esc(strings.Join(parts, ", ")))
				}
			}
		}
		fmt.Fprintf(w, "%s</figcaption>\n", r.cites(q.Sources))
		for _, v := range q.Variants {
			fmt.Fprintf(w, "<p class=\"variant\">Also worded: “%s”</p>\n", esc(v))
		}
		fmt.Fprintf(w, "</figure>\n")
	}
	return ast.WalkSkipChildren, nil
}

func (r *htmlRenderer) people(w util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	ps := n.(*pack.PeopleNode).People
	if len(ps) == 0 {
		fmt.Fprintf(w, "<p class=\"none\">No named people were found in the selected sources.</p>\n")
		return ast.WalkSkipChildren, nil
	}
	fmt.Fprintf(w, "<table class=\"people\">\n<thead><tr><th scope=\"col\">Name</th><th scope=\"col\">Role, as the sources give it</th><th scope=\"col\">Sources</th></tr></thead>\n<tbody>\n")
	for _, p := range ps {
		role := p.Role
		if role == "" {
			role = "—"
		}
		fmt.Fprintf(w, "<tr><th scope=\"row\">%s</th><td>%s</td><td>%s</td></tr>\n", esc(p.Name), esc(role), strings.TrimSpace(r.cites(p.Sources)))
	}
	fmt.Fprintf(w, "</tbody>\n</table>\n")
	return ast.WalkSkipChildren, nil
}

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
				fmt.Fprintf(w, "<li>%s%s</li>\n", esc(p.Text), r.cites(briefing.CitedSources(p.Citations)))
			}
			fmt.Fprintf(w, "</ul>\n")
		}
		fmt.Fprintf(w, "</section>\n")
	}
	return ast.WalkSkipChildren, nil
}

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
				fmt.Fprintf(w, "<dd><a href=\"#source-%d\">[%d]</a> line %d: “%s”</dd>\n", n, n, c.Line, esc(strings.Join(strings.Fields(c.Text), " ")))
			}
		}
	}
	if tl := r.pk.IncludedTimeline(); len(tl) > 0 {
		group("Timeline", func() {
			for _, t := range tl {
				label := t.Entry.Date.Human() + " — " + t.Entry.What
				if t.Added {
					label += " (added by the preparer)"
				}
				item(label, t.Entry.Citations)
			}
		})
	}
	if qs := r.pk.IncludedQuotations(); len(qs) > 0 {
		group("Quotations", func() {
			for _, q := range qs {
				item(q.Q.Speaker+": “"+short(q.Q.Text, 70)+"”", q.Q.Citations)
			}
		})
	}
	if len(r.pk.People) > 0 {
		group("People", func() {
			for _, p := range r.pk.People {
				item(p.Name, p.Citations)
			}
		})
	}
	if len(r.pk.Themes) > 0 {
		group("Theme passages", func() {
			for _, th := range r.pk.Themes {
				for _, p := range th.Passages {
					item(th.Name+": “"+short(p.Text, 70)+"”", p.Citations)
				}
			}
		})
	}
	return ast.WalkSkipChildren, nil
}

func short(s string, n int) string {
	rs := []rune(s)
	if len(rs) > n {
		return string(rs[:n]) + "…"
	}
	return s
}

func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
