package pdf

import (
	"bytes"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/engine"
	"github.com/briefpack/briefpack/briefing/pack"
	"github.com/briefpack/briefpack/briefing/source"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// smallPack is a fixed pack from three short sources written for this test.
func smallPack(t *testing.T) *pack.Document {
	t.Helper()
	files := map[string]string{
		"a-release.md": "---\ntitle: Ferry link agreed\ndate: 2024-06-04\npublisher: Island Board\n---\n\n" +
			"The Island Board (IB) and the Harbour Council signed a memorandum of understanding yesterday (Jun 3) in Vallen.\n\n" +
			"Marta Ilves, head of the Island Board, said: “The new timetable puts every island within two hours of the mainland.”\n\n" +
			"The memorandum will remain in effect for 3 years.\n",
		"b-clipping.txt": "Ferry deal for the islands\n\nMon, Jun 3, 2024 - 5:00 PM\n\n" +
			"The memorandum signing, which took place on Monday, was held in the Vallen town hall with the Island Board.\n\n" +
			"Talks on shared digital skills training began in October 2022, officials said.\n",
		"c-note.txt": "Desk note\n\nCouncil leader Jonas Berg chaired the first talks on open data in 2021.\n",
	}
	var srcs []*briefing.Source
	for _, name := range []string{"a-release.md", "b-clipping.txt", "c-note.txt"} {
		s, err := source.LoadBytes(name, []byte(files[name]))
		if err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, s)
	}
	res := engine.Process(srcs, nil, engine.Options{})
	tm, err := pack.LoadTemplate("visit", "")
	if err != nil {
		t.Fatal(err)
	}
	in := pack.Input{Extractions: res.Extractions, Timeline: res.Timeline, Quotations: res.Quotations, People: res.People,
		NotIncluded: []pack.NotIncluded{{File: "d-scan.pdf", Reason: source.ErrEmpty.Error()}}}
	p := pack.New(in, nil, pack.Settings{Title: "Island ferry link", Subtitle: "Briefing for the opening", Marking: "OFFICIAL",
		PreparedBy: "Islands desk", Date: briefing.DayOf(2024, 6, 10)},
		pack.Edits{}, pack.ParseSections("## Objectives\n\n- Open the new ferry link.\n\n## Lines to take\n\nThe link shortens every journey.\n"))
	return pack.Assemble(p, tm)
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		os.WriteFile(path+".have", got, 0o644)
		t.Errorf("%s differs from the golden file; see %s.have (go test -update accepts it)", name, path)
	}
}

// TestLayoutGolden compares the layout trace (what was drawn where) of a small fixed pack.
func TestLayoutGolden(t *testing.T) {
	var trace, out bytes.Buffer
	if _, err := Render(smallPack(t), &out, Options{Trace: &trace}); err != nil {
		t.Fatal(err)
	}
	golden(t, "layout.golden", trace.Bytes())
}

// TestTextGolden compares what pdftotext reads from the small pack's PDF.
func TestTextGolden(t *testing.T) {
	var out bytes.Buffer
	if _, err := Render(smallPack(t), &out, Options{}); err != nil {
		t.Fatal(err)
	}
	pdf := filepath.Join(t.TempDir(), "small.pdf")
	os.WriteFile(pdf, out.Bytes(), 0o644)
	bin, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Fatalf("pdftotext is not installed (make test installs poppler-utils): %v", err)
	}
	text, err := exec.Command(bin, "-layout", pdf, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "text.golden", text)
}

func TestKeepCites(t *testing.T) {
	for _, tc := range []struct{ in, want []string }{
		{[]string{"as stated on 14 June", "[3]"}, []string{"as stated on 14", "June [3]"}},
		{[]string{"Also stated: a role (4 March 2025) [1]", "[2]"}, []string{"Also stated: a role (4 March", "2025) [1] [2]"}},
		{[]string{"Signed by A [3] and B [3]", "[5]."}, []string{"Signed by A [3] and", "B [3] [5]."}},
		{[]string{"[1]", "[2]"}, []string{"[1]", "[2]"}}, // nothing to move
		{[]string{"a line", "another"}, []string{"a line", "another"}},
	} {
		if got := keepCites(append([]string{}, tc.in...)); strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("keepCites(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
