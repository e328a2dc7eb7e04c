package extract

import (
	"strings"
	"testing"
)

// dated wraps sentences in a source published on Thursday 9 May 2024.
func dated(body string) string {
	return "---\ntitle: Harbour news\ndate: 2024-05-09\n---\n\n" + body + "\n"
}

// TestNonEvents: a date in a sentence is not always the date of a happening. Each kind of
// non-event gives no event, while the happening beside it in the same text still does.
func TestNonEvents(t *testing.T) {
	const happening = "The harbour board signed a lease with the ferry line on 2 May 2024."
	tests := []struct{ kind, text string }{
		{"statistic", "Cargo traffic reached 3.2 million tonnes in 2023."},
		{"statistic with a comparison", "Some 410 complaints were logged in 2023, up from 260 in 2022."},
		{"statistic by the verb to be", "Port revenue was $48 million in 2022."},
		{"share of a vote", "The mayor won 61 percent of the vote in 2021."},
		{"forecast", "Passenger numbers are expected to top 2 million by 2030."},
		{"as-of count", "As of March 2024, 38 vessels were registered at the port."},
		{"reporting period", "The board recorded a surplus in fiscal 2023, ended March 31 this year."},
		{"period bound", "The board reviewed complaints received between January and April 2024."},
		{"window of a count", "The 4 berths that have been rebuilt since 1 October 2023 are listed below."},
		{"age", "The captain, who turned 60 in 2023, still sails every week."},
		{"words inside a quotation", "“By 2030 we will have the cleanest port in the region,” the chair said."},
		{"a decade", "Ferries have sailed from the quay since the 1990s."},
		{"a date describing a thing", "The 2019 timetable is still posted at the quay."},
		{"a happening named too vaguely", "Turnout in the 2019 council election was low."},
	}
	for _, tc := range tests {
		t.Run(tc.kind, func(t *testing.T) {
			x := run(t, "news.md", dated(happening+"\n\n"+tc.text))
			checkProvenance(t, x)
			if len(x.Events) != 1 || x.Events[0].Date.String() != "2024-05-02" {
				var got []string
				for _, e := range x.Events {
					got = append(got, e.Date.String()+" "+e.What)
				}
				t.Errorf("events %q, want only the lease signed on 2024-05-02", got)
			}
			if len(x.Dates) < 2 {
				t.Errorf("dates %+v: the non-event's date is still a mention", x.Dates)
			}
		})
	}
}

// TestEventKinds: happenings told in the forms news and releases use become events with a clean
// description in the source's words.
func TestEventKinds(t *testing.T) {
	tests := []struct{ kind, text, date, what string }{
		{"dated list in the present", "3 May 2024 – The port authority opens the new terminal.", "2024-05-03",
			"The port authority opens the new terminal"},
		{"statement dated on its verb", "The ferry timetable will change in June, the harbour master said Monday.", "2024-05-06",
			"The ferry timetable will change in June, the harbour master said"},
		{"long statement, its speaker after it", "THE ISLAND'S ferry company and the harbour board have agreed a new timetable for the winter crossings to serve more villages, both bodies announced in a joint notice on Friday.", "2024-05-03",
			"THE ISLAND'S ferry company and the harbour board have agreed a new timetable for the winter crossings, both bodies announced in a joint notice"},
		{"a noun's to-phrase is no purpose", "On 3 May 2024 the harbour councils of the two northern islands agreed on a common approach to winter timetables for the ferries.", "2024-05-03",
			"The harbour councils of the two northern islands agreed on a common approach to winter timetables for the ferries"},
		{"quoted statement dated on its verb", "“We will sail twice a day,” the ferry captain said Monday.", "2024-05-06",
			"“We will sail twice a day,” the ferry captain said"},
		{"happening told as a noun", "Since its launch in March 2021, the Vallen ferry line has carried many islanders.", "2021-03",
			"Launch of the Vallen ferry line"},
		{"pronoun subject", "The memorandum covers pilot training. It was signed on 2 May 2024 in Vallen.", "2024-05-02",
			"The memorandum was signed in Vallen"},
		{"markup and link", "* The board [approved the budget](https://example.org/budget) on 30 April 2024.", "2024-04-30",
			"The board approved the budget"},
		{"leading dateline", "VALLEN, 7 May 2024 (Harbour Wire) – The island council elected a new chair.", "2024-05-07",
			"The island council elected a new chair"},
		{"quoted past fact", "“The quay was rebuilt in 1998 after the storm,” the mayor recalled.", "1998",
			"The quay was rebuilt after the storm"},
		{"expected to, coming day", "The council is expected to vote on Wednesday.", "2024-05-15",
			"The council is expected to vote"},
		{"year of the story", "In May 2001 the old pier was closed.\n\nIn August, the council sold the pier to a trust.", "2001-08",
			"The council sold the pier to a trust"},
		{"happening a date modifies", "Campaigns stepped up ahead of the May 20 Vallen council election.", "2024-05-20",
			"The Vallen council election"},
		{"happening named before its date", "The museum tells the story of the Vallen harbour strike in 1984 through photographs.", "1984",
			"The Vallen harbour strike"},
	}
	for _, tc := range tests {
		t.Run(tc.kind, func(t *testing.T) {
			x := run(t, "news.md", dated(tc.text))
			checkProvenance(t, x)
			for _, e := range x.Events {
				if e.Date.String() == tc.date {
					if e.What != tc.what {
						t.Errorf("what %q, want %q", e.What, tc.what)
					}
					return
				}
			}
			t.Errorf("no event on %s; events %+v", tc.date, x.Events)
		})
	}
}

// TestLongDescription: a long sentence is shortened at a clause boundary, never with an ellipsis,
// to about 25 words.
func TestLongDescription(t *testing.T) {
	text := "The island council and the harbour board signed a memorandum on 2 May 2024 to run a joint ferry service between the three " +
		"outer islands, which have had no regular crossing since the old operator stopped sailing, and to share the cost of new berths."
	x := run(t, "news.md", dated(text))
	if len(x.Events) != 1 {
		t.Fatalf("events %+v", x.Events)
	}
	w := x.Events[0].What
	if strings.Contains(w, "…") || strings.HasSuffix(w, "...") || len(strings.Fields(w)) > 28 || len(strings.Fields(w)) < 5 {
		t.Errorf("what %q: want a clause of at most about 25 words, not cut with an ellipsis", w)
	}
}

// TestPublicationDates: a clipping states its publication date in many places; each is found, and a
// text that states none is warned about.
func TestPublicationDates(t *testing.T) {
	tests := []struct{ kind, text, want string }{
		{"scraper header below a standfirst", "# Ferry link agreed\n### The harbour board and the island council have agreed on a ferry link that will run every day between the islands.\n\n## Information:\n+ Source: Harbour Wire\n+ Date: 2021-12-10 08:32:00\n\n## Article:\nThe board signed the lease yesterday.\n", "2021-12-10"},
		{"published line", "Ferry link agreed\n\nPublished: 6 October 2021\n\nThe board signed the lease yesterday.\n", "2021-10-06"},
		{"machine form", "Ferry link agreed\n\nPosted on Fri, 10 Dec 2021 08:32:00 GMT\n\nThe board signed the lease yesterday.\n", "2021-12-10"},
		{"last updated", "Ferry link agreed\n\nThe board signed the lease yesterday after long talks with the island council and the ferry line.\n\nLast updated: 3 March 2022\n", "2022-03-03"},
		{"news dateline", "Ferry link agreed\n\nVALLEN, 3 March 2022 (Harbour Wire) – The board signed the lease yesterday after long talks with the island council.\n", "2022-03-03"},
		{"front matter", "---\ndate: 2020-01-15\n---\nThe board signed the lease yesterday.\n", "2020-01-15"},
	}
	for _, tc := range tests {
		t.Run(tc.kind, func(t *testing.T) {
			x := run(t, "clip.md", tc.text)
			if got := x.Source.Published.String(); got != tc.want {
				t.Fatalf("published %q (from %q), want %s", got, x.Source.PublishedFrom, tc.want)
			}
			if len(x.Events) != 1 || x.Events[0].Date != x.Source.Published.AddDays(-1) {
				t.Errorf("events %+v: “yesterday” should resolve against the publication date", x.Events)
			}
		})
	}
	t.Run("dateline without a year", func(t *testing.T) {
		x := run(t, "clip.txt", "Ferry link agreed\n\nVALLEN, March 3 (Harbour Wire) – The board signed the lease yesterday after long talks with the island council.\n")
		if !x.Source.Published.IsZero() || len(x.Events) != 0 {
			t.Errorf("published %s, events %+v: a dateline without a year gives no date", x.Source.Published, x.Events)
		}
		if !strings.Contains(strings.Join(x.Warnings, "\n"), "without a year") {
			t.Errorf("warnings %q: want one about the dateline's missing year", x.Warnings)
		}
	})
	t.Run("none", func(t *testing.T) {
		x := run(t, "clip.txt", "Ferry link agreed\n\nThe board signed the lease yesterday.\n")
		if !x.Source.Published.IsZero() || len(x.Events) != 0 || !strings.Contains(strings.Join(x.Warnings, "\n"), "no publication date") {
			t.Errorf("published %s, events %+v, warnings %q", x.Source.Published, x.Events, x.Warnings)
		}
		for _, m := range x.Dates {
			if m.Text == "yesterday" && (m.Value != "" || m.Anchor != "none") {
				t.Errorf("mention %+v: an unanchored relative date stays unresolved", m)
			}
		}
	})
}
