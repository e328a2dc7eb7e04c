package fileio

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestDeviceThroughSymlink: issue 11 item 3 — /dev/zero reached through a link named .txt is refused
// before a byte is read, with a message naming the file.
func TestDeviceThroughSymlink(t *testing.T) {
	link := filepath.Join(t.TempDir(), "zero.txt")
	if err := os.Symlink("/dev/zero", link); err != nil {
		t.Skip("no symlinks here:", err)
	}
	_, err := ReadFile(link)
	if !errors.Is(err, ErrNotRegular) || !strings.Contains(err.Error(), link+": ") || !strings.Contains(err.Error(), "device") {
		t.Fatalf("error %v", err)
	}
}

// TestFIFO: a FIFO named .txt is refused at once, not waited on.
func TestFIFO(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "pipe.txt")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	_, err := ReadFile(fifo)
	if !errors.Is(err, ErrNotRegular) || !strings.Contains(err.Error(), "pipe (FIFO)") {
		t.Fatalf("error %v", err)
	}
}

// TestRegularThroughSymlink: a link to an ordinary file reads it.
func TestRegularThroughSymlink(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "note.txt")
	if err := os.WriteFile(target, []byte("text"), 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.txt")
	if err := os.Symlink(target, link); err != nil {
		t.Skip(err)
	}
	if b, err := ReadFile(link); err != nil || string(b) != "text" {
		t.Fatalf("%q %v", b, err)
	}
}

// TestTooLarge: a file over MaxSize is refused from its size, without reading it (a sparse file).
func TestTooLarge(t *testing.T) {
	big := filepath.Join(t.TempDir(), "big.txt")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(MaxSize + 1); err != nil {
		t.Fatal(err)
	}
	f.Close()
	if _, err := ReadFile(big); !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "200.0 MB") {
		t.Fatalf("error %v", err)
	}
}

// TestReadFromLimit: a stream longer than MaxSize is cut off with an error, not read to its end.
func TestReadFromLimit(t *testing.T) {
	if _, err := readUpTo("-", zeros{}, -1, 1<<20); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("error %v", err)
	}
	if b, err := ReadFrom("-", strings.NewReader("abc")); err != nil || string(b) != "abc" {
		t.Fatalf("%q %v", b, err)
	}
}

type zeros struct{}

func (zeros) Read(p []byte) (int, error) { clear(p); return len(p), nil }

// TestMissing: a missing file says so, naming it.
func TestMissing(t *testing.T) {
	_, err := ReadFile("/no/such/file.txt")
	if err == nil || err.Error() != "/no/such/file.txt: no such file or folder" || !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("error %v", err)
	}
}

// TestName: issue 11 item 11 — control characters, bidirectional overrides and bytes that are not
// UTF-8 are escaped; an ordinary name (accents, spaces, other scripts) prints as it is.
func TestName(t *testing.T) {
	for in, want := range map[string]string{
		"notes/Zoë Müller – brief.txt":     "notes/Zoë Müller – brief.txt",
		"Επιστολή.md":                      "Επιστολή.md",
		"evil\x1b[31mred\x1b[0m.txt":       `evil\x1b[31mred\x1b[0m.txt`,
		"line\nbreak.txt":                  `line\x0abreak.txt`,
		"cod\u202etxt.exe":                 `cod\u202etxt.exe`,
		"bad\xffbyte.txt":                  `bad\xffbyte.txt`,
		"back\\slash\x07.txt":              `back\\slash\x07.txt`,
		"zero\u200bwidth.txt":              `zero\u200bwidth.txt`,
		"plain\\backslash-only-is-kept.md": "plain\\backslash-only-is-kept.md",
	} {
		if got := Name(in); got != want {
			t.Errorf("Name(%q) = %q, want %q", in, got, want)
		}
	}
}
