package lexicon

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefpack/briefpack/internal/lexicongen"
)

// TestGeneratedTablesAreCurrent: lists_gen.go and themes_gen.go are what the generator makes of the
// data files now; if not, a file was edited without go generate ./briefing/lexicon.
func TestGeneratedTablesAreCurrent(t *testing.T) {
	for _, c := range []struct {
		file string
		make func() ([]byte, error)
	}{
		{"lists_gen.go", func() ([]byte, error) { return lexicongen.ListsSource("lists") }},
		{"themes_gen.go", func() ([]byte, error) { return lexicongen.ThemesSource("themes/default.yaml") }},
	} {
		want, err := c.make()
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(c.file)
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != string(want) {
			t.Errorf("%s is out of date: run go generate ./briefing/lexicon", c.file)
		}
	}
}

// TestListsAreTheFiles: every list the package looks up holds exactly its file's entries.
func TestListsAreTheFiles(t *testing.T) {
	paths, err := filepath.Glob("lists/*.txt")
	if err != nil || len(paths) != len(generatedLists) {
		t.Fatalf("%d list files, %d generated lists (%v)", len(paths), len(generatedLists), err)
	}
	for _, p := range paths {
		text, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		name := strings.TrimSuffix(filepath.Base(p), ".txt")
		want, got := lexicongen.ParseList(string(text)), entries(name)
		if strings.Join(got, "\n") != strings.Join(want, "\n") || len(got) != len(want) {
			t.Errorf("%s: the table holds %d entries, the file %d or others", name, len(got), len(want))
		}
	}
}

// TestEveryListLoads: every file is used, lower case where it is a set of words, and without repeats.
func TestEveryListLoads(t *testing.T) {
	names, err := filepath.Glob("lists/*.txt")
	if err != nil || len(names) == 0 {
		t.Fatal("no list files")
	}
	for _, n := range names {
		name := strings.TrimSuffix(filepath.Base(n), ".txt")
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

func TestParseList(t *testing.T) {
	text := "# a heading comment\none\n  two  \n\nthree # a note\nc#sharp\n\tfour\t#tabbed note\nlast"
	want := []string{"one", "two", "three", "c#sharp", "four", "last"}
	if got := lexicongen.ParseList(text); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("ParseList = %q, want %q", got, want)
	}
}
