package app

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/build"
	"github.com/briefpack/briefpack/briefing/project"
)

func sampleDir(t testing.TB) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "sample"+project.Extension)
	p, err := project.NewSample(dir)
	if err != nil {
		t.Fatal(err)
	}
	p.Close() // the app under test opens and locks it
	return dir
}

func open(t testing.TB, dir string) *UI {
	t.Helper()
	a := test.NewTempApp(t)
	u := New(a, Options{Project: dir, NoAutosave: true, Synchronous: true})
	u.Wait()
	t.Cleanup(u.closeProject)
	return u
}

// TestMainFlows drives the app the way a desk officer would: open the sample project, untick a
// source, pick a theme, exclude a quotation, change an event's date, build a PDF that shows the change,
// save, and reopen with everything restored.
func TestMainFlows(t *testing.T) {
	dir := sampleDir(t)
	u := open(t, dir)
	p := u.project()
	if n := len(u.lib.items); n != len(p.Sources) || n < 6 {
		t.Fatalf("library shows %d of %d sources", n, len(p.Sources))
	}
	all := len(u.res.Extractions)

	// the search box filters the library
	test.Type(u.lib.search, "embassy")
	if len(u.lib.shown) != 1 {
		t.Errorf("search 'embassy': %d sources shown", len(u.lib.shown))
	}
	u.lib.search.SetText("")

	// select a source: the source view shows its text and metadata
	u.lib.list.Select(0)
	u.Wait()
	if u.srcView.title.Text == "" || len(u.srcView.text.Segments) == 0 {
		t.Error("the source view is empty after selecting a source")
	}

	// untick a source
	firstFile := u.lib.items[u.lib.shown[0]].file
	first := u.lib.indexOf(firstFile)
	u.lib.setIncluded(firstFile, false)
	u.Wait()
	if got := len(u.res.Extractions); got != all-1 {
		t.Errorf("after unticking: %d sources extracted, want %d", got, all-1)
	}

	// pick a theme
	u.themes.pick("digital-identity", true)
	if !contains(p.Settings.Themes, "digital-identity") || len(u.pk.Themes) != 1 {
		t.Errorf("theme not picked: %v, pack themes %d", p.Settings.Themes, len(u.pk.Themes))
	}

	// exclude a quotation
	if len(u.quotes.items) == 0 {
		t.Fatal("no quotations")
	}
	excluded := u.quotes.items[0]
	u.quotes.include(excluded, false)
	if len(u.pk.IncludedQuotations()) != len(u.pk.Quotations)-1 {
		t.Error("quotation not excluded")
	}

	// edit an event's date through the timeline tab's form
	var idx = -1
	for i, it := range u.timeline.items {
		if !it.Added && it.Entry.Date.Precision == briefing.Day {
			idx = i
			break
		}
	}
	if idx < 0 {
		t.Fatal("no dated event to edit")
	}
	u.timeline.list.Select(idx)
	key := u.timeline.items[idx].Key
	u.timeline.date.entry.SetText("")
	test.Type(u.timeline.date.entry, "2023-12-24")
	u.timeline.saveEdit()
	if got := p.Edits.Timeline[key].Date.String(); got != "2023-12-24" {
		t.Fatalf("edited date not stored: %q", got)
	}

	// settings through the form
	u.settings.title.SetText("")
	test.Type(u.settings.title, "Port Aster visit")

	// build a PDF; the edit shows in it
	u.build.start(build.PDF, false)
	u.Wait()
	out := u.build.outputPath(build.PDF)
	if _, err := os.Stat(out); err != nil {
		t.Fatalf("no PDF after building: %v (%s)", err, u.build.result.Text)
	}
	if txt := pdfText(t, out); !strings.Contains(txt, "24 December 2023") || !strings.Contains(txt, "Date changed by the preparer") {
		t.Error("the PDF does not show the edited date")
	} else if !strings.Contains(txt, "Port Aster visit") {
		t.Error("the PDF does not show the new title")
	}

	// save and reopen: everything restored
	if err := u.Save(); err != nil {
		t.Fatal(err)
	}
	want, _ := p.Encode()
	u.closeProject()
	v := open(t, dir)
	q := v.project()
	got, _ := q.Encode()
	if string(got) != string(want) {
		t.Errorf("reopened project differs from the saved one")
	}
	if q.Sources[first].Selected || !contains(q.Settings.Themes, "digital-identity") || !q.Edits.Quotations[excluded.Key].Exclude ||
		q.Settings.Title != "Port Aster visit" {
		t.Error("selections, theme, exclusion or title not restored")
	}
	if v.settings.title.Text != "Port Aster visit" {
		t.Errorf("settings form shows %q after reopening", v.settings.title.Text)
	}
	for _, it := range v.timeline.items {
		if it.Key == key && it.Entry.Date.String() != "2023-12-24" {
			t.Errorf("edited date not restored: %s", it.Entry.Date)
		}
	}
}

// TestCorruptProject: a damaged project file is reported, left unchanged, and its backup offered.
func TestCorruptProject(t *testing.T) {
	dir := sampleDir(t)
	garbage := []byte(`{"briefpack_project": 1, "name": "half a fi`)
	// a second save gives a backup to fall back on
	p, _ := project.Open(dir)
	p.Save()
	p.Close()
	os.WriteFile(filepath.Join(dir, project.FileName), garbage, 0o644)
	u := open(t, dir)
	if u.win.Canvas().Overlays().Top() == nil {
		t.Error("no dialog about the damaged project")
	}
	if b, _ := os.ReadFile(filepath.Join(dir, project.FileName)); string(b) != string(garbage) {
		t.Error("the damaged project file was changed")
	}
}

// TestMissingSource: a source file that went missing is marked in the library; the rest works.
func TestMissingSource(t *testing.T) {
	dir := sampleDir(t)
	p, _ := project.Open(dir)
	p.Close()
	os.Remove(filepath.Join(dir, filepath.FromSlash(p.Sources[2].File)))
	u := open(t, dir)
	var missing int
	for _, it := range u.lib.items {
		if it.missing {
			missing++
		}
	}
	if missing != 1 {
		t.Errorf("%d sources marked missing, want 1", missing)
	}
	if len(u.res.Extractions) != len(p.Sources)-1 || len(u.res.Errors) != 1 {
		t.Errorf("extractions %d, errors %d", len(u.res.Extractions), len(u.res.Errors))
	}
}

// TestImportReportsFailures: importing a folder with a bad file imports the rest and says why.
func TestImportReportsFailures(t *testing.T) {
	dir := sampleDir(t)
	u := open(t, dir)
	in := t.TempDir()
	os.WriteFile(filepath.Join(in, "good.txt"), []byte("Harbour note\n\nThe councils met on 3 June 2024 in Vallen.\n"), 0o644)
	os.WriteFile(filepath.Join(in, "scan.png"), []byte("\x89PNG\r\n\x1a\nzz"), 0o644)
	before := len(u.project().Sources)
	u.importPaths([]string{in})
	u.Wait()
	if got := len(u.project().Sources); got != before+1 {
		t.Errorf("%d sources after import, want %d", got, before+1)
	}
	if u.win.Canvas().Overlays().Top() == nil {
		t.Error("the failed file was not reported")
	}
}

func pdfText(t *testing.T, path string) string {
	t.Helper()
	bin, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Fatalf("pdftotext is not installed (make test installs poppler-utils): %v", err)
	}
	out, err := exec.Command(bin, path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	return strings.Join(strings.Fields(string(out)), " ")
}

// TestBuildFinal: issue 13 item 1 — "Build final PDF" is refused while a section the template requires
// is empty, naming it, and writes nothing; a draft of the same project marks itself and its empty
// sections; with every section written, the final pack has no draft mark.
func TestBuildFinal(t *testing.T) {
	u := open(t, sampleDir(t))
	p := u.project()
	written := p.Sections
	p.Sections = p.Sections[:1] // only the objectives written
	u.sections.load(p)
	u.build.start(build.PDF, true)
	u.Wait()
	out := u.build.outputPath(build.PDF)
	if _, err := os.Stat(out); err == nil {
		t.Fatalf("a final pack was built with its required sections empty: %s", u.build.result.Text)
	}
	if !strings.Contains(u.build.result.Text, "cannot build a final pack") || !strings.Contains(u.build.result.Text, "Programme") {
		t.Errorf("the refusal does not name the empty section: %q", u.build.result.Text)
	}
	u.build.start(build.PDF, false)
	u.Wait()
	if txt := pdfText(t, out); !strings.Contains(txt, "DRAFT") || !strings.Contains(txt, "To be completed") {
		t.Error("the draft pack carries no draft mark or no box for the empty sections")
	}
	p.Sections = written // every section written: the final pack has no draft mark
	u.sections.load(p)
	u.build.start(build.PDF, true)
	u.Wait()
	if txt := pdfText(t, out); strings.Contains(txt, "DRAFT") || strings.Contains(txt, "To be completed") {
		t.Errorf("the final pack carries a draft mark: %s", u.build.result.Text)
	}
}
