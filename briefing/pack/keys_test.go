package pack

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/briefpack/briefpack/briefing"
)

// Two events told on one line of one source, as in a release that gives a signing and an earlier
// agreement on the same line (the bug of issue 14 point 1).
var (
	ferryNote = &briefing.Source{ID: "aaaaaaaaaaaa", File: "ferry-note.txt"}
	dayOne    = briefing.TimelineEntry{Date: briefing.DayOf(2024, 6, 3), What: "The councils signed the ferry accord",
		Sources: []string{"aaaaaaaaaaaa"}, Citations: []briefing.Citation{{Source: "aaaaaaaaaaaa", Line: 4, Text: "The councils signed the ferry accord on 3 June 2024."}}}
	dayTwo = briefing.TimelineEntry{Date: briefing.DayOf(2027, 6, 1), What: "The accord will run for 3 years", Derived: true,
		Sources: []string{"aaaaaaaaaaaa"}, Citations: []briefing.Citation{{Source: "aaaaaaaaaaaa", Line: 4, Text: "The accord will run for 3 years."}}}
)

// packOf builds a pack of the ferry note with the given timeline and edits.
func packOf(timeline []briefing.TimelineEntry, quotes []briefing.Quotation, e Edits, srcs ...*briefing.Source) *Pack {
	if len(srcs) == 0 {
		srcs = []*briefing.Source{ferryNote}
	}
	res := Input{Timeline: timeline, Quotations: quotes}
	for _, s := range srcs {
		res.Extractions = append(res.Extractions, &briefing.Extraction{Source: s})
	}
	return New(res, nil, Settings{}, e, nil)
}

func itemWhat(p *Pack, key string) string {
	for _, it := range p.Timeline {
		if it.Key == key {
			return it.Entry.What
		}
	}
	return ""
}

// TestEditLandsOnOneItem: an edit of one of two events on the same source line changes that event
// only, and the project file keeps one edit under a key the other event does not have.
func TestEditLandsOnOneItem(t *testing.T) {
	p := packOf([]briefing.TimelineEntry{dayOne, dayTwo}, nil, Edits{})
	if len(p.Timeline) != 2 || p.Timeline[0].Key == p.Timeline[1].Key {
		t.Fatalf("two events of one line share the key %q", p.Timeline[0].Key)
	}
	var e Edits
	two := p.Timeline[1]
	p.EditTimeline(&e, two, func(ed *TimelineEdit) { ed.What = "The accord runs until June 2027" })
	q := packOf([]briefing.TimelineEntry{dayOne, dayTwo}, nil, e)
	if got := itemWhat(q, p.Timeline[0].Key); got != dayOne.What {
		t.Errorf("the other event of the line now reads %q", got)
	}
	if got := itemWhat(q, two.Key); got != "The accord runs until June 2027" {
		t.Errorf("the edited event reads %q", got)
	}
	if len(q.Unmatched) != 0 {
		t.Errorf("unmatched: %+v", q.Unmatched)
	}
	b, _ := json.Marshal(e)
	if strings.Count(string(b), `"t2-`) != 1 || !strings.Contains(string(b), `"where":"ferry-note.txt, l. 4"`) {
		t.Errorf("stored edits: %s", b)
	}
}

// TestLegacyKeys: an edit keyed the old way (source and line) is applied when one item has that key,
// moved to the new key by Rekey, and not applied — but listed — when two items share it.
func TestLegacyKeys(t *testing.T) {
	other := briefing.TimelineEntry{Date: briefing.DayOf(2023, 1, 9), What: "The ferry trial began", Sources: []string{"aaaaaaaaaaaa"},
		Citations: []briefing.Citation{{Source: "aaaaaaaaaaaa", Line: 2, Text: "The ferry trial began on 9 January 2023."}}}
	entries := []briefing.TimelineEntry{other, dayOne, dayTwo}
	e := Edits{Timeline: map[string]TimelineEdit{
		legacyTimelineKey(other):  {What: "The ferry trial started"},
		legacyTimelineKey(dayOne): {Exclude: true},
	}, Quotations: map[string]QuotationEdit{}}
	p := packOf(entries, nil, e)
	if got := itemWhat(p, TimelineKey(other)); got != "The ferry trial started" {
		t.Errorf("legacy edit of a line with one event not applied: %q", got)
	}
	for _, it := range p.Timeline {
		if !it.Included {
			t.Errorf("a legacy exclusion shared by two events removed %q", it.Entry.What)
		}
	}
	if len(p.Unmatched) != 1 || !strings.Contains(p.Unmatched[0].Reason, "re-apply") || p.Unmatched[0].Change != "left out of the pack" {
		t.Fatalf("unmatched %+v, want the shared legacy exclusion listed for re-applying", p.Unmatched)
	}
	if !p.Rekey(&e) {
		t.Fatal("Rekey changed nothing")
	}
	if ed, ok := e.Timeline[TimelineKey(other)]; !ok || ed.Anchor == nil || ed.Anchor.Text != "The ferry trial began" {
		t.Errorf("rekeyed edit %+v", e.Timeline)
	}
	if _, ok := e.Timeline[legacyTimelineKey(dayOne)]; !ok {
		t.Error("the ambiguous legacy edit was dropped; it must stay until the user discards it")
	}
	q := packOf(entries, nil, e)
	if got := itemWhat(q, TimelineKey(other)); got != "The ferry trial started" || len(q.Rekeyed) != 0 {
		t.Errorf("after Rekey: %q, rekeyed %v", got, q.Rekeyed)
	}
}

// TestAnchorFollowsCorroboration: when another source tells the same event (the entry gains a
// citation, so its key changes), the edit still applies to it.
func TestAnchorFollowsCorroboration(t *testing.T) {
	p := packOf([]briefing.TimelineEntry{dayOne, dayTwo}, nil, Edits{})
	var e Edits
	p.EditTimeline(&e, p.Timeline[0], func(ed *TimelineEdit) { ed.Date = briefing.DayOf(2024, 6, 4) })
	second := &briefing.Source{ID: "bbbbbbbbbbbb", File: "harbour-news.txt"}
	grown := dayOne
	grown.Sources = append([]string{}, "aaaaaaaaaaaa", "bbbbbbbbbbbb")
	grown.Citations = append(append([]briefing.Citation{}, dayOne.Citations...), briefing.Citation{Source: "bbbbbbbbbbbb", Line: 7, Text: "On 3 June the accord was signed."})
	q := packOf([]briefing.TimelineEntry{grown, dayTwo}, nil, e, ferryNote, second)
	var found bool
	for _, it := range q.Timeline {
		if it.Entry.What == grown.What {
			found = it.Entry.Date == briefing.DayOf(2024, 6, 4) && it.Edited
		} else if it.Edited {
			t.Errorf("the edit landed on %q", it.Entry.What)
		}
	}
	if !found || len(q.Unmatched) != 0 || len(q.Rekeyed) != 1 {
		t.Errorf("edit lost after corroboration: found %v unmatched %+v rekeyed %v", found, q.Unmatched, q.Rekeyed)
	}
}

// TestChangedSourceListsEdits: when the source file changes (new id) or is left out, its edits apply
// to nothing and are listed with what they did.
func TestChangedSourceListsEdits(t *testing.T) {
	quote := briefing.Quotation{Text: "The ferry will run all winter", Speaker: "Ana Ruiz", Sources: []string{"aaaaaaaaaaaa"},
		Citations: []briefing.Citation{{Source: "aaaaaaaaaaaa", Line: 9, Text: "The ferry will run all winter"}}}
	p := packOf([]briefing.TimelineEntry{dayOne}, []briefing.Quotation{quote}, Edits{})
	var e Edits
	p.EditTimeline(&e, p.Timeline[0], func(ed *TimelineEdit) { ed.What = "Accord signed" })
	p.EditQuotation(&e, p.Quotations[0], func(ed *QuotationEdit) { ed.Speaker = "Ana Ruiz Vega" })
	changed := &briefing.Source{ID: "cccccccccccc", File: "ferry-note.txt"}
	moved := dayOne
	moved.Citations = []briefing.Citation{{Source: "cccccccccccc", Line: 5, Text: dayOne.Citations[0].Text}}
	q := packOf([]briefing.TimelineEntry{moved}, nil, e, changed)
	if len(q.Unmatched) != 2 {
		t.Fatalf("unmatched %+v, want both edits", q.Unmatched)
	}
	for _, u := range q.Unmatched {
		if !strings.Contains(u.Reason, "not in the pack") || !strings.Contains(u.Item, "ferry-note.txt, l. ") || u.Change == "" {
			t.Errorf("unmatched edit shown as %+v", u)
		}
	}
	if q.Timeline[0].Edited {
		t.Error("an edit of the old file applied to the changed file's item")
	}
	e.Discard(q.Unmatched[0].Kind, q.Unmatched[0].Key)
	e.Discard(q.Unmatched[1].Kind, q.Unmatched[1].Key)
	if len(e.Timeline)+len(e.Quotations) != 0 {
		t.Errorf("discard left %+v", e)
	}
}

// TestSameSentenceTwoItems: items whose evidence and date are the same still get different keys.
func TestSameSentenceTwoItems(t *testing.T) {
	a := dayOne
	b := dayOne
	b.What = "The ferry accord took effect"
	p := packOf([]briefing.TimelineEntry{a, b}, nil, Edits{})
	if p.Timeline[0].Key == p.Timeline[1].Key {
		t.Fatal("two items share a key")
	}
	var e Edits
	p.EditTimeline(&e, p.Timeline[1], func(ed *TimelineEdit) { ed.Exclude = true })
	q := packOf([]briefing.TimelineEntry{a, b}, nil, e)
	if n := len(q.IncludedTimeline()); n != 1 || q.IncludedTimeline()[0].Entry.What != a.What {
		t.Errorf("excluding one of two same-sentence items left %d", n)
	}
}
