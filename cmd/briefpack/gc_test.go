package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefpack/briefpack/internal/testshared"
)

// BenchmarkSeedsBuildCollections runs the real CLI on the seeds with the collector traced and reports
// how many collections a build starts ("gc/build"): with batchgc's settings in place before the
// libraries' package init, a build this small should start none (each one cost a millisecond and more
// of fresh page faults). A speed figure, so a benchmark (make bench), not a unit test.
func BenchmarkSeedsBuildCollections(b *testing.B) {
	dir := b.TempDir()
	bin := filepath.Join(dir, "briefpack")
	build := exec.Command("go", "build", "-o", bin, ".")
	build.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := build.CombinedOutput(); err != nil {
		b.Fatalf("go build: %v\n%s", err, out)
	}
	seeds := filepath.Join(testshared.Dir(b), "seeds")
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "GOGC=") && !strings.HasPrefix(kv, "GOMEMLIMIT=") && !strings.HasPrefix(kv, "GODEBUG=") {
			env = append(env, kv)
		}
	}
	collections := 0
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		cmd := exec.Command(bin, "build", "--date", "2026-11-23", "-o", filepath.Join(dir, "seeds.pdf"), seeds)
		cmd.Env = append(env, "GODEBUG=gctrace=1")
		out, err := cmd.CombinedOutput()
		if err != nil {
			b.Fatalf("briefpack build: %v\n%s", err, out)
		}
		for _, line := range strings.Split(string(out), "\n") {
			if strings.HasPrefix(line, "gc ") {
				collections++
			}
		}
	}
	b.ReportMetric(float64(collections)/float64(b.N), "gc/build")
}
