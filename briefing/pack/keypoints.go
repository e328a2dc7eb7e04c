package pack

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/prose"
	"github.com/briefpack/briefpack/briefing/summary"
)

// KeyPoint is a sentence that carries the sources: the exact words of one source (Text with its line
// breaks as spaces and its quotation marks and apostrophes typographic; the first citation holds
// them as written), cited to it and to every other source
// that states the same. Key points are chosen, never written.
type KeyPoint struct {
	Text      string
	Citations []briefing.Citation
}

// ranking is the centrality ranking of every article sentence of the pack's sources.
type ranking struct {
	refs   []sentRef
	graph  *summary.Graph
	scores []float64
	index  map[sentRef]int
	// pointable caches, per sentence, whether it can stand alone as a key point (0: not known yet).
	pointable []int8
}

type sentRef struct {
	src string
	i   int
}

// How much more often the ranking's random walk restarts at a sentence stating a timeline entry, and
// at a source's lead (its first sentence that can stand alone): a brief is first about what
// happened, and a report states its main fact first.
const (
	eventPrior = 1.0
	leadPrior  = 1.0
)

// rank builds the sentence graph once per pack. A sentence that states a timeline entry carries
// that entry's fact as its facet, so two signings years apart are never taken for one point.
func (p *Pack) rank() *ranking {
	if p.ranked == nil {
		p.ranked = buildRanking(p.Extractions, p.texts(), p.facets())
	}
	return p.ranked
}

// facets names, for each sentence that states a timeline entry, the fact it states.
func (p *Pack) facets() map[sentRef]string {
	texts := p.texts()
	facets := map[sentRef]string{}
	for _, it := range factsOf(p.IncludedTimeline()) {
		for _, c := range it.entry.Entry.Citations {
			if t := texts[c.Source]; t != nil {
				if i := t.find(c.Text, c.Line); i >= 0 {
					facets[sentRef{c.Source, i}] = it.fact
				}
			}
		}
	}
	return facets
}

// maxRanked is how many sentences the ranking reads at most. A library bigger than that has each
// source's first sentences ranked (its lead, where a report states its main facts), an equal share
// each, so the cost stays bounded however many sources there are.
const maxRanked = 1500

// buildRanking ranks the sentences of the sources (all of them, up to maxRanked). It only reads its
// arguments, so it can run beside the pack's other work.
func buildRanking(xs []*briefing.Extraction, texts map[string]*sourceText, facets map[sentRef]string) *ranking {
	rk := &ranking{index: map[sentRef]int{}}
	var sents []summary.Sentence
	total := 0
	for _, x := range xs {
		total += len(texts[x.Source.ID].sents)
	}
	share := total
	if total > maxRanked {
		share = max(3, maxRanked/len(xs))
	}
	for _, x := range xs {
		t := texts[x.Source.ID]
		lead := true
		for i := range t.sents {
			if i >= share {
				break
			}
			ref := sentRef{x.Source.ID, i}
			rk.index[ref] = len(rk.refs)
			rk.refs = append(rk.refs, ref)
			s := summary.Sentence{Text: t.text(i), Folded: t.folds[i], Group: x.Source.ID, Facet: facets[ref], Prior: 1}
			if s.Facet != "" {
				s.Prior += eventPrior
			}
			if lead && pointable(t, i) { // the first that can stand alone
				s.Prior += leadPrior
				lead = false
			}
			sents = append(sents, s)
		}
	}
	rk.graph = summary.NewGraph(sents, summary.Options{})
	rk.scores = rk.graph.Scores()
	return rk
}

type factOf struct {
	entry TimelineItem
	fact  string
}

// factsOf names the fact each timeline entry states: its own key, except that entries on neighbouring
// days share one (a signing on Thursday announced on Friday is one event told twice, as the merge
// itself flags neighbouring days).
func factsOf(items []TimelineItem) []factOf {
	out := make([]factOf, len(items))
	var prev briefing.Date
	fact := ""
	for i, it := range items { // items are in date order
		d := it.Entry.Date
		if d.Precision != briefing.Day || prev.Precision != briefing.Day || d.Time().Sub(prev.Time()).Hours() > 24 {
			fact = it.Key
		}
		out[i] = factOf{it, fact}
		prev = d
	}
	return out
}

// KeyPoints returns the 3 to n sentences (n ≤ 0 means 5) that carry most of the sources, best first.
// Each signing the pack records is one of them — its most central sentence that stands alone (the
// latest signings first, leaving at least two places): a brief is about its agreements, and one
// source's report of a signing can be less central than what several say about another. The other
// places go by centrality: the sentences scoring above the average, never fewer than three in all
// when the sources have them, none repeating one chosen.
func (p *Pack) KeyPoints(n int) []KeyPoint {
	if n <= 0 {
		n = 5
	}
	rk := p.rank()
	if len(rk.refs) == 0 {
		return nil
	}
	texts := p.texts()
	keep := func(k int) bool { return rk.standsAlone(texts, k) }
	chosen := p.signingPoints(rk, texts, max(1, n-2), keep)
	mean := 1 / float64(len(rk.refs))
	var out []int
	for rank, k := range rk.graph.Extend(rk.scores, chosen, n, keep) {
		if rank >= max(3, len(chosen)) && rk.scores[k] < mean {
			break
		}
		out = append(out, k)
	}
	sort.SliceStable(out, func(a, b int) bool { return rk.scores[out[a]] > rk.scores[out[b]] })
	points := make([]KeyPoint, len(out))
	for i, k := range out {
		points[i] = rk.point(texts, k)
	}
	return points
}

// standsAlone caches pointable for ranked sentence k.
func (rk *ranking) standsAlone(texts map[string]*sourceText, k int) bool {
	if rk.pointable == nil {
		rk.pointable = make([]int8, len(rk.refs))
	}
	if rk.pointable[k] == 0 {
		ref := rk.refs[k]
		rk.pointable[k] = -1
		if pointable(texts[ref.src], ref.i) {
			rk.pointable[k] = 1
		}
	}
	return rk.pointable[k] > 0
}

// signingPoints chooses, for each signing (latest first, at most limit), the most central sentence
// of its evidence that stands alone and repeats no sentence chosen before.
func (p *Pack) signingPoints(rk *ranking, texts map[string]*sourceText, limit int, keep func(int) bool) []int {
	var chosen []int
	for i := len(p.Signings) - 1; i >= 0 && len(chosen) < limit; i-- {
		best := -1
		for _, it := range p.IncludedTimeline() {
			if it.Signing != p.Signings[i] {
				continue
			}
			for _, c := range it.Entry.Citations {
				t := texts[c.Source]
				if t == nil {
					continue
				}
				k, ok := rk.index[sentRef{c.Source, t.find(c.Text, c.Line)}]
				if ok && keep(k) && (best < 0 || rk.scores[k] > rk.scores[best]) {
					best = k
				}
			}
		}
		if best >= 0 && !repeatsAny(rk, chosen, best) {
			chosen = append(chosen, best)
		}
	}
	return chosen
}

func repeatsAny(rk *ranking, chosen []int, k int) bool {
	for _, c := range chosen {
		if c == k || rk.graph.Repeats(c, k) {
			return true
		}
	}
	return false
}

// point is sentence k with the sentences of other sources that repeat it.
func (rk *ranking) point(texts map[string]*sourceText, k int) KeyPoint {
	ref := rk.refs[k]
	t := texts[ref.src]
	kp := KeyPoint{Text: Curly(oneLine(t.text(ref.i))), Citations: []briefing.Citation{t.citation(ref.i)}}
	seen := map[string]bool{ref.src: true}
	for _, e := range rk.graph.Echoes(k) {
		er := rk.refs[e]
		if !seen[er.src] {
			seen[er.src] = true
			kp.Citations = append(kp.Citations, texts[er.src].citation(er.i))
		}
	}
	return kp
}

// score is the centrality of the sentence a citation points at (0 when it is not an article sentence
// the ranking read).
func (rk *ranking) score(texts map[string]*sourceText, c briefing.Citation) float64 {
	t := texts[c.Source]
	if t == nil {
		return 0
	}
	i := t.find(c.Text, c.Line)
	if i < 0 {
		return 0
	}
	k, ok := rk.index[sentRef{c.Source, i}]
	if !ok {
		return 0
	}
	return rk.scores[k]
}

// pointable reports whether sentence i can stand alone as a key point: a whole sentence of
// reasonable length, not leaning on the one before, not someone's quoted words, not a social post.
func pointable(t *sourceText, i int) bool {
	s := t.text(i)
	n := prose.CountWords(s)
	if n < 8 || n > 60 || foldedOpensWithReference(t.foldedSent(i)) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s, "”’\"')"))
	if last != '.' && last != '!' && last != '?' {
		return false
	}
	first, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(first) && !unicode.IsDigit(first) {
		return false
	}
	if strings.ContainsAny(s, "@#“\"") {
		return false
	}
	sp := t.sents[i]
	for _, q := range t.x.Quotes {
		for _, part := range q.Parts {
			if part.Offset < sp.end && part.Offset+len(part.Text) > sp.start {
				return false
			}
		}
	}
	return true
}
