package pack

import (
	"strings"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/extract"
	"github.com/briefpack/briefpack/briefing/prose"
)

// Passage is a theme passage, cited to every source that carries it.
type Passage struct {
	Text      string
	Citations []briefing.Citation
	// Context is the sentence (or two) before, verbatim, when the passage leans on it ("Since
	// then, …"): the words just before it in the same paragraph of its first cited source.
	Context string
	// Key marks one of the theme's key points: the passages that carry most of the sources come
	// first.
	Key bool
	// Speaker is whom a quotation gives the passage's words to, when they are quoted speech rather
	// than the source's own statement; a quoted passage nobody is given is not shown at all.
	Speaker string
	// contextQuoted: the context is words of the same speaker's quotation too
	contextQuoted bool
}

// Lead returns what a renderer sets before a passage, in grey: its context, and for quoted words
// who said them ("Kok Ping Soon, quoted:") — before the context when the context is part of the same
// quotation, so that no quoted words stand ahead of their speaker.
func (ps Passage) Lead() string {
	switch {
	case ps.Speaker == "":
		return ps.Context
	case ps.contextQuoted:
		return ps.Speaker + ", quoted: " + Curly(ps.Context)
	}
	return strings.TrimSpace(ps.Context + " " + ps.Speaker + ", quoted:")
}

// Shown is the passage's text as a pack prints it: its quotation marks and apostrophes typographic,
// as the quotations section prints them ("It will …" → “It will …”, "UK's" → "UK’s"); the
// citations keep the words as written.
func (ps Passage) Shown() string { return Curly(ps.Text) }

// ThemeSection is one theme with its passages.
type ThemeSection struct {
	ID, Name string
	Passages []Passage
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

// keyPerTheme is how many passages of a theme are its key points.
const keyPerTheme = 3

// prepareThemes gives each passage that leans on the sentence before that sentence, shows each
// sentence once per theme, and orders each theme's passages by how much of the sources they carry
// (the sum of the centrality of the sentences they cite), the first few marked as key points.
func (p *Pack) prepareThemes() {
	texts := p.texts()
	rk := p.rank()
	quotes := foldedQuotes{}
	for ti := range p.Themes {
		th := &p.Themes[ti]
		shown := map[string]int{} // folded sentence → passage that shows it
		var kept []Passage
		var scores []float64
		for _, ps := range th.Passages {
			if at, dup := repeatsShown(ps.Text, shown); dup {
				kept[at].Citations = mergeCitations(kept[at].Citations, ps.Citations)
				continue
			}
			speaker, quoted := p.quotedIn(ps, quotes)
			if quoted && speaker == "" {
				continue // quoted words nobody is given would read as the source's own statement
			}
			ps.Speaker = speaker
			ps = closeQuotation(texts, ps)
			ps.Context = contextOf(texts, ps)
			if speaker != "" && ps.Context != "" {
				by, _ := p.quotedIn(Passage{Text: ps.Context, Citations: ps.Citations}, quotes)
				ps.contextQuoted = by == speaker
			}
			for _, s := range prose.Sentences(ps.Text) {
				shown[prose.Fold(ps.Text[s.Start:s.End])] = len(kept)
			}
			score := 0.0
			for _, c := range ps.Citations {
				score += rk.score(texts, c)
			}
			kept = append(kept, ps)
			scores = append(scores, score)
		}
		order := make([]int, len(kept))
		for i := range order {
			order[i] = i
		}
		sortStableBy(order, func(a, b int) bool { return scores[a] > scores[b] })
		th.Passages = th.Passages[:0]
		for rank, i := range order {
			ps := kept[i]
			ps.Key = rank < keyPerTheme
			th.Passages = append(th.Passages, ps)
		}
	}
}

// maxQuoteRun is how many sentences after its first a passage may take in to close a quotation.
const maxQuoteRun = 3

// closeQuotation extends a passage that opens a quotation it does not close ("…, said: “Our first
// agreement proved …") with the sentences after it in its paragraph that finish the quotation, each
// cited; one whose quotation does not close within a few sentences stays as it is.
func closeQuotation(texts map[string]*sourceText, ps Passage) Passage {
	if marksPaired(ps.Text) || len(ps.Citations) == 0 {
		return ps
	}
	c := ps.Citations[0]
	t := texts[c.Source]
	if t == nil {
		return ps
	}
	i := t.find(c.Text, c.Line)
	if i < 0 {
		return ps
	}
	text, cites := ps.Text, []briefing.Citation{c}
	for j := i + 1; j < len(t.sents) && j <= i+maxQuoteRun && t.before(j) == j-1; j++ {
		text += " " + oneLine(t.text(j))
		cites = append(cites, t.citation(j))
		if marksPaired(text) {
			ps.Text = text
			ps.Citations = append(cites, ps.Citations[1:]...)
			return ps
		}
	}
	return ps
}

// foldedQuotes keeps each source's quotations folded, made on first use.
type foldedQuotes map[string][]briefing.Quote

func (fq foldedQuotes) of(x *briefing.Extraction) []briefing.Quote {
	qs, ok := fq[x.Source.ID]
	if !ok {
		qs = make([]briefing.Quote, len(x.Quotes))
		for i, q := range x.Quotes {
			qs[i] = briefing.Quote{Text: prose.Fold(q.Text), Speaker: q.Speaker}
		}
		fq[x.Source.ID] = qs
	}
	return qs
}

// quotedIn reports whether a sentence of the passage lies inside a quotation its sources give, and
// to whom that quotation is given ("" when to nobody).
func (p *Pack) quotedIn(ps Passage, quotes foldedQuotes) (speaker string, quoted bool) {
	var sents []string
	for _, s := range prose.Sentences(ps.Text) {
		f := prose.Fold(strings.Trim(ps.Text[s.Start:s.End], quoteMarks+" .,;:!?"))
		if len(f) >= minQuotedSentence {
			sents = append(sents, f)
		}
	}
	for _, c := range ps.Citations {
		x := p.extraction(c.Source)
		if x == nil || len(sents) == 0 {
			continue
		}
		for _, q := range quotes.of(x) {
			for _, f := range sents {
				if strings.Contains(q.Text, f) {
					if q.Speaker != "" {
						return q.Speaker, true
					}
					quoted = true
				}
			}
		}
	}
	return "", quoted
}

// quoteMarks are the quotation marks a quoted sentence may open or close with.
const quoteMarks = "\"'“”‘’«»"

// minQuotedSentence is the shortest folded sentence taken as evidence that a passage is quoted: a
// few words ("We agree.") could be anyone's.
const minQuotedSentence = 20

// repeatsShown reports whether every sentence of a passage is already shown in the theme, and where.
func repeatsShown(text string, shown map[string]int) (int, bool) {
	at := -1
	for _, s := range prose.Sentences(text) {
		i, ok := shown[prose.Fold(text[s.Start:s.End])]
		if !ok {
			return -1, false
		}
		at = i
	}
	return at, at >= 0
}

func mergeCitations(have, more []briefing.Citation) []briefing.Citation {
	for _, c := range more {
		dup := false
		for _, h := range have {
			if h.Source == c.Source && h.Line == c.Line {
				dup = true
				break
			}
		}
		if !dup {
			have = append(have, c)
		}
	}
	return have
}

// contextOf returns the sentences before a passage that opens with a reference ("Since then, …"),
// back to one that does not (two at most), from the passage's paragraph in its first source — or,
// when the passage opens its paragraph, the last sentence of the paragraph before; "" when there is
// none.
func contextOf(texts map[string]*sourceText, ps Passage) string {
	if !opensWithReference(ps.Text) || len(ps.Citations) == 0 {
		return ""
	}
	c := ps.Citations[0]
	t := texts[c.Source]
	if t == nil {
		return ""
	}
	k := t.find(c.Text, c.Line)
	if k < 0 {
		return ""
	}
	first := k
	for n := 0; n < 2; n++ {
		b := t.before(first)
		if b < 0 && first == k {
			b = t.previous(first)
		}
		if b < 0 {
			break
		}
		first = b
		if !foldedOpensWithReference(t.foldedSent(b)) {
			break
		}
	}
	if first == k {
		return ""
	}
	return oneLine(t.x.Source.Text[t.sents[first].start:t.sents[k-1].end])
}
