// Package engine runs briefpack's whole extraction job: load the sources, extract from each (in
// parallel, one goroutine per core), remove repeats within each source, and merge across sources into
// one timeline, one list of quotations and one who's who.
//
// The result is deterministic: the same inputs give the same Result and byte-identical JSON.
package engine

import (
	"io/fs"
	"runtime"
	"sync"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/extract"
	"github.com/briefpack/briefpack/briefing/merge"
	"github.com/briefpack/briefpack/briefing/source"
)

// Options tune a job.
type Options struct {
	// Themes are the theme lexicons; nil means the seven defaults.
	Themes []extract.Theme
	// Published overrides the published date of sources by id (set by the user in the app).
	Published map[string]briefing.Date
	// Progress, when set, is called after each source is extracted (done of total).
	Progress func(done, total int)
}

// Result is everything a job produced.
type Result struct {
	Extractions []*briefing.Extraction // one per loaded source, in input order
	Errors      []*source.FileError    // files that could not be loaded
	Timeline    []briefing.TimelineEntry
	Quotations  []briefing.Quotation
	People      []briefing.PersonEntry
}

// Run loads every argument (files and directories) and processes what loaded.
func Run(args []string, opts Options) *Result {
	srcs, errs := source.LoadAll(args)
	return Process(srcs, errs, opts)
}

// RunFS loads the supported files of dir in fsys (the embedded sample library) and processes them.
func RunFS(fsys fs.FS, dir string, opts Options) *Result {
	srcs, errs := source.LoadFS(fsys, dir)
	return Process(srcs, errs, opts)
}

// Process extracts from loaded sources and merges the results.
func Process(srcs []*briefing.Source, errs []*source.FileError, opts Options) *Result {
	r := &Result{Errors: errs}
	r.Extractions = ExtractAll(srcs, opts)
	Merge(r)
	return r
}

// ExtractAll extracts from every source, in parallel, keeping input order.
func ExtractAll(srcs []*briefing.Source, opts Options) []*briefing.Extraction {
	out := make([]*briefing.Extraction, len(srcs))
	xopts := extract.Options{Themes: opts.Themes}
	workers := runtime.GOMAXPROCS(0)
	if workers > len(srcs) {
		workers = len(srcs)
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := 0
	next := make(chan int)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				src := srcs[i]
				if d, ok := opts.Published[src.ID]; ok {
					src.Published, src.PublishedFrom = d, "set by the user"
				}
				x := extract.Extract(src, xopts)
				x.Events = merge.DedupeEvents(x.Events)
				out[i] = x
				if opts.Progress != nil {
					mu.Lock()
					done++
					opts.Progress(done, len(srcs))
					mu.Unlock()
				}
			}
		}()
	}
	for i := range srcs {
		next <- i
	}
	close(next)
	wg.Wait()
	return out
}

// Merge fills the cross-source timeline, quotations and people of r from its extractions.
func Merge(r *Result) {
	r.Timeline = merge.Timeline(r.Extractions)
	r.Quotations = merge.Quotations(r.Extractions)
	r.People = merge.People(r.Extractions)
}

// Failed reports whether any file could not be loaded.
func (r *Result) Failed() bool { return len(r.Errors) > 0 }
