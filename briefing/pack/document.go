package pack

import (
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"

	"github.com/briefpack/briefpack/briefing"
)

// UserSection is one of the user's own sections (objectives, lines to take, …), in Markdown.
type UserSection struct {
	ID       string
	Title    string
	Markdown string
}

var reSlug = lazyRegexp(`[^a-z0-9]+`)

// Slug turns a heading into a section id: "Lines to take" → "lines-to-take".
func Slug(s string) string {
	s = strings.NewReplacer("&", "", "'", "", "’", "").Replace(strings.ToLower(s)) // "Q&A" → "qa"
	return strings.Trim(reSlug().ReplaceAllString(s, "-"), "-")
}

var reHeading = lazyRegexp(`^(#{1,6})\s+(.+?)\s*#*\s*$`)

// ParseSections splits a Markdown file of the user's sections at its top-level headings: each heading
// names a section ("## Lines to take" → lines-to-take) and the text under it is the section.
func ParseSections(md string) []UserSection {
	lines := strings.Split(strings.ReplaceAll(md, "\r\n", "\n"), "\n")
	top := 7
	inFence := false
	for _, l := range lines {
		if strings.HasPrefix(strings.TrimSpace(l), "```") {
			inFence = !inFence
		}
		if m := reHeading().FindStringSubmatch(l); m != nil && !inFence && len(m[1]) < top {
			top = len(m[1])
		}
	}
	var out []UserSection
	var cur *UserSection
	var body []string
	flush := func() {
		if cur != nil {
			cur.Markdown = strings.TrimSpace(strings.Join(body, "\n"))
			out = append(out, *cur)
		}
		body = nil
	}
	inFence = false
	for _, l := range lines {
		if strings.HasPrefix(strings.TrimSpace(l), "```") {
			inFence = !inFence
		}
		if m := reHeading().FindStringSubmatch(l); m != nil && !inFence && len(m[1]) == top {
			flush()
			cur = &UserSection{ID: Slug(m[2]), Title: m[2]}
			continue
		}
		if cur == nil && strings.TrimSpace(l) != "" {
			cur = &UserSection{ID: "notes", Title: "Notes"}
		}
		body = append(body, l)
	}
	flush()
	return out
}

// Section returns the user's section with the given id ("" when there is none).
func (p *Pack) Section(id string) string { return FindSection(p.Sections, id) }

// FindSection returns the Markdown of section id among secs ("" when there is none).
func FindSection(secs []UserSection, id string) string {
	for _, s := range secs {
		if s.ID == id {
			return s.Markdown
		}
	}
	return ""
}

// Node kinds of the pack's own content.
var (
	KindCover      = ast.NewNodeKind("PackCover")
	KindContents   = ast.NewNodeKind("PackContents")
	KindSection    = ast.NewNodeKind("PackSection")
	KindTimeline   = ast.NewNodeKind("PackTimeline")
	KindQuotations = ast.NewNodeKind("PackQuotations")
	KindPeople     = ast.NewNodeKind("PackPeople")
	KindThemes     = ast.NewNodeKind("PackThemes")
	KindSources    = ast.NewNodeKind("PackSources")
	KindProvenance = ast.NewNodeKind("PackProvenance")
)

type packNode struct {
	ast.BaseBlock
	kind ast.NodeKind
}

func (n *packNode) Kind() ast.NodeKind { return n.kind }

// Dump implements ast.Node.
func (n *packNode) Dump(source []byte, level int) { ast.DumpHelper(n, source, level, nil, nil) }

// CoverNode is the cover page.
type CoverNode struct{ packNode }

// ContentsNode is the table of contents.
type ContentsNode struct{ packNode }

// SectionNode is one of the user's sections: its own parsed Markdown and the bytes it refers to.
type SectionNode struct {
	packNode
	ID     string
	Doc    ast.Node
	Source []byte
}

// TimelineNode is the merged timeline.
type TimelineNode struct {
	packNode
	Items []TimelineItem
}

// QuotationsNode is the list of quotations.
type QuotationsNode struct {
	packNode
	Items []QuotationItem
}

// PeopleNode is the who's who.
type PeopleNode struct {
	packNode
	People []briefing.PersonEntry
}

// ThemesNode is one or more themes with their passages; Level is the heading level of theme names.
type ThemesNode struct {
	packNode
	Themes []ThemeSection
	Level  int
}

// SourcesNode is the numbered list of sources and the files not included.
type SourcesNode struct{ packNode }

// ProvenanceNode is the appendix tracing every item to its source lines.
type ProvenanceNode struct{ packNode }

func node[T any, P interface {
	*T
	setKind(ast.NodeKind)
}](kind ast.NodeKind) P {
	var v T
	p := P(&v)
	p.setKind(kind)
	return p
}

func (n *packNode) setKind(k ast.NodeKind) { n.kind = k }

// Document is a pack ready to render: the template's AST with directives replaced by pack nodes.
type Document struct {
	Pack     *Pack
	Template *Template
	Root     ast.Node
	Source   []byte // the template source the Root's text segments refer to
	// Extra lists the user's sections the template does not name; they are placed before the sources.
	Extra []string
}

// Assemble builds the document for pack p with template t. A user section that is empty is dropped
// together with the heading right before it; sections the template does not name are added at the end
// under their own headings, so nothing the user wrote is lost.
func Assemble(p *Pack, t *Template) *Document {
	doc := &Document{Pack: p, Template: t, Source: t.Source}
	// work on a fresh parse so a template can be used for several packs
	root := newMarkdown(lineStarts(t.Source)).Parser().Parse(text.NewReader(t.Source))
	used := map[string]bool{}
	var next ast.Node
	for n := root.FirstChild(); n != nil; n = next {
		next = n.NextSibling()
		d, ok := n.(*Directive)
		if !ok {
			continue
		}
		limit, _ := strconv.Atoi(d.Opts["limit"])
		var repl ast.Node
		switch d.Name {
		case "cover":
			if t.Cover {
				repl = node[CoverNode](KindCover)
			}
		case "contents":
			if t.Contents {
				repl = node[ContentsNode](KindContents)
			}
		case "section":
			id := d.Args[0]
			used[id] = true
			md := p.Section(id)
			if strings.TrimSpace(md) == "" {
				if prev := n.PreviousSibling(); prev != nil && prev.Kind() == ast.KindHeading {
					root.RemoveChild(root, prev)
				}
				break
			}
			repl = sectionNode(id, md)
		case "timeline":
			tn := node[TimelineNode](KindTimeline)
			tn.Items = latest(p.IncludedTimeline(), limit) // a short timeline keeps the most recent dates
			repl = tn
		case "quotations":
			qn := node[QuotationsNode](KindQuotations)
			qn.Items = limitTo(p.IncludedQuotations(), limit)
			repl = qn
		case "people":
			pn := node[PeopleNode](KindPeople)
			pn.People = limitTo(p.People, limit)
			repl = pn
		case "themes", "theme":
			th := node[ThemesNode](KindThemes)
			th.Level = headingLevelBefore(n) + 1
			for _, s := range p.Themes {
				if d.Name == "themes" || s.ID == d.Args[0] {
					th.Themes = append(th.Themes, s)
				}
			}
			repl = th
		case "sources":
			repl = node[SourcesNode](KindSources)
		case "provenance":
			repl = node[ProvenanceNode](KindProvenance)
		}
		if repl != nil {
			root.ReplaceChild(root, n, repl)
		} else {
			root.RemoveChild(root, n)
		}
	}
	// the user's sections the template does not name: before the sources (or at the end)
	var before ast.Node
	for c := root.FirstChild(); c != nil; c = c.NextSibling() {
		if c.Kind() == KindSources {
			before = c
			if prev := c.PreviousSibling(); prev != nil && prev.Kind() == ast.KindHeading {
				before = prev
			}
			break
		}
	}
	for _, s := range p.Sections {
		if used[s.ID] || strings.TrimSpace(s.Markdown) == "" {
			continue
		}
		doc.Extra = append(doc.Extra, s.ID)
		h := ast.NewHeading(1)
		h.AppendChild(h, ast.NewString([]byte(s.Title)))
		sn := sectionNode(s.ID, s.Markdown)
		if before != nil {
			root.InsertBefore(root, before, h)
			root.InsertBefore(root, before, sn)
		} else {
			root.AppendChild(root, h)
			root.AppendChild(root, sn)
		}
	}
	doc.Root = root
	return doc
}

func sectionNode(id, md string) *SectionNode {
	sn := node[SectionNode](KindSection)
	sn.ID = id
	sn.Source = []byte(md)
	sn.Doc = newMarkdown(nil).Parser().Parse(text.NewReader(sn.Source))
	return sn
}

func latest[T any](list []T, n int) []T {
	if n > 0 && len(list) > n {
		return list[len(list)-n:]
	}
	return list
}

func limitTo[T any](list []T, n int) []T {
	if n > 0 && len(list) > n {
		return list[:n]
	}
	return list
}

func lineStarts(b []byte) []int {
	starts := []int{0}
	for i, c := range b {
		if c == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// headingLevelBefore returns the level of the nearest heading before n (0 when none).
func headingLevelBefore(n ast.Node) int {
	for p := n.PreviousSibling(); p != nil; p = p.PreviousSibling() {
		if h, ok := p.(*ast.Heading); ok {
			return h.Level
		}
	}
	return 0
}
