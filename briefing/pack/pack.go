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
	"github.com/briefpack/briefpack/briefing/engine"
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
	// Unmatched are the user's edits that apply to no item (see keys.go); Rekeyed maps an edit's stored
	// key to the key of the item it applies to, where they differ.
	Unmatched []UnmatchedEdit
	Rekeyed   map[string]string

	number  map[string]int     // source id → number
	anchors map[string]*Anchor // item key → the item as extracted
}

// New builds a pack from a job's result. themes are the lexicons used (for names); sections are the
// user's own sections.
func New(res *engine.Result, themes []extract.Theme, s Settings, e Edits, sections []UserSection) *Pack {
	p := &Pack{Settings: s, Sections: sections, Extractions: res.Extractions, number: map[string]int{}}
	for _, x := range res.Extractions {
		p.Sources = append(p.Sources, x.Source)
		p.number[x.Source.ID] = len(p.Sources)
	}
	for _, fe := range res.Errors {
		p.NotIncluded = append(p.NotIncluded, NotIncluded{fe.File, fe.Err.Error()})
	}
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
