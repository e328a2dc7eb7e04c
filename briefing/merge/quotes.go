package merge

import (
	"sort"
	"strings"
	"unicode"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/lexicon"
	"github.com/briefpack/briefpack/briefing/prose"
)

// folder folds quotations for comparison: case, punctuation and spelling-out aside ("Memorandum of
// Understanding" and "MoU" compare equal once any source, or the common list, defines the one as the
// other).
type folder struct{ long, short []string }

func newFolder(xs []*briefing.Extraction) *folder {
	f := &folder{}
	seen := map[string]bool{}
	add := func(short, long string) {
		l, s := " "+prose.Fold(long)+" ", " "+prose.Fold(short)+" "
		if strings.Count(l, " ") > 2 && !seen[l] && strings.TrimSpace(s) != "" {
			seen[l] = true
			f.long, f.short = append(f.long, l), append(f.short, s)
		}
	}
	for _, x := range xs {
		for _, a := range x.Abbreviations {
			add(a.Short, a.Long)
		}
	}
	for _, line := range lexicon.CommonAbbreviations {
		if short, long, ok := strings.Cut(line, "|"); ok {
			add(short, long)
		}
	}
	return f
}

func (f *folder) fold(s string) string {
	out := " " + prose.Fold(s) + " "
	for i, l := range f.long {
		if strings.Contains(out, l) {
			out = strings.ReplaceAll(out, l, f.short[i])
		}
	}
	return strings.TrimSpace(out)
}

// sentenceKeys are the folded sentences of a quotation with at least five words; two quotations that
// share one are candidates for being the same words.
func (f *folder) sentenceKeys(text string) []string {
	var out []string
	for _, sp := range prose.Sentences(text) {
		k := f.fold(text[sp.Start:sp.End])
		if strings.Count(k, " ") >= 4 {
			out = append(out, k)
		}
	}
	return out
}

type quotation struct {
	briefing.Quotation
	fold     string
	sents    []string
	variants map[string]bool
}

// sameWords reports whether two folded quotations are the same words: one contains the other (a
// sentence more or less), or most sentences of the shorter appear in the longer.
func sameWords(a, b string, as, bs []string) bool {
	if a == b || strings.Contains(a, b) && len(b) >= 20 || strings.Contains(b, a) && len(a) >= 20 {
		return true
	}
	short, long := as, b
	if len(bs) < len(as) {
		short, long = bs, a
	}
	if len(short) == 0 {
		return false
	}
	n := 0
	for _, s := range short {
		if strings.Contains(long, s) {
			n++
		}
	}
	return n*2 > len(short) || n >= 2
}

// compatibleSpeakers reports whether two attributions can name the same speaker: equal, one empty,
// or one name inside the other ("Kok" and "Kok Ping Soon", "FCO" expanded or not).
func compatibleSpeakers(a, b string) bool {
	fa, fb := prose.Fold(a), prose.Fold(b)
	if fa == "" || fb == "" || fa == fb {
		return true
	}
	return strings.Contains(" "+fa+" ", " "+lastWord(fb)+" ") || strings.Contains(" "+fb+" ", " "+lastWord(fa)+" ")
}

func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// Quotations merges the quotes of every extraction: the same words in several sources become one
// quotation listing every source, its fullest wording as the text and the other wordings as variants.
func Quotations(xs []*briefing.Extraction) []briefing.Quotation {
	var list []*quotation
	bySentence := map[string][]*quotation{}
	fo := newFolder(xs)
	for _, x := range xs {
		id := x.Source.ID
		for _, q := range x.Quotes {
			f := fo.fold(q.Text)
			ss := fo.sentenceKeys(q.Text)
			var match *quotation
			cands := map[*quotation]bool{}
			for _, s := range ss {
				for _, c := range bySentence[s] {
					cands[c] = true
				}
			}
			// containment of a short quote without a full sentence in common: scan (rare, short)
			if len(ss) == 0 {
				for _, c := range list {
					cands[c] = true
				}
			}
			for _, c := range list { // keep the first matching in input order
				if cands[c] && compatibleSpeakers(c.Speaker, q.Speaker) && sameWords(c.fold, f, c.sents, ss) {
					match = c
					break
				}
			}
			cit := briefing.Citation{Source: id, Line: q.Line, Text: q.Text}
			if match == nil {
				match = &quotation{fold: f, sents: ss, variants: map[string]bool{}}
				match.Text, match.Speaker, match.Role = q.Text, q.Speaker, q.Role
				list = append(list, match)
				for _, s := range ss {
					bySentence[s] = append(bySentence[s], match)
				}
			} else {
				match.variants[q.Text] = true
				if len(f) > len(match.fold) { // the fullest wording leads
					match.variants[match.Text] = true
					match.Text, match.fold = q.Text, f
					for _, s := range ss {
						bySentence[s] = append(bySentence[s], match)
					}
					match.sents = ss
				}
				if len(q.Speaker) > len(match.Speaker) {
					match.Speaker = q.Speaker
				}
				if match.Role == "" || len(q.Role) > len(match.Role) && q.Role != "" {
					match.Role = q.Role
				}
			}
			if !contains(match.Sources, id) {
				match.Sources = append(match.Sources, id)
			}
			match.Citations = append(match.Citations, cit)
		}
	}
	out := make([]briefing.Quotation, 0, len(list))
	for _, q := range list {
		delete(q.variants, q.Text)
		for v := range q.variants {
			q.Variants = append(q.Variants, v)
		}
		sort.Strings(q.Variants)
		out = append(out, q.Quotation)
	}
	return out
}

// People merges the people of every extraction into one who's who: the same name (ignoring case,
// titles and accents of punctuation) is one person. The role shown is the one most sources state.
func People(xs []*briefing.Extraction) []briefing.PersonEntry {
	var list []*mergedPerson
	byName := map[string]*mergedPerson{}
	for _, x := range xs {
		for _, p := range x.People {
			key := prose.Fold(p.Name)
			pe := byName[key]
			if pe == nil {
				pe = &mergedPerson{count: map[string]int{}, seen: map[string]int{}}
				pe.Name = p.Name
				byName[key] = pe
				list = append(list, pe)
			}
			pe.add(x.Source.ID, p)
		}
	}
	out := make([]briefing.PersonEntry, 0, len(list))
	for _, pe := range list {
		pe.Role = pe.mostStated()
		sort.SliceStable(pe.Stated, func(a, b int) bool { return pe.Stated[b].AsOf.Before(pe.Stated[a].AsOf) })
		out = append(out, pe.PersonEntry)
	}
	return out
}

// mergedPerson is a person of the who's who while the sources are read.
type mergedPerson struct {
	briefing.PersonEntry
	count map[string]int // by roleKey
	seen  map[string]int // by folded wording: index in Roles
}

// add takes one source's mention of the person: the source, its roles and where it states them.
func (pe *mergedPerson) add(src string, p briefing.Person) {
	if !contains(pe.Sources, src) {
		pe.Sources = append(pe.Sources, src)
		pe.Citations = append(pe.Citations, briefing.Citation{Source: src, Line: p.Line, Text: p.Name})
	}
	if pe.Honorific == "" {
		pe.Honorific = p.Honorific
	}
	pe.Stated = append(pe.Stated, p.Stated...)
	roles := p.Roles
	if len(roles) == 0 && p.Role != "" {
		roles = []string{p.Role}
	}
	for _, r := range roles {
		k := roleKey(r)
		if k == "" {
			continue
		}
		pe.count[k]++
		f := prose.Fold(r)
		if at, ok := pe.seen[f]; !ok { // every distinct wording, for the app and the appendix
			pe.seen[f] = len(pe.Roles)
			pe.Roles = append(pe.Roles, r)
		} else if startsUpper(r) && !startsUpper(pe.Roles[at]) {
			pe.Roles[at] = r // "Chief Executive of X" reads better than "chief executive of X"
		}
	}
}

// mostStated is the role most sources state, capitalised wordings and then longer ones first.
func (pe *mergedPerson) mostStated() string {
	best := ""
	for _, r := range pe.Roles {
		k, b := roleKey(r), roleKey(best)
		switch {
		case best == "" || pe.count[k] > pe.count[b]:
			best = r
		case pe.count[k] == pe.count[b] && startsUpper(r) != startsUpper(best):
			if startsUpper(r) {
				best = r
			}
		case pe.count[k] == pe.count[b] && len(r) > len(best):
			best = r
		}
	}
	return best
}

var possessives = strings.NewReplacer("’s ", " ", "'s ", " ")

// roleKey compares roles by their words, ignoring case, order, possessives and filler: "Director
// General of UK GDS" and "director general of GDS U.K." are one role.
func roleKey(r string) string {
	var words []string
	for _, w := range strings.Fields(prose.Fold(possessives.Replace(r + " "))) {
		switch w {
		case "the", "of", "for", "and", "a", "an":
			continue
		}
		words = append(words, w)
	}
	sort.Strings(words)
	return strings.Join(words, " ")
}

func startsUpper(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}
