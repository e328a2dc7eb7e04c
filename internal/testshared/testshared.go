// Package testshared finds the shared development material (../shared: seeds and gold) for tests.
// Tests read it at run time; nothing from it is copied into the project.
package testshared

import (
	"os"
	"path/filepath"
	"testing"
)

// Dir returns the shared folder: $BRIEFPACK_SHARED, else "shared" beside the module root. It fails the
// test when the folder is missing, so a gold test can never pass by not running.
func Dir(tb testing.TB) string {
	tb.Helper()
	if d := os.Getenv("BRIEFPACK_SHARED"); d != "" {
		return d
	}
	wd, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	for d := wd; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			s := filepath.Join(filepath.Dir(d), "shared")
			if _, err := os.Stat(filepath.Join(s, "seeds")); err != nil {
				tb.Fatalf("shared material not found at %s (set BRIEFPACK_SHARED): %v", s, err)
			}
			return s
		}
		if filepath.Dir(d) == d {
			tb.Fatal("module root not found")
		}
	}
}

// Seeds returns the paths of the seed documents, sorted.
func Seeds(tb testing.TB) []string {
	tb.Helper()
	m, err := filepath.Glob(filepath.Join(Dir(tb), "seeds", "*.txt"))
	if err != nil || len(m) == 0 {
		tb.Fatalf("no seeds found: %v", err)
	}
	return m
}
