package clean

import (
	"strings"
	"testing"

	"github.com/briefpack/briefpack/briefing"
)

// islandRelease is a press release written for these tests: a body, then every kind of closing matter.
const islandRelease = `**Harbour Board and Ferry Authority agree a shared timetable**

The Harbour Board and the Island Ferry Authority agreed on Tuesday to run one timetable for all crossings from the spring.

"Passengers have asked for this for years," said Mira Holt, chair of the Harbour Board.

Enc: [Timetable summary](/files/timetable-summary.pdf)

---

**JOINTLY ISSUED BY THE HARBOUR BOARD AND THE ISLAND FERRY AUTHORITY**

---

### **About the Harbour Board**
The Harbour Board runs the four public harbours of the islands and their breakwaters.

It was set up in 1952 and reports to the island assembly. Its members are:
* three elected councillors
* two harbour masters

### **About Island Ferry Authority**
The Island Ferry Authority licenses the ferry operators and sets fares.

### **For media enquiries, please contact:**
<br>Tomas REID (Mr)
<br>Communications Unit
<br>Harbour Board
<br>Tel: +44 1234 567 890
<br>Email: <tomas.reid@harbour.example>
<br>
<br>Ana SILVA (Ms)
<br>Island Ferry Authority
<br>Tel: +44 1234 567 999
<br>Email: <press@ferries.example>
`

func TestReleaseMatter(t *testing.T) {
	src, r := classify(t, islandRelease, briefing.FormatMarkdown)
	want := map[int]string{ // line → reason; every other non-blank line is text
		7: ReasonEnclosure, 11: ReasonIssuer,
		15: ReasonAbout, 16: ReasonAbout, 18: ReasonAbout, 19: ReasonAbout, 20: ReasonAbout,
		22: ReasonAbout, 23: ReasonAbout,
	}
	for n := 25; n <= 35; n++ {
		want[n] = ReasonContact
	}
	for n := 1; n <= src.NumLines(); n++ {
		l := r.Lines[n-1]
		raw := strings.TrimSpace(src.Line(n))
		switch reason, ok := want[n]; {
		case ok && (l.Kind != Furniture || l.Reason != reason):
			t.Errorf("line %d %q: kind %d (%q), want furniture (%s)", n, raw, l.Kind, l.Reason, reason)
		case !ok && raw != "" && raw != "---" && l.Kind != Text:
			t.Errorf("line %d %q: kind %d (%q), want text", n, raw, l.Kind, l.Reason)
		}
	}
}

// TestNotANote: a section heading that starts with "About" but names nothing the paragraph under it
// talks about is article text, and so is a sentence that names an issuer in passing.
func TestNotANote(t *testing.T) {
	text := "Ferry fares to rise\n\nThe Island Ferry Authority said fares would rise by a tenth in April, the first rise in six years.\n\n## About Turn On Fares\n\nCouncillors had promised in the winter that fares would stay where they were until the new boats arrived.\n\nThe notice was issued by the authority on Monday and posted in every harbour office.\n"
	_, r := classify(t, text, briefing.FormatMarkdown)
	for _, n := range []int{1, 3, 5, 7, 9} {
		if !r.Keep(n) {
			t.Errorf("line %d removed (%s)", n, r.Lines[n-1].Reason)
		}
	}
}
