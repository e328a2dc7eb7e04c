// Command gensources writes a generated library of N sources into a folder, for whole-process
// benchmarks: go run ./internal/tools/gensources -n 1000 DIR
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/briefpack/briefpack/internal/gensources"
)

func main() {
	n := flag.Int("n", 1000, "number of sources")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: gensources [-n N] DIR")
		os.Exit(2)
	}
	dir := flag.Arg(0)
	files, err := gensources.Generate(*n)
	if err == nil {
		err = os.MkdirAll(dir, 0o755)
	}
	total := 0
	for _, f := range files {
		if err != nil {
			break
		}
		err = os.WriteFile(filepath.Join(dir, f.Name), f.Data, 0o644)
		total += len(f.Data)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gensources:", err)
		os.Exit(1)
	}
	fmt.Printf("%d sources, %.1f MB, in %s\n", len(files), float64(total)/(1<<20), dir)
}
