package clean

import (
	"fmt"
	"strings"
	"testing"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/internal/testshared"
)

func FuzzClassify(f *testing.F) {
	for _, b := range testshared.SeedTexts(f) {
		f.Add(string(b), true)
	}
	f.Add("Most Read\n\n1 x\n", false)
	f.Add(islandRelease, true)
	f.Add("### \nUnknown\n![a](b.jpg)\n[[Tag]] [[Other]]\n## 3 Comments\nx says:\nHi.\n", true)
	f.Add("Media contacts\nAna Silva, Press Officer, +1 555 0100, ana@x.example\n\nAbout Foo Bar\nFoo Bar is a thing.\n", false)
	f.Fuzz(func(t *testing.T, text string, markdown bool) {
		testshared.Within(t, func() error { return checkClassify(text, markdown) })
	})
}

// checkClassify classifies text and checks what comes back: a verdict per line, a reason for every
// furniture line, contacts on contact lines, notes with an organisation and text, kept lines that are
// lines of the source.
func checkClassify(text string, markdown bool) error {
	src := &briefing.Source{Format: briefing.FormatText}
	if markdown {
		src.Format = briefing.FormatMarkdown
	}
	src.SetText(text)
	r := Classify(src)
	if len(r.Lines) != src.NumLines() {
		return fmt.Errorf("%d verdicts for %d lines", len(r.Lines), src.NumLines())
	}
	for _, n := range r.Furniture() {
		if n < 1 || n > src.NumLines() || r.Lines[n-1].Reason == "" {
			return fmt.Errorf("furniture line %d without a reason", n)
		}
	}
	for _, c := range r.Contacts(src) {
		if c.Line < 1 || c.Line > src.NumLines() || r.Lines[c.Line-1].Reason != ReasonContact {
			return fmt.Errorf("contact %+v not on a contact line", c)
		}
	}
	for _, n := range r.Notes(src) {
		if n.Line < 1 || n.Line > src.NumLines() || n.Organisation == "" || n.Text == "" {
			return fmt.Errorf("note %+v", n)
		}
	}
	for _, l := range strings.Split(r.KeptText(src), "\n") {
		if l != "" && !strings.Contains(text, l) {
			return fmt.Errorf("kept line %q is not in the source", l)
		}
	}
	return nil
}
