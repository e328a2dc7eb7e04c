package stringutil

import (
	"testing"
	"unicode"
)

// TestWrittenOutTablesMatchBuiltOnes checks briefpack's patch: the range tables written out by
// hand hold exactly the runes the upstream code built with createRangeTable at package init.
func TestWrittenOutTablesMatchBuiltOnes(t *testing.T) {
	cases := []struct {
		name    string
		written *unicode.RangeTable
		pairs   string
	}{
		{"rtMatcher1", rtMatcher1, "azAZ09__\u00C0\u1FFF\uAC00\uD7AF"},
		{"rtMatcher2", rtMatcher2, "\u3040\uA4CF"},
		{"rtMatcher3", rtMatcher3, "azAZ09__\u00C0\u1FFF"},
	}
	for _, c := range cases {
		built := createRangeTable([]rune(c.pairs))
		for r := rune(0); r <= unicode.MaxRune; r++ {
			if unicode.Is(c.written, r) != unicode.Is(built, r) {
				t.Fatalf("%s: rune %U is %v in the written table, %v in the built one",
					c.name, r, unicode.Is(c.written, r), unicode.Is(built, r))
			}
		}
	}
}
