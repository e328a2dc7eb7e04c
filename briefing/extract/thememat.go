package extract

import (
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/prose"
)

// Theme phrases are matched word by word on stems (the Snowball English stemmer), so a phrase matches
// the inflections of its words ("standard" finds "standards", "verify" finds "verified"); a hyphenated
// word counts as its parts, so "open-source" finds "open source" and "cloud" finds "cloud-hosted";
// accents are folded away. A stemmer also joins words that only look related ("training" and
// "train", "secondment" and "second", "vulnerability" and "vulnerable"), so a word of the text
// matches a phrase's word only when it is at most one letter shorter than it: the phrase's word or
// a longer form of it, not the bare word it was made from.

// unit is one word of a sentence as the matcher sees it: a token, or a part of a hyphenated token.
type unit struct {
	low        string // lower case, accents folded; "" for punctuation, which breaks a phrase
	stem       string // computed on first use
	stemmed    bool
	capital    bool // written with a capital
	start, end int  // byte offsets in the sentence
}

func (u *unit) stemOf() string {
	if !u.stemmed {
		u.stem, u.stemmed = stemWord(u.low), true
	}
	return u.stem
}

// stemWord stems a folded, lower-case word; web addresses and numbers stay as they are. Stems are
// kept once made: only words that may start a phrase are stemmed, and a job's vocabulary of them is
// small.
func stemWord(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c == '.' || c == '/' || c == '@' || c >= '0' && c <= '9' {
			return w
		}
	}
	stems.Lock()
	s, ok := stems.m[w]
	stems.Unlock()
	if ok {
		return s
	}
	s = stemEnglish(w)
	stems.Lock()
	if stems.m == nil {
		stems.m = make(map[string]string, 512) // the built-in themes' words and a job's share of others
	}
	stems.m[strings.Clone(w)] = s
	stems.Unlock()
	return s
}

// stems holds the stems made so far, by word.
var stems struct {
	sync.Mutex
	m map[string]string
}

// foldAccents removes accents ("Māori" → "Maori", "café" → "cafe") through Unicode decomposition.
// Most words have no letter beyond ASCII (a curly apostrophe is no letter), and are returned as they
// are without a transformer.
func foldAccents(s string) string {
	ascii := true
	for i := 0; i < len(s) && ascii; i++ {
		ascii = s[i] < utf8.RuneSelf
	}
	if ascii {
		return s
	}
	for _, r := range s {
		if r >= 0xC0 && unicode.IsLetter(r) {
			if f, ok := folded.Load(s); ok {
				return f.(string)
			}
			t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
			out, _, err := transform.String(t, s)
			if err != nil {
				out = s
			}
			folded.Store(strings.Clone(s), out)
			return out
		}
	}
	return s
}

var folded sync.Map // word with accents → word without

// appendUnits appends the units of toks (offsets relative to the text they came from) to us.
func appendUnits(us []unit, toks []prose.Token) []unit {
	for _, tk := range toks {
		switch tk.Kind {
		case prose.Word:
			low := foldAccents(tk.Lower())
			if !strings.Contains(low, "-") || len(low) != len(tk.Text) {
				us = append(us, unit{low: low, capital: tk.IsCap(), start: tk.Start, end: tk.End})
				continue
			}
			at := tk.Start
			for rest := low; ; {
				part, after, more := strings.Cut(rest, "-")
				if part != "" {
					r, _ := utf8.DecodeRuneInString(tk.Text[at-tk.Start:])
					us = append(us, unit{low: part, capital: unicode.IsUpper(r), start: at, end: at + len(part)})
				}
				at += len(part) + 1
				if !more {
					break
				}
				rest = after
			}
		case prose.Number, prose.URL:
			us = append(us, unit{low: tk.Lower(), stem: tk.Lower(), stemmed: true, start: tk.Start, end: tk.End})
		default:
			us = append(us, unit{})
		}
	}
	return us
}

// themeMatcher finds theme phrases in a sentence's units.
type themeMatcher struct {
	byFirst map[string]*phraseGroup // first word's stem → the phrases that start with it
	keys    map[string]bool         // the first letters (up to four) of every first stem
	pairs   [1 << 16 / 64]uint64    // the first two bytes of every first stem, as bits: the quickest test
}

// phraseGroup holds the phrases that start with one stem: those of one word, and the longer ones by
// the stem of their second word, so a common first word ("data") costs one look-up, not one per phrase.
type phraseGroup struct {
	single   []phrase
	bySecond map[string][]phrase
}

func stemPair(w string) uint16 { return uint16(w[0])<<8 | uint16(w[1]) }

// phrase is one theme phrase as words to match.
type phrase struct {
	theme int
	text  string
	words []phraseWord
	lower bool // written in lower case: a common noun phrase, not a name
}

type phraseWord struct {
	stem  string
	runes int // length of the phrase's word: a text word must be at most one shorter
}

func newThemeMatcher(themes []Theme) *themeMatcher {
	n := 0
	for _, t := range themes {
		n += len(t.Phrases)
	}
	m := &themeMatcher{byFirst: make(map[string]*phraseGroup, n), keys: make(map[string]bool, n)}
	for ti, t := range themes {
		for _, p := range t.Phrases {
			us := appendUnits(nil, prose.Tokenize(p))
			var words []phraseWord
			for i := range us {
				if us[i].low == "" {
					continue
				}
				words = append(words, phraseWord{us[i].stemOf(), utf8.RuneCountInString(us[i].low)})
			}
			if len(words) == 0 {
				continue
			}
			first := words[0].stem
			g := m.byFirst[first]
			if g == nil {
				g = &phraseGroup{bySecond: map[string][]phrase{}}
				m.byFirst[first] = g
			}
			ph := phrase{ti, p, words, strings.ToLower(p) == p}
			if len(words) == 1 {
				g.single = append(g.single, ph)
			} else {
				g.bySecond[words[1].stem] = append(g.bySecond[words[1].stem], ph)
			}
			m.keys[stemKey(first)] = true
			if len(first) >= 2 {
				p := stemPair(first)
				m.pairs[p/64] |= 1 << (p % 64)
			}
		}
	}
	return m
}

// stemKey is the first four bytes of a word (all of a shorter one): a stem starts as its word does.
func stemKey(w string) string {
	if len(w) > 4 {
		return w[:4]
	}
	return w
}

// shortKey: a word that starts with a stem shorter than a key ("api" → "apis", "ai").
func (m *themeMatcher) shortKey(w string) bool {
	for n := 2; n < 4 && n < len(w); n++ {
		if m.keys[w[:n]] {
			return true
		}
	}
	return false
}

// matchAt returns the phrases that start at unit i.
func (m *themeMatcher) matchAt(us []unit, i int, fn func(p *phrase, end int)) {
	u := &us[i]
	if len(u.low) < 2 {
		return
	}
	if p := stemPair(u.low); m.pairs[p/64]&(1<<(p%64)) == 0 || !m.keys[stemKey(u.low)] && !m.shortKey(u.low) {
		return
	}
	g := m.byFirst[u.stemOf()]
	if g == nil {
		return
	}
	try := func(ps []phrase) {
		for k := range ps {
			p := &ps[k]
			if end, ok := wordsAt(us, i, p.words); ok && !(p.lower && len(p.words) > 1 && inCapitalisedName(us, i, end)) {
				fn(p, end)
			}
		}
	}
	try(g.single)
	if i+1 < len(us) && us[i+1].low != "" && len(g.bySecond) > 0 {
		try(g.bySecond[us[i+1].stemOf()])
	}
}

// inCapitalisedName: the units i..end are all capitalised and do not open the sentence — a name ("the
// Government Digital Service"), which a phrase in lower case ("digital service") does not mean.
func inCapitalisedName(us []unit, i, end int) bool {
	if i == 0 {
		return false
	}
	for j := i; j <= end; j++ {
		if !us[j].capital {
			return false
		}
	}
	return true
}

// wordsAt reports whether the phrase's words are the units from i on, and the last unit's index.
func wordsAt(us []unit, i int, words []phraseWord) (int, bool) {
	for k, w := range words {
		j := i + k
		if j >= len(us) || us[j].low == "" || us[j].stemOf() != w.stem || utf8.RuneCountInString(us[j].low) < w.runes-1 {
			return 0, false
		}
	}
	return i + len(words) - 1, true
}

// matcherCache keeps the matchers of the last few theme sets, since every source of a job uses the
// same themes. A set is found by comparing ids and phrases, which costs no allocation (the strings of
// one job's themes are the same strings, so each comparison is a pointer check).
var matcherCache struct {
	sync.Mutex
	entries []cachedMatcher
}

type cachedMatcher struct {
	themes []Theme // a private copy: the caller may edit its slice later
	m      *themeMatcher
}

func matcherFor(themes []Theme) *themeMatcher {
	matcherCache.Lock()
	defer matcherCache.Unlock()
	for _, e := range matcherCache.entries {
		if sameThemes(e.themes, themes) {
			return e.m
		}
	}
	own := make([]Theme, len(themes))
	for i, t := range themes {
		own[i] = Theme{ID: t.ID, Name: t.Name, Phrases: append([]string(nil), t.Phrases...)}
	}
	m := newThemeMatcher(own)
	if len(matcherCache.entries) >= 8 {
		matcherCache.entries = matcherCache.entries[1:]
	}
	matcherCache.entries = append(matcherCache.entries, cachedMatcher{own, m})
	return m
}

func sameThemes(a, b []Theme) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].ID != b[i].ID || len(a[i].Phrases) != len(b[i].Phrases) {
			return false
		}
		for j := range a[i].Phrases {
			if a[i].Phrases[j] != b[i].Phrases[j] {
				return false
			}
		}
	}
	return true
}

// findThemes collects, per theme, the sentences of the source that use one of its phrases; each hit's
// evidence is the whole sentence.
func findThemes(d *doc, themes []Theme) []briefing.ThemeHit {
	m := matcherFor(themes)
	hits := make([]briefing.ThemeHit, len(themes))
	last := make([]int, len(themes)) // the last sentence cited for each theme, +1
	for i := range themes {
		hits[i].Theme = themes[i].ID
	}
	var us []unit // reused across sentences
	for si, s := range d.sents {
		us = appendUnits(us[:0], s.toks)
		for i := range us {
			m.matchAt(us, i, func(p *phrase, _ int) {
				h := &hits[p.theme]
				if !containsString(h.Phrases, p.text) {
					h.Phrases = append(h.Phrases, p.text)
				}
				if last[p.theme] != si+1 {
					last[p.theme] = si + 1
					h.Evidence = append(h.Evidence, briefing.Evidence{Text: s.text, Line: d.src.LineAt(s.start), Offset: s.start})
				}
			})
		}
	}
	var out []briefing.ThemeHit
	for _, h := range hits {
		if len(h.Evidence) > 0 {
			sort.Strings(h.Phrases)
			out = append(out, h)
		}
	}
	return out
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// PhraseHit is a theme phrase found in a text, with byte offsets into it.
type PhraseHit struct {
	Start, End int
	Theme      string // theme id
}

// FindThemePhrases finds the theme phrases in s (for highlighting in the app): at each word the first
// phrase that starts there, then on after it.
func FindThemePhrases(s string, themes []Theme) []PhraseHit {
	m := matcherFor(themes)
	us := appendUnits(nil, prose.Tokenize(s))
	var out []PhraseHit
	for i := 0; i < len(us); i++ {
		found := -1
		m.matchAt(us, i, func(p *phrase, end int) {
			if found < 0 {
				found = end
				out = append(out, PhraseHit{Start: us[i].start, End: us[end].end, Theme: themes[p.theme].ID})
			}
		})
		if found >= 0 {
			i = found
		}
	}
	return out
}
