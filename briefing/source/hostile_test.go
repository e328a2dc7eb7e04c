package source

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// hostileCase is one of issue 11's bad inputs: a file the test makes, and what its error must say.
type hostileCase struct {
	name string // the file's name in the folder
	make func(t *testing.T, path string) bool
	want string // in the error
}

var hostileCases = []hostileCase{
	{"device-symlink.txt", func(t *testing.T, p string) bool { return os.Symlink("/dev/zero", p) == nil }, "it is a device"},
	{"fifo.txt", func(t *testing.T, p string) bool { return syscall.Mkfifo(p, 0o600) == nil }, "pipe (FIFO)"},
	{"deep-page.html", func(t *testing.T, p string) bool {
		return os.WriteFile(p, []byte("<html><body>"+strings.Repeat("<div>", 100000)+"<p>Deep.</p></body></html>"), 0o644) == nil
	}, "nested more than 512 deep"},
	{"escape\x1b[2J\x1b[31m.txt", func(t *testing.T, p string) bool {
		return os.WriteFile(p, []byte{0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, 0o644) == nil
	}, `escape\x1b[2J\x1b[31m.txt: binary file`},
}

// TestHostileFiles: issue 11 items 3, 4 and 11 — a device behind a link, a FIFO, a page nested 100,000
// deep and a name carrying terminal escapes, in one folder with a good file: each gives its clear
// message naming the file (escaped), and the good file still loads.
func TestHostileFiles(t *testing.T) {
	dir := t.TempDir()
	want := map[string]string{}
	for _, c := range hostileCases {
		if c.make(t, filepath.Join(dir, c.name)) {
			want[filepath.Join(dir, c.name)] = c.want
		} else {
			t.Logf("%s: cannot be made here; skipped", c.name)
		}
	}
	good := filepath.Join(dir, "good.txt")
	if err := os.WriteFile(good, []byte("The councils signed the ferry deal on 3 June 2024, officials said.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	srcs, errs := LoadAll([]string{dir})
	if len(srcs) != 1 || srcs[0].File != good {
		t.Errorf("loaded %d sources, want the good file only", len(srcs))
	}
	got := map[string]string{}
	for _, e := range errs {
		got[e.File] = e.Error()
		if strings.ContainsRune(e.Error(), '\x1b') {
			t.Errorf("message prints a raw escape: %q", e.Error())
		}
	}
	for file, frag := range want {
		if !strings.Contains(got[file], frag) {
			t.Errorf("%q: error %q, want it to say %q", file, got[file], frag)
		}
	}
	// named directly, as on the command line or through an import, the same
	for file, frag := range want {
		if _, err := Load(file); err == nil || !strings.Contains(err.Error(), frag) {
			t.Errorf("Load(%q): %v, want %q", file, err, frag)
		}
	}
}
