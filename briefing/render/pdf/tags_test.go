package pdf

import (
	"bytes"
	"compress/zlib"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/jung-kurt/gofpdf"
	"github.com/yuin/goldmark/ast"

	"github.com/briefpack/briefpack/assets"
	"github.com/briefpack/briefpack/briefing/pack"
)

// TestEveryNodeKindTagged: every node kind the renderer draws has its place in nodeRoles, so a new
// kind cannot be drawn without deciding its structure element (the fallback, a Div, keeps its
// content tagged but says nothing about it).
func TestEveryNodeKindTagged(t *testing.T) {
	r, err := newRenderer(smallPack(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for kind := range r.funcs {
		if _, ok := nodeRoles[kind]; !ok {
			t.Errorf("node kind %s is drawn but has no entry in nodeRoles (tags.go)", kind)
		}
	}
	if len(r.funcs) < 10 {
		t.Fatalf("only %d node kinds registered", len(r.funcs))
	}
}

// TestHeadingNesting: heading levels follow the nesting and never skip, however the template and
// the user's sections number them.
func TestHeadingNesting(t *testing.T) {
	for _, tc := range []struct{ drawn, tagged string }{
		{"1 2 2 1 2", "H1 H2 H2 H1 H2"},
		{"1 3 3 2 3 1", "H1 H2 H2 H2 H3 H1"}, // a section's level-3 headings under a level-1 one are H2
		{"3 2 2", "H1 H1 H1"},                // the one-page note opens on a section's heading
		{"2 3 1 3", "H1 H2 H1 H2"},
	} {
		r := &renderer{}
		var got []string
		for _, f := range strings.Fields(tc.drawn) {
			got = append(got, r.headingRole(int(f[0]-'0')))
		}
		if strings.Join(got, " ") != tc.tagged {
			t.Errorf("headings drawn at %s tagged %s, want %s", tc.drawn, strings.Join(got, " "), tc.tagged)
		}
	}
}

// everyBlock is a user section with every Markdown construct a preparer may write.
const everyBlock = `## Objectives

A paragraph with *emphasis*, **strong** text, ` + "`code`" + `, a [link](https://example.org/ferry) and
<https://example.org/timetable> — and a line break<br>inside it.

- a bullet
- another, with a nested list:
  1. first
  2. second
- [x] a task done

> A quotation the preparer pasted,
> over two lines.

` + "```" + `
code block line one
code block line two
` + "```" + `

---

| Port | Crossing |
| --- | --- |
| Vallen | 2 hours |
| Harbour | 1 hour |

![the ferry route](route.png)

### A subheading

The end.
`

// TestMarkdownBlocksTagged: a pack with every Markdown block in a user section passes the PDF/UA
// check, and its structure has the elements each block should give.
func TestMarkdownBlocksTagged(t *testing.T) {
	d := smallPack(t)
	d.Pack.Sections = pack.ParseSections(everyBlock)
	doc := pack.Assemble(d.Pack, d.Template)
	var out bytes.Buffer
	if _, err := Render(doc, &out, Options{}); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "blocks.pdf")
	if err := os.WriteFile(file, out.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if report := PDFUACheck(t, file)[file]; strings.Contains(report, "FAIL") {
		t.Errorf("the PDF/UA check fails:\n%s", report)
	}
	tree := StructText(t, file)
	for _, want := range []string{"L", "LI", "Lbl", "LBody", "BlockQuote", "Table", "TH", "TD", "Link", "H1", "H2", "TOC", "TOCI", "Figure", "Reference"} {
		if !regexp.MustCompile(`(?m)^\s*` + want + `\b`).MatchString(tree) {
			t.Errorf("no %s element in the structure", want)
		}
	}
	for _, want := range []string{"code block line one", "A quotation the preparer pasted, over two lines.", "Vallen", "a task done", "[the ferry route]"} {
		if !strings.Contains(tree, want) {
			t.Errorf("%q is not in the structure", want)
		}
	}
}

// TestCheckCanFail: the PDF/UA check finds what a careless tagger gets wrong: untagged text, a
// skipped heading level, a table header without scope, a figure without alternative text, a link
// outside a Link element, and text read in another order than it stands on the page.
func TestCheckCanFail(t *testing.T) {
	cases := []struct {
		name string
		want []string // the checks that must fail, and only they
		draw func(pdf *gofpdf.Fpdf)
	}{
		{"untagged text", []string{"FAIL 01-005"}, func(pdf *gofpdf.Fpdf) { pdf.Text(20, 40, "loose") }},
		{"skipped heading", []string{"FAIL 14-003"}, func(pdf *gofpdf.Fpdf) {
			tagText(pdf, "H1", 40, "Title")
			tagText(pdf, "H3", 50, "Too deep")
		}},
		{"header without scope", []string{"FAIL 15-003"}, func(pdf *gofpdf.Fpdf) {
			pdf.BeginTag(gofpdf.Tag{Role: "Table"})
			pdf.BeginTag(gofpdf.Tag{Role: "TR"})
			tagText(pdf, "TH", 40, "Name")
			pdf.EndTag()
			pdf.EndTag()
		}},
		{"figure without alt", []string{"FAIL 13-004"}, func(pdf *gofpdf.Fpdf) { tagText(pdf, "Figure", 40, "2024") }},
		{"link outside Link", []string{"FAIL 28-011", "FAIL 28-012"}, func(pdf *gofpdf.Fpdf) {
			pdf.BeginTag(gofpdf.Tag{Role: "P"})
			pdf.SetXY(20, 40)
			pdf.WriteLinkString(6, "a link", "https://example.org")
			pdf.EndTag()
		}},
		{"order", []string{"FAIL (reading order)"}, func(pdf *gofpdf.Fpdf) {
			tagText(pdf, "P", 80, "drawn lower, read first")
			tagText(pdf, "P", 40, "drawn higher, read second")
		}},
	}
	var files []string
	for _, tc := range cases {
		pdf := gofpdf.New("P", "mm", "A4", "")
		pdf.EnableTagging(packLang)
		pdf.SetTitle("Check", true)
		pdf.AddUTF8FontFromBytes(family, "", assets.FontRegular)
		pdf.SetFont(family, "", 11)
		pdf.AddPage()
		tagText(pdf, "H1", 20, "A document")
		tc.draw(pdf)
		file := filepath.Join(t.TempDir(), strings.ReplaceAll(tc.name, " ", "-")+".pdf")
		if err := pdf.OutputFileAndClose(file); err != nil {
			t.Fatal(err)
		}
		files = append(files, file)
	}
	reports := PDFUACheck(t, files...)
	for i, tc := range cases {
		report := reports[files[i]]
		for _, w := range tc.want {
			if !strings.Contains(report, w) {
				t.Errorf("%s: the check does not report %s:\n%s", tc.name, w, report)
			}
		}
		if n := strings.Count(report, "FAIL"); n != len(tc.want) {
			t.Errorf("%s: %d checks fail, want only %v:\n%s", tc.name, n, tc.want, report)
		}
	}
}

func tagText(pdf *gofpdf.Fpdf, role string, y float64, s string) {
	pdf.BeginTag(gofpdf.Tag{Role: role})
	pdf.Text(20, y, s)
	pdf.EndTag()
}

// PDFUACheck runs scripts/pdfua_check.py (python3-pikepdf) on files and returns its report on
// each: a line per check, "PASS …" or "FAIL …". When the check cannot run it skips the test, but
// fails it under CI=true, where a gate that cannot run must not pass.
func PDFUACheck(t *testing.T, files ...string) map[string]string {
	t.Helper()
	script := filepath.Join(moduleRoot(t), "scripts", "pdfua_check.py")
	out, err := exec.Command(script, files...).CombinedOutput()
	cannotRun := func(why string) {
		msg := "the PDF/UA check cannot run (make test installs python3-pikepdf): " + why + "\n" + string(out)
		if os.Getenv("CI") == "true" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	var exit *exec.ExitError
	if err != nil && !(errors.As(err, &exit) && exit.ExitCode() == 1) {
		cannotRun(err.Error())
	}
	reports := map[string]string{}
	cur := ""
	for _, line := range strings.SplitAfter(string(out), "\n") {
		if name, ok := strings.CutSuffix(strings.TrimRight(line, "\n"), ":"); ok && !strings.HasPrefix(line, " ") {
			cur = name
			continue
		}
		if strings.HasPrefix(line, " ") {
			reports[cur] += line
		}
	}
	for _, f := range files {
		if !strings.Contains(reports[f], "PASS") && !strings.Contains(reports[f], "FAIL") {
			cannotRun("it says nothing about " + f)
		}
	}
	return reports
}

// StructText is what pdfinfo -struct-text reads from the structure tree of a file.
func StructText(t *testing.T, file string) string {
	t.Helper()
	bin, err := exec.LookPath("pdfinfo")
	if err != nil {
		t.Fatalf("pdfinfo is not installed (make test installs poppler-utils): %v", err)
	}
	out, err := exec.Command(bin, "-struct-text", file).Output()
	if err != nil {
		t.Fatalf("pdfinfo -struct-text %s: %v", file, err)
	}
	return string(out)
}

func moduleRoot(t *testing.T) string {
	t.Helper()
	d, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for ; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d
		}
		if filepath.Dir(d) == d {
			t.Fatal("module root not found")
		}
	}
}

// TestTimelineFigureAlt: the timeline's Figure carries alternative text that gives every entry —
// date as shown, what happened, its sources — and the conflict marker's warning, which the graphic
// shows as a red ring and a line in red.
func TestTimelineFigureAlt(t *testing.T) {
	doc := smallPack(t)
	var tl *pack.TimelineNode
	ast.Walk(doc.Root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if x, ok := n.(*pack.TimelineNode); ok && entering {
			tl = x
		}
		return ast.WalkContinue, nil
	})
	if tl == nil || len(tl.Items) < 2 {
		t.Fatal("the small pack has no timeline to test")
	}
	src := doc.Pack.Sources[0].ID
	tl.Items[0].Entry.Conflict = "sources disagree: " + src + " says 2024-06-03; another says 2024-06-04"
	var out bytes.Buffer
	if _, err := Render(doc, &out, Options{}); err != nil {
		t.Fatal(err)
	}
	alts := figureAlts(t, out.Bytes())
	if len(alts) != 1 {
		t.Fatalf("%d figures with alternative text, want the timeline's: %q", len(alts), alts)
	}
	alt := alts[0]
	if !strings.HasPrefix(alt, "Timeline of "+strconv.Itoa(len(tl.Items))+" dated events") {
		t.Errorf("the alternative text does not say how many events: %.80q", alt)
	}
	last := -1
	for _, it := range tl.Items {
		i := strings.Index(alt, it.Entry.Date.Human())
		j := strings.Index(alt, strings.TrimSuffix(it.Entry.What, "."))
		if i < 0 || j < i || i < last {
			t.Errorf("the alternative text lacks, or has out of order, %s: %s", it.Entry.Date.Human(), it.Entry.What)
		}
		last = i
	}
	if !strings.Contains(alt, "Warning: Sources disagree: [1] says 2024-06-03") {
		t.Errorf("the conflict is not in the alternative text: %q", alt)
	}
	if !regexp.MustCompile(`\(sources? [0-9, ]+\)`).MatchString(alt) {
		t.Errorf("no source numbers in the alternative text: %q", alt)
	}
}

// figureAlts reads the /Alt of every Figure element from the object stream of a PDF gofpdf wrote.
func figureAlts(t *testing.T, data []byte) []string {
	t.Helper()
	var alts []string
	for _, m := range regexp.MustCompile(`/Type /ObjStm [^>]*/Length (\d+)>>\nstream\n`).FindAllSubmatchIndex(data, -1) {
		n, _ := strconv.Atoi(string(data[m[2]:m[3]]))
		zr, err := zlib.NewReader(bytes.NewReader(data[m[1] : m[1]+n]))
		if err != nil {
			t.Fatal(err)
		}
		objs, err := io.ReadAll(zr)
		if err != nil {
			t.Fatal(err)
		}
		for _, fig := range regexp.MustCompile(`/S /Figure [^\n]*?/Alt \(`).FindAllIndex(objs, -1) {
			alts = append(alts, pdfString(objs[fig[1]:]))
		}
	}
	return alts
}

// pdfString decodes a literal string (from just after its opening parenthesis): escapes, and
// UTF-16BE after a byte order mark.
func pdfString(b []byte) string {
	var out []byte
	for i := 0; i < len(b) && b[i] != ')'; i++ {
		if b[i] == '\\' && i+1 < len(b) {
			i++
			switch b[i] {
			case 'r':
				out = append(out, '\r')
			case 'n':
				out = append(out, '\n')
			default:
				out = append(out, b[i])
			}
			continue
		}
		out = append(out, b[i])
	}
	if len(out) < 2 || out[0] != 0xfe || out[1] != 0xff {
		return string(out)
	}
	units := make([]uint16, 0, len(out)/2)
	for i := 2; i+1 < len(out); i += 2 {
		units = append(units, uint16(out[i])<<8|uint16(out[i+1]))
	}
	return string(utf16.Decode(units))
}
