// Package lexicon holds every word list the engine decides with, in one place: one embedded file per
// list (lists/NAME.txt, one entry per line, "#" starts a comment), loaded once when first used.
//
// A list is vocabulary, not logic: to teach the engine a new reporting verb, honorific or furniture
// heading, add a line to its file. The calendar (month and weekday names) and number words, which map
// words to values, are in calendar.go.
package lexicon

import (
	"embed"
	"strings"
)

//go:embed lists/*.txt
var files embed.FS

// Set is a list of lower-case entries, for membership tests.
type Set map[string]bool

// Has reports whether w (lower case) is in the set.
func (s Set) Has(w string) bool { return s[w] }

// HasLower reports whether w in lower case (as strings.ToLower gives it) is in the set, allocating
// nothing for a short ASCII word.
func (s Set) HasLower(w string) bool { return LookupLower(s, w) }

// LookupLower returns m[strings.ToLower(w)]. A short ASCII word is lowered on the stack, so the
// common case allocates nothing.
func LookupLower[V any](m map[string]V, w string) V {
	var buf [24]byte
	if len(w) > len(buf) {
		return m[strings.ToLower(w)]
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return m[strings.ToLower(w)]
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return m[string(buf[:len(w)])]
}

// List is a list of entries in file order (phrases, prefixes), for scanning.
type List []string

// ContainedIn reports whether any entry is a substring of s.
func (l List) ContainedIn(s string) bool {
	for _, e := range l {
		if strings.Contains(s, e) {
			return true
		}
	}
	return false
}

// PrefixOf reports whether s starts with any entry.
func (l List) PrefixOf(s string) bool {
	for _, e := range l {
		if strings.HasPrefix(s, e) {
			return true
		}
	}
	return false
}

// Equal reports whether s is one of the entries.
func (l List) Equal(s string) bool {
	for _, e := range l {
		if s == e {
			return true
		}
	}
	return false
}

// entries reads lists/name.txt: one entry per line, without comments and surrounding space.
func entries(name string) []string {
	b, err := files.ReadFile("lists/" + name + ".txt")
	if err != nil {
		panic("lexicon: no list " + name) // a programming error: every name is a constant below
	}
	text := string(b)
	out := make([]string, 0, strings.Count(text, "\n"))
	for text != "" {
		line := text
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		if i := strings.Index(line, "#"); i >= 0 && (i == 0 || line[i-1] == ' ' || line[i-1] == '\t') {
			line = line[:i]
		}
		if line = strings.TrimSpace(line); line != "" {
			out = append(out, line)
		}
	}
	return out
}

// set loads the named list as a Set.
func set(name string) Set {
	es := entries(name)
	s := make(Set, len(es))
	for _, e := range es {
		s[e] = true
	}
	return s
}

// list loads the named list in file order.
func list(name string) List { return List(entries(name)) }

// Union returns a set of every entry of the given sets.
func Union(sets ...Set) Set {
	n := 0
	for _, s := range sets {
		n += len(s)
	}
	out := make(Set, n)
	for _, s := range sets {
		for k := range s {
			out[k] = true
		}
	}
	return out
}
