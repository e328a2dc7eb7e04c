package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestBuildRefusesHostileInputs: the CLI's side of issue 11's cases 4 and 6 — a sections file nested
// 3,000 levels deep is refused before it is parsed, naming the file and line; -o naming a source or
// the sections file is refused and the file left as it was.
func TestBuildRefusesHostileInputs(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "note.txt")
	note := "Ferry talks\n\nThe two councils met in Vallen on 3 June 2024 to agree a timetable.\n"
	os.WriteFile(src, []byte(note), 0o644)
	sections := filepath.Join(dir, "sections.md")
	plain := "## Objectives\n\nOpen the ferry link.\n"
	os.WriteFile(sections, []byte(plain), 0o644)
	deep := filepath.Join(dir, "deep.md")
	var md strings.Builder
	md.WriteString("## Objectives\n\n")
	for i := 0; i < 3000; i++ {
		md.WriteString(strings.Repeat("  ", i) + "- level\n")
	}
	os.WriteFile(deep, []byte(md.String()), 0o644)
	out := filepath.Join(dir, "pack.pdf")

	cases := []struct {
		name string
		args []string
		want string
	}{
		{"11.4 sections nested 3,000 list levels", []string{"build", "--sections", deep, "-o", out, src}, "sections file " + deep + ": line 103: lists or quotes nested"},
		{"11.6 -o names a source", []string{"build", "-o", src, src}, "it is one of the sources"},
		{"11.6 -o names the sections file", []string{"build", "--sections", sections, "-o", sections, src}, "it is the sections file"},
		{"11.11 -o names a folder", []string{"build", "-o", dir, src}, "-o " + dir + " is a folder: name the file to write"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			code, _, errOut := runCLI(t, tc.args...)
			if code == 0 || !strings.Contains(errOut, tc.want) {
				t.Errorf("exit %d, stderr %q; want a refusal with %q", code, errOut, tc.want)
			}
			if d := time.Since(start); d > 5*time.Second {
				t.Errorf("took %v", d)
			}
		})
	}
	if b, _ := os.ReadFile(src); string(b) != note {
		t.Error("the source was overwritten")
	}
	if b, _ := os.ReadFile(sections); string(b) != plain {
		t.Error("the sections file was overwritten")
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("a refused build wrote the pack")
	}
}
