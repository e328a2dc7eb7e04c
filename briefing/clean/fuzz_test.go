package clean

import (
	"testing"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/internal/testshared"
)

func FuzzClassify(f *testing.F) {
	for _, b := range testshared.SeedTexts(f) {
		f.Add(string(b), true)
	}
	f.Add("Most Read\n\n1 x\n", false)
	f.Fuzz(func(t *testing.T, text string, markdown bool) {
		src := &briefing.Source{Format: briefing.FormatText}
		if markdown {
			src.Format = briefing.FormatMarkdown
		}
		src.SetText(text)
		r := Classify(src)
		if len(r.Lines) != src.NumLines() {
			t.Fatalf("%d verdicts for %d lines", len(r.Lines), src.NumLines())
		}
		for _, n := range r.Furniture() {
			if n < 1 || n > src.NumLines() || r.Lines[n-1].Reason == "" {
				t.Fatalf("furniture line %d without a reason", n)
			}
		}
	})
}
