package lexicon

import _ "embed"

// DefaultThemes is the YAML of the built-in themes (themes/default.yaml), in the format of a user's
// theme file. A run takes the themes from BuiltInThemes, the same file made into a table by go
// generate; the extract package's tests hold the two to each other.
//
//go:embed themes/default.yaml
var DefaultThemes []byte

// BuiltInTheme is one theme of the built-in file: its id, its name and its phrases, in file order.
type BuiltInTheme struct {
	ID, Name string
	Phrases  []string
}
