package app

import (
	"image/color"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/briefpack/briefpack/briefing/build"
)

// TestOpenWithoutViewer: issue 14 point 7. When no program opens the built pack, the app says so and
// offers Show in folder.
func TestOpenWithoutViewer(t *testing.T) {
	u := open(t, sampleDir(t))
	u.build.start(build.PDF, false)
	u.Wait()
	was := opener
	t.Cleanup(func() { opener = was })
	opener = []string{"briefpack-no-such-viewer"}
	u.openFile(u.build.last)
	u.Wait()
	top := u.win.Canvas().Overlays().Top()
	if top == nil || !contains(buttonLabels(top), "Show in folder") {
		t.Fatal("no message with Show in folder when no viewer opened the pack")
	}
	pressEsc(u)
	// a viewer that fails (no application for the type) is noticed too
	fail := filepath.Join(t.TempDir(), "fail-open")
	os.WriteFile(fail, []byte("#!/bin/sh\nexit 3\n"), 0o755)
	opener = []string{fail}
	u.openFile(u.build.last)
	u.Wait()
	if top := u.win.Canvas().Overlays().Top(); top == nil || !contains(buttonLabels(top), "Copy path") {
		t.Fatal("a viewer that failed went unnoticed")
	}
}

// TestSmallThings: issue 14 point 7. The selected tab is remembered; the source pane follows the
// library search; the build buttons come back after a failed build.
func TestSmallThings(t *testing.T) {
	dir := sampleDir(t)
	a := test.NewTempApp(t)
	u := New(a, Options{Project: dir, NoAutosave: true, Synchronous: true})
	u.Wait()
	u.tabs.SelectIndex(3)
	u.finishQuit(false)
	v := New(a, Options{Project: dir, NoAutosave: true, Synchronous: true})
	v.Wait()
	t.Cleanup(v.closeProject)
	if v.tabs.SelectedIndex() != 3 {
		t.Errorf("tab %d selected after relaunch, want 3", v.tabs.SelectedIndex())
	}

	v.lib.list.Select(0)
	test.Type(v.lib.search, "embassy")
	if len(v.lib.shown) != 1 {
		t.Fatalf("%d sources match", len(v.lib.shown))
	}
	if v.srcView.shownFile != v.lib.items[v.lib.shown[0]].file {
		t.Errorf("the source pane shows %s, not the one source the search leaves", v.srcView.shownFile)
	}
	var matched bool
	for _, s := range v.srcView.text.Segments {
		if ts, ok := s.(interface{ Textual() string }); ok && strings.EqualFold(ts.Textual(), "embassy") {
			matched = true
		}
	}
	if !matched {
		t.Error("the search word is not highlighted in the source")
	}
	test.Type(v.lib.search, " zzzz")
	if v.srcView.shownFile != "" || !strings.Contains(v.srcView.info.Text, "No source matches") {
		t.Errorf("nothing matches, yet the source pane shows %q", v.srcView.shownFile)
	}
	v.lib.search.SetText("")

	// a build that fails (the pack's path is taken by a folder) gives the buttons back
	v.settings.title.SetText("Blocked")
	os.Mkdir(v.build.outputPath(build.PDF), 0o755)
	v.build.start(build.PDF, false)
	v.Wait()
	if v.build.pdfBtn.Disabled() || v.build.htmlBtn.Disabled() || v.build.stage.Text != "Build failed" {
		t.Errorf("after a failed build: PDF button disabled %v, stage %q", v.build.pdfBtn.Disabled(), v.build.stage.Text)
	}
}

// TestContrast: issue 14 point 7. Unticked checkboxes and field borders stand out from the background
// (3:1, for shapes) and highlighted text is readable (4.5:1) in both light and dark.
func TestContrast(t *testing.T) {
	for _, v := range []fyne.ThemeVariant{theme.VariantLight, theme.VariantDark} {
		th := &briefTheme{variant: &v}
		bg := th.Color(theme.ColorNameBackground, v)
		if r := contrast(th.Color(theme.ColorNameInputBorder, v), bg); r < 3 {
			t.Errorf("variant %d: unticked checkbox border %.1f:1", v, r)
		}
		for _, n := range []fyne.ThemeColorName{colorQuote, colorDate, colorTheme, colorMatch, colorCited, theme.ColorNameSuccess, theme.ColorNameWarning} {
			if r := contrast(th.Color(n, v), bg); r < 4.5 {
				t.Errorf("variant %d: %s on the background %.1f:1", v, n, r)
			}
		}
	}
	// and the default theme's border, for the record, does not pass
	if r := contrast(theme.DefaultTheme().Color(theme.ColorNameInputBorder, theme.VariantDark), theme.DefaultTheme().Color(theme.ColorNameBackground, theme.VariantDark)); r >= 3 {
		t.Logf("Fyne's own dark border is %.1f:1 now", r)
	}
}

// contrast is the WCAG contrast ratio of two colours.
func contrast(a, b color.Color) float64 {
	la, lb := luminance(a), luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

func luminance(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	lin := func(v uint32) float64 {
		x := float64(v) / 0xffff
		if x <= 0.03928 {
			return x / 12.92
		}
		return math.Pow((x+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
}

// TestAppearance: issue 14 point 8. Light, dark or the system's, chosen from the View menu and
// remembered.
func TestAppearance(t *testing.T) {
	a := test.NewTempApp(t)
	u := New(a, Options{Project: sampleDir(t), NoAutosave: true, Synchronous: true})
	u.Wait()
	t.Cleanup(u.closeProject)
	u.applyAppearance(appearanceDark)
	bg := a.Settings().Theme().Color(theme.ColorNameBackground, theme.VariantLight)
	if luminance(bg) > 0.2 {
		t.Error("Dark did not darken the background")
	}
	if !u.menus.appearance[appearanceDark].Checked || u.menus.appearance[appearanceLight].Checked {
		t.Error("the View menu does not tick the choice")
	}
	if a.Preferences().String(prefAppearance) != appearanceDark {
		t.Error("the choice is not remembered")
	}
	u.applyAppearance(appearanceLight)
	if luminance(a.Settings().Theme().Color(theme.ColorNameBackground, theme.VariantDark)) < 0.8 {
		t.Error("Light did not lighten the background")
	}
}

func TestCitedSpan(t *testing.T) {
	for _, c := range []struct{ line, ev, want string }{
		{`Priya Raman said: "Calvera has shown the world how`, "Calvera has shown the world how quickly a team works", "Calvera has shown the world how"},
		{"The accord will  stay in force for 5 years.", "The accord will stay in force for 5 years.", "The accord will  stay in force for 5 years."},
		{"Nothing of it here.", "Another sentence entirely", "Nothing of it here."},
		{"Le délai: été 2025 comme prévu.", "été 2025", "été 2025"},
	} {
		i, j := citedSpan(c.line, c.ev)
		if got := c.line[i:j]; got != c.want {
			t.Errorf("citedSpan(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}

// TestEscClosesEveryDialog: the app's messages and questions close on Esc (a question answers no),
// and Enter answers yes.
func TestEscClosesEveryDialog(t *testing.T) {
	u := open(t, sampleDir(t))
	u.showError(os.ErrPermission)
	pressEsc(u)
	u.showInfo("Import", "Imported 2 file(s).")
	pressEsc(u)
	if u.win.Canvas().Overlays().Top() != nil {
		t.Fatal("Esc left a message open")
	}
	var answers []bool
	u.confirm("Remove source", "Remove it?", func(ok bool) { answers = append(answers, ok) })
	pressEsc(u)
	u.confirm("Remove source", "Remove it?", func(ok bool) { answers = append(answers, ok) })
	u.keys.typedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if len(answers) != 2 || answers[0] || !answers[1] || u.win.Canvas().Overlays().Top() != nil {
		t.Errorf("answers %v, want Esc no and Enter yes, and no dialog left", answers)
	}
}
