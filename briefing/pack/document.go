package pack

import (
	"fmt"
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
	KindCover         = ast.NewNodeKind("PackCover")
	KindTitle         = ast.NewNodeKind("PackTitle")
	KindContents      = ast.NewNodeKind("PackContents")
	KindSection       = ast.NewNodeKind("PackSection")
	KindDraft         = ast.NewNodeKind("PackDraft")
	KindKeyPoints     = ast.NewNodeKind("PackKeyPoints")
	KindTimeline      = ast.NewNodeKind("PackTimeline")
	KindQuotations    = ast.NewNodeKind("PackQuotations")
	KindPeople        = ast.NewNodeKind("PackPeople")
	KindOrganisations = ast.NewNodeKind("PackOrganisations")
	KindThemes        = ast.NewNodeKind("PackThemes")
	KindAgreement     = ast.NewNodeKind("PackAgreement")
	KindContacts      = ast.NewNodeKind("PackContacts")
	KindSources       = ast.NewNodeKind("PackSources")
	KindProvenance    = ast.NewNodeKind("PackProvenance")
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

// TitleNode is the title block of a pack without a cover (a one-page note): title, occasion, date.
type TitleNode struct{ packNode }

// ContentsNode is the table of contents.
type ContentsNode struct{ packNode }

// SectionNode is one of the user's sections: its own parsed Markdown and the bytes it refers to.
type SectionNode struct {
	packNode
	ID     string
	Doc    ast.Node
	Source []byte
}

// DraftNode stands for a section the template names and the preparer has not written yet: a draft
// prints it as a clearly marked "To be completed" box.
type DraftNode struct {
	packNode
	Section DraftSection
	// Suggest, when set, is a start the sources offer (the most central sentence, for a summary).
	Suggest *KeyPoint
}

// DraftSection is a section still to be completed.
type DraftSection struct {
	ID       string // the section's id ("objectives"): its heading in the sections file
	Title    string // the heading it sits under in the pack
	Required bool   // a final pack needs it
}

// Heading is the heading that fills the section in a sections file ("## Lines to take" for
// lines-to-take).
func (d DraftSection) Heading() string {
	if Slug(d.Title) == d.ID {
		return d.Title
	}
	return titleOf(d.ID)
}

// KeyPointsNode is the steering summary: the sentences that carry most of the sources. Intro is the
// line both packs print above them, saying how they were chosen.
type KeyPointsNode struct {
	packNode
	Points []KeyPoint
	Intro  string
}

// The lines above key points: in their own section, and standing in for an empty section the
// template fills from the sources (a one-page note's summary).
const (
	keyPointsIntro = "The sentences most of the sources agree on, and one for each signing they record. Each is quoted as its source wrote it; briefpack writes none."
	standInIntro   = "From the sources until the preparer writes this section (under “## %s” in the sections file): the first key points, each in its source’s own words."
)

// TimelineNode is the merged timeline.
type TimelineNode struct {
	packNode
	Items []TimelineItem
}

// QuotationsNode is the list of quotations: pull quotes, then social posts and partial quotations.
type QuotationsNode struct {
	packNode
	Items []QuotationItem
}

// PeopleNode is the who's who, grouped by side.
type PeopleNode struct {
	packNode
	Groups []PeopleGroup
	// People are the merged entries shown, in the who's who's order.
	People []briefing.PersonEntry
}

// OrganisationsNode is the organisations' "About" notes the sources carry.
type OrganisationsNode struct {
	packNode
	Notes []OrgNote
}

// OrgNote is an "About" note from one source.
type OrgNote struct {
	Organisation, Text string
	Citation           briefing.Citation
}

// ThemesNode is one or more themes with their passages; Level is the heading level of theme names.
type ThemesNode struct {
	packNode
	Themes []ThemeSection
	Level  int
}

// AgreementNode is what the sources state about the signings: agreement, parties, signatories,
// witnesses, date, place.
type AgreementNode struct {
	packNode
	Signings []*Signing // latest first
}

// ContactsNode is the press contacts the sources list.
type ContactsNode struct {
	packNode
	Contacts []Contact
}

// Contact is a press contact from one source.
type Contact struct {
	briefing.Contact
	Source string // source id
}

// SourcesNode is the numbered list of sources and the files not included.
type SourcesNode struct{ packNode }

// ProvenanceNode is the appendix tracing every item the pack shows to its source lines: the
// timeline entries, quotations, people and theme passages of the document's own parts, so an
// annex never lists what its pack does not show.
type ProvenanceNode struct {
	packNode
	Timeline   []TimelineItem
	Quotations []QuotationItem
	People     []Person
	Themes     []ThemeSection
}

// fillProvenance gives the document's annex, if it has one, the items its other parts show.
func (doc *Document) fillProvenance(root ast.Node) {
	var pv *ProvenanceNode
	var shown ProvenanceNode
	for c := root.FirstChild(); c != nil; c = c.NextSibling() {
		switch n := c.(type) {
		case *ProvenanceNode:
			pv = n
		case *TimelineNode:
			shown.Timeline = append(shown.Timeline, n.Items...)
		case *QuotationsNode:
			shown.Quotations = append(shown.Quotations, n.Items...)
		case *PeopleNode:
			for _, g := range n.Groups {
				shown.People = append(shown.People, g.People...)
			}
		case *ThemesNode:
			shown.Themes = append(shown.Themes, n.Themes...)
		}
	}
	if pv != nil {
		pv.Timeline, pv.Quotations, pv.People, pv.Themes = shown.Timeline, shown.Quotations, shown.People, shown.Themes
	}
}

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
	// Drafts lists the sections still to be completed, in template order (a draft shows each as a
	// box; in a final pack the optional ones are dropped with their headings).
	Drafts []DraftSection
	// Warnings are problems with the user's sections (too deeply nested to read, …).
	Warnings []string
}

// Final reports whether the document is a final pack (no draft mark).
func (d *Document) Final() bool { return d.Pack.Settings.Final }

// MissingRequired lists the required sections still empty.
func (d *Document) MissingRequired() []DraftSection {
	var out []DraftSection
	for _, s := range d.Drafts {
		if s.Required {
			out = append(out, s)
		}
	}
	return out
}

// Assemble builds the document for pack p with template t. Every section the template names is
// shown: an empty one as a "To be completed" box in a draft; in a final pack an empty optional
// section is dropped with the heading right before it. Sections the template does not name are
// added before the sources under their own headings, so nothing the user wrote is lost.
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
		if d.Name == "section" {
			used[d.Args[0]] = true
		}
		if repl := doc.replacement(root, n, d); repl != nil {
			root.ReplaceChild(root, n, repl)
		} else {
			root.RemoveChild(root, n)
		}
	}
	doc.addExtraSections(root, used)
	doc.fillProvenance(root)
	if !hasChild(root, KindCover) {
		root.InsertBefore(root, root.FirstChild(), node[TitleNode](KindTitle))
	}
	doc.Root = root
	return doc
}

// replacement returns the node a directive becomes (nil for nothing; a generated part with nothing
// to show whose heading would stand alone takes the heading with it).
func (doc *Document) replacement(root, n ast.Node, d *Directive) ast.Node {
	p, t := doc.Pack, doc.Template
	limit, _ := strconv.Atoi(d.Opts["limit"])
	switch d.Name {
	case "cover":
		if t.Cover {
			return node[CoverNode](KindCover)
		}
	case "contents":
		if t.Contents {
			return node[ContentsNode](KindContents)
		}
	case "section":
		return doc.section(root, n, d)
	case "keypoints":
		kn := node[KeyPointsNode](KindKeyPoints)
		kn.Points = p.KeyPoints(limit)
		kn.Intro = keyPointsIntro
		return kn
	case "timeline":
		tn := node[TimelineNode](KindTimeline)
		tn.Items = latest(p.IncludedTimeline(), limit) // a short timeline keeps the most recent dates
		return tn
	case "quotations":
		qn := node[QuotationsNode](KindQuotations)
		qn.Items = limitTo(p.IncludedQuotations(), limit)
		return qn
	case "people":
		return peopleNode(keyPeople(p.Who, limit))
	case "organisations":
		on := node[OrganisationsNode](KindOrganisations)
		if on.Notes = p.orgNotes(); len(on.Notes) == 0 {
			dropHeadingBefore(root, n)
			return nil
		}
		return on
	case "themes", "theme":
		th := node[ThemesNode](KindThemes)
		th.Level = headingLevelBefore(n) + 1
		for _, s := range p.Themes {
			if d.Name == "themes" || s.ID == d.Args[0] {
				th.Themes = append(th.Themes, s)
			}
		}
		return th
	case "agreement":
		an := node[AgreementNode](KindAgreement)
		for i := len(p.Signings) - 1; i >= 0; i-- {
			an.Signings = append(an.Signings, p.Signings[i])
		}
		return an
	case "contacts":
		cn := node[ContactsNode](KindContacts)
		cn.Contacts = p.contacts()
		return cn
	case "sources":
		return node[SourcesNode](KindSources)
	case "provenance":
		return node[ProvenanceNode](KindProvenance)
	}
	return nil
}

func peopleNode(who []Person) *PeopleNode {
	pn := node[PeopleNode](KindPeople)
	pn.Groups = groupPeople(who)
	for _, g := range pn.Groups {
		for _, pr := range g.People {
			pn.People = append(pn.People, pr.Entry)
		}
	}
	return pn
}

// section returns the user's section, or — when it is empty — a draft box (in a draft, and in a
// final pack missing a required section, which the build then refuses), or nothing (an optional
// section in a final pack, dropped with its heading).
func (doc *Document) section(root, n ast.Node, d *Directive) ast.Node {
	p := doc.Pack
	id := d.Args[0]
	if md := p.Section(id); strings.TrimSpace(md) != "" {
		sn, problem := sectionNode(id, md)
		if problem != "" {
			doc.Warnings = append(doc.Warnings, problem)
		}
		return sn
	}
	if d.Opts["fill"] == "keypoints" {
		if kn := doc.standIn(n, d); kn != nil {
			return kn
		}
	}
	optional, _ := strconv.ParseBool(d.Opts["optional"])
	if p.Settings.Final && optional {
		dropHeadingBefore(root, n)
		return nil
	}
	ds := DraftSection{ID: id, Title: headingTextBefore(n, doc.Source), Required: !optional}
	if ds.Title == "" {
		ds.Title = titleOf(id)
	}
	doc.Drafts = append(doc.Drafts, ds)
	dn := node[DraftNode](KindDraft)
	dn.Section = ds
	if d.Opts["suggest"] == "keypoint" {
		if kps := p.KeyPoints(1); len(kps) > 0 {
			dn.Suggest = &kps[0]
		}
	}
	return dn
}

// standIn fills an empty section with the sources' most central sentences (limit of them, one by
// default), verbatim and cited, saying so; nil when the sources have none to offer.
func (doc *Document) standIn(n ast.Node, d *Directive) *KeyPointsNode {
	limit, _ := strconv.Atoi(d.Opts["limit"])
	limit = max(1, limit)
	points := doc.Pack.KeyPoints(limit)
	if len(points) == 0 {
		return nil
	}
	title := headingTextBefore(n, doc.Source)
	if title == "" {
		title = titleOf(d.Args[0])
	}
	kn := node[KeyPointsNode](KindKeyPoints)
	kn.Points = limitTo(points, limit)
	kn.Intro = fmt.Sprintf(standInIntro, title)
	return kn
}

// addExtraSections puts the user's sections the template does not name before the sources (or at
// the end), under their own headings.
func (doc *Document) addExtraSections(root ast.Node, used map[string]bool) {
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
	for _, s := range doc.Pack.Sections {
		if used[s.ID] || strings.TrimSpace(s.Markdown) == "" {
			continue
		}
		doc.Extra = append(doc.Extra, s.ID)
		h := ast.NewHeading(1)
		h.AppendChild(h, ast.NewString([]byte(s.Title)))
		sn, problem := sectionNode(s.ID, s.Markdown)
		if problem != "" {
			doc.Warnings = append(doc.Warnings, problem)
		}
		if before != nil {
			root.InsertBefore(root, before, h)
			root.InsertBefore(root, before, sn)
		} else {
			root.AppendChild(root, h)
			root.AppendChild(root, sn)
		}
	}
}

// sectionNode parses a user section. Markdown nested too deeply to parse in reasonable time is shown
// as plain text instead (its lines without their indentation, so nothing is lost but the nesting),
// and the problem returned.
func sectionNode(id, md string) (*SectionNode, string) {
	sn := node[SectionNode](KindSection)
	sn.ID = id
	problem := ""
	if err := CheckNesting(md); err != nil {
		problem = fmt.Sprintf("section %q: %v; shown as plain text", id, err)
		lines := strings.Split(strings.ReplaceAll(md, "~~~", "---"), "\n")
		for i, l := range lines {
			lines[i] = strings.TrimLeft(l, " \t")
		}
		md = "~~~~~~~~\n" + strings.Join(lines, "\n") + "\n~~~~~~~~\n"
	}
	sn.Source = []byte(md)
	sn.Doc = newMarkdown(nil).Parser().Parse(text.NewReader(sn.Source))
	return sn, problem
}

func hasChild(root ast.Node, k ast.NodeKind) bool {
	for c := root.FirstChild(); c != nil; c = c.NextSibling() {
		if c.Kind() == k {
			return true
		}
	}
	return false
}

// dropHeadingBefore removes the heading right before n when n is all there is under it (what follows
// n is another heading, or nothing): a part left out takes its heading along, but never a heading
// something else still needs.
func dropHeadingBefore(root, n ast.Node) {
	if next := n.NextSibling(); next != nil && next.Kind() != ast.KindHeading {
		return
	}
	if prev := n.PreviousSibling(); prev != nil && prev.Kind() == ast.KindHeading {
		root.RemoveChild(root, prev)
	}
}

// headingTextBefore returns the text of the nearest heading before n ("" when none).
func headingTextBefore(n ast.Node, src []byte) string {
	for p := n.PreviousSibling(); p != nil; p = p.PreviousSibling() {
		if h, ok := p.(*ast.Heading); ok {
			var b strings.Builder
			for c := h.FirstChild(); c != nil; c = c.NextSibling() {
				if t, ok := c.(*ast.Text); ok {
					b.Write(t.Segment.Value(src))
				}
			}
			return strings.TrimSpace(b.String())
		}
	}
	return ""
}

// titleOf turns a section id into a title: "lines-to-take" → "Lines to take".
func titleOf(id string) string {
	s := strings.ReplaceAll(id, "-", " ")
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func latest[T any](list []T, n int) []T {
	if n > 0 && len(list) > n {
		return list[len(list)-n:]
	}
	return list
}

// keyPeople is the who's who cut to limit people (all when limit ≤ 0): those who signed or witnessed
// a signing first — a short note that drops a signatory fails its reader — then the others in
// protocol order; the people kept stay in protocol order.
func keyPeople(who []Person, limit int) []Person {
	if limit <= 0 || len(who) <= limit {
		return who
	}
	keep := make([]bool, len(who))
	n := 0
	for pass := 0; pass < 2; pass++ {
		for i, pr := range who {
			if n < limit && !keep[i] && (pass == 1 || takesFormalPart(pr)) {
				keep[i] = true
				n++
			}
		}
	}
	var out []Person
	for i, pr := range who {
		if keep[i] {
			out = append(out, pr)
		}
	}
	return out
}

// takesFormalPart reports whether the person signed or witnessed a signing.
func takesFormalPart(pr Person) bool {
	for _, part := range pr.Parts {
		if !part.Present {
			return true
		}
	}
	return false
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
