package clean

import (
	"strings"
	"testing"

	"github.com/briefpack/briefpack/briefing"
)

func classify(t *testing.T, text string, format briefing.Format) (*briefing.Source, Result) {
	t.Helper()
	src := &briefing.Source{Format: format}
	src.SetText(text)
	return src, Classify(src)
}

// TestFurnitureKinds: one line of each kind of page furniture, in a short clipping written for this
// test, each with the reason the app shows.
func TestFurnitureKinds(t *testing.T) {
	article := "The three island councils agreed on a shared ferry timetable after two years of talks, officials said on Friday."
	article2 := "Under the plan, the first crossing will leave at six in the morning and the last at ten at night, every day of the week."
	tests := []struct {
		line   string
		reason string
	}{
		{"Home > News > Islands", ReasonNav},
		{"You are here: Islands", ReasonNav},
		{"harbour_ferry_2024.jpg", ReasonImage},
		{"PHOTO: ISLAND TIMES", ReasonCredit},
		{"Picture by Lena Voss", ReasonCredit},
		{"By Jane Smith", ReasonByline},
		{"jsmith@islandtimes.example @JaneSmithIT", ReasonByline},
		{"Mon, Jun 3, 2024 - 8:15 AM", ReasonDateline},
		{"Published: 3 June 2024", ReasonDateline},
		{"Share this article", ReasonPrompt},
		{"SUBSCRIBE NOW", ReasonPrompt},
		{"Sign up to our morning newsletter for free", ReasonPrompt},
		{"— Harbour Council (@HarbourCouncil) May 3, 2024", ReasonTweetSig},
		{"Read more: https://example.org/ferry https://t.co/abc123", ReasonLink},
		{"islandtimes.example", ReasonLink},
		{"sponsor.com", ReasonLink},
		{"Tel: +372 555 0100", ReasonContact},
		{"Email: press@council.example", ReasonContact},
		{"CALL 555 0100", ReasonContact},
		{"-", ReasonPunct},
	}
	for _, tc := range tests {
		t.Run(tc.line, func(t *testing.T) {
			text := article + "\n\n" + tc.line + "\n\n" + article2 + "\n"
			_, r := classify(t, text, briefing.FormatText)
			if got := r.Lines[2]; got.Kind != Furniture || got.Reason != tc.reason {
				t.Errorf("line %q: kind %d reason %q, want furniture (%s)", tc.line, got.Kind, got.Reason, tc.reason)
			}
			if !r.Keep(1) || !r.Keep(5) {
				t.Errorf("article lines were not kept")
			}
		})
	}
}

// TestMoreStories: a list heading starts a region of other stories (headlines, dates, section names,
// teasers under their headlines) that runs to the end or to the article's next real paragraph.
func TestMoreStories(t *testing.T) {
	text := `Island ferry timetable agreed

The three island councils agreed on a shared ferry timetable after two years of talks, officials said on Friday.

Most Read

1 Storm closes the northern pier
2 Five walks for a wet weekend

Related Stories

Harbour fees to rise in spring
The council says the increase covers repairs to the breakwater, which was damaged by last winter's storms and has been closed to walkers ever since.

Jun 3, 2024
Business
`
	src, r := classify(t, text, briefing.FormatText)
	for n := 5; n <= src.NumLines(); n++ {
		if strings.TrimSpace(src.Line(n)) == "" {
			continue
		}
		if r.Lines[n-1].Kind != Furniture {
			t.Errorf("line %d %q kept, want furniture", n, src.Line(n))
		}
	}
	if !r.Keep(1) || !r.Keep(3) {
		t.Error("headline or article dropped")
	}
}

// TestLabelsAndContext: a widget label with nothing after it, a label that breaks off at a preposition,
// and short lines between furniture are furniture; a short line between paragraphs and a quotation
// intro are not.
func TestLabelsAndContext(t *testing.T) {
	text := `Councils agree ferry timetable
- Summary:
-
The three island councils agreed on a shared ferry timetable after two years of talks, officials said on Friday.
The council tweeted,
The first crossing under the new timetable leaves on Monday at six in the morning from the north pier.
Readers' voices on:
The timetable will be reviewed after the first summer season, when passenger numbers are known.
subscribe to
The Island Times
Stay connected with The Island Times
Apps
every weekday
`
	_, r := classify(t, text, briefing.FormatText)
	wantFurniture := map[int]bool{2: true, 3: true, 7: true, 9: true, 10: true, 11: true, 12: true, 13: true}
	for i, l := range r.Lines {
		n := i + 1
		if wantFurniture[n] != (l.Kind == Furniture) {
			t.Errorf("line %d: kind %d (%s), want furniture=%v", n, l.Kind, l.Reason, wantFurniture[n])
		}
	}
}

// TestFrontMatterAndMarkup: front matter is metadata, markup-only lines are blank; neither is furniture.
func TestFrontMatterAndMarkup(t *testing.T) {
	text := "---\ntitle: Ferry note\ndate: 2024-06-03\n---\n\n# Ferry note\n\n<br>\n\n---\n\nThe councils agreed a timetable after two years of talks between the three islands.\n"
	src, r := classify(t, text, briefing.FormatMarkdown)
	src.FrontMatterEnd = 4
	r = Classify(src)
	for n := 1; n <= 4; n++ {
		if r.Lines[n-1].Kind != Meta {
			t.Errorf("line %d: kind %d, want meta", n, r.Lines[n-1].Kind)
		}
	}
	for _, n := range []int{8, 10} {
		if r.Lines[n-1].Kind != Blank {
			t.Errorf("line %d %q: kind %d, want blank", n, src.Line(n), r.Lines[n-1].Kind)
		}
	}
	if len(r.Furniture()) != 0 {
		t.Errorf("furniture %v, want none", r.Furniture())
	}
}

// TestOverlongLine: a line too long to analyse is kept aside, not classified.
func TestOverlongLine(t *testing.T) {
	long := strings.Repeat("word ", 300000)
	_, r := classify(t, "Title here\n"+long+"\n", briefing.FormatText)
	if r.Lines[1].Kind != Overlong {
		t.Errorf("kind %d, want overlong", r.Lines[1].Kind)
	}
}

// TestReleaseSectionsEndTheRegion: "Notes to editors" after a related-content list is the release again.
func TestReleaseSectionsEndTheRegion(t *testing.T) {
	text := "Ferry link opens\n\nThe three island councils opened the ferry link on Tuesday after two years of talks between them.\n\nRelated content\nHarbour fees to rise\nNotes to editors\n1. The link was first announced in February.\n"
	_, r := classify(t, text, briefing.FormatText)
	for _, n := range []int{5, 6} {
		if r.Lines[n-1].Kind != Furniture {
			t.Errorf("line %d kept", n)
		}
	}
	for _, n := range []int{7, 8} {
		if r.Lines[n-1].Kind != Text {
			t.Errorf("line %d (%s) removed", n, r.Lines[n-1].Reason)
		}
	}
}
