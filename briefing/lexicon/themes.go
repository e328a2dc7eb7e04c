package lexicon

import _ "embed"

// DefaultThemes is the YAML of the built-in themes (themes/default.yaml), in the format of a user's
// theme file; the extract package reads it.
//
//go:embed themes/default.yaml
var DefaultThemes []byte
