// Package summary picks the sentences that carry a set of documents, by extractive centrality ranking
// in the LexRank manner (Erkan and Radev, 2004): each sentence is a TF-IDF vector of its folded,
// stemmed content words; sentences whose cosine similarity passes a threshold are joined in a graph;
// the stationary distribution of a random walk on that graph (power iteration with damping, as in
// PageRank) scores each sentence by how much of the rest of the text says the same.
//
// Nothing is generated: the result is a choice among the sentences given, which the caller shows
// verbatim. The ranking is deterministic — no randomness, no map-order dependence, ties broken by
// input order — so the same input always gives the same points.
package summary

import (
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/briefpack/briefpack/briefing/prose"
)

// Sentence is one candidate.
type Sentence struct {
	Text string
	// Group is where the sentence comes from (a source). Similarity between sentences of different
	// groups counts fully, within a group by Options.SameGroup: a point many sources state outranks one
	// a single source repeats.
	Group string
	// Facet separates sentences that look alike but state different facts (the date of the event a
	// sentence states): two sentences with different non-empty facets are never taken as repeats.
	Facet string
	// Folded, when set, is Text already folded (prose.Fold), so a caller that has it saves the work.
	Folded string
	// Prior weights where the random walk restarts (a biased LexRank): 0 or 1 is neutral; a caller
	// can favour sentences that state what a reader most needs (a dated event, a source's lead).
	Prior float64
}

// Options tune the ranking; the zero value means the defaults below.
type Options struct {
	Threshold  float64 // cosine below which two sentences are not linked (0.1)
	Damping    float64 // probability of following a link rather than jumping (0.85)
	SameGroup  float64 // weight of a link between sentences of the same group (0.3)
	Redundancy float64 // cosine at or above which a candidate repeats a chosen point (0.5)
	Echo       float64 // cosine at or above which another group's sentence states the same words (0.8)
	// MaxLinks keeps each sentence's strongest links only (64): a library of near-identical
	// sentences would otherwise make the graph, and each step of the walk, quadratic.
	MaxLinks int
}

func (o Options) withDefaults() Options {
	if o.Threshold == 0 {
		o.Threshold = 0.1
	}
	if o.Damping == 0 {
		o.Damping = 0.85
	}
	if o.SameGroup == 0 {
		o.SameGroup = 0.3
	}
	if o.Redundancy == 0 {
		o.Redundancy = 0.5
	}
	if o.Echo == 0 {
		o.Echo = 0.8
	}
	if o.MaxLinks == 0 {
		o.MaxLinks = 64
	}
	return o
}

// vector is a sparse TF-IDF vector: term ids in increasing order, weights, and the norm.
type vector struct {
	terms []int
	w     []float64
	norm  float64
}

// Graph holds the sentences' vectors and their links, so a caller can rank and then ask which
// sentences say the same as a chosen one.
type Graph struct {
	sents []Sentence
	vecs  []vector
	opts  Options
	// links[i] are the sentences linked to i, with their cosine, in increasing index order.
	links [][]link
}

type link struct {
	to  int
	cos float64
}

// NewGraph builds the similarity graph of sents. Pairs are found through an inverted index, never
// all n² of them; a term in more sentences than pairing is worth (more than 200, or a twentieth of
// a large text) still weighs in each vector but pairs no one, and each sentence keeps its
// Options.MaxLinks strongest links (a link either end keeps stays).
func NewGraph(sents []Sentence, o Options) *Graph {
	g := &Graph{sents: sents, opts: o.withDefaults()}
	var nterms int
	g.vecs, nterms = vectors(sents)
	postings := make([][]posting, nterms)
	for i, v := range g.vecs {
		for k, t := range v.terms {
			postings[t] = append(postings[t], posting{i, v.w[k]})
		}
	}
	maxDF := max(200, len(sents)/20)
	tops := make([]topLinks, len(sents)) // each sentence's strongest links so far
	for i := range tops {
		tops[i].max = g.opts.MaxLinks
	}
	dots := make([]float64, len(sents))
	var touched []int
	for i, v := range g.vecs {
		touched = touched[:0]
		for k, t := range v.terms {
			if len(postings[t]) > maxDF {
				continue
			}
			for _, pj := range postings[t] {
				if pj.sent <= i {
					continue
				}
				if dots[pj.sent] == 0 {
					touched = append(touched, pj.sent)
				}
				dots[pj.sent] += v.w[k] * pj.w
			}
		}
		sort.Ints(touched)
		for _, j := range touched {
			c := dots[j] / (v.norm * g.vecs[j].norm)
			dots[j] = 0
			if c >= g.opts.Threshold {
				tops[i].push(link{j, c})
				tops[j].push(link{i, c})
			}
		}
	}
	g.links = union(tops)
	return g
}

// topLinks holds a sentence's strongest links, at most max, as a min-heap (the weakest on top).
type topLinks struct {
	ls  []link
	max int
}

// weaker orders links by cosine, and a tie by the other sentence (the later one is weaker), so the
// links kept never depend on the order they come in.
func weaker(a, b link) bool { return a.cos < b.cos || a.cos == b.cos && a.to > b.to }

func (t *topLinks) push(l link) {
	if len(t.ls) < t.max {
		t.ls = append(t.ls, l)
		for k := len(t.ls) - 1; k > 0; { // sift up
			p := (k - 1) / 2
			if !weaker(t.ls[k], t.ls[p]) {
				break
			}
			t.ls[k], t.ls[p] = t.ls[p], t.ls[k]
			k = p
		}
		return
	}
	if !weaker(t.ls[0], l) {
		return
	}
	t.ls[0] = l
	for k := 0; ; { // sift down
		m := k
		for _, c := range []int{2*k + 1, 2*k + 2} {
			if c < len(t.ls) && weaker(t.ls[c], t.ls[m]) {
				m = c
			}
		}
		if m == k {
			break
		}
		t.ls[k], t.ls[m] = t.ls[m], t.ls[k]
		k = m
	}
}

// union makes the graph: a link either end kept, at both ends, each list in increasing order of the
// other sentence.
func union(tops []topLinks) [][]link {
	out := make([][]link, len(tops))
	for i, t := range tops {
		for _, l := range t.ls {
			out[i] = append(out[i], l)
			out[l.to] = append(out[l.to], link{i, l.cos})
		}
	}
	for i, ls := range out {
		// links with the same other end are equal (a link kept at both ends), so any sort gives
		// the same lists; slices.SortFunc is the cheapest
		slices.SortFunc(ls, func(a, b link) int { return a.to - b.to })
		kept := ls[:0]
		for k, l := range ls {
			if k == 0 || l.to != ls[k-1].to {
				kept = append(kept, l)
			}
		}
		out[i] = kept
	}
	return out
}

type posting struct {
	sent int
	w    float64
}

// vectors turns each sentence into TF-IDF weights over its stemmed content words, and returns how
// many distinct terms there are.
func vectors(sents []Sentence) ([]vector, int) {
	ids := map[string]int{}
	perSent := make([][]int, len(sents)) // each sentence's term ids, sorted, repeats kept
	var df []int
	for i, s := range sents {
		folded := s.Folded
		if folded == "" {
			folded = prose.Fold(s.Text)
		}
		var terms []int
		for rest := folded; rest != ""; {
			w := rest
			if k := strings.IndexByte(rest, ' '); k >= 0 {
				w, rest = rest[:k], rest[k+1:]
			} else {
				rest = ""
			}
			if len(w) < 2 || prose.IsStopword(w) {
				continue
			}
			st := prose.Stem(w)
			id, ok := ids[st]
			if !ok {
				id = len(ids)
				ids[st] = id
				df = append(df, 0)
			}
			terms = append(terms, id)
		}
		sort.Ints(terms)
		for k, t := range terms {
			if k == 0 || terms[k-1] != t {
				df[t]++
			}
		}
		perSent[i] = terms
	}
	n := float64(len(sents))
	out := make([]vector, len(sents))
	for i, terms := range perSent {
		var v vector
		for k := 0; k < len(terms); {
			t, tf := terms[k], 0
			for k < len(terms) && terms[k] == t {
				tf++
				k++
			}
			w := float64(tf) * math.Log(1+n/float64(df[t]))
			v.terms = append(v.terms, t)
			v.w = append(v.w, w)
			v.norm += w * w
		}
		v.norm = math.Sqrt(v.norm)
		if v.norm == 0 {
			v.norm = 1
		}
		out[i] = v
	}
	return out, len(ids)
}

// Similarity returns the cosine of sentences i and j (0 when not linked).
func (g *Graph) Similarity(i, j int) float64 {
	for _, l := range g.links[i] {
		if l.to == j {
			return l.cos
		}
	}
	return 0
}

// Scores returns each sentence's centrality: the stationary distribution of the damped random walk
// on the weighted graph (restarting by the sentences' priors), summing to 1.
func (g *Graph) Scores() []float64 {
	n := len(g.sents)
	if n == 0 {
		return nil
	}
	trans, jump := g.transitions(), g.restarts()
	p := make([]float64, n)
	copy(p, jump)
	next := make([]float64, n)
	d := g.opts.Damping
	for iter := 0; iter < 200; iter++ {
		dangling := 0.0
		for i := range p {
			if trans[i] == nil {
				dangling += p[i]
			}
		}
		for j := range next {
			next[j] = ((1 - d) + d*dangling) * jump[j]
		}
		for i, ls := range g.links {
			dp, tr := d*p[i], trans[i][:len(ls)] // d*p[i]*tr[k] is (d*p[i])*tr[k]: the same sums
			for k, l := range ls {
				next[l.to] += dp * tr[k]
			}
		}
		delta := 0.0
		for i := range p {
			delta += math.Abs(next[i] - p[i])
		}
		p, next = next, p
		if delta < 1e-7 { // far below any difference the top points turn on
			break
		}
	}
	return p
}

// transitions are the probabilities of following each link, by node (nil for a node with none).
func (g *Graph) transitions() [][]float64 {
	trans := make([][]float64, len(g.sents))
	for i, ls := range g.links {
		out := 0.0
		for _, l := range ls {
			out += g.edge(i, l)
		}
		if out == 0 {
			continue
		}
		trans[i] = make([]float64, len(ls))
		for k, l := range ls {
			trans[i][k] = g.edge(i, l) / out
		}
	}
	return trans
}

// restarts is the distribution the walk restarts from: the sentences' priors, normalised.
func (g *Graph) restarts() []float64 {
	jump := make([]float64, len(g.sents))
	total := 0.0
	for i, s := range g.sents {
		jump[i] = 1
		if s.Prior > 0 {
			jump[i] = s.Prior
		}
		total += jump[i]
	}
	for i := range jump {
		jump[i] /= total
	}
	return jump
}

func (g *Graph) edge(i int, l link) float64 {
	if g.sents[i].Group == g.sents[l.to].Group {
		return l.cos * g.opts.SameGroup
	}
	return l.cos
}

// Repeats reports whether sentence j says what sentence i says. Two sentences with facets state the
// same fact when their facets are equal and they are linked at all, and different facts otherwise;
// without facets, they must be similar enough (Options.Redundancy).
func (g *Graph) Repeats(i, j int) bool {
	fi, fj := g.sents[i].Facet, g.sents[j].Facet
	if fi != "" && fj != "" {
		return fi == fj && g.Similarity(i, j) > 0
	}
	return g.Similarity(i, j) >= g.opts.Redundancy
}

// Top returns up to n sentences, best first by score, skipping a sentence that repeats one already
// chosen (maximal marginal relevance with a hard cut). keep, when set, says which sentences may be
// chosen at all.
func (g *Graph) Top(scores []float64, n int, keep func(i int) bool) []int {
	return g.Extend(scores, nil, n, keep)
}

// Extend adds to the sentences already chosen (kept first, in their order) the best others, as Top
// chooses them, up to n in all.
func (g *Graph) Extend(scores []float64, chosen []int, n int, keep func(i int) bool) []int {
	order := make([]int, len(scores))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return scores[order[a]] > scores[order[b]] })
	chosen = append([]int(nil), chosen...)
	for _, i := range order {
		if len(chosen) == n {
			break
		}
		if keep != nil && !keep(i) {
			continue
		}
		repeat := false
		for _, c := range chosen {
			if c == i || g.Repeats(c, i) {
				repeat = true
				break
			}
		}
		if !repeat {
			chosen = append(chosen, i)
		}
	}
	return chosen
}

// Echoes returns the sentences of other groups that state what sentence i states, in input order:
// the other sources to cite with it. That is stricter than a repeat, since a citation says the source
// says it: the same fact (equal facets) in similar words (Options.Redundancy), or nearly the same
// words (Options.Echo) where a facet is missing; never a sentence stating another fact.
func (g *Graph) Echoes(i int) []int {
	var out []int
	for _, l := range g.links[i] {
		j := l.to
		if g.sents[j].Group == g.sents[i].Group {
			continue
		}
		fi, fj := g.sents[i].Facet, g.sents[j].Facet
		if fi != "" && fj != "" && fi == fj && l.cos >= g.opts.Redundancy || (fi == "" || fj == "") && l.cos >= g.opts.Echo {
			out = append(out, j)
		}
	}
	return out
}
