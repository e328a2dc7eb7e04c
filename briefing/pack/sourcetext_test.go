package pack

import (
	"math/rand"
	"strings"
	"testing"
)

// containsFoldByByte is the search containsFold replaced: every offset of the text, folding as it
// goes. TestContainsFold holds the new search to it.
func containsFoldByByte(text, phrase string) bool {
	n := len(phrase)
	for i := 0; i+n <= len(text); i++ {
		if c := text[i] | 0x20; c != phrase[0] {
			continue
		}
		if strings.EqualFold(text[i:i+n], phrase) && (i == 0 || !isWordByte(text[i-1])) && (i+n == len(text) || !isWordByte(text[i+n])) {
			return true
		}
	}
	return false
}

// TestContainsFold checks that finding a phrase in the lowered text answers as the byte-by-byte
// search did, for the phrases the pack looks for, in texts made of their words in every case, with
// and without word boundaries, accents, non-Latin letters and digits around them; and that the
// phrases are what containsFold takes (lower-case ASCII, opening with a letter).
func TestContainsFold(t *testing.T) {
	phrases := append(append([]string{"embargo", "embargoed"}, officialPhrases...), internalMarks...)
	for _, ph := range phrases {
		if ph == "" || ph != strings.ToLower(ph) || ph[0] < 'a' || ph[0] > 'z' || strings.IndexFunc(ph, func(r rune) bool { return r >= 0x80 }) >= 0 {
			t.Errorf("phrase %q is not lower-case ASCII opening with a letter", ph)
		}
	}
	pieces := []string{" ", ", ", "-", "é", "x", "9", "Ä", "\n", "PRESS", "Release", "note", "FOR", "file", "embargo", "Embargoed", "issued", "by", "ſ", "K"}
	for _, ph := range phrases {
		pieces = append(pieces, ph, strings.ToUpper(ph), " "+ph+" ")
	}
	rnd := rand.New(rand.NewSource(7))
	for i := 0; i < 20000; i++ {
		var b strings.Builder
		for k := rnd.Intn(12); k > 0; k-- {
			b.WriteString(pieces[rnd.Intn(len(pieces))])
		}
		text := b.String()
		lowered := lowerASCII(text)
		if len(lowered) != len(text) {
			t.Fatalf("lowerASCII(%q) changed the length", text)
		}
		for _, ph := range phrases {
			if got, want := containsFold(lowered, ph), containsFoldByByte(text, ph); got != want {
				t.Fatalf("containsFold(%q, %q) = %v, the byte-by-byte search says %v", text, ph, got, want)
			}
		}
	}
}
