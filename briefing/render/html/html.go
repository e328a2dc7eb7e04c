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

// Render writes doc as a complete HTML document and returns warnings (remote images shown as their
// text, links left as text because their target is unsafe).
func Render(doc *pack.Document, w io.Writer) ([]string, error) {
	r := &htmlRenderer{doc: doc, pk: doc.Pack, inl: &inlines{}}
	md := goldmark.New(goldmark.WithExtensions(extension.GFM),
		goldmark.WithRendererOptions(renderer.WithNodeRenderers(util.Prioritized(r, 100), util.Prioritized(r.inl, 100))))
	var body bytes.Buffer
	if err := md.Renderer().Render(&body, doc.Source, doc.Root); err != nil {
		return nil, fmt.Errorf("rendering HTML: %w", err)
	}
	var out bytes.Buffer
	r.page(&out, body.Bytes())
	_, err := w.Write(out.Bytes())
	return r.inl.warnings, err
}

type htmlRenderer struct {
	doc *pack.Document
	pk  *pack.Pack
	inl *inlines
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
	reg.Register(pack.KindTitle, r.titleBlock)
	reg.Register(pack.KindDraft, r.draft)
	reg.Register(pack.KindKeyPoints, r.keyPoints)
	reg.Register(pack.KindOrganisations, r.organisations)
	reg.Register(pack.KindAgreement, r.agreement)
	reg.Register(pack.KindContacts, r.contacts)
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
	// nothing the pack holds may load or run anything: no scripts, no fetches, images only inline
	fmt.Fprintf(w, "<meta http-equiv=\"Content-Security-Policy\" content=\"%s\">\n", CSP)
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
	w.Write(body)
	fmt.Fprintf(w, "</main>\n<footer class=\"marking bottom\">")
	if m := r.marking(); m != "" {
		fmt.Fprintf(w, "<p>%s</p>", esc(m))
	}
	fmt.Fprintf(w, "<p class=\"made\">Prepared with briefpack %s.</p></footer>\n</body>\n</html>\n", esc(assets.Version))
}

// CSP is the pack's Content-Security-Policy: nothing loads from anywhere, images only from data:
// URLs, styles only from the page itself.
const CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'"

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
	fmt.Fprintf(w, "<p class=\"copy\">%s</p>\n", esc(copyLine(s)))
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
	if h := s.HandlingLine(); h != "" {
		fmt.Fprintf(w, "<p class=\"handling\"><strong>%s</strong></p>\n", esc(h))
	}
	r.draftMark(w)
	fmt.Fprintf(w, "</section>\n")
	return ast.WalkSkipChildren, nil
}

// copyLine is the cover's copy number, or a blank to fill in.
func copyLine(s pack.Settings) string {
	if c := strings.TrimSpace(s.Copy); c != "" {
		return "Copy No. " + c
	}
	return "Copy No. ________"
}

// draftMark says a pack is a draft and lists what is still to be completed.
func (r *htmlRenderer) draftMark(w util.BufWriter) {
	if r.doc.Final() {
		return
	}
	fmt.Fprintf(w, "<div class=\"draft-mark\" role=\"note\"><p><strong>DRAFT</strong> — not final until the preparer builds it as final.</p>")
	if len(r.doc.Drafts) > 0 {
		fmt.Fprintf(w, "<p>%s to be completed:</p><ul>", esc(count(len(r.doc.Drafts), "section", "sections")))
		for _, d := range r.doc.Drafts {
			fmt.Fprintf(w, "<li><a href=\"#draft-%s\">%s</a></li>", esc(d.ID), esc(d.Title))
		}
		fmt.Fprintf(w, "</ul>")
	}
	fmt.Fprintf(w, "</div>\n")
}

// titleBlock is the title of a pack without a cover: the page's one h1, the occasion and date.
func (r *htmlRenderer) titleBlock(w util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	s := r.pk.Settings
	fmt.Fprintf(w, "<div class=\"title-block\">\n<h1 class=\"pack-title\">%s</h1>\n", esc(r.title()))
	var meta []string
	if s.Subtitle != "" {
		meta = append(meta, esc(s.Subtitle))
	}
	if !s.Date.IsZero() {
		meta = append(meta, fmt.Sprintf("<time datetime=\"%s\">%s</time>", s.Date, esc(s.Date.Human())))
	}
	if s.PreparedBy != "" {
		meta = append(meta, "prepared by "+esc(s.PreparedBy))
	}
	if len(meta) > 0 {
		fmt.Fprintf(w, "<p class=\"meta\">%s</p>\n", strings.Join(meta, " · "))
	}
	r.draftMark(w)
	fmt.Fprintf(w, "</div>\n")
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
		goldmark.WithRendererOptions(renderer.WithNodeRenderers(util.Prioritized(&headingOnly{}, 100), util.Prioritized(r.inl, 100))))
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

// cites writes citation links "[2] [5]", each a target of at least 24 × 24 px (WCAG 2.2).
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

func citesOf(cs []briefing.Citation) []string { return briefing.CitedSources(cs) }

func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
