package extract

import (
	"fmt"
	"testing"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/source"
	"github.com/briefpack/briefpack/internal/testshared"
)

func addTextSeeds(f *testing.F) {
	for _, b := range testshared.SeedTexts(f) {
		f.Add(string(b))
	}
	for _, s := range []string{
		"X said: \"", "“", "\"a\" said", "yesterday (Jun 31)", "on Friday, i.e., February 30, 2019 signed",
		"for 99 years remain in force", "Mr", "— X (@y)", "The statement reads:\n", "Said Mr X: “a b c d e”",
		"from 1 to 3 May", "May 31-2, 2020", "2019-20", "between March and", "the end of", "fiscal", "Q4 2021", "mid-",
		"two years ago", "last week", "the first half of", "VALLEN, 3 March (Wire) – x", "+ Date: 2021-13-45", "the 1990s",
	} {
		f.Add(s)
	}
}

// load gives the text a publication date so relative dates resolve too.
func load(t *testing.T, text string) *briefing.Source {
	src, err := source.LoadBytes("f.txt", []byte(text))
	if err != nil {
		t.Skip()
	}
	if src.Published.IsZero() {
		src.Published = briefing.DayOf(2024, 5, 9)
	}
	return src
}

func FuzzFindDates(f *testing.F) {
	addTextSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		for _, e := range FindDates(s) {
			if e.Start < 0 || e.End > len(s) || e.Start > e.End {
				t.Fatalf("bad span %+v", e)
			}
			for _, pub := range []briefing.Date{{}, briefing.YearOf(2020), briefing.DayOf(2024, 2, 29)} {
				if d, prob := Resolve(e, pub, false); prob == "" && d.IsZero() {
					t.Fatalf("%q resolved to nothing without a problem", e.Text)
				}
			}
		}
	})
}

func FuzzExtract(f *testing.F) {
	addTextSeeds(f)
	f.Fuzz(func(t *testing.T, text string) {
		src := load(t, text)
		testshared.Within(t, func() error {
			x := Extract(src, Options{})
			checkProvenance(t, x)
			for _, e := range x.Events {
				if e.Date.IsZero() || e.What == "" && e.Evidence != "" {
					return fmt.Errorf("event without a date or description: %+v", e)
				}
			}
			return nil
		})
	})
}

func FuzzQuotes(f *testing.F) {
	addTextSeeds(f)
	f.Fuzz(func(t *testing.T, text string) {
		src := load(t, text)
		testshared.Within(t, func() error {
			d := prepare(src)
			d.people = findPeople(d)
			for _, q := range findQuotes(d) {
				if len(q.Parts) == 0 {
					return fmt.Errorf("quotation without evidence: %+v", q)
				}
				for _, p := range q.Parts {
					if d.src.Text[p.Offset:p.Offset+len(p.Text)] != p.Text {
						return fmt.Errorf("quote part is not source text: %q", p.Text)
					}
				}
			}
			return nil
		})
	})
}

func FuzzPeople(f *testing.F) {
	addTextSeeds(f)
	f.Fuzz(func(t *testing.T, text string) {
		src := load(t, text)
		testshared.Within(t, func() error {
			d := prepare(src)
			for _, p := range findPeople(d).list(d.src) {
				if p.Name == "" || p.Line < 1 || p.Line > d.src.NumLines() {
					return fmt.Errorf("bad person %+v", p)
				}
			}
			return nil
		})
	})
}

func FuzzEvents(f *testing.F) {
	addTextSeeds(f)
	f.Fuzz(func(t *testing.T, text string) {
		d := prepare(load(t, text))
		inferMetadata(d)
		evs, _ := findEvents(d)
		for _, e := range evs {
			if d.src.Text[e.Offset:e.Offset+len(e.Evidence)] != e.Evidence {
				t.Fatalf("event evidence is not source text: %q", e.Evidence)
			}
		}
	})
}

func FuzzThemes(f *testing.F) {
	addTextSeeds(f)
	f.Fuzz(func(t *testing.T, text string) {
		d := prepare(load(t, text))
		for _, h := range findThemes(d, DefaultThemes()) {
			if len(h.Evidence) == 0 || len(h.Phrases) == 0 {
				t.Fatalf("theme hit without evidence: %+v", h)
			}
		}
	})
}
