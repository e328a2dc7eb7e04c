package gofpdf

import "unicode/utf8"

// This file is a briefpack patch (see PATCHES.md, item 9): drawing text no
// longer converts it to runes and back for every cell, and a font records the
// characters drawn in it without a map assignment per character.

// runeBits marks the characters of the Basic Multilingual Plane a font has
// recorded in its usedRunes.
type runeBits [1 << 16 / 64]uint64

// useRunes records the characters of s in the font's usedRunes, as the loops
// it replaced did (usedRunes[c] = c for each character c); those already
// recorded, as the font's seen bits tell, are skipped.
func (font *fontDefType) useRunes(s string) {
	for _, c := range s {
		if font.seen != nil && c < 1<<16 {
			word, bit := c>>6, uint64(1)<<uint(c&63)
			if font.seen[word]&bit != 0 {
				continue
			}
			font.seen[word] |= bit
		}
		font.usedRunes[int(c)] = int(c)
	}
}

// runeText is a text decoded into runes once, with where each rune starts, so
// that a run of its runes is cut from the text instead of being encoded anew.
type runeText struct {
	s     string
	rs    []rune
	at    []int32 // at[i] is where rs[i] starts in s; at[len(rs)] is len(s)
	valid bool    // s is valid UTF-8: a cut is a substring of s
}

// newRuneText decodes s ([]rune(s), the same runes).
func newRuneText(s string) runeText {
	t := runeText{s: s, valid: utf8.ValidString(s)}
	if !t.valid {
		t.rs = []rune(s)
		return t
	}
	n := utf8.RuneCountInString(s)
	t.rs = make([]rune, n)
	t.at = make([]int32, n+1)
	k := 0
	for i, c := range s {
		t.rs[k], t.at[k] = c, int32(i)
		k++
	}
	t.at[n] = int32(len(s))
	return t
}

// cut is string(t.rs[j:i]).
func (t *runeText) cut(j, i int) string {
	if !t.valid {
		return string(t.rs[j:i])
	}
	return t.s[t.at[j]:t.at[i]]
}
