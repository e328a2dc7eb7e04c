package merge_test

import (
	"strings"
	"testing"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/extract"
	"github.com/briefpack/briefpack/briefing/merge"
	"github.com/briefpack/briefpack/briefing/source"
)

// extractAll loads and extracts short texts written for these tests.
func extractAll(t *testing.T, files ...[2]string) []*briefing.Extraction {
	t.Helper()
	var out []*briefing.Extraction
	for _, f := range files {
		src, err := source.LoadBytes(f[0], []byte(f[1]))
		if err != nil {
			t.Fatal(err)
		}
		x := extract.Extract(src, extract.Options{})
		x.Events = merge.DedupeEvents(x.Events)
		out = append(out, x)
	}
	return out
}

// TestTimelineMerge: one event told by three sources with different precision is one entry with the
// most precise date and all three sources; different events stay apart.
func TestTimelineMerge(t *testing.T) {
	xs := extractAll(t,
		[2]string{"a.md", "---\ndate: 2024-06-04\n---\nThe Island Board (IB) and the Harbour Council signed a memorandum of understanding yesterday (Jun 3) in Vallen.\n"},
		[2]string{"b.txt", "Ferry pact\n\nThe first memorandum between the Island Board and the Harbour Council was signed in 2024.\n\nIn October 2022 the two bodies met to discuss ferry fares.\n"},
		[2]string{"c.txt", "Ferry pact\n\nMon, Jun 3, 2024 - 5:00 PM\n\nThe memorandum signing, which took place on Monday, was held in the Vallen town hall with the Island Board.\n"},
	)
	tl := merge.Timeline(xs)
	var got []string
	for _, e := range tl {
		got = append(got, e.Date.String()+" "+strings.Join(e.Sources, ","))
	}
	want := []string{
		"2022-10 " + xs[1].Source.ID,
		"2024-06-03 " + xs[0].Source.ID + "," + xs[1].Source.ID + "," + xs[2].Source.ID,
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("timeline\n got %v\nwant %v", got, want)
	}
	for _, e := range tl {
		if len(e.Citations) < len(e.Sources) {
			t.Errorf("%s: %d citations for %d sources", e.Date, len(e.Citations), len(e.Sources))
		}
	}
}

// TestTimelineConflict: two sources give neighbouring days for the same event; it is one entry with
// the disagreement stated.
func TestTimelineConflict(t *testing.T) {
	xs := extractAll(t,
		[2]string{"a.txt", "Pact\n\nThe Island Board and the Harbour Council signed the ferry memorandum in Vallen on 3 June 2024.\n"},
		[2]string{"b.txt", "Pact\n\nThe Island Board and the Harbour Council signed the ferry memorandum in Vallen on 4 June 2024.\n"},
	)
	tl := merge.Timeline(xs)
	if len(tl) != 1 || tl[0].Conflict == "" || len(tl[0].Sources) != 2 {
		t.Fatalf("timeline %+v, want one entry flagged as a conflict", tl)
	}
	if !strings.Contains(tl[0].Conflict, "2024-06-03") || !strings.Contains(tl[0].Conflict, "2024-06-04") {
		t.Errorf("conflict %q does not name both dates", tl[0].Conflict)
	}
}

// TestQuotationVariants: the same words in case, "MoU"/"MOU", "U.K."/"UK" and a sentence more or less
// are one quotation with variants; other words by the same speaker stay apart.
func TestQuotationVariants(t *testing.T) {
	xs := extractAll(t,
		[2]string{"a.txt", "Marta Ilves, head of the Island Board, said: \"We signed this MOU with the U.K. team because it works. It is a good day.\"\n"},
		[2]string{"b.txt", "Marta Ilves, head of the Island Board, said: “We signed this MoU with the UK team because it works.”\n"},
		[2]string{"c.txt", "Marta Ilves, head of the Island Board, said: “The ferry fares will stay the same for another year at least.”\n"},
	)
	qs := merge.Quotations(xs)
	if len(qs) != 2 {
		t.Fatalf("got %d quotations, want 2: %+v", len(qs), qs)
	}
	q := qs[0]
	if len(q.Sources) != 2 || len(q.Variants) != 1 || !strings.Contains(q.Text, "It is a good day") {
		t.Errorf("merged quotation %+v", q)
	}
	if q.Speaker != "Marta Ilves" || q.Role != "head of the Island Board" {
		t.Errorf("speaker %q role %q", q.Speaker, q.Role)
	}
}

// TestPeopleMerge: one person across sources, titles stripped; the role most sources state wins.
func TestPeopleMerge(t *testing.T) {
	xs := extractAll(t,
		[2]string{"a.txt", "Dr Marta Ilves, head of the Island Board, opened the meeting.\n"},
		[2]string{"b.txt", "Marta Ilves, Head of the Island Board, spoke first.\n"},
		[2]string{"c.txt", "Chair of the Ferry Committee, Marta Ilves, closed the meeting.\n"},
	)
	ps := merge.People(xs)
	if len(ps) != 1 {
		t.Fatalf("people %+v", ps)
	}
	p := ps[0]
	if p.Name != "Marta Ilves" || p.Role != "Head of the Island Board" || len(p.Sources) != 3 || len(p.Roles) != 2 {
		t.Errorf("person %+v", p)
	}
}

// TestDedupeWithinSource: a release that repeats its news keeps one event with both citations.
func TestDedupeWithinSource(t *testing.T) {
	xs := extractAll(t, [2]string{"a.md", "---\ndate: 2024-06-04\n---\nThe Island Board launched its ferry app in January 2024.\n\n## About the app\n\nIn January 2024, the Island Board launched the ferry app for all islands.\n"})
	if ev := xs[0].Events; len(ev) != 1 || len(ev[0].Also) != 1 {
		t.Errorf("events %+v", ev)
	}
}

// TestQuotationsFoldDefinedAbbreviations: two sources quoting the same words, one spelling out a name
// that the other abbreviates, merge into one quotation — because a source defines the abbreviation,
// or because it is one every reader knows; an abbreviation nobody defines keeps them apart.
func TestQuotationsFoldDefinedAbbreviations(t *testing.T) {
	mk := func(id, text string, abbr ...briefing.Abbreviation) *briefing.Extraction {
		return &briefing.Extraction{Source: &briefing.Source{ID: id}, Abbreviations: abbr,
			Quotes: []briefing.Quote{{Text: text, Speaker: "Lina Park", Line: 1}}}
	}
	tests := []struct {
		name string
		xs   []*briefing.Extraction
		want int
	}{
		{"defined by one source", []*briefing.Extraction{
			mk("a", "The Harbour Transit Authority will run the new ferries from May onwards.", briefing.Abbreviation{Short: "HTA", Long: "Harbour Transit Authority"}),
			mk("b", "The HTA will run the new ferries from May onwards.")}, 1},
		{"known to every reader", []*briefing.Extraction{
			mk("a", "The United Kingdom will sign the accord with us in the spring."),
			mk("b", "The UK will sign the accord with us in the spring.")}, 1},
		{"defined nowhere", []*briefing.Extraction{
			mk("a", "The Harbour Transit Authority will run the new ferries from May onwards."),
			mk("b", "The HTA will run the new ferries from May onwards.")}, 2},
	}
	for _, tc := range tests {
		if got := len(merge.Quotations(tc.xs)); got != tc.want {
			t.Errorf("%s: %d quotations, want %d", tc.name, got, tc.want)
		}
	}
}

// TestPeopleKeepWhenRolesWereStated: the who's who keeps each source's role with its date, newest
// first, and the honorific a source gives.
func TestPeopleKeepWhenRolesWereStated(t *testing.T) {
	mk := func(id string, y int, role string) *briefing.Extraction {
		src := &briefing.Source{ID: id, Published: briefing.DayOf(y, 5, 1)}
		return &briefing.Extraction{Source: src, People: []briefing.Person{{Name: "Rita Vaher", Honorific: "Dr", Role: role, Roles: []string{role}, Line: 3,
			Stated: []briefing.RoleMention{{Role: role, Source: id, Line: 3, AsOf: src.Published}}}}}
	}
	got := merge.People([]*briefing.Extraction{mk("a", 2019, "Harbour Minister"), mk("b", 2023, "former Harbour Minister")})
	if len(got) != 1 {
		t.Fatalf("got %d people", len(got))
	}
	p := got[0]
	if p.Honorific != "Dr" || len(p.Stated) != 2 || p.Stated[0].Source != "b" || p.Stated[1].Source != "a" {
		t.Errorf("got %+v", p)
	}
}
