// Command genlexicon writes the lexicon's generated tables (lists_gen.go, themes_gen.go) from its data
// files. Run it from the lexicon folder, as go generate does: go generate ./briefing/lexicon
package main

import (
	"fmt"
	"os"

	"github.com/briefpack/briefpack/internal/lexicongen"
)

func main() {
	lists, err := lexicongen.ListsSource("lists")
	if err == nil {
		err = os.WriteFile("lists_gen.go", lists, 0o644)
	}
	var themes []byte
	if err == nil {
		themes, err = lexicongen.ThemesSource("themes/default.yaml")
	}
	if err == nil {
		err = os.WriteFile("themes_gen.go", themes, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "genlexicon:", err)
		os.Exit(1)
	}
}
