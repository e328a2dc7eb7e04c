package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefpack/briefpack/internal/testshared"
)

// TestSeedsBuildNeverCollects runs the real CLI on the seeds with the collector traced: with
// batchgc's settings in place before the libraries' package init, a build this small should not
// start a single collection (each one cost a millisecond and more of fresh page faults).
func TestSeedsBuildNeverCollects(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the CLI")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "briefpack")
	build := exec.Command("go", "build", "-o", bin, ".")
	build.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	seeds := filepath.Join(testshared.Dir(t), "seeds")
	cmd := exec.Command(bin, "build", "--date", "2026-11-23", "-o", filepath.Join(dir, "seeds.pdf"), seeds)
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "GOGC=") && !strings.HasPrefix(kv, "GOMEMLIMIT=") && !strings.HasPrefix(kv, "GODEBUG=") {
			env = append(env, kv)
		}
	}
	cmd.Env = append(env, "GODEBUG=gctrace=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("briefpack build: %v\n%s", err, out)
	}
	for _, line := range strings.Split(string(out), "\n") {
		if strings.HasPrefix(line, "gc ") {
			t.Errorf("the seeds build collected garbage: %s", line)
		}
	}
}
