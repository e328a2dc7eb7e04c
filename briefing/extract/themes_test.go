package extract

import (
	"reflect"
	"testing"

	"github.com/briefpack/briefpack/briefing/lexicon"
)

// TestBuiltInThemesAreTheFile: the generated table the built-in themes come from is what the theme file
// reader makes of the built-in file, id for id and phrase for phrase.
func TestBuiltInThemesAreTheFile(t *testing.T) {
	want, err := ApplyThemeFile("built-in themes", lexicon.DefaultThemes, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := builtInThemes(); !reflect.DeepEqual(got, want) {
		t.Errorf("the built-in theme table differs from lexicon/themes/default.yaml (run go generate ./briefing/lexicon):\n%+v\n%+v", got, want)
	}
	if len(want) != 7 {
		t.Errorf("%d built-in themes, want 7", len(want))
	}
}
