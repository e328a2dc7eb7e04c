package source_test

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/briefpack/briefpack/briefing/render/pdf"
	"github.com/briefpack/briefpack/briefing/source"
	"github.com/briefpack/briefpack/internal/testdocs"
)

// badFile is one file of the bad-input corpus of issues 11 and 12, named after its case, and what
// loading it must say: want in the file's error, or warn in a warning of a source that loads.
type badFile struct {
	name       string
	make       func(path string) error
	want, warn string
}

func writeFile(b []byte) func(string) error {
	return func(p string) error { return os.WriteFile(p, b, 0o644) }
}

func mustPDF(d pdf.PlainDoc) []byte {
	b, err := pdf.PlainDocument(d)
	if err != nil {
		panic(err)
	}
	return b
}

// paragraphsFor is n paragraphs of made-up briefing prose, so a document runs to many pages.
func paragraphsFor(n int) []string {
	subjects := []string{"The island councils", "The harbour board", "The ferry operator", "Officials from both ministries", "The review panel"}
	verbs := []string{"reviewed the winter timetable", "agreed a new fare for students", "published the safety report", "met the fishing co-operatives", "signed the maintenance contract"}
	tails := []string{"after two rounds of consultation.", "and said more sailings would follow in the spring.", "with one extra crossing on market days for the outer islands.", "before the annual meeting in Vallen.", "as the budget allowed."}
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("%s %s on %d June 2024 %s %s %s", subjects[i%5], verbs[i/5%5], 1+i%28, tails[i/25%5], subjects[(i+2)%5], verbs[(i+3)%5]+" too.")
	}
	return out
}

func greyPNG() []byte {
	img := image.NewGray(image.Rect(0, 0, 200, 280))
	for i := range img.Pix {
		img.Pix[i] = uint8(200 + i%40)
	}
	img.Set(10, 10, color.Black)
	var buf bytes.Buffer
	png.Encode(&buf, img)
	return buf.Bytes()
}

// nestedPDF is a PDF whose page tree nests depth levels of Pages before its one page.
func nestedPDF(depth int) []byte {
	var buf bytes.Buffer
	var offsets []int
	obj := func(body string) {
		offsets = append(offsets, buf.Len())
		fmt.Fprintf(&buf, "%d 0 obj\n%s\nendobj\n", len(offsets), body)
	}
	buf.WriteString("%PDF-1.4\n")
	obj("<< /Type /Catalog /Pages 2 0 R >>")
	for i := 0; i < depth; i++ {
		obj(fmt.Sprintf("<< /Type /Pages /Kids [%d 0 R] /Count 1 >>", i+3))
	}
	obj(fmt.Sprintf("<< /Type /Page /MediaBox [0 0 595 842] /Contents %d 0 R >>", depth+3))
	content := "BT /F1 12 Tf 72 720 Td (Deep) Tj ET"
	obj(fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content))
	xref := buf.Len()
	fmt.Fprintf(&buf, "xref\n0 %d\n0000000000 65535 f \n", len(offsets)+1)
	for _, o := range offsets {
		fmt.Fprintf(&buf, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&buf, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(offsets)+1, xref)
	return buf.Bytes()
}

// manyParts is a zip archive of n empty parts (a directory of millions would cost gigabytes to read).
func manyParts(n int) []byte {
	parts := make([][2]string, n)
	for i := range parts {
		parts[i] = [2]string{fmt.Sprintf("p%d", i), ""}
	}
	return testdocs.Zip(parts...)
}

// bigAttachmentMail is a message in an unknown charset carrying a 50 MB attachment that only looks like
// a PDF.
func bigAttachmentMail() []byte {
	junk := make([]byte, 50<<20)
	r := rand.New(rand.NewPCG(1, 2))
	for i := range junk {
		junk[i] = byte(r.Uint32())
	}
	copy(junk, "%PDF-1.4\n")
	return testdocs.EML(testdocs.Mail{From: "Desk <desk@example.org>", Subject: "Report attached", Date: time.Date(2024, 6, 3, 9, 0, 0, 0, time.UTC),
		Text: "The report from the 3 June 2024 meeting is attached.\n", Charset: "x-mac-klingon",
		Attachments: []testdocs.Attachment{{Name: "report.pdf", Type: "application/pdf", Data: junk}}})
}

var badCorpus = []badFile{
	// issue 12
	{"encrypted.pdf", func(p string) error {
		return writeFile(mustPDF(pdf.PlainDoc{Title: "Locked", Paragraphs: paragraphsFor(3), UserPassword: "secret"}))(p)
	}, "is encrypted", ""},
	{"scanned.pdf", func(p string) error {
		return writeFile(mustPDF(pdf.PlainDoc{ScanPages: 2, ScanPNG: greyPNG(), NoPageNumbers: true}))(p)
	}, "has no text layer", ""},
	{"truncated.pdf", func(p string) error {
		b := mustPDF(pdf.PlainDoc{Paragraphs: paragraphsFor(40), Header: "Header"})
		return writeFile(b[:len(b)*6/10])(p)
	}, "damaged or incomplete", ""},
	{"nested-10000.pdf", writeFile(nestedPDF(10000)), "nested more than", ""},
	{"pages-500.pdf", func(p string) error {
		return writeFile(mustPDF(pdf.PlainDoc{Title: "Long report", Header: "Long report", Paragraphs: paragraphsFor(9500)}))(p)
	}, "", "running header"},
	{"zip-of-many-parts.docx", writeFile(manyParts(30000)), "parts", ""},
	{"zip-bomb.docx", writeFile(testdocs.Zip([2]string{"word/document.xml", "<w:document>" + strings.Repeat("\x00", 60<<20) + "</w:document>"})), "zip bomb", ""},
	{"not-a-zip.docx", writeFile([]byte("Minutes of the meeting, saved as text with the wrong name.\n")), "is not a zip archive", ""},
	{"charset-and-50mb.eml", writeFile(bigAttachmentMail()), "", "x-mac-klingon"},
	{"charset-and-50mb.eml › report.pdf", nil, "the PDF is damaged", ""},
	// issue 11
	{"device-symlink.txt", func(p string) error { return os.Symlink("/dev/zero", p) }, "it is a device", ""},
	{"fifo.txt", func(p string) error { return syscall.Mkfifo(p, 0o600) }, "pipe (FIFO)", ""},
	{"page-100000-deep.html", writeFile([]byte("<html><body>" + strings.Repeat("<div>", 100000) + "<p>Deep.</p></body></html>")), "nested more than 512 deep", ""},
	{"name-with-escape-\x1b[2J.txt", writeFile([]byte("\x00\x01\x02\x03binary\x00")), `name-with-escape-\x1b[2J.txt: binary file`, ""},
	{"front-matter-mapping.md", writeFile([]byte("---\ntitle: {a: b}\npublisher: NO\n---\nThe board met on 3 June 2024.\n")), "", "line 2: title is a mapping"},
	// and one good file, which must load
	{"good.txt", writeFile([]byte("The councils signed the ferry deal on 3 June 2024, officials said.\n")), "", ""},
}

// writeBadCorpus writes the corpus into dir (BRIEFPACK_BADCORPUS names a folder to keep it, for
// scripts/bounds.sh); cases this system cannot make (no FIFOs) are left out.
func writeBadCorpus(t *testing.T) (string, []badFile) {
	dir := os.Getenv("BRIEFPACK_BADCORPUS")
	if dir == "" {
		dir = t.TempDir()
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	var made []badFile
	for _, f := range badCorpus {
		if f.make != nil {
			p := filepath.Join(dir, f.name)
			os.Remove(p)
			if err := f.make(p); err != nil {
				t.Logf("%s: cannot be made here (%v); left out", f.name, err)
				continue
			}
		}
		made = append(made, f)
	}
	return dir, made
}

// TestBadInputCorpus: issues 11 and 12 — every bad file of the corpus, loaded as one folder with a good
// file, gives its clear message naming the file (or its warning), the good file and the others still
// load, and nothing panics. Time and memory are bounded by scripts/bounds.sh (make test), which runs the
// CLI on the same corpus.
func TestBadInputCorpus(t *testing.T) {
	dir, files := writeBadCorpus(t)
	srcs, errs := source.LoadAll([]string{dir})
	gotErr, gotWarn := map[string]string{}, map[string]string{}
	for _, e := range errs {
		gotErr[strings.TrimPrefix(e.File, dir+"/")] = e.Error()
	}
	for _, s := range srcs {
		gotWarn[strings.TrimPrefix(s.File, dir+"/")] = strings.Join(s.Warnings, "\n")
	}
	for _, f := range files {
		switch {
		case f.want != "":
			if msg := gotErr[f.name]; !strings.Contains(msg, f.want) || !strings.Contains(msg, "/"+strings.ReplaceAll(f.name, "\x1b", `\x1b`)) {
				t.Errorf("%q: error %q, want it to name the file and say %q", f.name, msg, f.want)
			}
		default:
			w, ok := gotWarn[f.name]
			if !ok {
				t.Errorf("%q did not load: %s", f.name, gotErr[f.name])
			} else if !strings.Contains(w, f.warn) {
				t.Errorf("%q: warnings %q, want %q", f.name, w, f.warn)
			}
		}
	}
}
