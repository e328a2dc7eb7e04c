package extract

import (
	"strings"
	"testing"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/source"
)

// run loads text as a file of the given name and extracts from it.
func run(t *testing.T, name, text string) *briefing.Extraction {
	t.Helper()
	src, err := source.LoadBytes(name, []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return Extract(src, Options{})
}

// checkProvenance asserts that every item cites an exact substring of the source at the right line.
func checkProvenance(t *testing.T, x *briefing.Extraction) {
	t.Helper()
	src := x.Source
	at := func(what string, ev briefing.Evidence) {
		if ev.Offset < 0 || ev.Offset+len(ev.Text) > len(src.Text) || src.Text[ev.Offset:ev.Offset+len(ev.Text)] != ev.Text {
			t.Errorf("%s: evidence %q is not the source text at offset %d", what, ev.Text, ev.Offset)
		}
		if src.LineAt(ev.Offset) != ev.Line {
			t.Errorf("%s: evidence %q says line %d, is on line %d", what, ev.Text, ev.Line, src.LineAt(ev.Offset))
		}
	}
	for _, e := range x.Events {
		at("event", briefing.Evidence{Text: e.Evidence, Line: e.Line, Offset: e.Offset})
	}
	for _, q := range x.Quotes {
		for _, p := range q.Parts {
			at("quote", p)
		}
	}
	for _, h := range x.Themes {
		for _, ev := range h.Evidence {
			at("theme "+h.Theme, ev)
		}
	}
}

// TestQuoteAttribution covers every attribution form, in short texts written for this test.
func TestQuoteAttribution(t *testing.T) {
	tests := []struct {
		name, text      string
		speaker, role   string
		quoteStartsWith string
	}{
		{"name, role, said:",
			"Trade talks resumed.\n\nMarta Ilves, chief negotiator of the Harbour Council, said: \"We expect to close the remaining chapters before the summer recess.\"\n",
			"Marta Ilves", "chief negotiator of the Harbour Council", "We expect to close"},
		{"role, name, said:",
			"Head of the Port Authority, Jonas Berg, said: “The new berths will be ready in time for the autumn season.”\n",
			"Jonas Berg", "Head of the Port Authority", "The new berths"},
		{"quote, said name",
			"“We have waited long enough for this bridge,” said Ines Kaljo, the mayor of Vallen.\n",
			"Ines Kaljo", "the mayor of Vallen", "We have waited"},
		{"quote, name said",
			"\"Nobody expected the vote to be this close,\" Peter Lund said after the count.\n",
			"Peter Lund", "", "Nobody expected"},
		{"said Mr surname resolves to the full name",
			"Anton Reiss, director of the Vallen Data Office, opened the meeting.\n\nSaid Mr Reiss: \"Every dataset we publish will carry a licence that anyone can read.\"\n",
			"Anton Reiss", "director of the Vallen Data Office", "Every dataset we publish"},
		{"he said resolves to the last named person",
			"Minister Sofia Hale toured the new clinic on Monday.\n\n\"The waiting lists are still far too long for families in the north,\" she said.\n",
			"Sofia Hale", "Minister", "The waiting lists"},
		{"according to",
			"“The tender will reopen in the spring with simpler rules,” according to Lena Voss, procurement director at the ministry.\n",
			"Lena Voss", "procurement director at the ministry", "The tender will reopen"},
		{"single curly marks",
			"‘We are ready to sign whenever our partners are,’ said Tomas Hirv, the envoy.\n",
			"Tomas Hirv", "the envoy", "We are ready to sign"},
		{"statement quoted without marks",
			"The Vallen Ministry of Transport (VMT) published its response.\nThe VMT statement reads:\nThe ministry will review every rail timetable before the winter and publish the results in full.\n",
			"Vallen Ministry of Transport (VMT)", "", "The ministry will review"},
		{"words quoted inside reported speech",
			"The Trade Minister, Lina Park, said the new ferry link would \"change daily life on every island\".\n",
			"Lina Park", "Trade Minister", "change daily life on every island"},
		{"attribution with a long role after the quote",
			"\"The crossing will be free for the first week,\" the island council's head of transport, Omar Reyes, told reporters.\n",
			"Omar Reyes", "head of transport", "The crossing will be free"},
		{"organisation tweeted",
			"Soon after the vote, the Harbour Council tweeted,\nThe new ferry timetable starts on Monday. Thank you to everyone who sent us their views. pic.twitter.com/AbC123xyz\n— Harbour Council (@HarbourCouncil) May 3, 2024\n",
			"Harbour Council", "", "The new ferry timetable"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := run(t, "note.txt", tc.text)
			checkProvenance(t, x)
			if len(x.Quotes) != 1 {
				t.Fatalf("got %d quotes, want 1: %+v", len(x.Quotes), x.Quotes)
			}
			q := x.Quotes[0]
			if !strings.HasPrefix(q.Text, tc.quoteStartsWith) {
				t.Errorf("text %q, want it to start %q", q.Text, tc.quoteStartsWith)
			}
			if q.Speaker != tc.speaker {
				t.Errorf("speaker %q, want %q", q.Speaker, tc.speaker)
			}
			if tc.role != "" && q.Role != tc.role {
				t.Errorf("role %q, want %q", q.Role, tc.role)
			}
			if strings.Contains(q.Text, "pic.twitter.com") {
				t.Errorf("picture link kept in the quotation: %q", q.Text)
			}
		})
	}
}

// TestQuoteOverParagraphs: a quotation left open at a paragraph's end goes on in the next paragraph
// that opens with a mark (each paragraph its own quotation, all by the speaker the attribution names),
// even with page furniture between them; a following paragraph that is all quotation keeps the
// speaker; "the note goes on to add:" keeps the note's author.
func TestQuoteOverParagraphs(t *testing.T) {
	text := `Anna Pärn, head of the Vallen Digital Office, said: "We started with one service and a small team. It took us a year to learn what users needed.

Share this article

"Now every new service starts with research, and we publish what we learn for others to use."

"We also train every new manager in the basics of service design."

The office later issued a note.
The Vallen Digital Office (VDO) note states:
Our teams will publish their code under an open licence by default from next year.
The note goes on to add:
Every service will have a named owner who answers for it in public.

"We kept the old forms for a year. People still print them.

"Next spring the paper forms go," the office's chief executive, Ruth Aavik, told the council.
`
	x := run(t, "clip.txt", text)
	checkProvenance(t, x)
	want := []struct{ start, speaker string }{
		{"We started with one service", "Anna Pärn"},
		{"Now every new service", "Anna Pärn"},
		{"We also train every new manager", "Anna Pärn"},
		{"Our teams will publish", "Vallen Digital Office (VDO)"},
		{"Every service will have", "Vallen Digital Office (VDO)"},
		{"We kept the old forms", "Ruth Aavik"}, // the speaker is named only after the closing mark
		{"Next spring the paper forms go", "Ruth Aavik"},
	}
	if len(x.Quotes) != len(want) {
		for _, q := range x.Quotes {
			t.Logf("quote %q by %q", q.Text, q.Speaker)
		}
		t.Fatalf("got %d quotes, want %d", len(x.Quotes), len(want))
	}
	for i, w := range want {
		q := x.Quotes[i]
		if !strings.HasPrefix(q.Text, w.start) || q.Speaker != w.speaker {
			t.Errorf("quote %d: %q by %q, want %q… by %q", i, q.Text, q.Speaker, w.start, w.speaker)
		}
	}
}

// TestNotQuotations: scare quotes and titles are not quotations.
func TestNotQuotations(t *testing.T) {
	x := run(t, "n.txt", "Both sides signed up to the \"Open Harbour\" programme last spring.\n\nThe report, titled \"Roads to Recovery\", was well received.\n")
	if len(x.Quotes) != 0 {
		t.Errorf("got quotes %+v, want none", x.Quotes)
	}
}

// TestPeopleAndRoles covers the ways a text states who someone is.
func TestPeopleAndRoles(t *testing.T) {
	text := strings.Join([]string{
		"Prime Minister Aino Rask opened the summit.",
		"The agreement was signed by the Chief Executive of Vallen Post – Mr. Karl Mets and the Director of the Rail Board – Ms Liis Tamm.",
		"Witnessing the signing were Oskar Pihl, Governor of the Central Bank and Deputy Minister Eva Saar.",
		"The former Director General of the Statistics Office, Mart Kask, has retired.",
		"Also present was Dr Helgi Lõhmus.",
		"The Vallen Digital Office and the Harbour Council were represented.",
	}, "\n")
	x := run(t, "p.txt", text)
	want := map[string]string{
		"Aino Rask":    "Prime Minister",
		"Karl Mets":    "Chief Executive of Vallen Post",
		"Liis Tamm":    "Director of the Rail Board",
		"Oskar Pihl":   "Governor of the Central Bank",
		"Eva Saar":     "Deputy Minister",
		"Mart Kask":    "former Director General of the Statistics Office",
		"Helgi Lõhmus": "",
	}
	got := map[string]string{}
	for _, p := range x.People {
		got[p.Name] = p.Role
	}
	for name, role := range want {
		r, ok := got[name]
		if !ok {
			t.Errorf("person %s not found (got %v)", name, got)
			continue
		}
		if r != role {
			t.Errorf("%s: role %q, want %q", name, r, role)
		}
	}
	for name := range got {
		if _, ok := want[name]; !ok {
			t.Errorf("%q is not a person in this text", name)
		}
	}
}

// TestEvents: dated statements become events with a short description in the text's own words;
// a stated term gives a derived end date; dates that cannot be placed become warnings.
func TestEvents(t *testing.T) {
	text := `---
title: Ferry link agreed
date: 2024-05-09
---

The Vallen Harbour Council (VHC) and the Island Board signed a memorandum of understanding yesterday (May 8) to run a joint ferry service.

The memorandum will remain in effect for 3 years.

The Coastal Accord, which covers fishing rights, came into force on 1 February 2024.

The first talks, held in October 2022, were hosted by the council.

2019 was a difficult year for the island.
`
	x := run(t, "release.md", text)
	checkProvenance(t, x)
	type ev struct{ date, what string }
	var got []ev
	for _, e := range x.Events {
		got = append(got, ev{e.Date.String(), e.What})
	}
	want := []ev{
		{"2024-05-08", "The Vallen Harbour Council and the Island Board signed a memorandum of understanding"},
		{"2027-05", "The memorandum will remain in effect for 3 years"},
		{"2024-02-01", "The Coastal Accord came into force"},
		{"2022-10", "The first talks held"},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d events %+v, want %d", len(got), got, len(want))
	}
	for i := range want {
		if got[i].date != want[i].date || got[i].what != want[i].what {
			t.Errorf("event %d: %s %q, want %s %q", i, got[i].date, got[i].what, want[i].date, want[i].what)
		}
	}
	if d := x.Events[1]; !d.Derived || d.DerivedFrom != "2024-05-08 + 3 years" {
		t.Errorf("term end: derived=%v from %q", d.Derived, d.DerivedFrom)
	}

	y := run(t, "undated.txt", "The ministry said it would act. The plan was announced last year and signed in June.\n")
	if len(y.Events) != 0 {
		t.Errorf("undated source: got events %+v, want none", y.Events)
	}
	if len(y.Warnings) != 3 || !strings.Contains(y.Warnings[0], "no publication date") {
		t.Errorf("undated source: got warnings %q, want one that no publication date was found, then one per date that cannot be placed", y.Warnings)
	}
}

// TestMetadata: headline, dateline, byline and publisher read from a clipping's own furniture; the
// author guessed from a handle is marked as a guess.
func TestMetadata(t *testing.T) {
	text := "Home > World > Europe\n\nHarbour towns agree shared ferry timetable\n\nMon, Jun 3, 2024 - 8:15 AM\njsmith@islandtimes.example@JaneSmithIT\n\nThe three harbour towns agreed a shared ferry timetable on Friday after two years of talks between the councils.\n\nStay connected with The Island Times\nFollow The Island Times on social media\n"
	x := run(t, "clip.txt", text)
	src := x.Source
	if src.Title != "Harbour towns agree shared ferry timetable" {
		t.Errorf("title %q", src.Title)
	}
	if src.Published.String() != "2024-06-03" {
		t.Errorf("published %s", src.Published)
	}
	if src.Author != "Jane Smith" || src.AuthorFrom != AuthorFromHandle {
		t.Errorf("author %q from %q", src.Author, src.AuthorFrom)
	}
	if src.Publisher != "The Island Times" {
		t.Errorf("publisher %q", src.Publisher)
	}
	if len(x.Events) != 1 || x.Events[0].Date.String() != "2024-05-31" {
		t.Errorf("events %+v, want the agreement on Friday 31 May 2024", x.Events)
	}
}

// TestThemes: phrases match the inflections and variants of their words, not words that merely share a
// stem, and every hit cites its whole sentence.
func TestThemes(t *testing.T) {
	cases := []struct {
		sentence string
		theme    string // "" when no theme should be found
	}{
		{"The two agencies will pilot digital identities for students.", "digital-identity"},
		{"Residents will carry national ID cards from next year.", "digital-identity"},
		{"The register moves to a cloud-hosted system in the spring.", "cloud"},
		{"Every record is protected by encryption at rest.", "data-security"},
		{"The offices encrypted every message they exchanged.", "data-security"},
		{"Both ministries promised user-centred services for every citizen.", "digital-services"},
		{"The plan favours open-source software and open data.", "open-standards"},
		{"Officials standardised on open standards last year.", "open-standards"},
		{"Civil servants will attend training courses in data skills.", "digital-academies"},
		{"Three officials began secondments at the agency in May.", "digital-academies"},
		{"The authority published a report on machine-learning tools.", "data-ai"},
		{"The Ministry of Digital Affairs in Tórshavn opened an AI lab.", "data-ai"},
		{"The council put on a second train to the coast.", ""},
		{"Volunteers help vulnerable residents in winter.", ""},
		{"The event was hosted by the council and its partners.", ""},
		{"The Government Digital Service opened an office in Leeds.", ""},
	}
	for _, tc := range cases {
		x := run(t, "t.txt", tc.sentence+"\n")
		checkProvenance(t, x)
		var got []string
		for _, h := range x.Themes {
			got = append(got, h.Theme)
			if len(h.Evidence) != 1 || h.Evidence[0].Text != tc.sentence {
				t.Errorf("%q: evidence %+v, want the whole sentence", tc.sentence, h.Evidence)
			}
		}
		if tc.theme == "" && len(got) != 0 || tc.theme != "" && (len(got) != 1 || got[0] != tc.theme) {
			t.Errorf("%q: themes %v, want %q", tc.sentence, got, tc.theme)
		}
	}
}

// TestThemeAccents: accents are folded on both sides, so a phrase written with or without them
// finds the word written either way.
func TestThemeAccents(t *testing.T) {
	themes := []Theme{{ID: "sea", Name: "Sea", Phrases: []string{"Māori fisheries", "cafe culture"}}}
	for _, s := range []string{"Maori fisheries reopened.", "Māori fisheries reopened.", "A café culture grew on the quay."} {
		if hits := FindThemePhrases(s, themes); len(hits) != 1 {
			t.Errorf("%q: hits %+v", s, hits)
		}
	}
}

func TestThemeFile(t *testing.T) {
	file := `themes:
  - id: trade
    name: Trade and investment
    phrases: [free trade agreement, investment]
  - id: cloud
    add: [sovereign cloud]
    remove: [cloud hosting]
`
	th, err := ApplyThemeFile("mine.yaml", []byte(file), DefaultThemes())
	if err != nil {
		t.Fatal(err)
	}
	if len(th) != 8 || th[7].ID != "trade" || th[7].Name != "Trade and investment" {
		t.Fatalf("themes %+v", th)
	}
	for _, t2 := range th {
		if t2.ID == "cloud" {
			has := "|" + strings.Join(t2.Phrases, "|") + "|"
			if !strings.Contains(has, "|sovereign cloud|") || strings.Contains(has, "|cloud hosting|") {
				t.Errorf("cloud phrases %v", t2.Phrases)
			}
		}
	}
	if len(DefaultThemes()) != 7 {
		t.Error("applying a theme file changed the defaults")
	}
	mine := DefaultThemes() // made once, but a caller changing its copy changes no one else's
	mine[0].Name, mine[0].Phrases[0] = "changed", "changed"
	if again := DefaultThemes(); again[0].Name == "changed" || again[0].Phrases[0] == "changed" {
		t.Errorf("a change to one copy of the defaults shows in the next: %+v", again[0])
	}
	for _, bad := range []string{"themes: [", "themes:\n  - id: Not An Id\n    phrases: [x]\n", "themes:\n  - id: new-one\n", "colour: blue\n"} {
		if _, err := ApplyThemeFile("bad.yaml", []byte(bad), DefaultThemes()); err == nil || !strings.Contains(err.Error(), "bad.yaml") {
			t.Errorf("%q: error %v, want one naming the file", bad, err)
		}
	}
}

// TestMoreForms: forms of press releases and news found while testing on unseen texts.
func TestMoreForms(t *testing.T) {
	text := "Press release\nFerry link opens between the islands\n\nFrom: Ministry of Transport\nPublished 13 March 2024\n\n" +
		"The Minister of Transport and Ports, Lina Park, and the Director General of the Harbour Board, Omar Reyes, opened the link on Tuesday.\n\n" +
		"The service builds on a pilot launched in 2021 and will run until 2030.\n"
	x := run(t, "release.txt", text)
	src := x.Source
	if src.Title != "Ferry link opens between the islands" {
		t.Errorf("title %q (a label above the headline is not the title)", src.Title)
	}
	if src.Publisher != "Ministry of Transport" {
		t.Errorf("publisher %q", src.Publisher)
	}
	roles := map[string]string{}
	for _, p := range x.People {
		roles[p.Name] = p.Role
	}
	if roles["Lina Park"] != "Minister of Transport and Ports" || roles["Omar Reyes"] != "Director General of the Harbour Board" {
		t.Errorf("roles %v", roles)
	}
	whats := map[string]string{}
	for _, e := range x.Events {
		whats[e.Date.String()] = e.What
	}
	if whats["2030"] != "The service will run until 2030" {
		t.Errorf("end date: %q", whats["2030"])
	}
	if w := whats["2021"]; w == "" || strings.Contains(w, "2030") {
		t.Errorf("pilot event: %q", w)
	}
	if whats["2024-03-12"] == "" {
		t.Errorf("the opening on Tuesday: events %v", whats)
	}
}

// TestSqueezeSpace: the allocation-free path gives what strings.Fields and Join give.
func TestSqueezeSpace(t *testing.T) {
	for _, s := range []string{"", " ", "a", "a b", " a b", "a b ", "a  b", "a\tb", "a\u00a0b", "a\u2003 b", "Ferry talks resume", "x\n"} {
		if got, want := squeezeSpace(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("squeezeSpace(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestPublisherFromFurniture: the name after "Stay connected with …", "Follow …" or a copyright sign
// is a publisher only when it is capitalised, and a pronoun after "Follow" is not a name.
func TestPublisherFromFurniture(t *testing.T) {
	body := "Harbour towns agree shared ferry timetable\n\nThe three harbour towns agreed a shared ferry timetable on Friday after two years of talks.\n\n"
	cases := []struct{ furniture, want string }{
		{"Stay connected with The Harbour Gazette", "The Harbour Gazette"},
		{"stay connected with the Harbour Gazette", "the Harbour Gazette"},
		{"Copyright 2024 Riverton Daily News. All rights reserved.", "Riverton Daily News"},
		{"© 2019–2024 The Island Times", "The Island Times"},
		{"Follow Riverton Daily News", "Riverton Daily News"},
		{"Follow us on twitter for more updates", ""},
		{"Follow Us On Twitter", ""},
		{"© 2024 all rights reserved", ""},
		{"Subscribe to our newsletter", ""},
	}
	for _, c := range cases {
		x := run(t, "p.txt", body+c.furniture+"\n")
		if x.Source.Publisher != c.want {
			t.Errorf("%q: publisher %q, want %q", c.furniture, x.Source.Publisher, c.want)
		}
	}
}

// TestQuoteAfterBareThat is the crash found on real news: a lead of nothing but "that" between two
// quoted fragments ("… she had "new hope" that "the plan …"") once sliced past its own end.
func TestQuoteAfterBareThat(t *testing.T) {
	x := run(t, "a.txt", "The mayor told the council on Monday that she had \"new hope\" that \"the harbour plan will finally go ahead this year.\"\n")
	checkProvenance(t, x)
}

// TestThemeFileErrors: a theme file of the wrong shape gets a message that names the field and its
// line in the user's words, not the YAML decoder's.
func TestThemeFileErrors(t *testing.T) {
	for _, tc := range []struct{ file, want string }{
		{"themes:\n  - id: trade\n    phrases: 5\n", "line 3: phrases must be a list of phrases"},
		{"themes:\n  - id: [a, b]\n", "line 2: id must be text, not a list"},
		{"themes:\n  - id: trade\n    colour: red\n", `line 3: unknown field "colour"`},
		{"- id: trade\n", `line 1: the file must start with "themes:"`},
		{"themes: trade\n", "line 1: themes must be a list of themes"},
	} {
		_, err := ApplyThemeFile("t.yaml", []byte(tc.file), DefaultThemes())
		if err == nil || !strings.Contains(err.Error(), tc.want) || strings.Contains(err.Error(), "!!") || strings.Contains(err.Error(), "[]string") {
			t.Errorf("%q: got %v, want …%s…", tc.file, err, tc.want)
		}
	}
}

// TestTermForms: a term added to ("four more years", "three further years") counts its units, after
// "for" or, with a verb that commits to it, after "to"; the term's own sentence can give its start.
func TestTermForms(t *testing.T) {
	text := "---\ntitle: Ferry link renewed\ndate: 2024-05-09\n---\n\n" +
		"The council and the board signed a new memorandum on 8 May 2024 in Vallen, committing both crews to three further years of joint sailings.\n\n" +
		"The board said the ferry licence was renewed for four more years on 2 May 2024.\n\n" +
		"The minister travelled to three islands in two days.\n"
	x := run(t, "release.md", text)
	checkProvenance(t, x)
	var terms []string
	for _, e := range x.Events {
		if e.Derived {
			terms = append(terms, e.DerivedFrom)
		}
	}
	want := []string{"2024-05-08 + 3 years", "2024-05-02 + 4 years"}
	if strings.Join(terms, "; ") != strings.Join(want, "; ") {
		t.Errorf("terms %q, want %q", terms, want)
	}
}
