package source_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/briefpack/briefpack/briefing/render/pdf"
	"github.com/briefpack/briefpack/briefing/source"
	"github.com/briefpack/briefpack/internal/testdocs"
)

// fuzzInputLimit is how long one fuzz input may take to load: the PDF loader gives up at its own
// budget (4 s), so an input over this hung somewhere no budget reaches, and fails.
const fuzzInputLimit = 10 * time.Second

// loadWithin loads one input on its own goroutine and fails the fuzz run when it panics, breaks the
// loader's promises (below), or takes longer than fuzzInputLimit, so hangs count as failures.
func loadWithin(t *testing.T, name string, b []byte) {
	t.Helper()
	done := make(chan error, 1)
	start := time.Now()
	go func() {
		defer func() {
			if r := recover(); r != nil {
				done <- fmt.Errorf("panic: %v", r)
			}
		}()
		done <- checkLoaded(name, b)
	}()
	if dir := os.Getenv("BRIEFPACK_FUZZ_SLOW"); dir != "" { // keep inputs slower than a second, to study
		defer func() {
			if time.Since(start) > time.Second {
				os.WriteFile(filepath.Join(dir, fmt.Sprintf("%s-%d", name, time.Now().UnixNano())), b, 0o644)
			}
		}()
	}
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(fuzzInputLimit):
		t.Fatalf("loading took over %s", fuzzInputLimit)
	}
}

// checkLoaded: an error names the file; whatever loads has valid UTF-8 text whose lines and pages
// index it, and its attachments name the message they came in.
func checkLoaded(name string, b []byte) error {
	srcs, errs := source.LoadBytesAll(name, b)
	for _, e := range errs {
		if !strings.HasPrefix(e.Error(), name) {
			return fmt.Errorf("error does not name the file: %v", e)
		}
	}
	for _, src := range srcs {
		if !utf8.ValidString(src.Text) {
			return fmt.Errorf("%s: text is not valid UTF-8", src.File)
		}
		n := src.NumLines()
		for i, p := range src.PageStarts {
			if p < 1 || p > max(n, 1) || i > 0 && p < src.PageStarts[i-1] {
				return fmt.Errorf("%s: page %d starts at line %d of %d", src.File, i+1, p, n)
			}
		}
		for ln := range src.MarkedFurniture {
			if ln < 1 || ln > n {
				return fmt.Errorf("%s: furniture marked on line %d of %d", src.File, ln, n)
			}
		}
		if src.File != name && !strings.HasPrefix(src.File, name+" › ") {
			return fmt.Errorf("attachment %q does not name its message", src.File)
		}
	}
	return nil
}

func seedPDFs() [][]byte {
	doc, _ := pdf.PlainDocument(pdf.PlainDoc{Title: "Note", Author: "Desk", Header: "Running", Created: time.Date(2024, 6, 3, 0, 0, 0, 0, time.UTC),
		Paragraphs: []string{"# Ferry timetable", "The councils agreed the timetable on 3 June 2024.", "“We listened,” said Marta Ilves."}})
	return [][]byte{doc, doc[:len(doc)/2], nestedPDF(70), []byte("%PDF-1.4\n%%EOF\n")}
}

func FuzzLoadPDF(f *testing.F) {
	for _, b := range seedPDFs() {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) { loadWithin(t, "f.pdf", b) })
}

func fuzzDoc() testdocs.Doc {
	return testdocs.Doc{Title: "Note", Author: "Desk", Blocks: []testdocs.Block{{Kind: "h1", Text: "Ferry"}, {Text: "Agreed on 3 June 2024.", Note: "Minutes."},
		{Kind: "li", Text: "Publish"}, {Kind: "row", Cells: []string{"a", "b"}}, {Text: "Kept.", Deleted: "Gone."}}}
}

func FuzzLoadDOCX(f *testing.F) {
	doc := testdocs.DOCX(fuzzDoc())
	for _, b := range [][]byte{doc, doc[:len(doc)/2], testdocs.Zip([2]string{"word/document.xml", "<w:document><w:p><w:r><w:t>x"})} {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) { loadWithin(t, "f.docx", b) })
}

func FuzzLoadODT(f *testing.F) {
	doc := testdocs.ODT(fuzzDoc())
	for _, b := range [][]byte{doc, doc[:len(doc)/2]} {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) { loadWithin(t, "f.odt", b) })
}

func FuzzLoadEML(f *testing.F) {
	sent := time.Date(2024, 6, 3, 9, 0, 0, 0, time.UTC)
	for _, b := range [][]byte{
		testdocs.EML(testdocs.Mail{From: "A <a@example.org>", Subject: "Ferry – deal", Date: sent, Text: "Agreed on 3 June 2024.\n\nOn Mon, A wrote:\n> quoted\n-- \nsig\n"}),
		testdocs.EML(testdocs.Mail{From: "a@example.org", Subject: "S", Date: sent, HTML: "<p>Agreed on 3 June 2024.</p>", Charset: "x-unknown"}),
		testdocs.EML(testdocs.Mail{From: "a@example.org", Subject: "S", Date: sent, Text: "See attached.",
			Attachments: []testdocs.Attachment{{Name: "n.docx", Type: "application/octet-stream", Data: testdocs.DOCX(fuzzDoc())},
				{Name: "fwd.eml", Type: "message/rfc822", Data: []byte("From: b@example.org\r\nSubject: inner\r\n\r\nInner text.\r\n")}}}),
		[]byte("From: a\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\n"),
	} {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) { loadWithin(t, "f.eml", b) })
}

// TestWriteFuzzSeeds writes the seeds above as files under testdata/fuzz when BRIEFPACK_WRITE_FUZZ_SEEDS
// is set, so the corpus is on disk for `go test -fuzz` and `make fuzz` as well as in the code.
func TestWriteFuzzSeeds(t *testing.T) {
	if os.Getenv("BRIEFPACK_WRITE_FUZZ_SEEDS") == "" {
		t.Skip("set BRIEFPACK_WRITE_FUZZ_SEEDS=1 to rewrite testdata/fuzz seeds")
	}
	write := func(target string, i int, b []byte) {
		dir := filepath.Join("testdata", "fuzz", target)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		body := "go test fuzz v1\n[]byte(" + strconv.Quote(string(b)) + ")\n"
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("seed-%d", i)), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("FuzzLoadPDF", 0, seedPDFs()[0])
	write("FuzzLoadDOCX", 0, testdocs.DOCX(fuzzDoc()))
	write("FuzzLoadODT", 0, testdocs.ODT(fuzzDoc()))
	write("FuzzLoadEML", 0, testdocs.EML(testdocs.Mail{From: "A <a@example.org>", Subject: "S", Text: "On 3 June 2024 it was agreed.\n"}))
}
