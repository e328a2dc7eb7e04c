package prose

import (
	"math/rand"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The fast paths (lower, the case bits of a token) must give exactly what the plain definitions
// give, on every kind of text: ASCII, accented and other scripts, letters whose case changes their
// length, and bytes that are not UTF-8.

// sampleTexts returns hand-picked texts and random mixes of awkward pieces.
func sampleTexts() []string {
	texts := []string{"", "a", "A", "abc", "ABC", "Abc", "aBC", "U.K.", "5PM", "’s", "Đặng", "ĐẶNG", "İstanbul",
		"ΣΊΣΥΦΟΣ", "Kelvin \u212a", "\xff", "a\xffB", "\xc3", "ÉCOLE", "école", "O’Brien", "McDONALD", "ǅemal",
		"ﬁnance", "ẞ", "ß", "Ⓐⓑ", "\u0130\u0131", "x\u0301", "日本", "NHS-led", "“Quoted”", "A\u00a0B"}
	pieces := []string{"a", "Z", "q", "É", "é", "ı", "İ", "\u212a", "ſ", "’", "“", "-", ".", " ", "9", "\xff", "\xe2\x80", "Σ", "ς", "ǅ", "ẞ", "日", "\u0301"}
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 3000; n++ {
		var b strings.Builder
		for k := rng.Intn(8); k >= 0; k-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	return texts
}

func TestLowerIsToLower(t *testing.T) {
	for _, s := range sampleTexts() {
		if got, want := lower(s), strings.ToLower(s); got != want {
			t.Errorf("lower(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestCaseBits(t *testing.T) {
	isCap := func(s string) bool {
		r, _ := utf8.DecodeRuneInString(s)
		return unicode.IsUpper(r)
	}
	isAllCaps := func(s string) bool {
		n := 0
		for _, r := range s {
			if unicode.IsLetter(r) {
				if !unicode.IsUpper(r) {
					return false
				}
				n++
			}
		}
		return n >= 2
	}
	for _, s := range sampleTexts() {
		tk := newToken(s, 0, len(s), Word, "")
		if tk.IsCap() != isCap(s) || tk.IsAllCaps() != isAllCaps(s) {
			t.Errorf("%q: IsCap %v IsAllCaps %v, want %v %v", s, tk.IsCap(), tk.IsAllCaps(), isCap(s), isAllCaps(s))
		}
	}
}
