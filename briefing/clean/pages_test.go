package clean_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefpack/briefpack/briefing/clean"
	"github.com/briefpack/briefpack/briefing/source"
)

// The saved pages under testdata/pages were written for these tests: a news page with a cookie
// banner, navigation, share tools, inline advertising and links, a caption, tags, an author box, a
// list of related stories, a newsletter box, comments and a footer; and an agency's press release
// with its issuer lines, an About note and a media contact. The kept text must run from the headline
// and the article's first sentence to its last sentence, keep the caption, and hold nothing else.
func TestSavedPages(t *testing.T) {
	cases := []struct {
		file, first, last string
		keep              []string
		furniture         []string
	}{
		{
			file:  "news.html",
			first: "Passengers in the four lakeside districts will be able to travel",
			last:  "a question the committee said it would answer in its budget in the autumn.",
			keep:  []string{"Buses waiting at the Brennock interchange, where three district routes meet."},
			furniture: []string{"We use cookies", "Accept all", "Manage preferences", "Search the Courier", "Home", "Sport",
				"Share on Facebook", "Email this article", "Advertisement", "Related: Ferry timetable", "Continue reading",
				"Topics:", "About the author", "has covered the lakeside districts", "More on this story", "Night buses to stay",
				"Cycle lane on the lake road", "Get the Courier every morning", "Sign up to our free newsletter", "Comments",
				"Your email address will not be published", "Post comment", "says:", "About time.", "outer villages",
				"Privacy policy", "All rights reserved", "Transport correspondent"},
		},
		{
			file:  "release.html",
			first: "The Ministry of Coastal Affairs and the Coastal Data Office opened a shared archive",
			last:  "publish a yearly report on the state of the coast based on it.",
			furniture: []string{"cookie", "Publications", "Press releases", "Press release ·", "Enc:", "ISSUED BY",
				"About the Coastal Data Office", "employs forty scientists", "For media enquiries", "Ines", "+351",
				"press@coastal.example", "Related press releases", "New flood maps", "Accessibility"},
		},
	}
	for _, tc := range cases {
		t.Run(tc.file, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join("testdata", "pages", tc.file))
			if err != nil {
				t.Fatal(err)
			}
			src, err := source.LoadBytes(tc.file, b)
			if err != nil {
				t.Fatal(err)
			}
			kept := clean.Classify(src).KeptText(src)
			lines := strings.Split(kept, "\n")
			if lines[0] != src.Title || len(lines) < 3 || !strings.HasPrefix(lines[1], tc.first) {
				t.Errorf("kept text does not open with the headline and the first sentence:\n%s", kept)
			}
			if !strings.HasSuffix(kept, tc.last) {
				t.Errorf("kept text does not end with the article's last sentence:\n%s", kept)
			}
			for _, k := range tc.keep {
				if !strings.Contains(kept, k) {
					t.Errorf("lost %q", k)
				}
			}
			for _, f := range tc.furniture {
				if strings.Contains(kept, f) {
					t.Errorf("furniture kept: %q", f)
				}
			}
		})
	}
}
