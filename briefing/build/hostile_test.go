package build

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/engine"
	"github.com/briefpack/briefpack/briefing/pack"
	"github.com/briefpack/briefpack/briefing/source"
)

// The bad-input cases of issue 11 that the pack owns, each named after its case: what a hostile or
// careless sections file, template or output path does. Each must give its clear message, leave the
// rest of the job done, and take no more than a few seconds (a hang is a failure, not a wait).

const hostileLimit = 5 * time.Second

// within runs f, failing the test if it takes longer than the bound.
func within(t *testing.T, f func()) {
	t.Helper()
	done := make(chan struct{})
	start := time.Now()
	go func() { defer close(done); f() }()
	select {
	case <-done:
	case <-time.After(hostileLimit):
		t.Fatalf("still running after %v", hostileLimit)
	}
	if d := time.Since(start); d > hostileLimit {
		t.Errorf("took %v, over %v", d, hostileLimit)
	}
}

// smallJob is a pack from one short source, written for these tests.
func smallJob(t *testing.T, sections string) Job {
	t.Helper()
	s, err := source.LoadBytes("note.txt", []byte("Ferry talks\n\nThe two councils met in Vallen on 3 June 2024 to agree a timetable.\n"))
	if err != nil {
		t.Fatal(err)
	}
	res := engine.Process([]*briefing.Source{s}, nil, engine.Options{})
	return Job{Result: res, Sections: pack.ParseSections(sections), Settings: pack.Settings{Title: "Ferry", Date: briefing.DayOf(2024, 6, 4)}}
}

func render(t *testing.T, j Job) (string, []string) {
	t.Helper()
	var buf bytes.Buffer
	warns, err := Render(j, &buf)
	if err != nil {
		t.Fatal(err)
	}
	return buf.String(), warns
}

func warned(warns []string, part string) bool {
	for _, w := range warns {
		if strings.Contains(w, part) {
			return true
		}
	}
	return false
}

func TestHostileInputs(t *testing.T) {
	t.Run("11.2 remote image in sections", func(t *testing.T) {
		within(t, func() {
			j := smallJob(t, "## Objectives\n\nSee ![the harbour chart](http://example.org/chart.png) and ![logo](https://example.org/l.svg).\n\n<img src=\"http://example.org/x.png\">\n")
			j.Format = HTML
			page, warns := render(t, j)
			if strings.Contains(page, "example.org") && strings.Contains(page, "<img") {
				t.Error("a remote image is still an <img> in the HTML copy")
			}
			if !strings.Contains(page, "[the harbour chart]") {
				t.Error("the image's text is not shown in its place")
			}
			if !warned(warns, "http://example.org/chart.png") {
				t.Errorf("no warning names the remote image: %v", warns)
			}
			if !strings.Contains(page, "Content-Security-Policy") || !strings.Contains(page, "img-src data:") {
				t.Error("no Content-Security-Policy")
			}
		})
	})
	t.Run("11.2 inline image kept", func(t *testing.T) {
		j := smallJob(t, "## Objectives\n\n![dot](data:image/png;base64,iVBORw0KGgo=)\n")
		j.Format = HTML
		if page, _ := render(t, j); !strings.Contains(page, `<img src="data:image/png;base64,iVBORw0KGgo=" alt="dot">`) {
			t.Error("an inline data image was dropped")
		}
	})
	t.Run("11.4 sections nested 3,000 list levels", func(t *testing.T) {
		var md strings.Builder
		md.WriteString("## Objectives\n\n")
		for i := 0; i < 3000; i++ {
			md.WriteString(strings.Repeat("  ", i) + "- level\n")
		}
		within(t, func() {
			for _, f := range []Format{PDF, HTML} {
				j := smallJob(t, md.String())
				j.Format = f
				out, warns := render(t, j)
				if !warned(warns, "nested") || !warned(warns, "shown as plain text") {
					t.Errorf("%s: no warning about the nesting: %v", f, warns)
				}
				if len(out) == 0 {
					t.Errorf("%s: nothing built", f)
				}
			}
		})
	})
	t.Run("11.4 template nested 3,000 list levels", func(t *testing.T) {
		dir := t.TempDir()
		file := filepath.Join(dir, "deep.md")
		os.WriteFile(file, []byte("# Deep\n\n"+strings.Repeat("> ", 3000)+"x\n"), 0o644)
		within(t, func() {
			_, err := pack.LoadTemplate(file, "")
			if err == nil || !strings.Contains(err.Error(), file+":3: lists or quotes nested") {
				t.Errorf("error %v, want the file and line named", err)
			}
		})
	})
	t.Run("11.6 output names a source", func(t *testing.T) {
		dir := t.TempDir()
		src := filepath.Join(dir, "note.txt")
		original := []byte("Ferry talks\n\nThe two councils met in Vallen on 3 June 2024 to agree a timetable.\n")
		os.WriteFile(src, original, 0o644)
		res := engine.Run([]string{dir}, engine.Options{})
		j := Job{Result: res, Settings: pack.Settings{Date: briefing.DayOf(2024, 6, 4)}}
		for _, out := range []string{src, filepath.Join(dir, ".", "note.txt")} {
			_, err := ToFile(j, out)
			if err == nil || !strings.Contains(err.Error(), "one of the sources") {
				t.Errorf("-o %s: %v, want a refusal naming the source", out, err)
			}
		}
		link := filepath.Join(dir, "pack.pdf")
		os.Symlink(src, link)
		if _, err := ToFile(j, link); err == nil {
			t.Error("writing through a link to a source was not refused")
		}
		if b, _ := os.ReadFile(src); !bytes.Equal(b, original) {
			t.Error("the source was changed")
		}
	})
	t.Run("11.6 output names the sections file", func(t *testing.T) {
		dir := t.TempDir()
		sections := filepath.Join(dir, "sections.md")
		os.WriteFile(sections, []byte("## Objectives\n\nOpen the link.\n"), 0o644)
		j := smallJob(t, "## Objectives\n\nOpen the link.\n")
		j.Inputs = []InputFile{{Path: sections, What: "the sections file"}}
		_, err := ToFile(j, sections)
		if err == nil || !strings.Contains(err.Error(), "the sections file") {
			t.Errorf("%v, want a refusal naming the sections file", err)
		}
		if b, _ := os.ReadFile(sections); string(b) != "## Objectives\n\nOpen the link.\n" {
			t.Error("the sections file was changed")
		}
	})
	t.Run("11.7 unsafe link targets in the PDF", func(t *testing.T) {
		within(t, func() {
			j := smallJob(t, "## Objectives\n\n[click](javascript:alert(1)) [run](vbscript:msgbox) [data](data:text/html,x) [file](file:///etc/passwd) [page](notes.html) [ok](https://example.org/brief) <mailto:press@example.org>\n")
			j.Format = PDF
			out, warns := render(t, j)
			for _, bad := range []string{"javascript:", "vbscript:", "data:text", "file:///", "notes.html"} {
				if strings.Contains(out, "/URI ("+bad) {
					t.Errorf("the PDF links to %s", bad)
				}
				if !warned(warns, bad) {
					t.Errorf("no warning for %s: %v", bad, warns)
				}
			}
			if !strings.Contains(out, "/URI (https://example.org/brief)") {
				t.Error("a safe https link was dropped")
			}
			j.Format = HTML
			page, _ := render(t, j)
			if strings.Contains(page, `href="javascript`) || strings.Contains(page, `href="file:`) || !strings.Contains(page, `href="https://example.org/brief"`) {
				t.Error("the HTML copy's links differ from the PDF's rule")
			}
		})
	})
	t.Run("11.11 conflict marker drawn", func(t *testing.T) {
		j := smallJob(t, "")
		j.Result.Timeline[0].Conflict = "sources disagree: " + j.Result.Extractions[0].Source.ID + " says 2024-06-03; another says 2024-06-04"
		file, warns := buildPDF(t, j)
		if warned(warns, "U+26A0") || warned(warns, "print as") {
			t.Errorf("the font lacks a glyph the pack prints: %v", warns)
		}
		text := flat(strings.Join(pages(t, file), "\n"))
		if strings.Contains(text, "? Sources disagree") || !strings.Contains(text, "Sources disagree: [1] says 2024-06-03") {
			t.Errorf("conflict shown as %q", text[strings.Index(text, "isagree")-20:][:80])
		}
	})
}
