package app

import (
	"path/filepath"
	"testing"

	"github.com/briefpack/briefpack/internal/testshared"
)

// BenchmarkKeystroke10000 measures one keystroke in the library's search box with 10,000 sources, as
// the real app does it: filtering the rows (presorted; narrowing the last result while typing on),
// refreshing the list, and the source pane following when the selection changes. Re-laying the
// shown source with the search words highlighted waits until typing pauses (BenchmarkSourceRefresh).
// Target: ≤ 16 ms, one frame.
func BenchmarkKeystroke10000(b *testing.B) {
	p := benchProject(b)
	p.Close()
	u := open(b, p.Dir)
	deferred := 0
	u.srcView.later = func(func()) { deferred++ }
	real := u.lib.items // the sample's sources, loaded: the one shown is real
	u.lib.items = append(libraryOf(10000-len(real)), real...)
	queries := []string{"f", "fe", "fer", "ferr", "ferry", "ferry c", "ferry co", ""}
	b.ResetTimer()
	cpu := startCPU()
	defer cpu.report(b)
	for i := 0; i < b.N; i++ {
		u.lib.search.SetText(queries[i%len(queries)])
	}
	b.StopTimer()
	if len(u.lib.items) != 10000 {
		b.Fatal("the rows were rebuilt during the benchmark")
	}
}

// BenchmarkSourceRefresh measures laying out the longest seed in the source pane with two search
// words highlighted: what happens once after the user pauses typing (target: ≤ 16 ms).
func BenchmarkSourceRefresh(b *testing.B) {
	dir := emptyProjectDir(b, "seeds")
	u := open(b, dir)
	u.importPaths([]string{filepath.Dir(testshared.Seeds(b)[0])})
	u.Wait()
	longest, size := "", 0
	for _, l := range u.loaded {
		if l.Source != nil && len(l.Source.Text) > size {
			longest, size = l.File, len(l.Source.Text)
		}
	}
	u.lib.selectFile(longest)
	u.lib.search.SetText("digital government")
	b.ResetTimer()
	cpu := startCPU()
	defer cpu.report(b)
	for i := 0; i < b.N; i++ {
		u.srcView.refresh()
	}
	b.ReportMetric(float64(size), "bytes")
}
