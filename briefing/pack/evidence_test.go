package pack

import (
	"strings"
	"testing"

	"github.com/briefpack/briefpack/briefing"
)

// TestOpeningAndShownEvidence: an annex label keeps its ellipsis on its last word's line; evidence
// that opens or closes a quotation keeps its own mark at that end instead of gaining a second one,
// and gains the frame's at the other, so no quotation is left open.
func TestOpeningAndShownEvidence(t *testing.T) {
	long := "“The ferry board and the harbour council will share crews, berths and timetables from June.”"
	if got := Opening(long); got != "The ferry board and the harbour council will share crews,\u00a0…" {
		t.Errorf("Opening = %q", got)
	}
	if got := Opening("“Short words.”"); got != "Short words." {
		t.Errorf("Opening of a short quote = %q", got)
	}
	for in, want := range map[string]string{
		"The board met twice.":               "“The board met twice.”",
		"\"It will also allow exchanges.\"":  "\"It will also allow exchanges.\"",
		"… between the two organisations.\"": "“… between the two organisations.\"",
		"It will also allow exchanges.”":     "“It will also allow exchanges.”",
		"“It will also allow":                "“It will also allow”",
		"“We are ready,” she said.":          "“We are ready,” she said.",
		"The board\n  met   twice.":          "“The board met twice.”",
		"":                                   "",
	} {
		if got := ShownEvidence(in); got != want {
			t.Errorf("ShownEvidence(%q) = %q, want %q", in, got, want)
		}
	}
	if strings.Count(ShownEvidence("He said “yes”."), "“") != 2 {
		t.Error("inner quotation marks must stay as the source has them")
	}
}

// TestWithoutSignposts: an "About" note loses the closing sentences that only point elsewhere, and
// keeps its opening words exactly.
func TestWithoutSignposts(t *testing.T) {
	for _, tc := range []struct{ note, want string }{
		{"The Ferry Board runs the island crossings. For more information, please visit www.ferry.example. Follow us on social media @FerryBoard.",
			"The Ferry Board runs the island crossings."},
		{"The Ferry Board runs the island crossings. It was set up in 1962.", "The Ferry Board runs the island crossings. It was set up in 1962."},
		{"Visit the board's site for timetables.", "Visit the board's site for timetables."}, // the first sentence always stays
		{"Follow the ferries: the board publishes delays. The board has nine ships.", "Follow the ferries: the board publishes delays. The board has nine ships."},
	} {
		if got := withoutSignposts(tc.note); got != tc.want {
			t.Errorf("withoutSignposts(%q) = %q, want %q", tc.note, got, tc.want)
		}
	}
}

// TestCloseQuotation: a passage that opens a quotation takes in the sentences of its paragraph that
// close it, each cited; a passage whose quotation runs on past its paragraph stays as it is.
func TestCloseQuotation(t *testing.T) {
	src := source("cqcqcqcqcqcq", "q.txt", briefing.DayOf(2024, 6, 4), "Ferries\n"+
		"The harbour master said: “The first timetable worked. The next one will add night crossings.” The board agreed.\n"+
		"Rui Costa said: “We will see.\n\nNobody knows yet.”\n")
	p := New(Input{Extractions: []*briefing.Extraction{{Source: src}}}, nil, Settings{}, Edits{}, nil)
	texts := p.texts()
	opening := "The harbour master said: “The first timetable worked."
	got := closeQuotation(texts, Passage{Text: opening, Citations: []briefing.Citation{cite(t, src, opening)}})
	if want := opening + " The next one will add night crossings.”"; got.Text != want || len(got.Citations) != 2 {
		t.Errorf("closed %q with %d citations, want %q with 2", got.Text, len(got.Citations), want)
	}
	open := "Rui Costa said: “We will see."
	if got := closeQuotation(texts, Passage{Text: open, Citations: []briefing.Citation{cite(t, src, open)}}); got.Text != open {
		t.Errorf("a quotation running past its paragraph became %q", got.Text)
	}
}
