package app

import (
	"path/filepath"
	"testing"

	"github.com/briefpack/briefpack/briefing/build"
	"github.com/briefpack/briefpack/briefing/engine"
	"github.com/briefpack/briefpack/briefing/project"
	"github.com/briefpack/briefpack/briefing/render/pdf"
)

// The app builds through buildProject; the CLI through engine.Run and build.ToFile. The app may be at
// most 20% slower than the CLI on the same sources (compare the two benchmarks).

func benchProject(b *testing.B) *project.Project {
	dir := filepath.Join(b.TempDir(), "s"+project.Extension)
	p, err := project.NewSample(dir)
	if err != nil {
		b.Fatal(err)
	}
	return p
}

func BenchmarkBuildFromApp(b *testing.B) {
	p := benchProject(b)
	out := filepath.Join(b.TempDir(), "app.pdf")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := buildProject(p, build.PDF, out, func(build.Stage) {}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkBuildFromCLI(b *testing.B) {
	p := benchProject(b)
	out := filepath.Join(b.TempDir(), "cli.pdf")
	dir := filepath.Join(p.Dir, project.SourcesDir)
	b.ResetTimer()
	for i := 0; i < b.N; i++ { // what cmd/briefpack build does
		canvas := pdf.PrepareAsync(p.Settings.PageSize)
		res := engine.Run([]string{dir}, engine.Options{})
		if _, err := build.ToFile(build.Job{Result: res, Settings: p.Settings, Sections: p.Sections, Format: build.PDF, Canvas: canvas}, out); err != nil {
			b.Fatal(err)
		}
	}
}
