package extract

import (
	"math/rand"
	"regexp"
	"strings"
	"testing"
)

// exprDateline is the expression datelineEnd stands for, compiled here only, to hold it to.
var exprDateline = regexp.MustCompile(`^\p{Lu}[\p{Lu}.'’ -]{1,40}(?:,\s*[^–—()]{0,40}?)?\s*(?:\([^()]{1,40}\))?\s*(?:[-–—]+|:)\s+`)

func checkDateline(t *testing.T, s string) {
	t.Helper()
	if got, want := datelineEnd(s), len(exprDateline.FindString(s)); got != want {
		t.Errorf("datelineEnd(%q) = %d; the expression matches %q", s, got, exprDateline.FindString(s))
	}
}

func TestDatelineIsTheExpression(t *testing.T) {
	for _, s := range []string{
		"", "A", "AB", "AB:", "AB: ", "AB: x", "AB - x", "AB -x", "AB --  x", "AB — x", "AB – x", "AB —– x", "NEW YORK - The mayor",
		"SINGAPORE, 3 March 2024 – The agency", "LONDON, March 3 (Reuters) - Shares", "PARIS (AFP) — x", "PARIS (AFP)— x",
		"ROME, (x) – y", "ROME, a–b – c", "ROME,   – x", "ROME,\n\t: x", "ROME, 1 (a(b)) – x", "ROME () – x", "ROME (a)x – y",
		"O'HARE: x", "ST. LOUIS – x", "ÉCOLE – x", "Éc – x", "aB – x", "A’B: x", "A.B.: x", "AB:\xff", "A\xffB: x",
		"AB, " + strings.Repeat("x", 40) + " – y", "AB, " + strings.Repeat("x", 41) + " – y", "AB, " + strings.Repeat("x", 39) + "– y",
		"A" + strings.Repeat("B", 40) + ": x", "A" + strings.Repeat("B", 41) + ": x", "A" + strings.Repeat("B", 39) + " - x",
		"AB (" + strings.Repeat("y", 40) + ") – x", "AB (" + strings.Repeat("y", 41) + ") – x", "AB -- - x", "AB - - x",
		"AB, x: y – z", "AB, x – y: z", "AB, - : x", "AB ,x - y", "AB,- x", "AB,-x - y",
	} {
		checkDateline(t, s)
	}
	pieces := []string{"A", "B", "É", "Σ", "a", "é", ".", "'", "’", " ", " ", "-", "–", "—", ",", ":", "(", ")", "\t", "\n", "x",
		"1", "\xff", "NEW YORK", "  ", "Reuters"}
	rng := rand.New(rand.NewSource(5))
	for i := 0; i < 40000; i++ {
		var b strings.Builder
		b.WriteString([]string{"A", "AB", "SINGAPORE", "É", "a", ""}[rng.Intn(6)])
		for k := rng.Intn(16); k > 0; k-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		checkDateline(t, b.String())
	}
	long := []string{"ABCDEFGHIJ", "abcdefghij", "          ", "A, ", ", ", " (", ") ", " – ", ": ", "x", "-"}
	for i := 0; i < 5000; i++ {
		var b strings.Builder
		b.WriteString("A")
		for k := rng.Intn(14); k > 0; k-- {
			b.WriteString(long[rng.Intn(len(long))])
		}
		checkDateline(t, b.String())
	}
}

func FuzzDateline(f *testing.F) {
	for _, s := range []string{"SINGAPORE, 3 March 2024 – The", "PARIS (AFP) — x", "AB: y"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkDateline(t, s) })
}
