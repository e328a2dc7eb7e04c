package source

import (
	"strings"
	"testing"
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

// checkSource: whatever loads has valid UTF-8 text whose lines index correctly.
func checkSource(t *testing.T, name string, b []byte) {
	src, err := LoadBytes(name, b)
	if err != nil {
		if !strings.HasPrefix(err.Error(), name+": ") {
			t.Fatalf("error does not name the file: %v", err)
		}
		return
	}
	if !utf8.ValidString(src.Text) {
		t.Fatalf("text is not valid UTF-8")
	}
	if strings.Contains(src.Text, "\r") && src.Format != "html" {
		t.Fatalf("carriage return left in text")
	}
	n := src.NumLines()
	total := 0
	for i := 1; i <= n; i++ {
		total += len(src.Line(i)) + 1
	}
	if n > 0 && total < len(src.Text) {
		t.Fatalf("lines cover %d of %d bytes", total, len(src.Text))
	}
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
