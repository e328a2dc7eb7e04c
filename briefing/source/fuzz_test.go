package source

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/briefpack/briefpack/internal/testshared"
)

func addSeeds(f *testing.F) {
	for _, b := range testshared.SeedTexts(f) {
		f.Add(b)
	}
	for _, s := range []string{"", "\xef\xbb\xbf", "\xff\xfe", "\xfe\xff\x00a", "---\n", "---\ntitle: [\n---\n", "a\x00b", "\x89PNG\r\n\x1a\n",
		"<html><body><p>x</p></body></html>", "<script>", "\r\r\n\n"} {
		f.Add([]byte(s))
	}
}

// checkSource: whatever loads has valid UTF-8 text whose lines index correctly; an error names the file.
// The load runs on its own goroutine and an input taking over fuzzLimit fails, so hangs count.
func checkSource(t *testing.T, name string, b []byte) {
	t.Helper()
	done := make(chan error, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				done <- fmt.Errorf("panic: %v", r)
			}
		}()
		done <- sourceProblem(name, b)
	}()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(fuzzLimit):
		t.Fatalf("loading took over %s", fuzzLimit)
	}
}

// fuzzLimit is how long one fuzz input may take to load.
const fuzzLimit = 10 * time.Second

func sourceProblem(name string, b []byte) error {
	src, err := LoadBytes(name, b)
	if err != nil {
		if !strings.HasPrefix(err.Error(), name+": ") {
			return fmt.Errorf("error does not name the file: %v", err)
		}
		return nil
	}
	if !utf8.ValidString(src.Text) {
		return errors.New("text is not valid UTF-8")
	}
	if strings.Contains(src.Text, "\r") && src.Format != "html" {
		return errors.New("carriage return left in text")
	}
	n := src.NumLines()
	total := 0
	for i := 1; i <= n; i++ {
		total += len(src.Line(i)) + 1
	}
	if n > 0 && total < len(src.Text) {
		return fmt.Errorf("lines cover %d of %d bytes", total, len(src.Text))
	}
	return nil
}

func FuzzDecode(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := Decode(b)
		if err == nil && !utf8.ValidString(d.Text) {
			t.Fatal("decoded text is not valid UTF-8")
		}
	})
}

func FuzzLoadText(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, b []byte) { checkSource(t, "f.txt", b) })
}

func FuzzLoadMarkdown(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, b []byte) { checkSource(t, "f.md", b) })
}

func FuzzLoadHTML(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, b []byte) { checkSource(t, "f.html", b) })
}
