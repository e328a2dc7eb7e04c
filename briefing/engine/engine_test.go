package engine

import (
	"strings"
	"testing"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/extract"
	"github.com/briefpack/briefpack/briefing/source"
)

// TestPanicIsOneSourcesError: an internal error while extracting one source becomes that file's
// error; the other sources are extracted and merged as usual.
func TestPanicIsOneSourcesError(t *testing.T) {
	var srcs []*briefing.Source
	for _, f := range []string{"a.txt", "bad.txt", "c.txt"} {
		s, err := source.LoadBytes(f, []byte("The council met on 3 March 2021 and signed the harbour agreement.\n\n"+f+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, s)
	}
	saved := extractSource
	defer func() { extractSource = saved }()
	extractSource = func(s *briefing.Source, o extract.Options) *briefing.Extraction {
		if s.File == "bad.txt" {
			var none []int
			_ = none[len(s.Text)] // an index out of range, as a real bug would
		}
		return extract.Extract(s, o)
	}
	r := Process(srcs, nil, Options{})
	if len(r.Extractions) != 2 || r.Extractions[0].Source.File != "a.txt" || r.Extractions[1].Source.File != "c.txt" {
		t.Fatalf("extractions: want a.txt and c.txt, got %d", len(r.Extractions))
	}
	if len(r.Errors) != 1 || r.Errors[0].File != "bad.txt" || !strings.Contains(r.Errors[0].Error(), "internal error") {
		t.Fatalf("errors: want one internal error for bad.txt, got %v", r.Errors)
	}
	if len(r.Timeline) == 0 {
		t.Error("the sources that did extract were not merged")
	}
}
