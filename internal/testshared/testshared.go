// Package testshared finds the shared development material (../shared: seeds and gold) for tests.
// Tests read it at run time; nothing from it is copied into the project.
package testshared

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"testing"
	"time"

	"github.com/briefpack/briefpack/assets"
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

// SeedTexts returns the contents of the seed documents and of the embedded sample library, for fuzz
// seed corpora. Unlike Dir it does not fail when ../shared is missing: the samples still seed.
func SeedTexts(tb testing.TB) [][]byte {
	tb.Helper()
	var out [][]byte
	dir := os.Getenv("BRIEFPACK_SHARED")
	if dir == "" {
		if wd, err := os.Getwd(); err == nil {
			for d := wd; filepath.Dir(d) != d; d = filepath.Dir(d) {
				if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
					dir = filepath.Join(filepath.Dir(d), "shared")
					break
				}
			}
		}
	}
	if m, _ := filepath.Glob(filepath.Join(dir, "seeds", "*.txt")); len(m) > 0 {
		for _, f := range m {
			if b, err := os.ReadFile(f); err == nil {
				out = append(out, b)
			}
		}
	}
	entries, _ := fs.ReadDir(assets.Samples, assets.SampleDir)
	for _, e := range entries {
		if b, err := fs.ReadFile(assets.Samples, assets.SampleDir+"/"+e.Name()); err == nil {
			out = append(out, b)
		}
	}
	return out
}

// GoldPack is ../shared/gold/pack.json, as far as the tests read it: the merged timeline, quotations
// and people a pack built from all the seeds must show.
type GoldPack struct {
	Timeline []struct {
		Date             string   `json:"date"`
		DateAlternatives []string `json:"date_alternatives"`
		What             string   `json:"what"`
		Sources          []string `json:"sources"`
		Needs            string   `json:"needs"` // set when the text alone cannot date the event
	} `json:"timeline"`
	Quotations []struct {
		Speaker string   `json:"speaker"`
		Starts  string   `json:"starts"`
		Sources []string `json:"sources"`
	} `json:"quotations"`
	People []struct {
		Name string `json:"name"`
	} `json:"people"`
}

// ReadGoldPack reads ../shared/gold/pack.json, failing the test when it cannot.
func ReadGoldPack(tb testing.TB) GoldPack {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join(Dir(tb), "gold", "pack.json"))
	if err != nil {
		tb.Fatal(err)
	}
	var g GoldPack
	if err := json.Unmarshal(b, &g); err != nil {
		tb.Fatal(err)
	}
	return g
}

// FuzzInputLimit is how long one fuzz input may take: longer counts as a hang, and fails. The Go fuzzer
// has no limit per input of its own (-timeout covers a whole run).
const FuzzInputLimit = 10 * time.Second

// Within runs check on its own goroutine and fails t when check returns an error, panics, or has not
// finished within FuzzInputLimit. Inside check, report through the returned error (t.Errorf is safe
// too; t.Fatal and t.Skip are not, off the test goroutine).
func Within(t *testing.T, check func() error) {
	t.Helper()
	done := make(chan error, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				done <- fmt.Errorf("panic: %v\n%s", r, debug.Stack())
			}
		}()
		done <- check()
	}()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(FuzzInputLimit):
		t.Fatalf("the input took longer than %s: a hang", FuzzInputLimit)
	}
}
