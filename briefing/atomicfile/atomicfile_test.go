package atomicfile

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestWriteReplacesAndKeepsMode(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "pack.pdf")
	if err := Write(p, []byte("first")); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(p); fi.Mode().Perm() != 0o644 {
		t.Errorf("new file mode %v, want 0644", fi.Mode().Perm())
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
