package gofpdf

import (
	"reflect"
	"testing"
)

// TestRuneTextCut checks patch 9: a run cut from a runeText is string(runes[j:i]) for every j ≤ i,
// in valid text and in text that is not valid UTF-8 (where the runes are U+FFFD).
func TestRuneTextCut(t *testing.T) {
	for _, s := range []string{"", "plain", "Nguyễn – Αθήνα “Москва” 😀 x", "bad \xff\xfe byte", "cut \xe2\x80"} {
		text := newRuneText(s)
		rs := []rune(s)
		if !reflect.DeepEqual(text.rs, rs) && !(len(rs) == 0 && len(text.rs) == 0) {
			t.Fatalf("%q: runes %v, want %v", s, text.rs, rs)
		}
		for j := 0; j <= len(rs); j++ {
			for i := j; i <= len(rs); i++ {
				if got, want := text.cut(j, i), string(rs[j:i]); got != want {
					t.Fatalf("%q [%d:%d]: %q, want %q", s, j, i, got, want)
				}
			}
		}
	}
}

// TestUseRunes checks patch 9: recording a font's characters through the seen bits leaves usedRunes
// as upstream's loop (usedRunes[c] = c for every character) left it, starting from a subset range
// (keys with the value 0) and with characters past the Basic Multilingual Plane, drawn repeatedly.
func TestUseRunes(t *testing.T) {
	texts := []string{"abc", "Page 1 of 9", "\x01\x02 control", "Nguyễn – Αθήνα 😀", "abc 😀 \x00", "bad \xff byte"}
	font := fontDefType{usedRunes: makeSubsetRange(32), seen: new(runeBits)}
	want := makeSubsetRange(32)
	for round := 0; round < 2; round++ {
		for _, s := range texts {
			font.useRunes(s)
			for _, c := range []rune(s) {
				want[int(c)] = int(c)
			}
			if !reflect.DeepEqual(font.usedRunes, want) {
				t.Fatalf("after %q: %v, want %v", s, font.usedRunes, want)
			}
		}
	}
}
