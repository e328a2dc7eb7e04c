package project

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/pack"
)

func TestSampleProjectRoundTrip(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "sample"+Extension)
	p, err := NewSample(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Sources) < 6 || len(p.Sections) == 0 {
		t.Fatalf("sample project: %d sources, %d sections", len(p.Sources), len(p.Sections))
	}
	p.Sources[1].Selected = false
	p.Sources[2].Published = briefing.DayOf(2025, 3, 3)
	p.Settings.Themes = []string{"digital-identity"}
	p.Edits.Quotations = map[string]pack.QuotationEdit{"q-abc": {Exclude: true}}
	if err := p.Save(); err != nil {
		t.Fatal(err)
	}
	p.Close()
	q, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	a, _ := p.Encode()
	b, _ := q.Encode()
	if string(a) != string(b) {
		t.Errorf("reopened project differs:\n%s\n---\n%s", a, b)
	}
	loaded := q.LoadSources()
	for _, l := range loaded {
		if l.Source == nil || l.Missing || l.Changed {
			t.Errorf("source %d: %+v", l.Index, l)
		}
	}
	res := q.Run(loaded)
	for _, x := range res.Extractions {
		if x.Source.File == filepath.Base(q.Sources[2].File) && x.Source.Published != briefing.DayOf(2025, 3, 3) {
			t.Errorf("corrected date not applied: %s", x.Source.Published)
		}
	}
	if len(res.Extractions) != len(q.Sources)-1 {
		t.Errorf("%d extractions, want the %d selected sources", len(res.Extractions), len(q.Sources)-1)
	}
}

// TestImport: files are copied (originals untouched), duplicates skipped, bad files reported, the
// rest imported.
func TestImport(t *testing.T) {
	dir := t.TempDir()
	p, err := New(filepath.Join(dir, "p"+Extension), "")
	if err != nil {
		t.Fatal(err)
	}
	in := filepath.Join(dir, "in")
	os.Mkdir(in, 0o755)
	good := filepath.Join(in, "a-note.txt")
	os.WriteFile(good, []byte("Ferry note\n\nThe councils met on 3 June 2024.\n"), 0o600)
	os.WriteFile(filepath.Join(in, "b-copy.txt"), []byte("Ferry note\n\nThe councils met on 3 June 2024.\n"), 0o644)
	os.WriteFile(filepath.Join(in, "scan.png"), []byte("\x89PNG\r\n\x1a\n...."), 0o644)
	os.WriteFile(filepath.Join(in, "empty.md"), nil, 0o644)
	before, _ := os.Stat(good)
	r := p.Import([]string{in, filepath.Join(dir, "gone.txt")})
	if len(r.Added) != 1 {
		t.Errorf("added %v, want one file (the copy is a duplicate)", r.Added)
	}
	if len(r.Duplicates) != 1 || filepath.Base(r.Duplicates[0].File) != "b-copy.txt" || r.Duplicates[0].Existing != "sources/a-note.txt" {
		t.Errorf("duplicates %+v, want b-copy.txt as sources/a-note.txt", r.Duplicates)
	}
	if len(r.Errs) != 3 {
		t.Errorf("errors %v, want scan.png, empty.md and gone.txt", r.Errs)
	}
	again := p.Import([]string{good})
	if len(again.Added) != 0 || len(again.Duplicates) != 1 {
		t.Errorf("re-import: %+v, want it reported as already there", again)
	}
	after, _ := os.Stat(good)
	if !after.ModTime().Equal(before.ModTime()) || after.Mode() != before.Mode() {
		t.Error("the original file was modified")
	}
	if _, err := os.Stat(filepath.Join(p.Dir, SourcesDir, "a-note.txt")); err != nil {
		t.Errorf("no copy in the project: %v", err)
	}
	p.Remove(0)
	if _, err := os.Stat(good); err != nil {
		t.Error("removing a source deleted the original")
	}
}

// TestCorruptAndMissing: a corrupt project file is reported with its backup and left alone; a missing
// source is marked, and the others still load.
func TestCorruptAndMissing(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "s"+Extension)
	p, err := NewSample(dir)
	if err != nil {
		t.Fatal(err)
	}
	p.Name = "second save"
	p.Save()
	p.Close()
	os.Remove(filepath.Join(dir, filepath.FromSlash(p.Sources[0].File)))
	q, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	loaded := q.LoadSources()
	if !loaded[0].Missing || loaded[0].Err == nil || !strings.Contains(loaded[0].Err.Error(), "missing") {
		t.Errorf("missing source not marked: %+v", loaded[0])
	}
	if loaded[1].Source == nil {
		t.Error("other sources did not load")
	}
	if res := q.Run(loaded); len(res.Errors) != 1 || len(res.Extractions) != len(q.Sources)-1 {
		t.Errorf("run: %d errors, %d extractions", len(res.Errors), len(res.Extractions))
	}

	garbage := []byte("{\"briefpack_project\": 1, \"name\": \"trunc")
	os.WriteFile(filepath.Join(dir, FileName), garbage, 0o644)
	_, err = Open(dir)
	var ce *CorruptError
	if !errors.As(err, &ce) || ce.Backup == "" || !strings.Contains(err.Error(), "has not been changed") {
		t.Fatalf("corrupt project: %v", err)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, FileName)); string(b) != string(garbage) {
		t.Error("the corrupt file was changed")
	}
	bak, err := OpenBackup(dir)
	if err != nil || bak.Name == "" {
		t.Errorf("backup: %v", err)
	}
}

// TestRecovery: an autosave newer than the saved project is offered back; saving clears it.
func TestRecovery(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "r"+Extension)
	p, err := NewSample(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, ok := Recovery(dir); ok {
		t.Fatal("recovery offered for a freshly saved project")
	}
	p.Settings.Title = "Unsaved title"
	time.Sleep(10 * time.Millisecond)
	if err := p.Autosave(); err != nil {
		t.Fatal(err)
	}
	r, when, ok := Recovery(dir)
	if !ok || r.Settings.Title != "Unsaved title" || when.IsZero() {
		t.Fatalf("recovery: ok=%v %+v", ok, r)
	}
	p.Save()
	if _, _, ok := Recovery(dir); ok {
		t.Error("recovery still offered after saving")
	}
}

// TestKillDuringSave kills a process in the middle of saving, again and again: the project on disk is
// always the old or the new version, complete; the kill is proven to land mid-save (the process's
// temporary file is still there after it died); the next Open removes that leftover and takes over the
// dead process's lock.
func TestKillDuringSave(t *testing.T) {
	if dir := os.Getenv("BRIEFPACK_SAVE_LOOP"); dir != "" {
		saveForever(dir)
		return
	}
	if testing.Short() {
		t.Skip("slow")
	}
	dir := filepath.Join(t.TempDir(), "k"+Extension)
	p, err := New(dir, "A")
	if err != nil {
		t.Fatal(err)
	}
	versions := map[string]bool{}
	for _, v := range []string{"A", "B"} {
		q := versionOf(p, v)
		b, _ := q.Encode()
		versions[string(b)] = true
	}
	pa := versionOf(p, "A")
	if err := pa.Save(); err != nil {
		t.Fatal(err)
	}
	p.Close() // the children open and lock it
	const kills = 25
	midSave := 0
	for i := 0; i < kills; i++ {
		cmd := exec.Command(os.Args[0], "-test.run=^TestKillDuringSave$")
		cmd.Env = append(os.Environ(), "BRIEFPACK_SAVE_LOOP="+dir)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		if !waitForTemp(dir, 10*time.Second) {
			cmd.Process.Kill()
			cmd.Wait()
			t.Fatalf("kill %d: the child never started a save", i)
		}
		cmd.Process.Kill() // SIGKILL, the moment a temporary file exists
		err := cmd.Wait()
		if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != -1 {
			t.Fatalf("kill %d: the child ended by itself (%v), not by the kill", i, err)
		}
		left := temps(dir)
		if len(left) > 0 {
			midSave++
		}
		b, err := os.ReadFile(filepath.Join(dir, FileName))
		if err != nil {
			t.Fatalf("kill %d: %v", i, err)
		}
		if !versions[string(b)] {
			t.Fatalf("kill %d: project file is neither version (%d bytes)", i, len(b))
		}
		q, err := Open(dir)
		if err != nil {
			t.Fatalf("kill %d: %v", i, err)
		}
		if q.ReadOnly {
			t.Fatalf("kill %d: the killed process's lock was not taken over: %v", i, q.Locked)
		}
		if rest := temps(dir); len(rest) > 0 || len(q.Cleaned) != len(left) {
			t.Fatalf("kill %d: left %v, cleaned %v, still there %v", i, left, q.Cleaned, rest)
		}
		q.Close()
	}
	t.Logf("%d of %d kills landed while a temporary file was being written", midSave, kills)
	if midSave < kills/2 {
		t.Fatalf("only %d of %d kills landed mid-save: the test did not prove what it claims", midSave, kills)
	}
}

// waitForTemp polls dir until a temporary file of a save holds some bytes.
func waitForTemp(dir string, limit time.Duration) bool {
	end := time.Now().Add(limit)
	for time.Now().Before(end) {
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			if tempName.MatchString(e.Name()) {
				if fi, err := e.Info(); err == nil && fi.Size() > 0 {
					return true
				}
			}
		}
	}
	return false
}

// versionOf is the project with a large body, so that saving takes long enough to be interrupted.
func versionOf(p *Project, v string) *Project {
	q := *p
	q.Name = v
	q.Sections = []pack.UserSection{{ID: "notes", Title: "Notes", Markdown: strings.Repeat(v+" notes on the ferry link. ", 40000)}}
	return &q
}

func saveForever(dir string) {
	p, err := Open(dir)
	if err != nil || p.ReadOnly {
		os.Exit(3)
	}
	for i := 0; ; i++ {
		v := "A"
		if i%2 == 1 {
			v = "B"
		}
		if err := versionOf(p, v).Save(); err != nil {
			os.Exit(4)
		}
	}
}
