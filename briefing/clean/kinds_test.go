package clean

import (
	"strings"
	"testing"

	"github.com/briefpack/briefpack/briefing"
)

// annotated builds a source from lines written for a test, where "F " marks a line of furniture and
// "  " a line of text (blank lines stay blank), and returns it with the furniture line numbers.
func annotated(doc string) (string, map[int]bool) {
	furniture := map[int]bool{}
	var out []string
	for i, l := range strings.Split(strings.TrimPrefix(doc, "\n"), "\n") {
		switch {
		case strings.HasPrefix(l, "F "):
			furniture[i+1] = true
			l = l[2:]
		case strings.HasPrefix(l, "  "):
			l = l[2:]
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n"), furniture
}

func checkAnnotated(t *testing.T, doc string, format briefing.Format) {
	t.Helper()
	text, want := annotated(doc)
	src, r := classify(t, text, format)
	for n := 1; n <= src.NumLines(); n++ {
		l := r.Lines[n-1]
		switch {
		case want[n] && l.Kind != Furniture:
			t.Errorf("line %d kept, want furniture: %q", n, src.Line(n))
		case !want[n] && l.Kind == Furniture:
			t.Errorf("line %d removed (%s), want text: %q", n, l.Reason, src.Line(n))
		}
	}
}

// TestClippingFurniture: a scraped news clipping written for this test, with every kind of web-page
// furniture a clipping tool lets through, among the lines of the article.
func TestClippingFurniture(t *testing.T) {
	checkAnnotated(t, `
  # Lakeside councils agree to share one bus ticket
  
F Unknown
F ### 
F ![Buses at the interchange](https://img.example/buses-interchange.jpg?w=800)
  *Buses at the Brennock interchange, where three routes meet.*
  
  Passengers in the four lakeside districts will travel on every local bus with one ticket from June, after the councils signed an agreement on Monday.
  
F Advertisement
  
  "Crossing a district line should not cost anyone twice," said Helen Marsh, who chairs the joint transport committee.
  
F Continue reading the main story
F Related: Ferry timetable to change in the spring
F [Sign up for the morning briefing, in your inbox every weekday.]
  
  The councils expect the ticket to cost about 1.2 million euros a year in lost fares, met from a regional fund set up last autumn.
  
F We use cookies to improve your experience. By continuing to browse the site you agree to our use of cookies.
  
  Operators will fit card readers on all 140 buses before May.
  
F ### MORE ON THIS STORY
  
F * [Night buses to stay off the road this winter](https://courier.example/a/1)
F * [Aldmoor hospital car park fees frozen](https://courier.example/a/2)
F * [Ferry timetable to change in the spring](https://courier.example/a/3)
F * [Cycle lane on the lake road opens early](https://courier.example/a/4)
F * [Brennock pier repairs to finish in July](https://courier.example/a/5)
F * [Six new electric buses for the hospital route](https://courier.example/a/6)
F * [Fare rise for the lake ferry postponed](https://courier.example/a/7)
  
F ### About the author
F Priya Natarajan is the Courier's transport correspondent and has covered the districts since 2016.
  
F #### Tags:
F [[Buses]] [[Councils]] [[Transport]] [[Lakeside]]
  
F ## 2 Comments
F Oskar L. says:
F About time. I gave up on the Aldmoor bus because of the second ticket, and I know many who did the same.
F Mara T. says:
F Will the night services come back as well? That is what the outer villages are waiting for.
F Leave a reply
F Your email address will not be published. Required fields are marked *
F Post comment
`, briefing.FormatMarkdown)
}

// TestReleaseFurniture: the closing matter of an agency release in plain text, written for this test.
func TestReleaseFurniture(t *testing.T) {
	checkAnnotated(t, `
  Coastal archive opens to the public
  
  The Ministry of Coastal Affairs and the Coastal Data Office opened a shared archive of tide and erosion records on Thursday.
  
  "A record that nobody can find protects nobody," said Minister Joaquim Ferreira at the opening.
  
  The archive is published at the following addresses:
  * <https://archive.coastal.example/tides>
  * <https://archive.coastal.example/erosion>
  
F Encl.: Fact sheet on the archive
F Attachments: photographs of the opening
  
F ISSUED BY THE PRESS OFFICE
F MINISTRY OF COASTAL AFFAIRS
  
F About the Coastal Data Office
F The Coastal Data Office collects and publishes measurements of tides, waves and erosion along the coast.
F It was founded in 1962.
  
F Media contacts
F Ines Costa, Press Officer, Ministry of Coastal Affairs, +351 210 000 111, press@coastal.example
F Rui Matos
F Head of Communications
F Coastal Data Office
F Mobile: +351 910 000 222
`, briefing.FormatText)
}
