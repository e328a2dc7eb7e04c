package source

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

const sample = "Ferry timetable agreed\n\n“We are ready,” said Zoë Müller.\n"

func utf16(t *testing.T, s string, order unicode.Endianness, bom unicode.BOMPolicy) []byte {
	t.Helper()
	b, err := unicode.UTF16(order, bom).NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestEncodings: every encoding users' files come in decodes to the same text.
func TestEncodings(t *testing.T) {
	cp, err := charmap.Windows1252.NewEncoder().Bytes([]byte(sample))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		data     []byte
		encoding string
		warns    bool
	}{
		{"utf-8", []byte(sample), "UTF-8", false},
		{"utf-8 bom", append([]byte("\xef\xbb\xbf"), sample...), "UTF-8 with BOM", false},
		{"utf-16le bom", utf16(t, sample, unicode.LittleEndian, unicode.UseBOM), "UTF-16LE", false},
		{"utf-16be bom", utf16(t, sample, unicode.BigEndian, unicode.UseBOM), "UTF-16BE", false},
		{"utf-16le no bom", utf16(t, sample, unicode.LittleEndian, unicode.IgnoreBOM), "UTF-16LE", true},
		{"windows-1252", cp, "Windows-1252", true},
		{"crlf", []byte(strings.ReplaceAll(sample, "\n", "\r\n")), "UTF-8", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Decode(tc.data)
			if err != nil {
				t.Fatal(err)
			}
			if d.Text != sample {
				t.Errorf("text %q, want %q", d.Text, sample)
			}
			if d.Encoding != tc.encoding {
				t.Errorf("encoding %q, want %q", d.Encoding, tc.encoding)
			}
			if (len(d.Warnings) > 0) != tc.warns {
				t.Errorf("warnings %q, want some: %v", d.Warnings, tc.warns)
			}
		})
	}
}

// badCorpus writes a folder of files that must not break a job, and one good file.
func badCorpus(t *testing.T) (dir string, want map[string]string) {
	t.Helper()
	dir = t.TempDir()
	write := func(name string, b []byte) {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a-photo.txt", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01"))
	write("b-nul.txt", []byte("text\x00with\x00nul\x00bytes and \x00\x01\x02 more"))
	write("c-empty.md", nil)
	write("d-blank.txt", []byte("  \n\n\t\n"))
	write("e-script.html", []byte("<html><head><script>var a=1;</script><script>b()</script></head></html>"))
	write("f-notes.docx", []byte("PK\x03\x04 not really"))
	write("g-data.xyz", []byte("whatever"))
	write("h-good.txt", []byte("Ferry deal signed\n\nThe councils signed the ferry deal on 3 June 2024, officials said.\n"))
	write("i-open-front-matter.md", []byte("---\ntitle: never closed\n\nThe councils met in Vallen on 3 June 2024 and agreed the timetable.\n"))
	write("j-bad-yaml.md", []byte("---\ntitle: [unclosed\n---\nThe councils met in Vallen on 3 June 2024.\n"))
	if err := os.Mkdir(filepath.Join(dir, "k-subfolder"), 0o755); err != nil {
		t.Fatal(err)
	}
	want = map[string]string{
		"a-photo.txt":   "PNG image",
		"b-nul.txt":     "NUL bytes",
		"c-empty.md":    "empty file",
		"d-blank.txt":   "empty file",
		"e-script.html": "no article text",
		"f-notes.docx":  "zip archive is damaged",
		"g-data.xyz":    "unsupported format .xyz",
	}
	return dir, want
}

// TestBadInput: each bad file gives a clear error naming it; the good files still load; nothing panics.
func TestBadInput(t *testing.T) {
	dir, want := badCorpus(t)
	missing := filepath.Join(dir, "no-such-file.txt")
	srcs, errs := LoadAll([]string{dir, missing})
	got := map[string]string{}
	for _, e := range errs {
		got[filepath.Base(e.File)] = e.Error()
		if !strings.Contains(e.Error(), e.File) {
			t.Errorf("error %q does not name the file", e.Error())
		}
	}
	want["no-such-file.txt"] = "no such file"
	for name, frag := range want {
		if !strings.Contains(got[name], frag) {
			t.Errorf("%s: error %q, want it to say %q", name, got[name], frag)
		}
	}
	if len(errs) != len(want) {
		t.Errorf("%d errors, want %d: %v", len(errs), len(want), got)
	}
	loaded := map[string][]string{}
	for _, s := range srcs {
		loaded[filepath.Base(s.File)] = s.Warnings
	}
	for _, name := range []string{"h-good.txt", "i-open-front-matter.md", "j-bad-yaml.md"} {
		if _, ok := loaded[name]; !ok {
			t.Errorf("%s did not load", name)
		}
	}
	if w := strings.Join(loaded["i-open-front-matter.md"], " "); !strings.Contains(w, "never closed") {
		t.Errorf("unterminated front matter: warnings %q", w)
	}
	if w := strings.Join(loaded["j-bad-yaml.md"], " "); !strings.Contains(w, "not valid YAML") {
		t.Errorf("bad YAML: warnings %q", w)
	}
}

// TestHugeFile: a 50 MB single line loads; a file over the limit is refused with its size.
func TestHugeFile(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "dump.txt")
	if err := os.WriteFile(big, bytes.Repeat([]byte("lorem "), 50<<20/6), 0o644); err != nil {
		t.Fatal(err)
	}
	src, err := Load(big)
	if err != nil {
		t.Fatalf("50 MB single line: %v", err)
	}
	if src.NumLines() != 1 {
		t.Errorf("lines %d", src.NumLines())
	}
	sparse := filepath.Join(dir, "sparse.txt") // over the limit without writing 200 MB
	f, err := os.Create(sparse)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(MaxFileSize + 1); err != nil {
		t.Fatal(err)
	}
	f.Close()
	if _, err := Load(sparse); err == nil || !strings.Contains(err.Error(), "too large: 200.0 MB") {
		t.Errorf("over the limit: %v", err)
	}
}

// TestFrontMatterFields: front matter gives title, date, publisher, author and URL; a front-matter
// date that is not a date is a warning, not a guess.
func TestFrontMatterFields(t *testing.T) {
	src, err := LoadBytes("r.md", []byte("---\ntitle: \"Ferry: a new timetable\"\ndate: 2024-06-03\npublisher: Island Board\nauthor: Press Office\nurl: https://board.example/ferry\n---\nBody text.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if src.Title != "Ferry: a new timetable" || src.Published.String() != "2024-06-03" || src.Publisher != "Island Board" ||
		src.Author != "Press Office" || src.URL != "https://board.example/ferry" || src.FrontMatterEnd != 7 {
		t.Errorf("got %+v", src)
	}
	src, err = LoadBytes("r.md", []byte("---\ndate: soon\n---\nBody.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if !src.Published.IsZero() || len(src.Warnings) != 1 {
		t.Errorf("published %v, warnings %q", src.Published, src.Warnings)
	}
}

// TestHTML: a saved page's main text, title, date, site and author come through go-trafilatura;
// navigation, scripts and footers do not.
func TestHTML(t *testing.T) {
	page := `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ferry deal | Island Times</title>
<meta property="og:site_name" content="Island Times"><meta property="article:published_time" content="2024-06-04T08:00:00Z">
<meta name="author" content="Jane Smith"><script>track()</script></head><body>
<nav><a href="/">Home</a> &gt; <a href="/news">News</a></nav>
<article><h1>Ferry deal</h1><p>The three island councils signed the ferry deal on Monday after two years of talks between them.</p>
<p>“We listened to every island,” said council leader Marta Ilves, who chaired the talks from the start.</p></article>
<footer>Copyright Island Times. Subscribe to our newsletter.</footer></body></html>`
	src, err := LoadBytes("page.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if src.Title != "Ferry deal" || src.Published.String() != "2024-06-04" || src.Publisher != "Island Times" || src.Author != "Jane Smith" {
		t.Errorf("metadata: title %q published %s publisher %q author %q", src.Title, src.Published, src.Publisher, src.Author)
	}
	for _, bad := range []string{"track()", "Home", "newsletter"} {
		if strings.Contains(src.Text, bad) {
			t.Errorf("text keeps %q:\n%s", bad, src.Text)
		}
	}
	if !strings.Contains(src.Text, "“We listened to every island,” said council leader") {
		t.Errorf("article text missing:\n%s", src.Text)
	}
}

// TestDuplicates: the same file given twice loads once, with a note.
func TestDuplicates(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"a.txt", "b.txt"} {
		if err := os.WriteFile(filepath.Join(dir, n), []byte("Same text in both files.\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	srcs, errs := LoadAll([]string{dir})
	if len(srcs) != 1 || len(errs) != 0 || len(srcs[0].Warnings) != 1 {
		t.Errorf("sources %d errors %d warnings %v", len(srcs), len(errs), srcs[0].Warnings)
	}
}

// TestFrontMatterTypedAsWritten: issue 11 item 10 end to end — the source's metadata is the text the
// user wrote, and a field of the wrong shape is a warning naming it and its line.
func TestFrontMatterTypedAsWritten(t *testing.T) {
	src, err := LoadBytes("fm.md", []byte("---\ntitle: 012345\npublisher: NO\nauthor: 0x1F\n---\nThe board met on 3 June 2024.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if src.Title != "012345" || src.Publisher != "NO" || src.Author != "0x1F" || len(src.Warnings) != 0 {
		t.Errorf("title %q publisher %q author %q warnings %q", src.Title, src.Publisher, src.Author, src.Warnings)
	}
	src, err = LoadBytes("fm.md", []byte("---\ntitle: {a: b}\nauthor: [Ann, Bo]\n---\nThe board met on 3 June 2024.\n"))
	if err != nil {
		t.Fatal(err)
	}
	w := strings.Join(src.Warnings, "\n")
	if src.Title != "" || !strings.Contains(w, "line 2: title is a mapping") || !strings.Contains(w, "line 3: author is a list") {
		t.Errorf("title %q, warnings %q", src.Title, w)
	}
}
