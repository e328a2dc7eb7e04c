package source

import (
	"strings"
	"testing"
)

// TestPageTitle: the page's headline, without the site's or author's name, whichever of the title,
// og:title and <h1> carry it.
func TestPageTitle(t *testing.T) {
	for _, tc := range []struct{ meta, tag, h1, site, author, want string }{
		{"Ferry fares to rise - Island News", "", "Ferry fares to rise", "Island News", "", "Ferry fares to rise"},
		{"Island News - Latest headlines", "Ferry fares to rise", "Ferry fares to rise", "Island News", "", "Ferry fares to rise"},
		{"Whales return to the bay | Mira Holt", "", "", "The Courier", "Mira Holt", "Whales return to the bay"},
		{"Whales return | Environment | The Courier", "", "", "The Courier", "", "Whales return | Environment"},
		{"Ferry fares to rise | islandnews.example", "", "", "", "", "Ferry fares to rise"},
		{"Ferry fares: what changes", "", "", "Island News", "", "Ferry fares: what changes"},
		{"Island News", "Ferry fares to rise", "Island News", "Island News", "", "Island News"},
	} {
		if got := pageTitle(tc.meta, tc.tag, tc.h1, tc.site, tc.author); got != tc.want {
			t.Errorf("pageTitle(%q, %q, %q) = %q, want %q", tc.meta, tc.tag, tc.h1, got, tc.want)
		}
	}
}

// TestPageAuthor: one name per person, capitals in title case, and no author that is the site.
func TestPageAuthor(t *testing.T) {
	for _, tc := range []struct{ in, site, want string }{
		{"Mira Holt; MIRA HOLT", "", "Mira Holt"},
		{"ANA SILVA", "", "Ana Silva"},
		{"Island News", "Island News", ""},
		{"Mira Holt | Rui Matos", "", "Mira Holt, Rui Matos"},
	} {
		if got := pageAuthor(tc.in, tc.site); got != tc.want {
			t.Errorf("pageAuthor(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestSavedPageReading: a UTF-8 page without a charset whose first accented letter comes late is
// read as UTF-8; a caption in the article is kept, one in an aside is not; the site's name is cut
// from the headline.
func TestSavedPageReading(t *testing.T) {
	page := "<!DOCTYPE html><html><head><title>Ferry fares to rise – Island News</title>" +
		"<meta property=\"og:site_name\" content=\"Island News\"></head><body>" + strings.Repeat("<!-- layout -->\n", 80) +
		"<article><h1>Ferry fares to rise</h1>" +
		"<p>The island’s ferry company said on Monday that fares would rise by a tenth in April, the first rise in six years, because fuel now costs twice what it did.</p>" +
		"<figure><img src=\"a.jpg\"><figcaption>The morning ferry leaving the pier at Vík.</figcaption></figure>" +
		"<p>Councillors said they would ask the company to keep the reduced fare for pupils and pensioners, which it has offered since the service began in 1998.</p>" +
		"<p>The company said it would publish the new timetable and the full table of fares in March, after talks with the three island councils.</p>" +
		"</article><aside class=\"related\"><figure><img src=\"b.jpg\"><figcaption>Harbour wall repairs finish early</figcaption></figure></aside></body></html>"
	src, err := LoadBytes("fares.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if src.Title != "Ferry fares to rise" || src.Publisher != "Island News" {
		t.Errorf("title %q, publisher %q", src.Title, src.Publisher)
	}
	if !strings.Contains(src.Text, "island’s ferry company") || !strings.Contains(src.Text, "pier at Vík.") {
		t.Errorf("text not read as UTF-8 or caption lost:\n%s", src.Text)
	}
	if strings.Contains(src.Text, "Harbour wall repairs") {
		t.Errorf("a caption outside the article was kept:\n%s", src.Text)
	}
}
