package engine

import (
	"fmt"
	"testing"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/extract"
	"github.com/briefpack/briefpack/briefing/merge"
	"github.com/briefpack/briefpack/briefing/source"
	"github.com/briefpack/briefpack/internal/gensources"
	"github.com/briefpack/briefpack/internal/testshared"
)

func loadGenerated(b *testing.B, n int) ([]*briefing.Source, int64) {
	files, err := gensources.Generate(n)
	if err != nil {
		b.Fatal(err)
	}
	var srcs []*briefing.Source
	var total int64
	for _, f := range files {
		src, err := source.LoadBytes(f.Name, f.Data)
		if err != nil {
			b.Fatal(err)
		}
		srcs = append(srcs, src)
		total += int64(len(src.Text))
	}
	return srcs, total
}

// BenchmarkExtractText measures extraction speed on one core in bytes of text per second (target:
// ≥ 10 MB/s). Sources are loaded once; each iteration extracts from fresh copies.
func BenchmarkExtractText(b *testing.B) {
	srcs, total := loadGenerated(b, 64)
	for _, p := range testshared.Seeds(b) {
		src, err := source.Load(p)
		if err != nil {
			b.Fatal(err)
		}
		srcs = append(srcs, src)
		total += int64(len(src.Text))
	}
	b.SetBytes(total)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, s := range srcs {
			c := *s
			x := extract.Extract(&c, extract.Options{})
			x.Events = merge.DedupeEvents(x.Events)
		}
	}
}

// BenchmarkEngine measures loading, extracting and merging generated libraries of growing size
// (target: 1,000 sources, about 5 MB, in ≤ 1 s; cost linear in the number of sources).
func BenchmarkEngine(b *testing.B) {
	for _, n := range []int{250, 500, 1000} {
		files, err := gensources.Generate(n)
		if err != nil {
			b.Fatal(err)
		}
		var total int64
		for _, f := range files {
			total += int64(len(f.Data))
		}
		b.Run(fmt.Sprintf("sources=%d", n), func(b *testing.B) {
			b.SetBytes(total)
			for i := 0; i < b.N; i++ {
				var srcs []*briefing.Source
				for _, f := range files {
					src, err := source.LoadBytes(f.Name, f.Data)
					if err != nil {
						b.Fatal(err)
					}
					srcs = append(srcs, src)
				}
				r := Process(srcs, nil, Options{})
				if len(r.Timeline) == 0 {
					b.Fatal("empty timeline")
				}
			}
		})
	}
}

// BenchmarkMerge measures merging alone over 1,000 extracted sources.
func BenchmarkMerge(b *testing.B) {
	srcs, _ := loadGenerated(b, 1000)
	xs, _ := ExtractAll(srcs, Options{})
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r := &Result{Extractions: xs}
		Merge(r)
	}
}
