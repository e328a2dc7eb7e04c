package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Appearance choices (View → Appearance), remembered in the preferences.
const (
	appearanceSystem = "system"
	appearanceLight  = "light"
	appearanceDark   = "dark"
)

// Colour names of the source view's highlights, resolved by briefTheme with enough contrast on
// either background (WCAG AA, 4.5:1 for text).
const (
	colorQuote fyne.ThemeColorName = "briefpack-quote"
	colorDate  fyne.ThemeColorName = "briefpack-date"
	colorTheme fyne.ThemeColorName = "briefpack-theme"
	colorMatch fyne.ThemeColorName = "briefpack-match"
	colorCited fyne.ThemeColorName = "briefpack-cited"
)

// briefTheme is Fyne's default theme with a forced light or dark variant (or the system's), unticked
// checkboxes and field borders that can be seen (Fyne's are 1.3:1 on light and 1.6:1 on dark), and
// highlight colours readable on both backgrounds.
type briefTheme struct {
	variant *fyne.ThemeVariant // nil: follow the system
}

var (
	_ fyne.Theme = (*briefTheme)(nil)

	lightColors = map[fyne.ThemeColorName]color.Color{
		theme.ColorNameInputBorder: color.NRGBA{0x76, 0x76, 0x76, 0xff}, // 4.5:1 on white
		theme.ColorNameSuccess:     color.NRGBA{0x1e, 0x7b, 0x1e, 0xff},
		theme.ColorNameWarning:     color.NRGBA{0x9a, 0x52, 0x00, 0xff},
		colorQuote:                 color.NRGBA{0x1a, 0x4f, 0xc0, 0xff},
		colorDate:                  color.NRGBA{0x9a, 0x52, 0x00, 0xff},
		colorTheme:                 color.NRGBA{0x1e, 0x7b, 0x1e, 0xff},
		colorMatch:                 color.NRGBA{0x8e, 0x24, 0xaa, 0xff},
		colorCited:                 color.NRGBA{0xb0, 0x00, 0x20, 0xff},
	}
	darkColors = map[fyne.ThemeColorName]color.Color{
		theme.ColorNameInputBorder: color.NRGBA{0x9a, 0x9a, 0x9a, 0xff}, // 6:1 on the dark background
		colorQuote:                 color.NRGBA{0x8a, 0xb4, 0xff, 0xff},
		colorDate:                  color.NRGBA{0xff, 0xb7, 0x4d, 0xff},
		colorTheme:                 color.NRGBA{0x7c, 0xe0, 0x7c, 0xff},
		colorMatch:                 color.NRGBA{0xe0, 0x9c, 0xff, 0xff},
		colorCited:                 color.NRGBA{0xff, 0x8a, 0x8a, 0xff},
	}
)

func (t *briefTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if t.variant != nil {
		v = *t.variant
	}
	colors := lightColors
	if v == theme.VariantDark {
		colors = darkColors
	}
	if c, ok := colors[n]; ok {
		return c
	}
	return theme.DefaultTheme().Color(n, v)
}

func (t *briefTheme) Font(s fyne.TextStyle) fyne.Resource     { return theme.DefaultTheme().Font(s) }
func (t *briefTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return theme.DefaultTheme().Icon(n) }
func (t *briefTheme) Size(n fyne.ThemeSizeName) float32       { return theme.DefaultTheme().Size(n) }

// applyAppearance sets the theme for a choice and remembers it.
func (u *UI) applyAppearance(choice string) {
	t := &briefTheme{}
	switch choice {
	case appearanceLight:
		v := theme.VariantLight
		t.variant = &v
	case appearanceDark:
		v := theme.VariantDark
		t.variant = &v
	default:
		choice = appearanceSystem
	}
	u.app.Settings().SetTheme(t)
	u.app.Preferences().SetString(prefAppearance, choice)
	for c, it := range u.menus.appearance {
		it.Checked = c == choice
	}
	if u.menus.main != nil {
		u.menus.main.Refresh()
	}
}

func (u *UI) appearanceMenu() *fyne.MenuItem {
	it := fyne.NewMenuItem("Appearance", nil)
	u.menus.appearance = map[string]*fyne.MenuItem{}
	current := u.app.Preferences().StringWithFallback(prefAppearance, appearanceSystem)
	var items []*fyne.MenuItem
	for _, c := range []struct{ id, label string }{{appearanceSystem, "As the System"}, {appearanceLight, "Light"}, {appearanceDark, "Dark"}} {
		id := c.id
		m := fyne.NewMenuItem(c.label, func() { u.applyAppearance(id) })
		m.Checked = id == current
		u.menus.appearance[id] = m
		items = append(items, m)
	}
	it.ChildMenu = fyne.NewMenu("", items...)
	return it
}
