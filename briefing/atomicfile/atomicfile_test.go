package atomicfile

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

func TestWriteReplacesAndKeepsMode(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "pack.pdf")
	if err := Write(p, []byte("first")); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(p); fi.Mode().Perm() != 0o666&^umask() {
		t.Errorf("new file mode %v, want %v (0666 under the umask)", fi.Mode().Perm(), 0o666&^umask())
	}
	os.Chmod(p, 0o600)
	if err := Write(p, []byte("second")); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(p); string(b) != "second" {
		t.Errorf("contents %q, want second", b)
	}
	if fi, _ := os.Stat(p); fi.Mode().Perm() != 0o600 {
		t.Errorf("replaced file mode %v, want the user's 0600 kept", fi.Mode().Perm())
	}
	assertNoTemp(t, dir)
}

func TestWriteFailureLeavesOldContents(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "notes.md")
	os.WriteFile(p, []byte("the user's notes"), 0o644)
	// the target is a folder: the rename fails, nothing changes, nothing is left behind
	folder := filepath.Join(dir, "out")
	os.Mkdir(folder, 0o755)
	err := Write(folder, []byte("x"))
	if err == nil || !strings.Contains(err.Error(), "cannot write "+folder) {
		t.Fatalf("error %v, want it to name %s", err, folder)
	}
	err = Write(filepath.Join(dir, "missing", "a.txt"), []byte("x"))
	if err == nil || !strings.Contains(err.Error(), filepath.Join(dir, "missing", "a.txt")) {
		t.Fatalf("error %v, want it to name the path", err)
	}
	if b, _ := os.ReadFile(p); string(b) != "the user's notes" {
		t.Errorf("unrelated file changed: %q", b)
	}
	assertNoTemp(t, dir)
}

func TestWriteKeepingBackup(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "project.json")
	if err := WriteKeepingBackup(p, []byte("v1")); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(p + ".bak"); !os.IsNotExist(err) {
		t.Error("a first save made a backup of nothing")
	}
	if err := WriteKeepingBackup(p, []byte("v2")); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(p); string(b) != "v2" {
		t.Errorf("file %q, want v2", b)
	}
	if b, _ := os.ReadFile(p + ".bak"); string(b) != "v1" {
		t.Errorf("backup %q, want v1", b)
	}
}

func TestCopy(t *testing.T) {
	dir := t.TempDir()
	src, dst := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	os.WriteFile(src, []byte("source text"), 0o644)
	if err := Copy(src, dst); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(dst); string(b) != "source text" {
		t.Errorf("copy %q", b)
	}
	if err := Copy(filepath.Join(dir, "none.txt"), dst); err == nil {
		t.Error("copying a missing file succeeded")
	}
	if b, _ := os.ReadFile(dst); string(b) != "source text" {
		t.Errorf("a failed copy changed the destination: %q", b)
	}
}

func assertNoTemp(t *testing.T, dir string) {
	t.Helper()
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".tmp") {
			t.Errorf("temporary file left behind: %s", e.Name())
		}
	}
}

// TestNewFileHonoursUmask: a new file gets 0666 under the user's umask, not a fixed 0644.
func TestNewFileHonoursUmask(t *testing.T) {
	old := syscall.Umask(0o077)
	defer syscall.Umask(old)
	p := filepath.Join(t.TempDir(), "pack.pdf")
	if err := Write(p, []byte("x")); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(p); fi.Mode().Perm() != 0o600 {
		t.Errorf("mode %v under umask 077, want 0600", fi.Mode().Perm())
	}
}

// TestWritePrivate: a private write is owner-only, even over a world-readable file.
func TestWritePrivate(t *testing.T) {
	p := filepath.Join(t.TempDir(), "pack.pdf")
	os.WriteFile(p, []byte("old"), 0o644)
	if err := WritePrivate(p, []byte("new")); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(p); fi.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", fi.Mode().Perm())
	}
}

// TestCleanStale: the next write removes the temporary files a killed write of the same file left —
// its process gone, or an older unnamed one — and nothing else.
func TestCleanStale(t *testing.T) {
	dir := t.TempDir()
	cmd := exec.Command("true")
	if err := cmd.Run(); err != nil {
		t.Skip("cannot start a process to get a dead pid:", err)
	}
	dead := cmd.Process.Pid
	files := map[string]bool{ // name → removed by the next write of pack.pdf
		fmt.Sprintf(".pack.pdf.%d-123.tmp", dead):        true,
		fmt.Sprintf(".pack.pdf.%d-456.tmp", os.Getpid()): false, // ours, being written
		".pack.pdf.8812345.tmp":                          true,  // an older naming, an hour old
		".notes.md.12-1.tmp":                             false, // another file's
		"pack.pdf.bak":                                   false,
	}
	for name := range files {
		os.WriteFile(filepath.Join(dir, name), []byte("x"), 0o644)
	}
	hourAgo := time.Now().Add(-time.Hour)
	os.Chtimes(filepath.Join(dir, ".pack.pdf.8812345.tmp"), hourAgo, hourAgo)
	if err := Write(filepath.Join(dir, "pack.pdf"), []byte("new")); err != nil {
		t.Fatal(err)
	}
	for name, removed := range files {
		_, err := os.Stat(filepath.Join(dir, name))
		if gone := os.IsNotExist(err); gone != removed {
			t.Errorf("%s: removed %v, want %v", name, gone, removed)
		}
	}
}
