package project

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/briefpack/briefpack/briefing"
)

func newProject(t *testing.T, name string) *Project {
	t.Helper()
	p, err := New(filepath.Join(t.TempDir(), name+Extension), name)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(p.Close)
	return p
}

// TestLinkInSourcesRefused: issue 11 item 8 — a symbolic link put into sources/ (pointing at a file
// outside the project) is not read, and Save As does not copy its target.
func TestLinkInSourcesRefused(t *testing.T) {
	p := newProject(t, "links")
	outside := filepath.Join(t.TempDir(), "secret.txt")
	os.WriteFile(outside, []byte("Private note\n\nThe ferry accord was signed on 3 June 2024.\n"), 0o600)
	if r := p.Import([]string{outside}); len(r.Added) != 1 {
		t.Fatalf("import: %+v", r)
	}
	copyPath := filepath.Join(p.Dir, filepath.FromSlash(p.Sources[0].File))
	os.Remove(copyPath)
	if err := os.Symlink(outside, copyPath); err != nil {
		t.Skip("no symlinks here:", err)
	}
	l := p.LoadSources()
	if l[0].Source != nil || !errors.Is(l[0].Err, ErrLink) && !strings.Contains(l[0].Err.Error(), "symbolic link") {
		t.Fatalf("a link in sources/ was read: %+v", l[0])
	}
	target := filepath.Join(t.TempDir(), "copy"+Extension)
	skipped, err := p.SaveAs(target)
	if err != nil {
		t.Fatal(err)
	}
	if len(skipped) != 1 || !strings.Contains(skipped[0], "symbolic link") {
		t.Errorf("skipped %v, want the link named", skipped)
	}
	if _, err := os.Lstat(filepath.Join(target, filepath.FromSlash(p.Sources[0].File))); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Save As copied something for the link: %v", err)
	}
}

// TestDeviceAndFIFOImport: a FIFO or device named .txt is refused at import without blocking.
func TestDeviceAndFIFOImport(t *testing.T) {
	p := newProject(t, "dev")
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.txt")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip(err)
	}
	zero := filepath.Join(dir, "zero.txt")
	os.Symlink("/dev/zero", zero)
	done := make(chan ImportResult)
	go func() { done <- p.Import([]string{fifo, zero}) }()
	select {
	case r := <-done:
		if len(r.Errs) != 2 || len(r.Added) != 0 {
			t.Fatalf("import %+v", r)
		}
		for _, e := range r.Errs {
			if !strings.Contains(e.Error(), "not a regular file") {
				t.Errorf("message %q", e)
			}
		}
	case <-time.After(5 * time.Second):
		t.Fatal("importing a FIFO hung")
	}
}

// TestSecondOpenReadOnly: issue 11 item 8 — a project open in one briefpack opens read-only in
// another, with who holds it; saving there is refused; once the first closes, it opens normally.
func TestSecondOpenReadOnly(t *testing.T) {
	p := newProject(t, "twice")
	q, err := Open(p.Dir)
	if err != nil {
		t.Fatal(err)
	}
	if !q.ReadOnly || q.Locked == nil || q.Locked.Holder.PID != os.Getpid() || q.Locked.Holder.Host == "" {
		t.Fatalf("second open: read-only %v, locked %+v", q.ReadOnly, q.Locked)
	}
	if !strings.Contains(q.Locked.Error(), "read-only") || !strings.Contains(q.Locked.Error(), "process") {
		t.Errorf("message %q", q.Locked.Error())
	}
	q.Name = "lost edit"
	if err := q.Save(); err == nil {
		t.Fatal("a read-only project was saved over the open one")
	}
	if err := q.Autosave(); err == nil {
		t.Fatal("a read-only project autosaved")
	}
	p.Close()
	r, err := Open(p.Dir)
	if err != nil || r.ReadOnly {
		t.Fatalf("after the first closed: %v %v", err, r.Locked)
	}
	r.Close()
}

// TestLockOfOtherProcess: a lock held by another live process makes the project read-only; once that
// process is killed, its lock is stale and taken over.
func TestLockOfOtherProcess(t *testing.T) {
	if dir := os.Getenv("BRIEFPACK_HOLD_LOCK"); dir != "" {
		p, err := Open(dir)
		if err != nil || p.ReadOnly {
			os.Exit(3)
		}
		os.WriteFile(filepath.Join(dir, "held"), nil, 0o644)
		time.Sleep(time.Minute)
		return
	}
	p := newProject(t, "other")
	p.Close()
	cmd := exec.Command(os.Args[0], "-test.run=^TestLockOfOtherProcess$")
	cmd.Env = append(os.Environ(), "BRIEFPACK_HOLD_LOCK="+p.Dir)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	for i := 0; i < 500 && !exists(filepath.Join(p.Dir, "held")); i++ {
		time.Sleep(10 * time.Millisecond)
	}
	q, err := Open(p.Dir)
	if err != nil || !q.ReadOnly || q.Locked.Holder.PID != cmd.Process.Pid {
		t.Fatalf("open beside a live holder: %v read-only %v %+v", err, q.ReadOnly, q.Locked)
	}
	cmd.Process.Kill()
	cmd.Wait()
	r, err := Open(p.Dir)
	if err != nil || r.ReadOnly {
		t.Fatalf("the dead process's lock was not taken over: %v %+v", err, r.Locked)
	}
	r.Close()
}

// TestLockFromOtherHost: a lock written on another machine is honoured (whether it still runs cannot
// be checked) until the user takes over.
func TestLockFromOtherHost(t *testing.T) {
	p := newProject(t, "shared")
	p.Close()
	os.WriteFile(filepath.Join(p.Dir, LockName), []byte(`{"pid": 4242, "host": "desk-7.example", "since": "2026-03-02T09:00:00Z"}`), 0o644)
	q, err := Open(p.Dir)
	if err != nil || !q.ReadOnly || !q.Locked.OtherHost || !strings.Contains(q.Locked.Error(), "desk-7.example") {
		t.Fatalf("other host's lock: %v %+v", err, q.Locked)
	}
	if err := q.TakeOver(); err != nil || q.ReadOnly {
		t.Fatalf("take over: %v", err)
	}
	if err := q.Save(); err != nil {
		t.Fatal(err)
	}
	q.Close()
}

// TestStaleTempCleaned: issue 11 item 9 — temporary files of our naming left by a killed write are
// removed at the next open; other files are not.
func TestStaleTempCleaned(t *testing.T) {
	p := newProject(t, "tmp")
	p.Close()
	dead := deadPID(t)
	junk := []string{filepath.Join(p.Dir, ".project.json."+dead+"-123456.tmp"), filepath.Join(p.Dir, SourcesDir, ".note.txt."+dead+"-99.tmp"), filepath.Join(p.Dir, ".Pack.pdf."+dead+"-4242.tmp")}
	keep := []string{filepath.Join(p.Dir, "notes.tmp"), filepath.Join(p.Dir, ".hidden.tmp")}
	for _, f := range append(junk, keep...) {
		os.WriteFile(f, []byte("partial"), 0o644)
	}
	q, err := Open(p.Dir)
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	if len(q.Cleaned) != len(junk) {
		t.Errorf("cleaned %v", q.Cleaned)
	}
	for _, f := range junk {
		if exists(f) {
			t.Errorf("%s left", f)
		}
	}
	for _, f := range keep {
		if !exists(f) {
			t.Errorf("%s removed; it is not ours", f)
		}
	}
}

// TestSensitiveOwnerOnly: issue 11 item 5 — an OFFICIAL-SENSITIVE project, its copied sources and
// its project files are owner-only.
func TestSensitiveOwnerOnly(t *testing.T) {
	p := newProject(t, "sensitive")
	p.Settings.Marking = "OFFICIAL-SENSITIVE"
	if err := p.Save(); err != nil {
		t.Fatal(err)
	}
	note := filepath.Join(t.TempDir(), "note.txt")
	os.WriteFile(note, []byte("Desk note\n\nThe accord was signed on 3 June 2024.\n"), 0o644)
	if r := p.Import([]string{note}); len(r.Added) != 1 {
		t.Fatal(r)
	}
	p.Save()
	for _, d := range []string{p.Dir, filepath.Join(p.Dir, SourcesDir)} {
		if fi, _ := os.Stat(d); fi.Mode().Perm() != 0o700 {
			t.Errorf("%s is %v, want 0700", d, fi.Mode().Perm())
		}
	}
	for _, f := range []string{FileName, BackupName, filepath.FromSlash(p.Sources[0].File)} {
		if fi, _ := os.Stat(filepath.Join(p.Dir, f)); fi.Mode().Perm() != 0o600 {
			t.Errorf("%s is %v, want 0600", f, fi.Mode().Perm())
		}
	}
	copyDir := filepath.Join(t.TempDir(), "copy"+Extension)
	if _, err := p.SaveAs(copyDir); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(filepath.Join(copyDir, filepath.FromSlash(p.Sources[0].File))); fi.Mode().Perm() != 0o600 {
		t.Errorf("Save As copy of a source is %v", fi.Mode().Perm())
	}
}

// TestUmaskHonoured: for other projects new files and folders follow the umask (run in a child with
// umask 077).
func TestUmaskHonoured(t *testing.T) {
	if dir := os.Getenv("BRIEFPACK_UMASK_DIR"); dir != "" {
		p, err := New(dir, "umask")
		if err != nil {
			os.Exit(3)
		}
		p.Close()
		return
	}
	if _, err := exec.LookPath("sh"); err != nil {
		t.Skip("no sh")
	}
	dir := filepath.Join(t.TempDir(), "u"+Extension)
	cmd := exec.Command("sh", "-c", `umask 077 && exec "$0" -test.run='^TestUmaskHonoured$'`, os.Args[0])
	cmd.Env = append(os.Environ(), "BRIEFPACK_UMASK_DIR="+dir)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if fi, err := os.Stat(filepath.Join(dir, FileName)); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("project.json under umask 077: %v %v", fi.Mode().Perm(), err)
	}
	if fi, _ := os.Stat(filepath.Join(dir, SourcesDir)); fi.Mode().Perm() != 0o700 {
		t.Errorf("sources/ under umask 077: %v", fi.Mode().Perm())
	}
}

// TestAddText: a pasted text becomes a Markdown source whose title and date read back as written.
func TestAddText(t *testing.T) {
	p := newProject(t, "paste")
	title := `Minister: "no: 012345" & {a: b}`
	i, err := p.AddText(title, title, briefing.DayOf(2025, 2, 14), "The councils met on 3 June 2024.\r\nThey agreed a timetable.")
	if err != nil {
		t.Fatal(err)
	}
	l := p.LoadSources()[i]
	if l.Source == nil {
		t.Fatal(l.Err)
	}
	if l.Source.Title != title || l.Source.Published != briefing.DayOf(2025, 2, 14) || !strings.Contains(l.Source.Text, "They agreed a timetable.") {
		t.Errorf("pasted source read back as title %q date %v", l.Source.Title, l.Source.Published)
	}
	if !strings.HasSuffix(p.Sources[i].File, ".md") || strings.ContainsAny(p.Sources[i].File[len(SourcesDir)+1:], `:"/\\`) {
		t.Errorf("file name %q", p.Sources[i].File)
	}
	if _, err := p.AddText("x", "x", briefing.Date{}, "   \n"); err == nil {
		t.Error("an empty paste made a source")
	}
}

// deadPID is the id of a process that has ended (a child that ran and exited).
func deadPID(t *testing.T) string {
	t.Helper()
	cmd := exec.Command("true")
	if err := cmd.Run(); err != nil {
		t.Skip("cannot run a child process:", err)
	}
	return strconv.Itoa(cmd.Process.Pid)
}
