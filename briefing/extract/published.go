package extract

import (
	"strconv"
	"strings"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/clean"
	"github.com/briefpack/briefpack/briefing/prose"
)

// publishedFromText finds the publication date the text states: "today, i.e., July 4, 2022", or a
// dateline near the top ("Fri, Jun 14, 2019 - 12:56 PM", "date 2019-06-14").
func publishedFromText(d *doc) (briefing.Date, string) {
	// "today" with an explicit date beside it
	for _, s := range d.sents {
		if !strings.Contains(s.text, "oday") {
			continue
		}
		for _, e := range findDates(s.text, s.toks) {
			if e.Kind == ExprRelative && e.Relative == "today" && e.Explicit != nil {
				if x, prob := Resolve(*e.Explicit, briefing.Date{}, false); prob == "" && x.Precision == Day {
					return x, "the text: “" + e.Text + "”"
				}
			}
		}
	}
	// a dateline before the first real paragraph
	firstPara := len(d.lines.Lines)
	for _, b := range d.blocks {
		if prose.CountWords(b.Text) >= 15 {
			firstPara = b.FirstLine
			break
		}
	}
	for i := 0; i < len(d.lines.Lines) && i < firstPara+2; i++ {
		l := d.lines.Lines[i]
		if l.Kind != clean.Furniture || (l.Reason != clean.ReasonDateline && l.Reason != clean.ReasonNav && l.Reason != clean.ReasonByline) {
			continue
		}
		line := d.src.Line(i + 1)
		for _, e := range FindDates(line) {
			if x, prob := Resolve(e, briefing.Date{}, false); prob == "" && x.Precision >= Month {
				return x, "dateline, line " + strconv.Itoa(i+1)
			}
		}
	}
	return briefing.Date{}, ""
}
