// Package extract reads one cleaned source and finds what a briefing needs from it: its metadata (title,
// published date, publisher, author), dated events, quotations with their speakers, named people with
// their roles, and passages for each theme.
//
// Every function here is pure: a Source (and options) in, an Extraction out. Each item keeps the exact
// evidence substring and its line, so nothing reaches a pack that a reviewer cannot check.
package extract

import (
	"fmt"
	"strings"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/clean"
	"github.com/briefpack/briefpack/briefing/prose"
)

// Options tune extraction.
type Options struct {
	// Themes are the lexicons to look for; nil means DefaultThemes().
	Themes []Theme
}

// sentence is one sentence of a kept block, with absolute offsets into the source text.
type sentence struct {
	block      int
	start, end int
	text       string
	toks       []prose.Token // tokens of text, offsets relative to text
}

// doc is a source prepared for the extractors.
type doc struct {
	src      *briefing.Source
	lines    clean.Result
	blocks   []prose.Block
	sents    []sentence
	acronyms []prose.Acronym
	people   *peopleIndex
	lower    map[string]bool // words the source writes in lower case (see lowerWords)
	// lowerAsked counts the questions writesLower answered by reading the words
	lowerAsked int
	warnings   []string
}

func (d *doc) warn(msg string) { d.warnings = append(d.warnings, msg) }

func prepare(src *briefing.Source) *doc {
	d := &doc{src: src, lines: clean.Classify(src)}
	for i, l := range d.lines.Lines {
		if l.Kind == clean.Overlong {
			d.warn(fmt.Sprintf("line %d is %s characters long; lines over %d characters are kept but not analysed",
				i+1, groupDigits(len(src.Line(i+1))), prose.MaxAnalysedLine))
		}
	}
	d.blocks = prose.Blocks(src, d.lines.Keep)
	size := 0
	for _, b := range d.blocks {
		size += len(b.Text)
	}
	arena := make([]prose.Token, 0, size/5+8) // every sentence's tokens in one allocation
	for bi, b := range d.blocks {
		for _, sp := range prose.Sentences(b.Text) {
			text := b.Text[sp.Start:sp.End]
			from := len(arena)
			arena = prose.AppendTokens(arena, text)
			d.sents = append(d.sents, sentence{block: bi, start: b.Start + sp.Start, end: b.Start + sp.End, text: text, toks: arena[from:len(arena):len(arena)]})
		}
	}
	tagTokens(arena)
	seen := map[string]bool{}
	for _, a := range commonAbbreviationsIn(d.sents) { // "memorandum of understanding" is an MoU in any source
		seen[a.Short] = true
		d.acronyms = append(d.acronyms, a)
	}
	for _, s := range d.sents {
		if !strings.Contains(s.text, "(") {
			continue
		}
		for _, a := range prose.AcronymsIn(s.text, s.toks) {
			if !seen[a.Short] {
				seen[a.Short] = true
				d.acronyms = append(d.acronyms, a)
			}
		}
	}
	return d
}

// Extract runs every extractor on src. It may fill in src's Title, Published, Publisher and Author when
// the file's own metadata did not give them. Problems go to the Extraction's Warnings.
func Extract(src *briefing.Source, opts Options) *briefing.Extraction {
	d := prepare(src)
	inferMetadata(d)
	d.people = findPeople(d)
	x := &briefing.Extraction{Source: src, Furniture: d.lines.Furniture(), Kept: d.lines.KeptText(src)}
	x.Contacts = d.lines.Contacts(src)
	x.About = d.lines.Notes(src)
	x.People = d.people.list(src)
	x.Quotes = findQuotes(d)
	x.Events, x.Dates = findEvents(d)
	themes := opts.Themes
	if themes == nil {
		themes = builtInThemes()
	}
	x.Themes = findThemes(d, themes)
	x.Warnings = d.warnings
	for _, a := range d.acronyms {
		x.Abbreviations = append(x.Abbreviations, briefing.Abbreviation{Short: a.Short, Long: a.Long})
	}
	return x
}

// Reasons returns, for each line of src, why it was judged furniture ("" for text): for the app's view
// of removed furniture.
func Reasons(src *briefing.Source) []string {
	r := clean.Classify(src)
	out := make([]string, len(r.Lines))
	for i, l := range r.Lines {
		out[i] = l.Reason
	}
	return out
}

func groupDigits(n int) string {
	s := fmt.Sprint(n)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// sentenceAt returns the index of the sentence holding absolute offset off, or -1.
func (d *doc) sentenceAt(off int) int {
	lo, hi := 0, len(d.sents)-1
	for lo <= hi {
		mid := (lo + hi) / 2
		s := d.sents[mid]
		switch {
		case off < s.start:
			hi = mid - 1
		case off >= s.end:
			lo = mid + 1
		default:
			return mid
		}
	}
	return -1
}

// expand returns the long form of an acronym the source defines ("FCO" → "Foreign and Commonwealth
// Office"), or "".
func (d *doc) expand(short string) string {
	for _, a := range d.acronyms {
		if strings.EqualFold(a.Short, short) {
			return a.Long
		}
	}
	return ""
}
