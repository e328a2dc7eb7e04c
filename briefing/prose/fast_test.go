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
	pieces := []string{"a", "Z", "q", "'", "‘", "ab", "É", "é", "ı", "İ", "\u212a", "ſ", "’", "“", "-", ".", " ", "9", "\xff", "\xe2\x80", "Σ", "ς", "ǅ", "ẞ", "日", "\u0301"}
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

// foldReference is Fold as first written, rune by rune: the definition the fast one must keep to.
func foldReference(s string) string {
	var b strings.Builder
	space := true
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case r == '.' && i < len(s) && !space:
			prev, _ := utf8.DecodeLastRuneInString(s[:i-n])
			next, _ := utf8.DecodeRuneInString(s[i:])
			if unicode.IsLetter(prev) && unicode.IsLetter(next) && isShortAbbrevContext(s, i-n) {
				continue
			}
			b.WriteByte(' ')
			space = true
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
			space = false
		case r == '\'' || r == '’' || r == '‘':
		default:
			if !space {
				b.WriteByte(' ')
				space = true
			}
		}
	}
	return strings.TrimSpace(b.String())
}

func TestFoldIsReference(t *testing.T) {
	texts := append(sampleTexts(), "the U.K. and U.S.", "i.e. this", "e.g.", "A.B.C.", "Mr. Roe's", "we’re ‘here’", "x.y", "a . b", "x. Y", "..a..b..", "U.K.")
	for _, s := range texts {
		if got, want := Fold(s), foldReference(s); got != want {
			t.Errorf("Fold(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestTokenLowerIsWholeTextLower holds each token's lower-case text to its first definition: the
// token's stretch of the whole text lowered, when lowering keeps the text's length, else the token
// lowered alone (numbers and marks as written).
func TestTokenLowerIsWholeTextLower(t *testing.T) {
	texts := append(sampleTexts(), "The U.K. and Đặng met on 3rd May at 5PM; see www.gov.uk/News or @Roe #Tag.", "İİ Ⱥ KELVIN \u212a test")
	for _, s := range texts {
		whole := strings.ToLower(s)
		for _, tk := range Tokenize(s) {
			want := tk.Text
			if tk.Kind != Number && tk.Kind != Punct {
				if len(whole) == len(s) {
					want = whole[tk.Start:tk.End]
				} else {
					want = strings.ToLower(tk.Text)
				}
			}
			if tk.Lower() != want {
				t.Errorf("%q in %q: Lower() = %q, want %q", tk.Text, s, tk.Lower(), want)
			}
		}
	}
}
