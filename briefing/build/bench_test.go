package build

import (
	"bytes"
	"io"
	"path/filepath"
	"testing"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/engine"
	"github.com/briefpack/briefpack/briefing/pack"
	"github.com/briefpack/briefpack/briefing/source"
	"github.com/briefpack/briefpack/internal/gensources"
	"github.com/briefpack/briefpack/internal/testshared"
)

// BenchmarkBuildSeeds measures the pack build of the five seeds (engine included): target ≤ 30 ms per
// whole process (see also scripts/bench-cli.sh, which times the real binary).
func BenchmarkBuildSeeds(b *testing.B) {
	paths := []string{filepath.Join(testshared.Dir(b), "seeds")}
	for i := 0; i < b.N; i++ {
		res := engine.Run(paths, engine.Options{})
		j := Job{Result: res, Format: PDF, Settings: pack.Settings{Title: "Seeds", Marking: "OFFICIAL", Date: briefing.DayOf(2026, 11, 23)}}
		if _, err := Render(j, io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBuild200 builds a pack from 200 generated sources, from bytes to PDF: target ≤ 1 s.
func BenchmarkBuild200(b *testing.B) {
	files, err := gensources.Generate(200)
	if err != nil {
		b.Fatal(err)
	}
	for i := 0; i < b.N; i++ {
		var srcs []*briefing.Source
		for _, f := range files {
			s, err := source.LoadBytes(f.Name, f.Data)
			if err != nil {
				b.Fatal(err)
			}
			srcs = append(srcs, s)
		}
		res := engine.Process(srcs, nil, engine.Options{})
		var buf bytes.Buffer
		j := Job{Result: res, Format: PDF, Settings: pack.Settings{Title: "Generated", Marking: "OFFICIAL", Date: briefing.DayOf(2026, 11, 23)}}
		if _, err := Render(j, &buf); err != nil {
			b.Fatal(err)
		}
		if i == 0 {
			b.ReportMetric(float64(buf.Len())/1024, "KB/pdf")
		}
	}
}

// BenchmarkPackSeeds measures what the pack itself works out from the seeds' extraction (signings,
// who's who, quotations, themes, the key-point ranking), without extraction or layout: the part of
// a build issue 13 added.
func BenchmarkPackSeeds(b *testing.B) {
	res := engine.Run([]string{filepath.Join(testshared.Dir(b), "seeds")}, engine.Options{})
	in := PackInput(res)
	s := pack.Settings{Title: "Seeds", Date: briefing.DayOf(2026, 11, 23)}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		p := pack.New(in, nil, s, pack.Edits{}, nil)
		p.KeyPoints(0)
	}
}
