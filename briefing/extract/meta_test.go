package extract

import "testing"

// TestBylineName: the name of a byline, up to a date, a comma or the end of the line; a sentence that
// starts with "By" is no byline.
func TestBylineName(t *testing.T) {
	for _, tc := range []struct{ line, want string }{
		{"By Jane Roe", "Jane Roe"},
		{"By JANE ROE-SMITH JULY 29, 2016", "Jane Roe-Smith"},
		{"By Ana Silva and Rui Matos, Lisbon", "Ana Silva and Rui Matos"},
		{"By Mira Holt | 3 June 2024", "Mira Holt"},
		{"Written by Tomas de la Vega", "Tomas de la Vega"},
		{"By Air France's count, fewer people flew in May.", ""},
		{"By the end of the year the harbour will reopen", ""},
		{"By Monday, the councils had agreed", ""},
		{"By Reuters", ""}, // one word: an agency, not a person's name
	} {
		if got := bylineName(tc.line); got != tc.want {
			t.Errorf("bylineName(%q) = %q, want %q", tc.line, got, tc.want)
		}
	}
}

// TestNameFromHandles: a guess from a handle or an address gives a plausible personal name or nothing:
// tags such as "News", "Official" or a paper's initials are dropped, and a handle that is no person's
// ("@HarbourTeam") gives nothing.
func TestNameFromHandles(t *testing.T) {
	for _, tc := range []struct{ line, want string }{
		{"@JaneRoeNews", "Jane Roe"},
		{"@MiraHoltIT", "Mira Holt"},
		{"mholt@times.example@MiraHoltDT", "Mira Holt"},
		{"jane.roe@paper.example", "Jane Roe"},
		{"@RuiMatosOfficial", "Rui Matos"},
		{"@AminaOtienoNews", "Amina Otieno"},
		{"@HarbourTeam", ""},
		{"@IslandCouncilUK", ""},
		{"press@council.example", ""},
		{"@jroe", ""},
	} {
		if got := nameFromHandles(tc.line); got != tc.want {
			t.Errorf("nameFromHandles(%q) = %q, want %q", tc.line, got, tc.want)
		}
	}
}

// TestSelfName: the name a page's furniture gives itself after a call to action or in a copyright
// line, ending where the name ends.
func TestSelfName(t *testing.T) {
	for _, tc := range []struct{ line, want string }{
		{"Stay connected with The Island Times", "The Island Times"},
		{"Stay up to date with The Island Times for", "The Island Times"},
		{"Follow Riverton Daily News on social media", "Riverton Daily News"},
		{"© 2024 Riverton Daily News. All rights reserved.", "Riverton Daily News"},
		{"Copyright 2019-2024 St. Ives Gazette", "St. Ives Gazette"},
		{"Follow us on social media", ""},
		{"Subscribe to our newsletter", ""},
		{"© 2024 all rights reserved", ""},
	} {
		if got := selfName(tc.line); got != tc.want {
			t.Errorf("selfName(%q) = %q, want %q", tc.line, got, tc.want)
		}
	}
}

// TestCasedLikeText: a name in capitals takes the casing the text uses for its words; joining words go
// to lower case and words without a vowel stay acronyms. A word of three letters or fewer is not
// an acronym for being short ("NEW", "SEA").
func TestCasedLikeText(t *testing.T) {
	known := map[string]string{"harbourtech": "HarbourTech", "uk": "UK"}
	for _, tc := range []struct{ in, want string }{
		{"ISLAND FERRY AUTHORITY AND HARBOURTECH", "Island Ferry Authority and HarbourTech"},
		{"THE UK MINISTRY OF THE SEA", "The UK Ministry of the Sea"},
		{"NEW TOWN COUNCIL", "New Town Council"},
		{"FCDO PRESS OFFICE", "FCDO Press Office"},
		{"Already Mixed Case", "Already Mixed Case"},
	} {
		if got := casedLikeText(tc.in, known); got != tc.want {
			t.Errorf("casedLikeText(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestCutSiteSuffix: the name after a headline's last bar is the site's; a bar with a long part after
// it, or a headline of one or two words, is left alone.
func TestCutSiteSuffix(t *testing.T) {
	for _, tc := range []struct{ in, head, site string }{
		{"Ferry fares to rise in April | The Island Times", "Ferry fares to rise in April", "The Island Times"},
		{"Ferry fares to rise | Transport | Riverton News", "Ferry fares to rise | Transport", "Riverton News"},
		{"Ferry fares to rise in April", "Ferry fares to rise in April", ""},
		{"Ferry | what the new timetable means for every passenger", "Ferry | what the new timetable means for every passenger", ""},
	} {
		if h, s := cutSiteSuffix(tc.in); h != tc.head || s != tc.site {
			t.Errorf("cutSiteSuffix(%q) = %q, %q; want %q, %q", tc.in, h, s, tc.head, tc.site)
		}
	}
}
