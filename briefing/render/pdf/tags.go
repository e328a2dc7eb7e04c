package pdf

// The tagging layer: what makes the pack a tagged, accessible PDF (PDF/UA-1). gofpdf (our patched
// copy, PATCHES.md item 6) writes the marked content, the structure tree and the metadata; this
// file decides the structure. Each node kind is drawn inside the element nodeRoles gives it
// (render does that), and the node functions add the finer elements — a list item's label and
// body, a table's rows and cells, a quotation's parts — with one-line calls:
//
//	defer r.tag("P")()          // an element around what the function draws
//	end := r.artifact(); …; end()  // a rule, a bar, a fill: decoration, not content
//
// Running heads and feet (the marking, the title, "Page X of Y") are pagination artifacts, drawn by
// gofpdf's header and footer functions. With Options.Untagged every call does nothing and the PDF is
// the untagged one.

import (
	"strconv"
	"strings"

	"github.com/jung-kurt/gofpdf"
	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"

	"github.com/briefpack/briefpack/briefing/pack"
)

// packLang is the natural language of a pack (its fixed wording is British English).
const packLang = "en-GB"

// tagging makes the document a tagged PDF in the pack's language, unless off.
func tagging(pdf *gofpdf.Fpdf, on bool) {
	if on {
		pdf.EnableTagging(packLang)
	}
}

// nodeRoles is the structure element each node kind is drawn in; its function adds the finer ones
// inside. "" means the function makes its own elements (a heading's level, the timeline's figure
// with its alternative text, a table). A node kind not listed is drawn in a Div, so that nothing
// is ever untagged; TestEveryNodeKindTagged fails for a registered kind missing here.
var nodeRoles = map[ast.NodeKind]string{
	ast.KindHeading:         "", // drawHeading: H1–H6 by nesting
	ast.KindParagraph:       "P",
	ast.KindTextBlock:       "P",
	ast.KindList:            "L", // list: LI, Lbl, LBody
	ast.KindBlockquote:      "BlockQuote",
	ast.KindFencedCodeBlock: "P",
	ast.KindCodeBlock:       "P",
	ast.KindThematicBreak:   artifactRole,
	ast.KindHTMLBlock:       "", // nothing is drawn
	east.KindTable:          "", // drawTable: Table, TR, TH, TD
	pack.KindCover:          "Sect",
	pack.KindContents:       "", // contentsPages keeps a Sect that drawContents fills in
	pack.KindSection:        "Sect",
	pack.KindTimeline:       "", // timeline: a Figure with the dates and events as its /Alt
	pack.KindQuotations:     "Sect",
	pack.KindPeople:         "", // drawTable
	pack.KindThemes:         "Sect",
	pack.KindSources:        "Sect", // sources: an L, and the files not included
	pack.KindProvenance:     "Sect",
	pack.KindTitle:          "Sect", // a note without a cover: its title (H1), the occasion and date, the draft mark
	pack.KindDraft:          "Div",  // a "To be completed" box
	pack.KindKeyPoints:      "Sect", // an L of the key points
	pack.KindOrganisations:  "Sect", // each organisation a heading over its note
	pack.KindAgreement:      "Sect", // a table per signing, its first column row headers
	pack.KindContacts:       "",     // drawTable
}

// artifactRole in nodeRoles draws the node as an artifact.
const artifactRole = "-"

// nodeTag opens the element nodeRoles gives n's kind and returns what closes it.
func (r *renderer) nodeTag(n ast.Node) func() {
	role, ok := nodeRoles[n.Kind()]
	switch {
	case !ok:
		role = "Div"
	case role == "":
		return noop
	case role == artifactRole:
		return r.artifact()
	}
	return r.tag(role)
}

func noop() {}

// tag opens a structure element of the role and returns what closes it.
func (r *renderer) tag(role string) func() {
	r.pdf.BeginTag(gofpdf.Tag{Role: role})
	return r.ender()
}

// ender is gofpdf's EndTag, bound once (a method value made on every call would be an allocation
// for each of the pack's hundreds of elements).
func (r *renderer) ender() func() {
	if r.endTag == nil {
		r.endTag = r.pdf.EndTag
	}
	return r.endTag
}

// tagAlt opens an element with an alternative description.
func (r *renderer) tagAlt(role, alt string) func() {
	r.pdf.BeginTag(gofpdf.Tag{Role: role, Alt: alt})
	return r.ender()
}

// keep opens and closes an empty element at the current place in the tree and returns its id,
// for content drawn later (see fill).
func (r *renderer) keep(role string) int {
	id := r.pdf.BeginTag(gofpdf.Tag{Role: role})
	r.pdf.EndTag()
	return id
}

// fill reopens an element keep made; what is drawn until the returned function is called goes
// into it.
func (r *renderer) fill(id int) func() {
	if id < 0 {
		return noop
	}
	r.pdf.ReopenTag(id)
	return r.ender()
}

// artifact starts decoration (a rule, a bar, a fill) and returns what ends it.
func (r *renderer) artifact() func() {
	r.pdf.BeginArtifact(gofpdf.ArtifactPlain)
	return r.artEnder()
}

func (r *renderer) artEnder() func() {
	if r.endArt == nil {
		r.endArt = r.pdf.EndArtifact
	}
	return r.endArt
}

// pagination starts a pagination artifact — what a page break repeats or adds ("Timeline,
// continued", a table's header row again) — and returns what ends it.
func (r *renderer) pagination() func() {
	r.pdf.BeginArtifact(gofpdf.ArtifactPagination)
	return r.artEnder()
}

// headingTag opens the heading element for a heading drawn at a visual level. Structure levels
// follow the nesting, never skipping one: the first heading is H1, a heading one level deeper than
// the last (however many levels deeper it is drawn) is one H deeper, and a heading at or above an
// earlier level closes it. So the one-page note, which opens on a section's level-3 heading, starts
// at H1, and the user's level-3 headings under a template's level-1 heading are H2.
func (r *renderer) headingTag(level int) func() {
	return r.tag(r.headingRole(level))
}

// headingRole is the structure type of the next heading, drawn at a visual level.
func (r *renderer) headingRole(level int) string {
	for len(r.headLevels) > 0 && r.headLevels[len(r.headLevels)-1] >= level {
		r.headLevels = r.headLevels[:len(r.headLevels)-1]
	}
	r.headLevels = append(r.headLevels, level)
	return "H" + strconv.Itoa(min(len(r.headLevels), 6))
}

// subheadingLevel is the visual level of a heading that sits under the last one drawn (a group in
// the annex, "Not included" under Sources).
func (r *renderer) subheadingLevel() int {
	if len(r.headLevels) == 0 {
		return 1
	}
	return r.headLevels[len(r.headLevels)-1] + 1
}

// tocEntry opens a contents entry: a TOCI holding a Reference with the Link to the heading.
func (r *renderer) tocEntry() func() {
	item := r.tag("TOCI")
	ref := r.tag("Reference")
	link := r.tag("Link")
	return func() { link(); ref(); item() }
}

// cell opens a table cell: a data cell (TD), or — in the first column of a table without a header
// row, whose first column names each row (the agreement's "Signing", "Parties", …) — a row header
// (TH, scope Row).
func (r *renderer) cell(rowHeader bool) func() {
	if rowHeader {
		r.pdf.BeginTag(gofpdf.Tag{Role: "TH", Scope: "Row"})
		return r.ender()
	}
	return r.tag("TD")
}

// columnHeader opens a table's column header cell (TH, scope Column).
func (r *renderer) columnHeader() func() {
	r.pdf.BeginTag(gofpdf.Tag{Role: "TH", Scope: "Column"})
	return r.ender()
}

// listItem opens a list item (LI) whose label (Lbl) label draws, and returns what closes the item;
// what is drawn in between is its body (LBody).
func (r *renderer) listItem(label func()) func() {
	li := r.tag("LI")
	lbl := r.tag("Lbl")
	label()
	lbl()
	body := r.tag("LBody")
	return func() { body(); li() }
}

// cite opens a citation: a Reference holding the Link to the source, described for a listener.
func (r *renderer) cite(n int) func() {
	ref := r.tag("Reference")
	link := r.tagAlt("Link", "source "+strconv.Itoa(n))
	return func() { link(); ref() }
}

// figureAlt gathers the alternative text of the timeline figure as its entries are drawn.
type figureAlt struct {
	r       *renderer
	id      int
	b       strings.Builder
	entries int
}

// figure opens the timeline's Figure; entry adds each event to its alternative text and done
// closes it.
func (r *renderer) figure() *figureAlt {
	return &figureAlt{r: r, id: r.pdf.BeginTag(gofpdf.Tag{Role: "Figure"})}
}

// entry adds one event to the figure's alternative text: its date as shown, the sentence before
// it when its own refers back, what happened, its source numbers, who signed and witnessed, the
// notes under it and the warning where sources disagree — what the entry shows, as sentences.
func (f *figureAlt) entry(it pack.TimelineItem) {
	if f.id < 0 {
		return
	}
	f.entries++
	what := it.Shown
	if it.Quoted {
		what = "“" + what + "”"
	}
	f.b.WriteString(" " + dateLabel(it) + ":")
	if it.Context != nil {
		f.b.WriteString(" After “" + strings.TrimSpace(it.Context.Text) + "”,")
	}
	f.b.WriteString(" " + strings.TrimSuffix(strings.TrimSpace(what), "."))
	var nums []string
	for _, id := range it.Entry.Sources {
		if n := f.r.pk.Number(id); n > 0 {
			nums = append(nums, strconv.Itoa(n))
		}
	}
	switch len(nums) {
	case 0:
		f.b.WriteString(".")
	case 1:
		f.b.WriteString(" (source " + nums[0] + ").")
	default:
		f.b.WriteString(" (sources " + strings.Join(nums, ", ") + ").")
	}
	for _, n := range append(f.r.signingLines(it.SignedHere()), entryNotes(f.r.pk, it)...) {
		f.b.WriteString(" " + strings.TrimSpace(n))
	}
	if c := it.Entry.Conflict; c != "" {
		f.b.WriteString(" Warning: " + strings.TrimSpace(strings.TrimPrefix(f.r.conflictText(c), "⚠")))
	}
}

func (f *figureAlt) done() {
	events := "dated events"
	if f.entries == 1 {
		events = "dated event"
	}
	f.r.pdf.SetTagAlt(f.id, "Timeline of "+strconv.Itoa(f.entries)+" "+events+", earliest first, drawn on a vertical axis."+f.b.String())
	if f.id >= 0 {
		f.r.pdf.EndTag()
	}
}

// spaceAfter is s with a space after it when tagging, for text that is followed on its line by
// something drawn apart (a contents entry's page number): the space has no ink.
func (r *renderer) spaceAfter(s string) string {
	if r.pdf.Tagged() {
		return s + " "
	}
	return s
}

// spaced ends each line with a space when tagging — the space it was broken at, or one before
// what follows the last line — so that the text read from the structure keeps its words apart.
// The space has no ink and the lines are drawn from the left, so the page looks the same.
func (r *renderer) spaced(lines []string) []string {
	if !r.pdf.Tagged() {
		return lines
	}
	for i := range lines {
		lines[i] += " "
	}
	return lines
}

// tagged draws what draw draws inside an element of the role.
func (r *renderer) tagged(role string, draw func()) {
	r.pdf.BeginTag(gofpdf.Tag{Role: role})
	draw()
	r.pdf.EndTag()
}
