package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefpack/briefpack/internal/testshared"
)

type report struct {
	Sources []struct {
		File     string   `json:"file"`
		Warnings []string `json:"warnings"`
	} `json:"sources"`
	Errors []struct {
		File  string `json:"file"`
		Error string `json:"error"`
	} `json:"errors"`
	Timeline []json.RawMessage `json:"timeline"`
}

func runCLI(t *testing.T, args ...string) (code int, out, errOut string) {
	t.Helper()
	var o, e bytes.Buffer
	code = run(args, &o, &e)
	return code, o.String(), e.String()
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{{}, {"frobnicate"}, {"extract"}, {"extract", "--no-such-flag", "x"}} {
		if code, _, errOut := runCLI(t, args...); code != 2 || !strings.Contains(errOut, "usage") {
			t.Errorf("%v: exit %d, stderr %q; want 2 and the usage", args, code, errOut)
		}
	}
}

func TestExtractSeeds(t *testing.T) {
	seeds := filepath.Join(testshared.Dir(t), "seeds")
	code, out, errOut := runCLI(t, "extract", seeds)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var r report
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	if len(r.Sources) != 5 || len(r.Errors) != 0 || len(r.Timeline) == 0 {
		t.Errorf("sources %d errors %d timeline %d", len(r.Sources), len(r.Errors), len(r.Timeline))
	}
	// the same inputs give byte-identical output
	if _, again, _ := runCLI(t, "extract", seeds); again != out {
		t.Error("two runs on the same inputs differ")
	}
}

func TestExtractSample(t *testing.T) {
	code, out, errOut := runCLI(t, "extract", "--sample")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var r report
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	if len(r.Sources) < 6 || len(r.Errors) != 0 {
		t.Errorf("sample library: %d sources, %d errors", len(r.Sources), len(r.Errors))
	}
}

// TestExtractPartialFailure: some files fail; the JSON still covers the rest and the exit status is 1.
func TestExtractPartialFailure(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "good.txt"), []byte("Ferry deal signed\n\nThe councils signed the ferry deal on 3 June 2024.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "photo.txt"), []byte("\x89PNG\r\n\x1a\nxxxx"), 0o644)
	os.WriteFile(filepath.Join(dir, "table.xlsx"), []byte("PK\x03\x04"), 0o644)
	big := bytes.Repeat([]byte("lorem "), 50<<20/6)
	os.WriteFile(filepath.Join(dir, "dump.txt"), big, 0o644)
	code, out, errOut := runCLI(t, "extract", dir, filepath.Join(dir, "missing.md"))
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	var r report
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	if len(r.Sources) != 2 || len(r.Errors) != 3 {
		t.Errorf("sources %d errors %d: %+v", len(r.Sources), len(r.Errors), r.Errors)
	}
	for _, name := range []string{"photo.txt", "table.xlsx", "missing.md"} {
		if !strings.Contains(errOut, name) {
			t.Errorf("stderr does not name %s: %q", name, errOut)
		}
	}
	var dumpWarned bool
	for _, s := range r.Sources {
		if strings.HasSuffix(s.File, "dump.txt") {
			for _, w := range s.Warnings { // beside it: that the text states no publication date
				dumpWarned = dumpWarned || strings.Contains(w, "not analysed")
			}
		}
	}
	if !dumpWarned {
		t.Error("the 50 MB line was not reported as not analysed")
	}
}

// TestExtractText: --text adds each source's kept text, which leaves the furniture out and keeps the
// article; without the flag there is no text field; contacts and notes are always listed.
func TestExtractText(t *testing.T) {
	file := filepath.Join(testshared.Dir(t), "seeds", "004_288b52b5139e9be4.txt")
	type src struct {
		Text     *string           `json:"text"`
		Contacts []json.RawMessage `json:"contacts"`
		About    []json.RawMessage `json:"about"`
	}
	read := func(args ...string) src {
		code, out, errOut := runCLI(t, args...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, errOut)
		}
		var r struct{ Sources []src }
		if err := json.Unmarshal([]byte(out), &r); err != nil || len(r.Sources) != 1 {
			t.Fatalf("%v: %v %s", args, err, out)
		}
		return r.Sources[0]
	}
	plain, with := read("extract", file), read("extract", "--text", file)
	if plain.Text != nil || len(plain.Contacts) != 2 || len(plain.About) != 3 {
		t.Errorf("without --text: text %v, %d contacts, %d notes", plain.Text != nil, len(plain.Contacts), len(plain.About))
	}
	if with.Text == nil || !strings.Contains(*with.Text, "signed a Memorandum of Understanding") || strings.Contains(*with.Text, "Tel:") ||
		strings.Contains(*with.Text, "JOINTLY ISSUED") || strings.Contains(*with.Text, "layout: post") {
		t.Errorf("--text: %v", with.Text)
	}
}
