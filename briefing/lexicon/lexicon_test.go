package lexicon

import (
	"io/fs"
	"strings"
	"testing"
)

// TestEveryListLoads: every file is used, lower case where it is a set of words, and without repeats.
func TestEveryListLoads(t *testing.T) {
	names, err := fs.Glob(files, "lists/*.txt")
	if err != nil || len(names) == 0 {
		t.Fatal("no lists embedded")
	}
	for _, n := range names {
		name := strings.TrimSuffix(strings.TrimPrefix(n, "lists/"), ".txt")
		es := entries(name)
		if len(es) == 0 {
			t.Errorf("%s: empty", name)
		}
		seen := map[string]bool{}
		for _, e := range es {
			if seen[e] {
				t.Errorf("%s: %q twice", name, e)
			}
			seen[e] = true
			if e != strings.ToLower(e) && !strings.Contains(e, "|") {
				t.Errorf("%s: %q is not lower case", name, e)
			}
		}
	}
	if !Honorifics.Has("dr") || Honorifics.Has("doctor of") || !ReportingVerbs.Has("said") {
		t.Error("a list does not hold what it should")
	}
	if !PromptStarts.PrefixOf("subscribe to our newsletter") || !NavigationPhrases.ContainedIn("go back to top of page") {
		t.Error("List helpers")
	}
}

// TestConsentProbes: every consent phrase holds one of the words the cleaner looks for first.
func TestConsentProbes(t *testing.T) {
	probes := []string{"cookie", "consent", "preferences", "privacy choices", "privacy settings", "personal information"}
	for _, p := range ConsentPhrases {
		ok := false
		for _, w := range probes {
			ok = ok || strings.Contains(p, w)
		}
		if !ok {
			t.Errorf("consent phrase %q holds none of %q", p, probes)
		}
	}
}

func TestHasLower(t *testing.T) {
	s := Set{"mr": true, "i̇stanbul": true, "straße": true, "k": true}
	for _, w := range []string{"Mr", "MR", "mr", "mR", "Ms", "", "İstanbul", "STRASSE", "Straße", "\u212a", "K", "averyveryverylongwordthatisnotthere", "\xff"} {
		if got, want := s.HasLower(w), s[strings.ToLower(w)]; got != want {
			t.Errorf("HasLower(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestFinderIsContains holds the Finder to strings.Contains of each substring, on texts where the
// substrings stand at the start, at the end, overlapping, and not at all.
func TestFinderIsContains(t *testing.T) {
	sets := [][]string{
		{"ookie", "onsent", "references", "rivacy", "ersonal"},
		{"skip to content", "back to top", "main menu"},
		{"http", "www.", ".com", ".org", "/"},
		{"aa", "aaa", "ab"},
		{"x"},
		{"", "never"},
	}
	texts := []string{"", "a", "aa", "ab", "ba", "cookie", "Cookies", "COOKIE", "our cookie policy", "consent", "onsen",
		"privacy", "the privac", "personal data", "person al", "skip to content", "skip to  content", "back to top!",
		"http://x", "htt p", "www", "www.example", "a.com", "a.co", "x/y", "no links here", "references", "preferences",
		"reference", "é cookie é", "\xffookie\xff", "aaa", "xa", "main menu and main", "menu main"}
	for _, set := range sets {
		f := NewFinder(set...)
		for _, text := range texts {
			want := false
			for _, s := range set {
				want = want || strings.Contains(text, s)
			}
			if got := f.In(text); got != want {
				t.Errorf("%q in %q: %v, want %v", set, text, got, want)
			}
		}
	}
}
