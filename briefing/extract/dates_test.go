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

// TestResolveDates covers every date form the engine reads, resolved against a publication date.
func TestResolveDates(t *testing.T) {
	// 9 May 2024 is a Thursday.
	const pub = "2024-05-09"
	tests := []struct {
		name, text, pub, want string
		wantExpr              string
	}{
		{"day month year", "The accord was signed on 14 March 2021 in Vallen.", pub, "2021-03-14", "14 March 2021"},
		{"month day year", "It was signed on March 14, 2021.", pub, "2021-03-14", "March 14, 2021"},
		{"ordinal", "They met on March 14th, 2021.", pub, "2021-03-14", "March 14th, 2021"},
		{"day of month", "The office opened on the 3rd of April 2020.", pub, "2020-04-03", "the 3rd of April 2020"},
		{"abbreviated month", "The board met on Sept. 2, 2022.", pub, "2022-09-02", "Sept. 2, 2022"},
		{"weekday and date", "Published Fri, 10 May 2024 at noon.", pub, "2024-05-10", "Fri, 10 May 2024"},
		{"iso", "The notice is dated 2023-11-30.", pub, "2023-11-30", "2023-11-30"},
		{"numeric day first", "The form was filed on 14/06/2019.", pub, "2019-06-14", "14/06/2019"},
		{"month year", "In October 2020 the teams met.", pub, "2020-10", "October 2020"},
		{"bare year", "The first deal was signed in 2018.", pub, "2018", "2018"},
		{"early year", "Talks began in early 2017.", pub, "2017", "2017"},
		{"weekday past", "The talks were held on Tuesday.", pub, "2024-05-07", "Tuesday"},
		{"weekday same day", "The deal was announced on Thursday.", pub, "2024-05-09", "Thursday"},
		{"weekday future", "The minister will visit on Monday.", pub, "2024-05-13", "Monday"},
		{"last weekday", "They spoke last Thursday.", pub, "2024-05-02", "last Thursday"},
		{"yesterday", "The minister arrived yesterday.", pub, "2024-05-08", "yesterday"},
		{"today", "The agreement was signed today.", pub, "2024-05-09", "today"},
		{"tomorrow", "A review will take place tomorrow.", pub, "2024-05-10", "tomorrow"},
		{"last year", "The plan was announced last year.", pub, "2023", "last year"},
		{"month this year", "The campaign was launched in January this year.", pub, "2024-01", "January this year"},
		{"month last year", "The office opened in March last year.", pub, "2023-03", "March last year"},
		{"month no year past", "The two sides met in June.", pub, "2023-06", "June"},
		{"month no year future", "The two sides will meet in June.", pub, "2024-06", "June"},
		{"month earlier this year", "The review was completed in February.", pub, "2024-02", "February"},
		{"relative with explicit", "The deal was signed yesterday (May 8).", pub, "2024-05-08", "yesterday (May 8)"},
		{"today i.e.", "The partners today, i.e., May 9, 2024 signed a charter.", pub, "2024-05-09", "today, i.e., May 9, 2024"},
		{"explicit wins", "It was signed yesterday (May 6).", pub, "2024-05-06", "yesterday (May 6)"},
		{"day month no year", "The minister visited on 2 April.", pub, "2024-04-02", "2 April"},
		{"day month no year after pub", "The minister visited on 2 December.", pub, "2023-12-02", "2 December"},
		{"no year, no pub", "The minister visited in June.", "", "", "June"},
		{"relative, no pub", "The plan was announced last year.", "", "", "last year"},
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
			future := strings.Contains(tc.text, "will ")
			got, prob := Resolve(e, mustDate(t, tc.pub), future)
			if tc.want == "" {
				if prob == "" {
					t.Errorf("resolved to %s without a publication date; want a problem reported", got)
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
