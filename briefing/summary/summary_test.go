package summary

import (
	"reflect"
	"testing"
)

// corpus is three short "sources" about a ferry link, written for this test: the opening of the link
// is stated by all three, the timetable by two, the rest by one each.
var corpus = []Sentence{
	{Text: "The island ferry link opened in Vallen on 3 June with a ceremony at the harbour.", Group: "a", Facet: "2024-06-03"},
	{Text: "The board expects forty crossings a day by the end of the summer timetable.", Group: "a"},
	{Text: "Weather delayed the first crossing by an hour.", Group: "a"},
	{Text: "The new ferry link between the islands opened at Vallen harbour on 3 June.", Group: "b", Facet: "2024-06-03"},
	{Text: "Fares will be reviewed next spring.", Group: "b"},
	{Text: "The summer timetable has forty crossings a day, the board said.", Group: "b"},
	{Text: "Hundreds came to the harbour when the ferry link opened in Vallen.", Group: "c", Facet: "2024-06-03"},
	{Text: "A second ferry link opened at Vallen harbour in 2019 and closed a year later.", Group: "c", Facet: "2019"},
	{Text: "The council thanked the volunteers.", Group: "c"},
}

func TestCentralSentencesLead(t *testing.T) {
	g := NewGraph(corpus, Options{})
	scores := g.Scores()
	sum := 0.0
	for _, s := range scores {
		sum += s
	}
	if sum < 0.999 || sum > 1.001 {
		t.Errorf("scores sum to %v, want 1", sum)
	}
	top := g.Top(scores, 3, nil)
	if len(top) != 3 {
		t.Fatalf("top = %v", top)
	}
	// the opening, stated by every source, leads; its rewordings are repeats, not further points
	if c := corpus[top[0]].Facet; c != "2024-06-03" {
		t.Errorf("first point %q, want one stating the opening", corpus[top[0]].Text)
	}
	for _, i := range top[1:] {
		if corpus[i].Facet == "2024-06-03" {
			t.Errorf("the opening chosen twice: %q", corpus[i].Text)
		}
	}
	// the timetable (two sources) outranks anything one source says alone
	if !contains(top, 1) && !contains(top, 5) {
		t.Errorf("the timetable is not among %v", top)
	}
	for _, lonely := range []int{2, 4, 8} {
		if scores[lonely] >= scores[1] || scores[lonely] >= scores[5] {
			t.Errorf("%q scores %v, above the timetable", corpus[lonely].Text, scores[lonely])
		}
	}
}

func TestFacetsKeepDifferentFacts(t *testing.T) {
	g := NewGraph(corpus, Options{})
	if g.Similarity(3, 7) < 0.1 {
		t.Fatalf("the two openings are not linked (%v); the test needs them alike", g.Similarity(3, 7))
	}
	if g.Repeats(3, 7) {
		t.Error("an opening in 2019 is taken as a repeat of the opening on 3 June")
	}
	if !g.Repeats(0, 3) {
		t.Errorf("two wordings of the 3 June opening are not repeats (cosine %v)", g.Similarity(0, 3))
	}
	if e := g.Echoes(0); !contains(e, 3) || contains(e, 7) || contains(e, 1) {
		t.Errorf("echoes of the opening: %v", e)
	}
}

func TestDeterministic(t *testing.T) {
	a := NewGraph(corpus, Options{}).Scores()
	for i := 0; i < 20; i++ {
		if b := NewGraph(corpus, Options{}).Scores(); !reflect.DeepEqual(a, b) {
			t.Fatalf("run %d gave other scores", i)
		}
	}
}

func TestEmptyAndAlone(t *testing.T) {
	if s := NewGraph(nil, Options{}).Scores(); s != nil {
		t.Errorf("no sentences: %v", s)
	}
	g := NewGraph([]Sentence{{Text: "Only one."}, {Text: "!!!"}}, Options{})
	if top := g.Top(g.Scores(), 5, nil); len(top) != 2 || top[0] != 0 {
		t.Errorf("unlinked sentences: top %v", top)
	}
}

func contains(xs []int, x int) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}
