package extract

import (
	"fmt"
	"sort"
	"strings"
	"sync"

	"gopkg.in/yaml.v2"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/fileio"
	"github.com/briefpack/briefpack/briefing/prose"
)

// Theme is a topic a pack can be organised by, and the phrases that signal it.
type Theme struct {
	ID      string   `yaml:"id" json:"id"`
	Name    string   `yaml:"name" json:"name"`
	Phrases []string `yaml:"phrases" json:"phrases"`
}

// DefaultThemes returns the seven built-in themes of digital-government briefings.
func DefaultThemes() []Theme {
	return []Theme{
		{"digital-academies", "Digital academies and skills", []string{
			"digital academy", "digital academies", "digital skills", "skills", "upskilling", "reskilling",
			"training", "capability building", "build capabilities", "building capabilities", "civil service academy",
			"talent", "secondment", "exchange of officers", "curriculum", "digital capability", "digital capabilities"}},
		{"digital-identity", "Digital identity", []string{
			"digital identity", "digital identities", "digital id", "eid", "e-identity", "identity verification",
			"identity assurance", "one login", "trust framework", "mutual recognition", "verifiable credentials",
			"digital wallet", "authentication", "national identity"}},
		{"open-standards", "Open standards, open data and open source", []string{
			"open standards", "open standard", "open data", "open source", "open-source", "interoperability",
			"interoperable", "open government", "international standards", "common standards", "technical standards", "api", "apis"}},
		{"data-security", "Data security and cyber security", []string{
			"data security", "data protection", "cyber security", "cybersecurity", "cyber", "information assurance",
			"security regime", "privacy", "data breach", "cyber resilience", "security standards"}},
		{"cloud", "Cloud and infrastructure", []string{
			"cloud", "cloud-first", "hosting", "data centre", "data center", "cloud infrastructure", "hyperscale"}},
		{"data-ai", "Data and AI", []string{
			"artificial intelligence", "ai", "machine learning", "data science", "analytics", "use of data",
			"data-driven", "generative ai", "algorithm", "automation", "data sharing"}},
		{"digital-services", "Digital services and life events", []string{
			"life event", "life events", "service design", "user research", "user needs", "user-centred",
			"user-centered", "personalisation", "personalization", "one-stop", "gov.uk", "service standard",
			"digital public services"}},
	}
}

// ThemeFile is a user's theme file: it adds themes and edits the phrases of existing ones.
//
//	themes:
//	  - id: trade                 # a new theme
//	    name: Trade and investment
//	    phrases: [free trade agreement, investment]
//	  - id: cloud                 # edit a built-in theme
//	    add: [hyperscale]
//	    remove: [hosting]
type ThemeFile struct {
	Themes []struct {
		ID      string   `yaml:"id"`
		Name    string   `yaml:"name"`
		Phrases []string `yaml:"phrases"`
		Add     []string `yaml:"add"`
		Remove  []string `yaml:"remove"`
	} `yaml:"themes"`
}

var reThemeID = lazyRegexp(`^[a-z0-9][a-z0-9-]{0,40}$`)

// LoadThemes reads a theme file and applies it to base. Errors name the file and, where YAML says, the
// line.
func LoadThemes(path string, base []Theme) ([]Theme, error) {
	b, err := fileio.ReadFile(path)
	if err != nil {
		return nil, err // names the file
	}
	return ApplyThemeFile(path, b, base)
}

// ApplyThemeFile applies the theme file contents b (named name in errors) to base.
func ApplyThemeFile(name string, b []byte, base []Theme) ([]Theme, error) {
	var f ThemeFile
	if err := yaml.UnmarshalStrict(b, &f); err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	out := append([]Theme(nil), base...)
	for i := range out {
		out[i].Phrases = append([]string(nil), out[i].Phrases...)
	}
	for n, t := range f.Themes {
		if !reThemeID().MatchString(t.ID) {
			return nil, fmt.Errorf("%s: theme %d: id %q must be lower-case letters, digits and hyphens", name, n+1, t.ID)
		}
		at := -1
		for i := range out {
			if out[i].ID == t.ID {
				at = i
			}
		}
		if at < 0 {
			if len(t.Phrases)+len(t.Add) == 0 {
				return nil, fmt.Errorf("%s: new theme %q has no phrases", name, t.ID)
			}
			out = append(out, Theme{ID: t.ID, Name: t.Name})
			at = len(out) - 1
			if out[at].Name == "" {
				out[at].Name = t.ID
			}
		}
		th := &out[at]
		if t.Name != "" {
			th.Name = t.Name
		}
		if t.Phrases != nil {
			th.Phrases = append([]string(nil), t.Phrases...)
		}
		th.Phrases = append(th.Phrases, t.Add...)
		if len(t.Remove) > 0 {
			rm := map[string]bool{}
			for _, r := range t.Remove {
				rm[strings.ToLower(strings.TrimSpace(r))] = true
			}
			kept := th.Phrases[:0]
			for _, p := range th.Phrases {
				if !rm[strings.ToLower(strings.TrimSpace(p))] {
					kept = append(kept, p)
				}
			}
			th.Phrases = kept
		}
	}
	return out, nil
}

// singular folds an English plural to its singular ("identities" → "identity", "standards" →
// "standard"), so a theme phrase matches both numbers but not other forms of a word ("hosting" must not
// match "hosted").
func singular(w string) string {
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case len(w) > 4 && (strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "xes")):
		return w[:len(w)-2]
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return w[:len(w)-1]
	}
	return w
}

// themeMatcher finds theme phrases in token streams by their singular forms.
type themeMatcher struct {
	byFirst map[string][]phrase
}

type phrase struct {
	theme int
	text  string
	stems []string
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

// defaultThemes is the built-in set Extract uses when none is given, made once.
var defaultThemes = sync.OnceValue(DefaultThemes)

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

func newThemeMatcher(themes []Theme) *themeMatcher {
	m := &themeMatcher{byFirst: map[string][]phrase{}}
	for ti, t := range themes {
		for _, p := range t.Phrases {
			var stems []string
			for _, tk := range prose.Tokenize(p) {
				if tk.Kind == prose.Word || tk.Kind == prose.Number || tk.Kind == prose.URL {
					stems = append(stems, singular(tk.Lower()))
				}
			}
			if len(stems) == 0 {
				continue
			}
			m.byFirst[stems[0]] = append(m.byFirst[stems[0]], phrase{ti, p, stems})
		}
	}
	return m
}

// findThemes collects, per theme, the sentences of the source that use one of its phrases.
func findThemes(d *doc, themes []Theme) []briefing.ThemeHit {
	m := matcherFor(themes)
	hits := make([]briefing.ThemeHit, len(themes))
	seen := make([]map[int]bool, len(themes))
	for i := range themes {
		hits[i].Theme = themes[i].ID
		seen[i] = map[int]bool{}
	}
	var stems []string // reused across sentences
	for _, s := range d.sents {
		toks := s.toks
		stems = stems[:0]
		for range toks {
			stems = append(stems, "")
		}
		for i, tk := range toks {
			if tk.Kind == prose.Word || tk.Kind == prose.Number || tk.Kind == prose.URL {
				stems[i] = singular(tk.Lower())
			}
		}
		for i := range toks {
			for _, p := range m.byFirst[stems[i]] {
				if !matchAt(stems, i, p.stems) {
					continue
				}
				h := &hits[p.theme]
				if !containsString(h.Phrases, p.text) {
					h.Phrases = append(h.Phrases, p.text)
				}
				if !seen[p.theme][s.start] {
					seen[p.theme][s.start] = true
					h.Evidence = append(h.Evidence, briefing.Evidence{Text: s.text, Line: d.src.LineAt(s.start), Offset: s.start})
				}
			}
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

func matchAt(stems []string, i int, want []string) bool {
	k := 0
	for j := i; j < len(stems) && k < len(want); j++ {
		if stems[j] == "" { // punctuation inside a phrase ("open-source", "digital, data") breaks it
			return false
		}
		if stems[j] != want[k] {
			return false
		}
		k++
	}
	return k == len(want)
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

// FindThemePhrases finds the theme phrases in s (for highlighting in the app).
func FindThemePhrases(s string, themes []Theme) []PhraseHit {
	m := matcherFor(themes)
	toks := prose.Tokenize(s)
	stems := make([]string, len(toks))
	for i, tk := range toks {
		if tk.Kind == prose.Word || tk.Kind == prose.Number || tk.Kind == prose.URL {
			stems[i] = singular(tk.Lower())
		}
	}
	var out []PhraseHit
	for i := 0; i < len(toks); i++ {
		for _, p := range m.byFirst[stems[i]] {
			if matchAt(stems, i, p.stems) {
				out = append(out, PhraseHit{Start: toks[i].Start, End: toks[i+len(p.stems)-1].End, Theme: themes[p.theme].ID})
				break
			}
		}
	}
	return out
}
