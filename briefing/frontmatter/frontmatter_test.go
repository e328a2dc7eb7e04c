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
