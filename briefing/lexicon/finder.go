package lexicon

import "strings"

// Finder reports whether a text holds any of a fixed set of substrings, exactly as calling
// strings.Contains for each of them would, but faster: each substring is looked for only where its
// rarest byte stands in the text (a letter such as "k" or "v" in "cookie" or "privacy", found with
// strings.IndexByte), instead of being compared at every place where its first byte does.
type Finder struct {
	groups []anchorGroup // one per rarest byte
	empty  bool          // "" is one of the substrings: every text holds it
}

// anchorGroup holds the substrings whose rarest byte is b.
type anchorGroup struct {
	b      byte
	needle []anchored
}

// anchored is a substring and the index of its rarest byte in it.
type anchored struct {
	s  string
	at int
}

// NewFinder makes a Finder for the substrings.
func NewFinder(substrings ...string) *Finder {
	f := &Finder{}
	for _, s := range substrings {
		if s == "" {
			f.empty = true
			continue
		}
		at := 0
		for i := 1; i < len(s); i++ {
			if byteRanks[s[i]] < byteRanks[s[at]] {
				at = i
			}
		}
		k := 0
		for k < len(f.groups) && f.groups[k].b != s[at] {
			k++
		}
		if k == len(f.groups) {
			f.groups = append(f.groups, anchorGroup{b: s[at]})
		}
		f.groups[k].needle = append(f.groups[k].needle, anchored{s, at})
	}
	return f
}

// In reports whether text holds any of the Finder's substrings.
func (f *Finder) In(text string) bool {
	if f.empty {
		return true
	}
	for _, g := range f.groups {
		for i := 0; i < len(text); {
			j := strings.IndexByte(text[i:], g.b)
			if j < 0 {
				break
			}
			j += i
			for _, n := range g.needle {
				if start := j - n.at; start >= 0 && len(text)-start >= len(n.s) && text[start:start+len(n.s)] == n.s {
					return true
				}
			}
			i = j + 1
		}
	}
	return false
}

// englishOrder lists the lower-case letters from the most to the least common in English text.
const englishOrder = "etaoinshrdlcumwfgypbvkjxqz"

// byteRanks ranks how common each byte is in English text, higher for more common: space, then the
// lower-case letters in their order, then everything else (capitals, digits, punctuation), rarer.
var byteRanks = func() (r [256]uint8) {
	for c := range r {
		r[c] = 1
	}
	for c := 'A'; c <= 'Z'; c++ {
		r[c] = 5
	}
	for i := range len(englishOrder) {
		r[englishOrder[i]] = uint8(10 + len(englishOrder) - i)
	}
	r[' '] = 100
	return r
}()
