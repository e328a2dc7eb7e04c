package extract

import (
	"strings"
	"testing"

	"github.com/briefpack/briefpack/briefing"
)

func mustDate(t *testing.T, s string) briefing.Date {
	t.Helper()
	if s == "" {
		return briefing.Date{}
	}
	d, err := briefing.ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestResolveDates covers every date form the engine reads, resolved against a publication date:
// the expression found, the date an event gets, and the value, precision and anchor a mention lists.
func TestResolveDates(t *testing.T) {
	// 9 May 2024 is a Thursday.
	const pub = "2024-05-09"
	tests := []struct {
		name, text, pub string
		wantExpr        string
		want            string // the event's date; "" when it cannot be placed
		value, prec     string // the mention's value and precision
		anchor          string
	}{
		// full dates in any order
		{"day month year", "The accord was signed on 14 March 2021 in Vallen.", pub, "14 March 2021", "2021-03-14", "2021-03-14", "day", "stated"},
		{"month day year", "It was signed on March 14, 2021.", pub, "March 14, 2021", "2021-03-14", "2021-03-14", "day", "stated"},
		{"ordinal", "They met on March 14th, 2021.", pub, "March 14th, 2021", "2021-03-14", "2021-03-14", "day", "stated"},
		{"day of month", "The office opened on the 3rd of April 2020.", pub, "the 3rd of April 2020", "2020-04-03", "2020-04-03", "day", "stated"},
		{"abbreviated month", "The board met on Sept. 2, 2022.", pub, "Sept. 2, 2022", "2022-09-02", "2022-09-02", "day", "stated"},
		{"weekday and date", "Published Fri, 10 May 2024 at noon.", pub, "Fri, 10 May 2024", "2024-05-10", "2024-05-10", "day", "stated"},
		{"iso", "The notice is dated 2023-11-30.", pub, "2023-11-30", "2023-11-30", "2023-11-30", "day", "stated"},
		{"numeric day first", "The form was filed on 14/06/2019.", pub, "14/06/2019", "2019-06-14", "2019-06-14", "day", "stated"},
		// month and year, years in context
		{"month year", "In October 2020 the teams met.", pub, "October 2020", "2020-10", "2020-10", "month", "stated"},
		{"bare year", "The first deal was signed in 2018.", pub, "2018", "2018", "2018", "year", "stated"},
		{"early year", "Talks began in early 2017.", pub, "early 2017", "2017", "2017", "year", "stated"},
		{"late month", "Talks began in late January.", pub, "late January", "2024-01", "2024-01", "month", "published"},
		{"year as modifier", "Officials recalled the 2009 outbreak of flu.", pub, "2009", "2009", "2009", "year", "stated"},
		{"mid-year", "The port should reopen by mid-2026.", pub, "mid-2026", "2026", "2026", "year", "stated"},
		{"end of a year", "The treaty lapses at the end of 2027.", pub, "the end of 2027", "2027", "2027", "year", "stated"},
		// weekdays, with or without "on", by tense
		{"weekday past", "The talks were held on Tuesday.", pub, "Tuesday", "2024-05-07", "2024-05-07", "day", "published"},
		{"weekday same day", "The deal was announced on Thursday.", pub, "Thursday", "2024-05-09", "2024-05-09", "day", "published"},
		{"weekday future", "The minister will visit on Monday.", pub, "Monday", "2024-05-13", "2024-05-13", "day", "published"},
		{"weekday without on", "The envoy said Friday that talks had stalled.", pub, "Friday", "2024-05-03", "2024-05-03", "day", "published"},
		{"late weekday", "The council voted late Wednesday.", pub, "late Wednesday", "2024-05-08", "2024-05-08", "day", "published"},
		{"last weekday", "They spoke last Thursday.", pub, "last Thursday", "2024-05-02", "2024-05-02", "day", "published"},
		{"weekday possessive", "Monday’s vote was close.", pub, "Monday’s", "2024-05-06", "2024-05-06", "day", "published"},
		// days and periods relative to the publication date
		{"yesterday", "The minister arrived yesterday.", pub, "yesterday", "2024-05-08", "2024-05-08", "day", "published"},
		{"today", "The agreement was signed today.", pub, "today", "2024-05-09", "2024-05-09", "day", "published"},
		{"tomorrow", "A review will take place tomorrow.", pub, "tomorrow", "2024-05-10", "2024-05-10", "day", "published"},
		{"last night", "Rioting broke out last night.", pub, "last night", "2024-05-08", "2024-05-08", "day", "published"},
		{"last year", "The plan was announced last year.", pub, "last year", "2023", "2023", "year", "published"},
		{"next month", "The rules will change next month.", pub, "next month", "2024-06", "2024-06", "month", "published"},
		{"earlier this month", "The firm was sold earlier this month.", pub, "earlier this month", "2024-05", "2024-05", "month", "published"},
		{"last week", "The ministers met last week.", "2024-05-16", "last week", "2024-05", "2024-W19", "week", "published"},
		{"week over two months", "The ministers will meet next week.", "2024-05-23", "next week", "", "2024-W22", "week", "published"},
		{"years ago", "The bridge was built two years ago.", pub, "two years ago", "2022", "2022", "year", "published"},
		{"more than a year ago", "The office closed more than a year ago.", pub, "more than a year ago", "2023", "2023", "year", "published"},
		{"end of the year", "The office will close at the end of the year.", pub, "the end of the year", "2024", "2024", "year", "published"},
		{"month this year", "The campaign was launched in January this year.", pub, "January this year", "2024-01", "2024-01", "month", "published"},
		{"month last year", "The office opened in March last year.", pub, "March last year", "2023-03", "2023-03", "month", "published"},
		// a bare month or day to the past or the coming one by tense
		{"month no year past", "The two sides met in June.", pub, "June", "2023-06", "2023-06", "month", "published"},
		{"month no year future", "The two sides will meet in June.", pub, "June", "2024-06", "2024-06", "month", "published"},
		{"month earlier this year", "The review was completed in February.", pub, "February", "2024-02", "2024-02", "month", "published"},
		{"month opening a sentence", "November marked the start of the season.", pub, "November", "2023-11", "2023-11", "month", "published"},
		{"day month no year", "The minister visited on 2 April.", pub, "2 April", "2024-04-02", "2024-04-02", "day", "published"},
		{"day month no year after pub", "The minister visited on 2 December.", pub, "2 December", "2023-12-02", "2023-12-02", "day", "published"},
		{"coming day by its lead", "Campaigns stepped up ahead of the May 20 vote.", pub, "May 20", "2024-05-20", "2024-05-20", "day", "published"},
		// explicit dates beside relative ones
		{"relative with explicit", "The deal was signed yesterday (May 8).", pub, "yesterday (May 8)", "2024-05-08", "2024-05-08", "day", "stated"},
		{"today i.e.", "The partners today, i.e., May 9, 2024 signed a charter.", pub, "today, i.e., May 9, 2024", "2024-05-09", "2024-05-09", "day", "stated"},
		{"explicit wins", "It was signed yesterday (May 6).", pub, "yesterday (May 6)", "2024-05-06", "2024-05-06", "day", "stated"},
		// spans: the event takes the start, the mention gives both ends
		{"year span", "The survey ran 2009–2010 across the region.", pub, "2009–2010", "2009", "2009/2010", "year", "stated"},
		{"year span in one token", "The 2019-20 season was cut short.", pub, "2019-20", "2019", "2019/2020", "year", "stated"},
		{"between months", "Works will run between March and June 2025.", pub, "March and June 2025", "2025-03", "2025-03/2025-06", "month", "stated"},
		{"days of one month", "The summit takes place from 1 to 3 June 2025.", pub, "1 to 3 June 2025", "2025-06-01", "2025-06-01/2025-06-03", "day", "stated"},
		{"days after the month", "Voting is set for May 21-23, 2025.", pub, "May 21-23, 2025", "2025-05-21", "2025-05-21/2025-05-23", "day", "stated"},
		// parts of years
		{"quarter", "Sales slowed in Q3 2023.", pub, "Q3 2023", "2023", "2023-Q3", "quarter", "stated"},
		{"half of a year", "The law takes effect in the second half of 2025.", pub, "the second half of 2025", "2025", "2025-H2", "half", "stated"},
		{"season", "The line opened in spring 2022.", pub, "spring 2022", "2022", "2022-SP", "season", "stated"},
		{"decade", "The dispute goes back to the 1990s.", pub, "1990s", "", "199", "decade", "stated"},
		// no publication date: nothing relative is placed, and the year of a day or month stays unknown
		{"no year, no pub", "The minister visited in June.", "", "June", "", "XXXX-06", "month", "none"},
		{"day without year, no pub", "The minister visited on 2 April.", "", "2 April", "", "XXXX-04-02", "day", "none"},
		{"relative, no pub", "The plan was announced last year.", "", "last year", "", "", "year", "none"},
		{"weekday, no pub", "The plan was announced on Friday.", "", "Friday", "", "", "day", "none"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			exprs := FindDates(tc.text)
			if len(exprs) != 1 {
				t.Fatalf("found %d expressions in %q: %+v", len(exprs), tc.text, exprs)
			}
			e := exprs[0]
			if e.Text != tc.wantExpr {
				t.Errorf("expression %q, want %q", e.Text, tc.wantExpr)
			}
			if tc.text[e.Start:e.End] != e.Text {
				t.Errorf("offsets [%d,%d) do not give %q", e.Start, e.End, e.Text)
			}
			future := strings.Contains(tc.text, "will ") || strings.Contains(tc.text, "ahead of")
			n, _ := Normalize(e, mustDate(t, tc.pub), future)
			if n.Value != tc.value || n.Precision != tc.prec || n.Anchor != tc.anchor {
				t.Errorf("mention %+v, want value %q precision %q anchor %q", n, tc.value, tc.prec, tc.anchor)
			}
			got, prob := Resolve(e, mustDate(t, tc.pub), future)
			if tc.want == "" {
				if prob == "" {
					t.Errorf("resolved to %s; want a problem reported", got)
				}
				return
			}
			if prob != "" {
				t.Fatalf("not resolved: %s", prob)
			}
			if got.String() != tc.want {
				t.Errorf("got %s, want %s", got, tc.want)
			}
		})
	}
}

// TestNotDates: numbers and words that look like dates but are not.
func TestNotDates(t *testing.T) {
	for _, text := range []string{
		"The Vision 2030 strategy sets the direction.",
		"The agency takes part in 2 working groups.",
		"The minister may attend if time allows.",
		"Protesters march through the square.",
		"Call +44 2020 1234 for details.",
		"See the Transformation Plan 2017 to 2020 for details.",
		"2019 is an important year for both countries.",
		"The meeting room seats 2024 people.",
		"Shops opened early for Black Friday.",
		"Prices fell over the past year.",
		"Aid will arrive within the next week.",
		"The 45-year-old envoy speaks six languages.",
	} {
		if exprs := FindDates(text); len(exprs) != 0 {
			t.Errorf("%q: found %d expressions, want none: %+v", text, len(exprs), exprs)
		}
	}
}

func TestAddDuration(t *testing.T) {
	tests := []struct {
		from  string
		n     int
		unit  string
		want  string
		label string
	}{
		{"2022-07-04", 3, "year", "2025-07", "years keep the month"},
		{"2022-07-04", 18, "month", "2024-01", "months keep the month"},
		{"2022-07-04", 2, "week", "2022-07-18", "weeks keep the day"},
		{"2022-07", 90, "day", "2022-09", "a month-precision start stays month precision"},
		{"2022", 2, "year", "2024", "a year start gives a year"},
	}
	for _, tc := range tests {
		if got := AddDuration(mustDate(t, tc.from), tc.n, tc.unit).String(); got != tc.want {
			t.Errorf("%s: %s + %d %s = %s, want %s", tc.label, tc.from, tc.n, tc.unit, got, tc.want)
		}
	}
}
