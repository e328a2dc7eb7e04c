// Package pack turns an extraction job into a briefing pack: the settings a user chose (title, occasion,
// date, protective marking, template, themes), their edits to the merged timeline and quotations, their
// own sections in Markdown, and a template — assembled into one document that the PDF and HTML renderers
// draw.
//
// The document is a goldmark AST: the template's Markdown, with each directive replaced by a node of
// this package (TimelineNode, QuotationsNode, …) that carries the items to show and their citations.
package pack

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"strings"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/extract"
	"github.com/briefpack/briefpack/briefing/prose"
)

// Markings offered by default; any other text is allowed too.
var Markings = []string{"", "OFFICIAL", "OFFICIAL-SENSITIVE"}

// Settings are the choices that shape a pack.
type Settings struct {
	Title      string
	Subtitle   string        // the occasion: "Visit of the Foreign Secretary to Port Aster"
	Date       briefing.Date // the pack's date (day precision); also fixes the PDF creation date
	Marking    string        // protective marking, printed in capitals on every page; "" for none
	PreparedBy string
	Template   string // template name or file
	PageSize   string // "A4" (default) or "Letter"
	LargePrint bool   // 13 pt body instead of 11 pt
	Themes     []string
}

// TimelineEdit is a user's change to one merged timeline entry.
type TimelineEdit struct {
	Exclude bool          `json:"exclude,omitempty"`
	Date    briefing.Date `json:"date,omitzero"`
	What    string        `json:"what,omitempty"`
}

// QuotationEdit is a user's change to one merged quotation.
type QuotationEdit struct {
	Exclude bool   `json:"exclude,omitempty"`
	Speaker string `json:"speaker,omitempty"`
	Role    string `json:"role,omitempty"`
}

// AddedEvent is an event the user added to the timeline themselves.
type AddedEvent struct {
	Date briefing.Date `json:"date"`
	What string        `json:"what"`
	Note string        `json:"note,omitempty"` // where it comes from, in the user's words
}

// Edits are the user's changes to what was extracted, keyed by the stable keys of the items.
type Edits struct {
	Timeline   map[string]TimelineEdit  `json:"timeline,omitempty"`
	Quotations map[string]QuotationEdit `json:"quotations,omitempty"`
	Added      []AddedEvent             `json:"added,omitempty"`
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
}

// QuotationItem is a merged quotation as the pack shows it.
type QuotationItem struct {
	Key      string
	Q        briefing.Quotation
	Included bool
	Edited   bool
	Date     briefing.Date // the published date of its first source, when known
}

// Passage is a theme passage, cited to every source that carries it.
type Passage struct {
	Text      string
	Citations []briefing.Citation
}

// ThemeSection is one theme with its passages.
type ThemeSection struct {
	ID, Name string
	Passages []Passage
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

	number map[string]int // source id → number
}

// TimelineKey is a stable key for a merged entry: it follows its evidence, not its wording.
func TimelineKey(e briefing.TimelineEntry) string {
	var cites []string
	for _, c := range e.Citations {
		cites = append(cites, fmt.Sprintf("%s:%d", c.Source, c.Line))
	}
	sort.Strings(cites)
	return "t-" + shortHash(strings.Join(cites, ","))
}

// QuotationKey is a stable key for a merged quotation.
func QuotationKey(q briefing.Quotation) string {
	first := ""
	if len(q.Citations) > 0 {
		first = fmt.Sprintf("%s:%d", q.Citations[0].Source, q.Citations[0].Line)
	}
	f := prose.Fold(q.Text)
	if len(f) > 60 {
		f = f[:60]
	}
	return "q-" + shortHash(first+"|"+f)
}

func shortHash(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:6])
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
		it := TimelineItem{Key: TimelineKey(t), Entry: t, Included: true}
		if ed, ok := e.Timeline[it.Key]; ok {
			it.Included = !ed.Exclude
			if !ed.Date.IsZero() && ed.Date != t.Date {
				it.Original, it.Entry.Date, it.Edited = t.Date, ed.Date, true
			}
			if ed.What != "" && ed.What != t.What {
				it.Entry.What, it.Edited = ed.What, true
			}
		}
		p.Timeline = append(p.Timeline, it)
	}
	for _, a := range e.Added {
		p.Timeline = append(p.Timeline, TimelineItem{
			Key: "a-" + shortHash(a.Date.String()+"|"+a.What), Entry: briefing.TimelineEntry{Date: a.Date, What: a.What},
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
		it := QuotationItem{Key: QuotationKey(q), Q: q, Included: true}
		if ed, ok := e.Quotations[it.Key]; ok {
			it.Included = !ed.Exclude
			if ed.Speaker != "" && ed.Speaker != q.Speaker {
				it.Q.Speaker, it.Edited = ed.Speaker, true
			}
			if ed.Role != "" && ed.Role != q.Role {
				it.Q.Role, it.Edited = ed.Role, true
			}
		}
		if len(q.Sources) > 0 {
			if src := p.Source(q.Sources[0]); src != nil {
				it.Date = src.Published
			}
		}
		p.Quotations = append(p.Quotations, it)
	}
	p.People = res.People
	p.Themes = themeSections(res.Extractions, themes, s.Themes)
	return p
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

// themeSections collects the passages of each selected theme (every theme with passages when none is
// selected); a passage carried by several sources is one passage citing them all.
func themeSections(xs []*briefing.Extraction, themes []extract.Theme, selected []string) []ThemeSection {
	if themes == nil {
		themes = extract.DefaultThemes()
	}
	want := map[string]bool{}
	for _, id := range selected {
		want[id] = true
	}
	var out []ThemeSection
	for _, th := range themes {
		if len(selected) > 0 && !want[th.ID] {
			continue
		}
		sec := ThemeSection{ID: th.ID, Name: th.Name}
		var words []map[string]bool // folded words of each passage, to find the same passage reworded
		for _, x := range xs {
			for _, h := range x.Themes {
				if h.Theme != th.ID {
					continue
				}
				for _, ev := range h.Evidence {
					cite := briefing.Citation{Source: x.Source.ID, Line: ev.Line, Text: ev.Text}
					w := wordSet(ev.Text)
					if i := samePassage(words, w); i >= 0 {
						sec.Passages[i].Citations = append(sec.Passages[i].Citations, cite)
						continue
					}
					words = append(words, w)
					sec.Passages = append(sec.Passages, Passage{Text: strings.Join(strings.Fields(ev.Text), " "), Citations: []briefing.Citation{cite}})
				}
			}
		}
		if len(sec.Passages) > 0 || len(selected) > 0 {
			out = append(out, sec)
		}
	}
	return out
}

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(prose.Fold(s)) {
		m[w] = true
	}
	return m
}

// samePassage finds a passage that says the same as w — the same sentence in another paper, give or
// take a word or a clause (at least 80% of the shorter one's words in common).
func samePassage(passages []map[string]bool, w map[string]bool) int {
	for i, p := range passages {
		small, big := p, w
		if len(w) < len(p) {
			small, big = w, p
		}
		if len(small) == 0 {
			continue
		}
		n := 0
		for k := range small {
			if big[k] {
				n++
			}
		}
		if n*5 >= len(small)*4 {
			return i
		}
	}
	return -1
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
