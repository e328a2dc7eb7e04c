package source_test

import (
	"fmt"
	"html"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/engine"
	"github.com/briefpack/briefpack/briefing/fileio"
	"github.com/briefpack/briefpack/briefing/render/pdf"
	"github.com/briefpack/briefpack/briefing/source"
	"github.com/briefpack/briefpack/internal/testdocs"
	"github.com/briefpack/briefpack/internal/testshared"
)

// seedDoc is a seed as the tests write it in other formats: its metadata as document properties and
// its body (the text after any front matter), one paragraph per line.
type seedDoc struct {
	name                     string
	title, author, publisher string
	published                time.Time
	body                     []string
	txt                      *briefing.Extraction
}

func loadSeedDocs(t *testing.T) []seedDoc {
	var out []seedDoc
	for _, f := range testshared.Seeds(t) {
		b, err := fileio.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		src, err := source.LoadBytes(filepath.Base(f), b)
		if err != nil {
			t.Fatal(err)
		}
		x := extractOne(t, src)
		d := seedDoc{name: strings.TrimSuffix(filepath.Base(f), ".txt"), title: src.Title, author: src.Author, publisher: src.Publisher, txt: x}
		if p := x.Source.Published; p.Precision == briefing.Day {
			d.published = time.Date(p.Y, p.M, p.D, 12, 0, 0, 0, time.UTC)
		}
		for ln := src.FrontMatterEnd + 1; ln <= src.NumLines(); ln++ {
			if l := src.Line(ln); strings.TrimSpace(l) != "" {
				d.body = append(d.body, l)
			}
		}
		out = append(out, d)
	}
	return out
}

func extractOne(t *testing.T, src *briefing.Source) *briefing.Extraction {
	t.Helper()
	res := engine.Process([]*briefing.Source{src}, nil, engine.Options{})
	if len(res.Extractions) != 1 {
		t.Fatalf("%s: no extraction (%v)", src.File, res.Errors)
	}
	return res.Extractions[0]
}

// formats writes one seed in every format the issue names; each entry is a file name and its bytes.
func (d seedDoc) formats(t *testing.T) map[string][]byte {
	doc := testdocs.Doc{Title: d.title, Author: d.author, Company: d.publisher, Created: d.published}
	for _, l := range d.body {
		doc.Blocks = append(doc.Blocks, testdocs.Block{Text: l})
	}
	pdfBytes, err := pdf.PlainDocument(pdf.PlainDoc{Title: d.title, Author: d.author, Created: d.published,
		Header: "Briefing material — " + d.name, Paragraphs: d.body})
	if err != nil {
		t.Fatal(err)
	}
	from := d.publisher
	if from == "" {
		from = "Press Office"
	}
	from += " <press@example.org>"
	var page strings.Builder
	page.WriteString("<html><head><title>" + html.EscapeString(d.title) + "</title></head><body><article>")
	for _, l := range d.body {
		page.WriteString("<p>" + html.EscapeString(l) + "</p>\n")
	}
	page.WriteString("</article></body></html>")
	docx := testdocs.DOCX(doc)
	return map[string][]byte{
		d.name + ".pdf":       pdfBytes,
		d.name + ".docx":      docx,
		d.name + ".odt":       testdocs.ODT(doc),
		d.name + "-plain.eml": testdocs.EML(testdocs.Mail{From: from, Subject: d.title, Date: d.published, Text: strings.Join(d.body, "\n") + "\n"}),
		d.name + "-html.eml":  testdocs.EML(testdocs.Mail{From: from, Subject: d.title, Date: d.published, HTML: page.String()}),
		d.name + "-attached.eml": testdocs.EML(testdocs.Mail{From: from, Subject: "Fwd: " + d.title, Date: d.published, Text: "The note is attached.\n",
			Attachments: []testdocs.Attachment{{Name: d.name + ".docx", Type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Data: docx}}}),
	}
}

func fold(s string) string { return strings.Join(strings.Fields(strings.ToLower(s)), " ") }

// items lists what the invariance compares: quotations with their speakers, events with their dates,
// theme evidence with its theme.
func items(x *briefing.Extraction) map[string][]string {
	out := map[string][]string{}
	for _, q := range x.Quotes {
		out["quotations"] = append(out["quotations"], fold(q.Text)+" — "+fold(q.Speaker))
	}
	for _, e := range x.Events {
		out["events"] = append(out["events"], e.Date.String()+" "+fold(e.What))
	}
	for _, th := range x.Themes {
		for _, ev := range th.Evidence {
			out["themes"] = append(out["themes"], th.Theme+": "+fold(ev.Text))
		}
	}
	return out
}

// share is the part of want found in got (1 when want is empty).
func share(want, got []string) (float64, []string) {
	if len(want) == 0 {
		return 1, nil
	}
	have := map[string]int{}
	for _, g := range got {
		have[g]++
	}
	var missing []string
	for _, w := range want {
		if have[w] > 0 {
			have[w]--
			continue
		}
		missing = append(missing, w)
	}
	return float64(len(want)-len(missing)) / float64(len(want)), missing
}

// TestFormatInvariance: issue 12's acceptance — every seed written as PDF (with a running header and
// page numbers), Word, OpenDocument and e-mail (plain, HTML-only, and as a .docx attachment) gives
// the same quotations with the same speakers, the same events with the same dates and the same theme
// evidence as the .txt original, at least 95 % of each per kind over the five seeds.
func TestFormatInvariance(t *testing.T) {
	seeds := loadSeedDocs(t)
	kinds := []string{"quotations", "events", "themes"}
	type tally struct{ want, found int }
	perFormat := map[string]map[string]*tally{}
	for _, d := range seeds {
		want := items(d.txt)
		for name, b := range d.formats(t) {
			srcs, errs := source.LoadBytesAll(name, b)
			if len(errs) > 0 || len(srcs) == 0 {
				t.Fatalf("%s: %v", name, errs)
			}
			src := srcs[len(srcs)-1] // the attachment, for the message that carries the document
			format := strings.TrimPrefix(filepath.Ext(name), ".")
			if strings.HasSuffix(name, ".eml") {
				format = name[strings.LastIndex(name, "-")+1:]
			}
			got := items(extractOne(t, src))
			for _, k := range kinds {
				s, missing := share(want[k], got[k])
				if perFormat[format] == nil {
					perFormat[format] = map[string]*tally{}
				}
				if perFormat[format][k] == nil {
					perFormat[format][k] = &tally{}
				}
				perFormat[format][k].want += len(want[k])
				perFormat[format][k].found += len(want[k]) - len(missing)
				if s < 1 {
					t.Logf("%s: %s %.0f%%; missing %q", name, k, 100*s, missing)
				}
			}
		}
	}
	for format, byKind := range perFormat {
		var line []string
		for _, k := range kinds {
			tl := byKind[k]
			s := 1.0
			if tl.want > 0 {
				s = float64(tl.found) / float64(tl.want)
			}
			line = append(line, fmt.Sprintf("%s %d/%d", k, tl.found, tl.want))
			if s < 0.95 {
				t.Errorf("%s: %s %.1f%% of the .txt originals' (want ≥ 95%%)", format, k, 100*s)
			}
		}
		t.Logf("%-8s %s", format, strings.Join(line, ", "))
	}
}

// TestREADMEFormats: the README's list of formats is the loaders' list (the app's import filter and
// `briefpack extract` use source.Extensions too).
func TestREADMEFormats(t *testing.T) {
	b, err := fileio.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	want := "Formats read: `" + strings.Join(source.Extensions(), "` `") + "`"
	if !strings.Contains(string(b), want+"\n") {
		t.Errorf("README.md has no line %q", want)
	}
}
