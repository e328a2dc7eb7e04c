// Package lexicon holds every word list the engine decides with, in one place: one file per list
// (lists/NAME.txt, one entry per line, "#" starts a comment).
//
// A list is vocabulary, not logic: to teach the engine a new reporting verb, honorific or furniture
// heading, add a line to its file, then run go generate ./briefing/lexicon, which writes the files
// into lists_gen.go (and the built-in themes into themes_gen.go), so that a run reads no text to
// have its words; the tests fail while a generated table differs from its files. The calendar
// (month and weekday names) and number words, which map words to values, are in calendar.go.
package lexicon

//go:generate go run ../../internal/tools/genlexicon

import "strings"

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

// generatedList is one list file's entries, as lists_gen.go holds them.
type generatedList struct {
	name    string
	entries []string
}

// entries returns the entries of lists/name.txt, from the generated table (shared: not to be changed).
func entries(name string) []string {
	lo, hi := 0, len(generatedLists)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if generatedLists[m].name < name {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == len(generatedLists) || generatedLists[lo].name != name {
		panic("lexicon: no list " + name + " (run go generate ./briefing/lexicon)") // a programming error
	}
	return generatedLists[lo].entries
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
