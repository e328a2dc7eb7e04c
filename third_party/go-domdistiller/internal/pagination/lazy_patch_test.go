package pagination

import "testing"

// TestLazyRegexps checks briefpack's patch: each expression compiles on first use, the same
// compiled value comes back after that, and it still matches what the page-number finder expects.
func TestLazyRegexps(t *testing.T) {
	if rxTerms() != rxTerms() {
		t.Fatal("rxTerms compiled twice")
	}
	if got := rxSurroundingDigits().FindStringSubmatch("[12]"); len(got) != 2 || got[1] != "12" {
		t.Fatalf("rxSurroundingDigits on [12]: %q", got)
	}
	if got := rxLinkNumberCleaner().ReplaceAllString("(3)", ""); got != "3" {
		t.Fatalf("rxLinkNumberCleaner on (3): %q", got)
	}
	if !rxInvalidParentWrapper().MatchString("BODY") || rxInvalidParentWrapper().MatchString("div") {
		t.Fatal("rxInvalidParentWrapper matches the wrong names")
	}
	if got := rxTerms().FindAllString("page 2 of 10", -1); len(got) != 4 {
		t.Fatalf("rxTerms on %q: %q", "page 2 of 10", got)
	}
}
