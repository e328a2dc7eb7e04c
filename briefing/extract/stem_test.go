package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kljensen/snowball/english"

	"github.com/briefpack/briefpack/briefing/prose"
	"github.com/briefpack/briefpack/internal/testshared"
)

// checkStems fails t for every word whose stem differs from the library's.
func checkStems(t *testing.T, words []string) {
	t.Helper()
	bad := 0
	for _, w := range words {
		if got, want := stemEnglish(w), english.Stem(w, true); got != want {
			t.Errorf("stemEnglish(%q) = %q, the library says %q", w, got, want)
			if bad++; bad > 20 {
				t.Fatal("too many differences")
			}
		}
	}
}

// The awkward shapes: apostrophes at either end or alone, the words the library treats apart, the
// prefixes that fix R1, and words the fast path hands on (capitals, spaces, letters beyond ASCII).
func TestStemEnglishEdgeCases(t *testing.T) {
	checkStems(t, []string{
		"", "a", "ab", "abc", "'", "''", "'''", "''ab", "'s", "s'", "cat's'", "dogs'", "'yes", "y", "yy", "yyy",
		"ayy", "byy", "sayyid", "yaying", "skies", "dying", "proceeding", "succeeded", "innings", "news",
		"generously", "communism", "arsenal", "generate", "gener", "commun", "hopping", "hoping", "filing",
		"agreed", "agreedly", "feed", "bled", "ied", "ties", "cries", "gas", "gaps", "kiwis", "us", "ss",
		"conditional", "rational", "hopefulness", "formalize", "electrical", "formative", "adjustment",
		"adoption", "controll", "rate", "roll", "bowl", "tax", "axe", "Running", " running", "running ",
		"naïve", "café", "it’s", "o'clock", "mr.", "e-mail", "3rd", "x-ray", "u.s.", "ab'cd",
		strings.Repeat("ation", 9), strings.Repeat("ab", maxFastStem/2), strings.Repeat("ab", maxFastStem/2+1),
	})
}

// Every string of up to four bytes over letters that steer the algorithm (vowels, y, the doubles, the
// li-endings) and the apostrophe.
func TestStemEnglishShortStrings(t *testing.T) {
	const alphabet = "aeiyulsdgnt'"
	var words []string
	var grow func(prefix string)
	grow = func(prefix string) {
		words = append(words, prefix)
		if len(prefix) == 4 {
			return
		}
		for i := 0; i < len(alphabet); i++ {
			grow(prefix + alphabet[i:i+1])
		}
	}
	grow("")
	checkStems(t, words)
}

// Made-up words: short beginnings followed by one or two of the endings the steps look for, so every
// step's every branch is met.
func TestStemEnglishSuffixes(t *testing.T) {
	starts := []string{"", "b", "st", "hop", "fil", "gener", "commun", "arsen", "sky", "bay", "cry", "tr", "ob",
		"ab", "eu", "yo", "lux", "snow", "x", "fort", "ill", "log", "ble", "con"}
	ends := []string{"", "'s'", "'s", "'", "sses", "ied", "ies", "us", "ss", "s", "eedly", "ingly", "edly", "ing",
		"eed", "ed", "at", "bl", "iz", "bb", "dd", "ff", "tt", "y", "Y", "ational", "fulness", "iveness",
		"ization", "ousness", "biliti", "lessli", "tional", "alism", "aliti", "ation", "entli", "fulli",
		"iviti", "ousli", "anci", "abli", "alli", "ator", "enci", "izer", "bli", "ogi", "li", "cli", "lli",
		"alize", "icate", "ative", "iciti", "ical", "ful", "ness", "ement", "ance", "ence", "able", "ible",
		"ment", "ent", "ant", "ism", "ate", "iti", "ous", "ive", "ize", "ion", "sion", "tion", "al", "er",
		"ic", "e", "le", "ll", "we", "xe"}
	var words []string
	for _, s := range starts {
		for _, a := range ends {
			for _, b := range ends {
				words = append(words, s+a+b)
			}
		}
	}
	checkStems(t, words)
}

// Every word of the shared development articles and the seeds, as the theme matcher sees it (lower
// case, accents folded, hyphenated words in parts) and as it is written.
func TestStemEnglishSharedWords(t *testing.T) {
	dir := testshared.Dir(t)
	var files []string
	for _, g := range []string{"seeds/*.txt", "dev/*/docs/*"} {
		m, _ := filepath.Glob(filepath.Join(dir, g))
		files = append(files, m...)
	}
	if len(files) < 100 {
		t.Fatalf("only %d shared files found", len(files))
	}
	seen := map[string]bool{}
	var words []string
	add := func(w string) {
		if !seen[w] {
			seen[w] = true
			words = append(words, w)
		}
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		toks := prose.Tokenize(string(b))
		for _, u := range appendUnits(nil, toks) {
			add(u.low)
		}
		for _, tk := range toks {
			add(tk.Text)
		}
	}
	t.Logf("%d distinct words", len(words))
	checkStems(t, words)
}

func FuzzStemEnglish(f *testing.F) {
	for _, s := range []string{"running", "generalization", "'''", "yay's", "Café", "hopefully"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := stemEnglish(w), english.Stem(w, true); got != want {
			t.Errorf("stemEnglish(%q) = %q, the library says %q", w, got, want)
		}
	})
}
