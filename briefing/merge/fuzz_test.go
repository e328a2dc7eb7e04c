package merge_test

import (
	"fmt"
	"testing"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/extract"
	"github.com/briefpack/briefpack/briefing/merge"
	"github.com/briefpack/briefpack/briefing/source"
	"github.com/briefpack/briefpack/internal/testshared"
)

func FuzzMerge(f *testing.F) {
	seeds := testshared.SeedTexts(f)
	for i := range seeds {
		f.Add(string(seeds[i]), string(seeds[(i+1)%len(seeds)]))
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		testshared.Within(t, func() error {
			var xs []*briefing.Extraction
			for i, text := range []string{a, b} {
				src, err := source.LoadBytes([]string{"a.txt", "b.txt"}[i], []byte(text))
				if err != nil {
					continue
				}
				src.Published = briefing.DayOf(2024, 5, 9)
				x := extract.Extract(src, extract.Options{})
				x.Events = merge.DedupeEvents(x.Events)
				xs = append(xs, x)
			}
			for _, e := range merge.Timeline(xs) {
				if len(e.Sources) == 0 || len(e.Citations) == 0 {
					return fmt.Errorf("timeline entry without sources: %+v", e)
				}
			}
			for _, q := range merge.Quotations(xs) {
				if len(q.Sources) == 0 {
					return fmt.Errorf("quotation without sources: %+v", q)
				}
			}
			for _, p := range merge.People(xs) {
				if p.Name == "" || len(p.Sources) == 0 {
					return fmt.Errorf("bad person %+v", p)
				}
			}
			return nil
		})
	})
}
