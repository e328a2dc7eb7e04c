package frontmatter

import (
	"strings"
	"testing"
)

func TestSplit(t *testing.T) {
	cases := []struct {
		name, in string
		ok       bool
		keys     string // "k=v;k=v" in file order
		endLine  int
		problem  string
	}{
		{"none", "Ferry talks\n\nText.\n", false, "", 0, ""},
		{"simple", "---\nTitle: Ferry talks\ndate: 2024-06-03\n---\nBody\n", true, "title=Ferry talks;date=2024-06-03", 4, ""},
		{"dots close", "---\nsource: Harbour Gazette\n...\nBody\n", true, "source=Harbour Gazette", 3, ""},
		{"list and duplicate key", "---\ntags: [ferry, islands]\ntitle: A\nTITLE: B\n---\n", true, "tags=ferry, islands;title=A", 5, ""},
		{"unclosed", "---\ntitle: Ferry\nBody without end\n", false, "", 0, "never closed"},
		{"not yaml", "---\ntitle: [oops\n---\n", false, "", 0, "lines 1–3"},
		{"windows line ends", "---\r\ntitle: Ferry\r\n---\r\nBody\r\n", true, "title=Ferry", 3, ""},
		{"rule later is not front matter", "Intro\n---\ntitle: x\n---\n", false, "", 0, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			fm, ok, problem := Split(tc.in)
			if ok != tc.ok {
				t.Fatalf("ok %v, want %v (problem %q)", ok, tc.ok, problem)
			}
			if tc.problem == "" && problem != "" || tc.problem != "" && !strings.Contains(problem, tc.problem) {
				t.Fatalf("problem %q, want %q", problem, tc.problem)
			}
			if !ok {
				return
			}
			var kv []string
			for _, k := range fm.Keys {
				kv = append(kv, k+"="+fm.Values[k])
			}
			if got := strings.Join(kv, ";"); got != tc.keys {
				t.Errorf("items %q, want %q", got, tc.keys)
			}
			if fm.EndLine != tc.endLine {
				t.Errorf("end line %d, want %d", fm.EndLine, tc.endLine)
			}
		})
	}
}

func TestFirst(t *testing.T) {
	fm, _, _ := Split("---\npublisher: \"\"\nsource: Harbour Gazette\n---\n")
	if got := fm.First("publisher", "source"); got != "Harbour Gazette" {
		t.Errorf("First = %q, want the first non-empty value", got)
	}
}

// FuzzSplit: any text either has front matter that ends inside it, has none, or has a problem — never
// a panic, and a block's end line is a line of the text.
func FuzzSplit(f *testing.F) {
	f.Add("---\ntitle: x\n---\nbody")
	f.Add("---\n: : :\n---\n")
	f.Add("---\n- a\n- b\n...\n")
	f.Add("---\n&a [*a, *a]\n---\n")
	f.Add("---\r\ntitle: x\r\n---\r\n")
	f.Fuzz(func(t *testing.T, s string) {
		fm, ok, problem := Split(s)
		if ok && problem != "" {
			t.Fatalf("ok with a problem %q", problem)
		}
		if ok && (fm.EndLine < 2 || fm.EndLine > strings.Count(s, "\n")+1) {
			t.Fatalf("end line %d outside the text", fm.EndLine)
		}
		if ok && len(fm.Keys) != len(fm.Values) {
			t.Fatalf("%d keys but %d values", len(fm.Keys), len(fm.Values))
		}
	})
}

// TestScalarsAsWritten: issue 11 item 10 — values are the text written, never YAML 1.1's guesses.
func TestScalarsAsWritten(t *testing.T) {
	for _, tc := range []struct{ in, key, want string }{
		{"publisher: NO", "publisher", "NO"},
		{"publisher: yes", "publisher", "yes"},
		{"title: 012345", "title", "012345"},
		{"title: 0x1F", "title", "0x1F"},
		{"title: 1e3", "title", "1e3"},
		{"title: 0o17", "title", "0o17"},
		{"date: 2024-06-03", "date", "2024-06-03"},
		{"date: 2024-06-03T10:00:00Z", "date", "2024-06-03T10:00:00Z"},
		{"title: \"quoted: yes\"", "title", "quoted: yes"},
		{"title: ~", "title", ""},
		{"title: 1_000", "title", "1_000"},
		{"title: .inf", "title", ".inf"},
	} {
		fm, ok, problem := Split("---\n" + tc.in + "\n---\nBody\n")
		if !ok || problem != "" {
			t.Fatalf("%q: ok %v problem %q", tc.in, ok, problem)
		}
		if got := fm.Values[tc.key]; got != tc.want {
			t.Errorf("%q: %s = %q, want %q", tc.in, tc.key, got, tc.want)
		}
	}
}

// TestWrongShape: a mapping or list where text is expected is not used as text, and Want names the
// field and its line in the file.
func TestWrongShape(t *testing.T) {
	fm, ok, _ := Split("---\ndate: 2024-06-03\ntitle: {a: b}\nauthor:\n  - Ann\n  - Bo\npublisher: Board\n---\n")
	if !ok {
		t.Fatal("no front matter")
	}
	if got := fm.First("title"); got != "" {
		t.Errorf("a mapping read as the title %q", got)
	}
	if got := fm.First("author", "publisher"); got != "Board" {
		t.Errorf("First skipped to %q, want the first text value", got)
	}
	w := fm.Want("title", "author", "publisher", "missing")
	if len(w) != 2 || !strings.Contains(w[0], "line 3: title is a mapping") || !strings.Contains(w[1], "line 4: author is a list") {
		t.Errorf("warnings %q", w)
	}
}
