// Package pack turns an extraction job into a briefing pack: the settings a user chose (title, occasion,
// date, protective marking, template, themes), their edits to the merged timeline and quotations, their
// own sections in Markdown, and a template — assembled into one document that the PDF and HTML renderers
// draw.
//
// The document is a goldmark AST: the template's Markdown, with each directive replaced by a node of
// this package (TimelineNode, QuotationsNode, …) that carries the items to show and their citations.
package pack

import (
	"fmt"
	"sort"
	"strings"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/extract"
)

// Markings offered by default; any other text is allowed too.
var Markings = []string{"", "OFFICIAL", "OFFICIAL-SENSITIVE"}

// OwnerOnly reports whether what carries this protective marking is kept readable by its owner only:
// the pack file, the project and its copies of the sources. Markings naming SENSITIVE or SECRET are.
func OwnerOnly(marking string) bool {
	m := strings.ToUpper(marking)
	return strings.Contains(m, "SENSITIVE") || strings.Contains(m, "SECRET")
}

// Settings are the choices that shape a pack.
type Settings struct {
	Title      string
	Subtitle   string        // the occasion: "Visit of the Foreign Secretary to Port Aster"
	Date       briefing.Date // the pack's date (day precision); also fixes the PDF creation date
	Marking    string        // protective marking, printed in capitals on every page; "" for none
	PreparedBy string
	Template   string // template name or file
	PageSize   string // "A4" (default) or "Letter"
	LargePrint bool   // 16 pt body instead of 11 pt
	Themes     []string
	// Final marks the pack as final: no draft mark, and the build refuses while a required section
	// is empty. A pack is a draft until the preparer says final.
	Final bool `json:",omitempty"`
	// Copy is the copy number printed on the cover ("3 of 12"); empty leaves a blank to write on.
	Copy string `json:",omitempty"`
	// Handling is the handling line on the cover ("Do not remove from the building"); empty means
	// DefaultHandling, "none" none.
	Handling string `json:",omitempty"`
}

// DefaultHandling is the cover's handling line when the preparer gives none.
const DefaultHandling = "Do not remove from the building without the owner’s agreement."

// HandlingLine is the handling line to print ("" for none).
func (s Settings) HandlingLine() string {
	switch h := strings.TrimSpace(s.Handling); {
	case strings.EqualFold(h, "none"):
		return ""
	case h == "":
		return DefaultHandling
	default:
		return h
	}
}

// TimelineItem is a merged timeline entry as the pack shows it.
type TimelineItem struct {
	Key      string
	Entry    briefing.TimelineEntry // after edits
	Original briefing.Date          // the extracted date, when the user changed it
	Included bool
	Edited   bool
	Added    bool   // added by the user
	Note     string // for added events
	// Ahead marks a date after the pack's date.
	Ahead bool
	// Shown is what the pack prints for the entry: the description, or — when the description says
	// nothing ("Both agencies announced in a press statement") or was cut — the source's sentence,
	// quoted (Quoted).
	Shown  string
	Quoted bool
	// Context is the sentence before, when the description leans on it ("It ran for three years").
	Context *Stated
	// Signing is what the sources state about the signing this entry records (nil for others).
	Signing *Signing
}

// QuotationItem is a merged quotation as the pack shows it.
type QuotationItem struct {
	Key      string
	Q        briefing.Quotation
	Included bool
	Edited   bool
	Date     briefing.Date // the earliest published date of its sources, when known
	// Kind says how the pack may use it: a pull quote, or — never as a pull quote — a social post or
	// a partial quotation (words quoted inside reported speech).
	Kind QuoteKind
	// Lead is the wording shown, from the most official source (LeadFrom): a release or statement
	// over news, news over a social post. Variants are the other sources' wordings.
	Lead     string
	LeadFrom string
	Variants []Variant
	Rank     int // the speaker's rank from their role, lower is more senior
	// Within is the key of another quotation of the same speaker whose words hold all of these (a
	// source quoting part of what another quotes whole): shown there as a variant, not on its own.
	Within string
}

// Variant is another source's wording of a quotation.
type Variant struct {
	Text   string
	Source string // source id; "" when the merge did not say which source
}

// NotIncluded is a file that could not be used, and why.
type NotIncluded struct {
	File, Reason string
}

// Pack is everything a pack shows.
type Pack struct {
	Settings    Settings
	Sources     []*briefing.Source // numbered from 1 in this order
	NotIncluded []NotIncluded
	Timeline    []TimelineItem
	Quotations  []QuotationItem
	People      []briefing.PersonEntry
	Themes      []ThemeSection
	Sections    []UserSection // the user's own sections, in Markdown
	Warnings    []string
	Extractions []*briefing.Extraction
	// Who is the who's who as the pack shows it (roles as of a date, sides, signings).
	Who []Person
	// Signings are the signings the timeline records, in date order.
	Signings []*Signing
	// Unmatched are the user's edits that apply to no item (see keys.go); Rekeyed maps an edit's stored
	// key to the key of the item it applies to, where they differ.
	Unmatched []UnmatchedEdit
	Rekeyed   map[string]string

	number  map[string]int     // source id → number
	anchors map[string]*Anchor // item key → the item as extracted
	srcText map[string]*sourceText
	ranked  *ranking
	// peopleByName finds a who's who entry by its folded name.
	peopleByName map[string]int
	// signingAlias maps a timeline entry telling of a signing another entry records (a day later)
	// to that entry's key.
	signingAlias map[string]string
}

// Input is what a pack is built from, in the briefing vocabulary: one extraction per source that
// loaded (in input order), the files that could not be used, and the merged timeline, quotations and
// who's who. The engine's result converts to it (see build.PackInput); a test can build one by hand.
type Input struct {
	Extractions []*briefing.Extraction
	NotIncluded []NotIncluded
	Timeline    []briefing.TimelineEntry
	Quotations  []briefing.Quotation
	People      []briefing.PersonEntry
}

// New builds a pack from what was extracted and merged. themes are the lexicons used (for names);
// sections are the user's own sections.
func New(res Input, themes []extract.Theme, s Settings, e Edits, sections []UserSection) *Pack {
	p := &Pack{Settings: s, Sections: sections, Extractions: res.Extractions, number: map[string]int{}}
	for _, x := range res.Extractions {
		p.Sources = append(p.Sources, x.Source)
		p.number[x.Source.ID] = len(p.Sources)
	}
	p.NotIncluded = res.NotIncluded
	for _, t := range res.Timeline {
		p.Timeline = append(p.Timeline, TimelineItem{Entry: t, Included: true})
	}
	p.applyTimelineEdits(e.Timeline)
	for _, a := range e.Added {
		p.Timeline = append(p.Timeline, TimelineItem{
			Key: addedKey(a), Entry: briefing.TimelineEntry{Date: a.Date, What: a.What},
			Included: true, Added: true, Note: a.Note,
		})
	}
	sort.SliceStable(p.Timeline, func(i, j int) bool {
		a, b := p.Timeline[i].Entry.Date, p.Timeline[j].Entry.Date
		if a != b {
			return a.Before(b)
		}
		return false
	})
	for _, q := range res.Quotations {
		it := QuotationItem{Q: q, Included: true}
		if len(q.Sources) > 0 {
			if src := p.Source(q.Sources[0]); src != nil {
				it.Date = src.Published
			}
		}
		p.Quotations = append(p.Quotations, it)
	}
	p.applyQuotationEdits(e.Quotations)
	p.People = res.People
	p.Themes = themeSections(res.Extractions, themes, s.Themes)
	p.finish()
	return p
}

// finish works out what the pack shows beyond the merged items: the timeline's display, the
// signings, the who's who rows, the quotations' order and wording, the themes' order and context.
func (p *Pack) finish() {
	// the key-point ranking is the costliest part and needs only the sources' text and the
	// timeline's facts: it runs beside the rest
	ranked := make(chan *ranking, 1)
	texts, facets := p.texts(), p.facets()
	go func() { ranked <- buildRanking(p.Extractions, texts, facets) }()
	p.Signings = p.findSignings()
	p.prepareTimeline()
	p.Who = p.whosWho()
	p.prepareQuotations()
	p.ranked = <-ranked
	p.prepareThemes()
	for _, x := range p.Extractions {
		for _, w := range append(append([]string{}, x.Source.Warnings...), x.Warnings...) {
			p.Warnings = append(p.Warnings, x.Source.File+": "+w)
		}
	}
}

// Number returns a source's number in the sources list (1-based), 0 when not in the pack.
func (p *Pack) Number(id string) int { return p.number[id] }

// Source returns the source with the given id, or nil.
func (p *Pack) Source(id string) *briefing.Source {
	if n := p.number[id]; n > 0 {
		return p.Sources[n-1]
	}
	return nil
}

// IncludedTimeline returns the timeline entries the pack shows.
func (p *Pack) IncludedTimeline() []TimelineItem {
	var out []TimelineItem
	for _, t := range p.Timeline {
		if t.Included {
			out = append(out, t)
		}
	}
	return out
}

// IncludedQuotations returns the quotations the pack shows.
func (p *Pack) IncludedQuotations() []QuotationItem {
	var out []QuotationItem
	for _, q := range p.Quotations {
		if q.Included {
			out = append(out, q)
		}
	}
	return out
}

// ValidateThemes reports theme ids that are not among themes.
func ValidateThemes(ids []string, themes []extract.Theme) error {
	known := map[string]bool{}
	var names []string
	for _, t := range themes {
		known[t.ID] = true
		names = append(names, t.ID)
	}
	for _, id := range ids {
		if !known[id] {
			return fmt.Errorf("unknown theme %q (themes: %s)", id, strings.Join(names, ", "))
		}
	}
	return nil
}
