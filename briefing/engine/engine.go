// Package engine runs briefpack's whole extraction job: load the sources, extract from each (in
// parallel, one goroutine per core), remove repeats within each source, and merge across sources into
// one timeline, one list of quotations and one who's who.
//
// The result is deterministic: the same inputs give the same Result and byte-identical JSON.
package engine

import (
	"fmt"
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
	xs, xerrs := ExtractAll(srcs, opts)
	r.Extractions = xs
	r.Errors = append(r.Errors, xerrs...)
	Merge(r)
	return r
}

// ExtractAll extracts from every source, in parallel, keeping input order. A source whose extraction
// fails with an internal error (a panic) is left out and comes back as that file's error, so one bad
// source never stops the others; the extractions returned are never nil.
func ExtractAll(srcs []*briefing.Source, opts Options) ([]*briefing.Extraction, []*source.FileError) {
	out := make([]*briefing.Extraction, len(srcs))
	fails := make([]*source.FileError, len(srcs))
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
				out[i], fails[i] = extractOne(src, xopts, extractSource)
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
	var xs []*briefing.Extraction
	var errs []*source.FileError
	for i := range srcs {
		if fails[i] != nil {
			errs = append(errs, fails[i])
		} else {
			xs = append(xs, out[i])
		}
	}
	return xs, errs
}

// extractOne extracts from one source; a panic becomes the source's error, naming the file.
func extractOne(src *briefing.Source, opts extract.Options, run func(*briefing.Source, extract.Options) *briefing.Extraction) (x *briefing.Extraction, fail *source.FileError) {
	defer func() {
		if r := recover(); r != nil {
			x = nil
			fail = &source.FileError{File: src.File, Err: fmt.Errorf("could not be analysed (internal error: %v; please report it with this file)", r)}
		}
	}()
	x = run(src, opts)
	x.Events = merge.DedupeEvents(x.Events)
	return x, nil
}

// extractSource is the extractor the engine runs (a test replaces it to prove a panic stays one
// source's error).
var extractSource = extract.Extract

// Merge fills the cross-source timeline, quotations and people of r from its extractions.
func Merge(r *Result) {
	r.Timeline = merge.Timeline(r.Extractions)
	r.Quotations = merge.Quotations(r.Extractions)
	r.People = merge.People(r.Extractions)
}

// Failed reports whether any file could not be loaded.
func (r *Result) Failed() bool { return len(r.Errors) > 0 }
