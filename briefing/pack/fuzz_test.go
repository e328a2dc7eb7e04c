package pack

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/internal/testshared"
)

// FuzzBrief: whatever a source says, the pack's own reading of it (sentences, signings, sides, key
// points, context) never panics or hangs, and what it shows as the source's words is the source's
// words.
func FuzzBrief(f *testing.F) {
	for _, s := range []string{
		"Talks\nThe board and the council signed a memorandum in Vallen on 3 June 2024. It was signed by Dr Ana Ortega and Mr Berg.\n",
		"Witnessing the signing were Ana Ortega, with Jonas Berg watching. Representing the council at the signing was Mr Berg.\n",
		"Since then, it has grown. This is \"new\". The signing took place at the old customs house.\n",
		"Ana Ortega and Jonas Berg sign a MoU ( ( ( today\n", "signed by\n", "\n\n", "“", "Mr. Mr. Mr.",
	} {
		f.Add(s)
	}
	for _, b := range testshared.SeedTexts(f) {
		f.Add(string(b))
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		testshared.Within(t, func() error { return checkBrief(text) })
	})
}

func checkBrief(text string) error {
	src := source("fuzzfuzzfuzz", "f.txt", briefing.DayOf(2024, 6, 4), text)
	first := src.Line(1)
	cs := []briefing.Citation{{Source: src.ID, Line: 1, Text: first}}
	in := Input{
		Extractions: []*briefing.Extraction{{Source: src, People: []briefing.Person{{Name: "Ana Ortega", Role: "Northmere's minister", Line: 1}}}},
		Timeline:    []briefing.TimelineEntry{{Date: briefing.DayOf(2024, 6, 3), What: "The board signed a memorandum", Sources: []string{src.ID}, Citations: cs}},
		People:      []briefing.PersonEntry{{Name: "Ana Ortega", Sources: []string{src.ID}}, {Name: "Jonas Berg", Sources: []string{src.ID}}},
		Quotations:  []briefing.Quotation{{Text: first, Speaker: "Ana Ortega", Sources: []string{src.ID}, Citations: cs}},
	}
	p := New(in, nil, Settings{Date: briefing.DayOf(2024, 6, 10)}, Edits{}, nil)
	flat := Curly(oneLine(text)) // a key point's marks and apostrophes are typographic
	for _, kp := range p.KeyPoints(0) {
		if !strings.Contains(flat, kp.Text) || !strings.Contains(text, kp.Citations[0].Text) {
			return fmt.Errorf("key point %q is not the source's words", kp.Text)
		}
	}
	for _, sg := range p.Signings {
		for _, st := range append(append(append([]Stated{}, sg.Agreement...), sg.Parties...), sg.Place...) {
			if !strings.Contains(text, st.Text) {
				return fmt.Errorf("signing detail %q is not the source's words", st.Text)
			}
		}
		for _, party := range append(sg.Signatories, sg.Witnesses...) {
			if party.Name != "Ana Ortega" && party.Name != "Jonas Berg" {
				return fmt.Errorf("party %q is no one the who's who names", party.Name)
			}
		}
	}
	if it := p.Timeline[0]; it.Context != nil && !strings.Contains(text, it.Context.Text) {
		return fmt.Errorf("context %q is not the source's words", it.Context.Text)
	}
	if c := Curly(text); utf8.RuneCountInString(c) != utf8.RuneCountInString(text) {
		return fmt.Errorf("Curly changed the length of %q", text)
	}
	tm, err := LoadTemplate("signing", "")
	if err != nil {
		return err
	}
	Assemble(p, tm)
	return nil
}

// FuzzCheckNesting: the nesting check reads any text without a panic or a hang, and what it lets
// through is never deeper than it says.
func FuzzCheckNesting(f *testing.F) {
	for _, s := range []string{"- a\n  - b\n", strings.Repeat("> ", 120), "1. 2. 3) x", "\t\t\t- x", "123456789012. x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		testshared.Within(t, func() error {
			err := CheckNesting(s)
			for i, l := range strings.Split(s, "\n") {
				if d := nestingOf(l); d > MaxNesting && err == nil {
					return fmt.Errorf("line %d is %d deep and passed", i+1, d)
				}
			}
			return nil
		})
	})
}
