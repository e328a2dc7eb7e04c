// Package batchgc sets the garbage collector for a short batch run as the program starts, before
// the packages it imports build their tables. Import it for its side effect, from a main package
// only:
//
//	import _ "github.com/briefpack/briefpack/cmd/briefpack/internal/batchgc"
//
// Almost everything a briefpack run allocates is garbage soon after (tokens, layout strings,
// compressor state), and with Go's default GOGC=100 a seeds build spent about a fifth of its time
// collecting. With GOGC=800 a build of a handful of sources never collects at all; the memory limit
// keeps a large library within bounds (1,000 sources: peak RSS about 180 MB), where the collector
// then runs as often as it needs to. A user's GOGC or GOMEMLIMIT is left alone.
//
// Why a package of its own: package initialisation (go-trafilatura's dependencies, goldmark) allocates
// about 3 MB, close to the 4 MB at which the default settings start a first collection, which it
// did before main could change them. Go initialises packages in import-path order as far as their
// own imports allow; this package's path sorts before most of those libraries, and although a few
// come first (it waits for runtime/debug, whose path sorts after theirs), under 2 MB is allocated
// by then. TestSeedsBuildNeverCollects in cmd/briefpack holds that a seeds build does not collect.
package batchgc

import (
	"os"
	"runtime/debug"
)

// Percent is the GOGC value set for the run; MemoryLimit the soft memory limit, in bytes.
const (
	Percent     = 800
	MemoryLimit = 170 << 20
)

func init() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(Percent)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(MemoryLimit)
	}
}
