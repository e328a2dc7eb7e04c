package engine

import (
	"encoding/json"
	"testing"

	"github.com/briefpack/briefpack/briefing"
)

// TestJSONPage: for a paginated source every item with a line also gets its page, while "line" stays
// the line of the extracted text; a source without pages gets no page field.
func TestJSONPage(t *testing.T) {
	paged := &briefing.Source{File: "r.pdf", ID: "aaaaaaaaaaaa", Format: briefing.FormatPDF}
	paged.SetText("Ferry report\nThe councils met in Vallen.\n“We listened to every island,” said council leader Marta Ilves on 3 June 2024.\n")
	paged.PageStarts = []int{1, 3}
	plain := &briefing.Source{File: "r.txt", ID: "bbbbbbbbbbbb", Format: briefing.FormatText}
	plain.SetText(paged.Text)
	plain.Published = briefing.DayOf(2024, 6, 4)
	paged.Published = plain.Published
	b, err := Process([]*briefing.Source{paged, plain}, nil, Options{}).JSON()
	if err != nil {
		t.Fatal(err)
	}
	var rep struct {
		Sources []struct {
			File   string
			Quotes []struct {
				Line int
				Page *int
			}
			Events []struct {
				Line int
				Page *int
			}
		}
		Quotations []struct {
			Citations []struct {
				Source string
				Line   int
				Page   *int
			}
		}
	}
	if err := json.Unmarshal(b, &rep); err != nil {
		t.Fatal(err)
	}
	for _, s := range rep.Sources {
		if len(s.Quotes) == 0 || len(s.Events) == 0 {
			t.Fatalf("%s: nothing extracted:\n%s", s.File, b)
		}
		q, e := s.Quotes[0], s.Events[0]
		switch s.File {
		case "r.pdf":
			if q.Line != 3 || q.Page == nil || *q.Page != 2 || e.Page == nil || *e.Page != 2 {
				t.Errorf("pdf: quote line %d page %v, event page %v", q.Line, q.Page, e.Page)
			}
		default:
			if q.Page != nil || e.Page != nil {
				t.Errorf("txt: a page field without pages")
			}
		}
	}
	for _, c := range rep.Quotations[0].Citations {
		if (c.Source == paged.ID) != (c.Page != nil) {
			t.Errorf("citation of %s: page %v", c.Source, c.Page)
		}
	}
}
