package extract

import (
	"fmt"
	"strings"
	"sync"

	"github.com/briefpack/briefpack/briefing/fileio"
	"github.com/briefpack/briefpack/briefing/lexicon"
)

// Theme is a topic a pack can be organised by, and the phrases that signal it.
type Theme struct {
	ID      string   `yaml:"id" json:"id"`
	Name    string   `yaml:"name" json:"name"`
	Phrases []string `yaml:"phrases" json:"phrases"`
}

// DefaultThemes returns the seven built-in themes of digital-government briefings: the lexicon's data
// file (lexicon/themes/default.yaml), as its generated table holds it. Each call gets its own copy,
// free to change.
func DefaultThemes() []Theme {
	base := builtInThemes()
	out := make([]Theme, len(base))
	for i, th := range base {
		th.Phrases = append([]string(nil), th.Phrases...)
		out[i] = th
	}
	return out
}

// builtInThemes is the built-in set, shared and read-only (Extract uses it when given no themes);
// DefaultThemes hands out copies. It is what ApplyThemeFile makes of the built-in file (the tests
// hold the two to each other), without the YAML parsed on every run.
var builtInThemes = sync.OnceValue(func() []Theme {
	out := make([]Theme, len(lexicon.BuiltInThemes))
	for i, t := range lexicon.BuiltInThemes {
		out[i] = Theme{ID: t.ID, Name: t.Name, Phrases: t.Phrases}
	}
	return out
})

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
	Themes []themeEntry
}

// themeEntry is one theme of a theme file.
type themeEntry struct {
	ID, Name             string
	Phrases, Add, Remove []string
	hasPhrases           bool // "phrases:" given (even empty), so it replaces the built-in list
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
	if err := decodeThemeFile(b, &f); err != nil {
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
		if t.hasPhrases {
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
