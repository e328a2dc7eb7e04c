package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/briefpack/briefpack/briefing/extract"
	"github.com/briefpack/briefpack/briefing/project"
)

// themesTab: pick the themes of the pack; view and edit a theme's phrases.
type themesTab struct {
	u       *UI
	view    fyne.CanvasObject
	list    *widget.List
	phrases *widget.Entry
	current int
	counts  map[string]int
}

func newThemesTab(u *UI) *themesTab {
	t := &themesTab{u: u, current: -1}
	t.phrases = widget.NewMultiLineEntry()
	t.phrases.SetPlaceHolder("One phrase per line")
	t.phrases.Wrapping = fyne.TextWrapWord
	t.list = widget.NewList(func() int {
		if p := u.project(); p != nil {
			return len(p.ThemesInUse())
		}
		return 0
	}, func() fyne.CanvasObject {
		return container.NewBorder(nil, nil, widget.NewCheck("", nil), widget.NewLabel(""), widget.NewLabel(""))
	}, t.updateRow)
	t.list.OnSelected = func(id widget.ListItemID) {
		t.current = id
		if p := u.project(); p != nil && id < len(p.ThemesInUse()) {
			t.phrases.SetText(strings.Join(p.ThemesInUse()[id].Phrases, "\n"))
		}
	}
	apply := widget.NewButton("Save phrases", t.savePhrases)
	reset := widget.NewButton("Reset all themes", func() {
		if u.project() == nil {
			return
		}
		u.change("Reset themes", "", func(p *project.Project) { p.Themes = nil })
		u.recompute()
		t.list.UnselectAll()
		t.phrases.SetText("")
	})
	help := widget.NewLabel("Tick the themes the pack covers (none ticked: every theme the sources mention). Select a theme to see and edit its phrases.")
	help.Wrapping = fyne.TextWrapWord
	editor := container.NewBorder(widget.NewLabel("Phrases of the selected theme"), container.NewHBox(apply, reset), nil, nil, t.phrases)
	split := container.NewVSplit(t.list, editor)
	split.Offset = 0.55
	t.view = container.NewBorder(help, nil, nil, nil, split)
	return t
}

func (t *themesTab) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	p := t.u.project()
	if p == nil {
		return
	}
	themes := p.ThemesInUse()
	if id >= len(themes) {
		return
	}
	th := themes[id]
	c := o.(*fyne.Container)
	name := c.Objects[0].(*widget.Label)
	check := c.Objects[1].(*widget.Check)
	count := c.Objects[2].(*widget.Label)
	name.SetText(th.Name)
	switch n := t.counts[th.ID]; n {
	case 1:
		count.SetText("1 source")
	default:
		count.SetText(fmt.Sprintf("%d sources", n))
	}
	check.OnChanged = nil
	check.SetChecked(contains(p.Settings.Themes, th.ID))
	id2 := th.ID
	check.OnChanged = func(on bool) { t.pick(id2, on) }
}

// pick adds or removes a theme from the pack.
func (t *themesTab) pick(id string, on bool) {
	p := t.u.project()
	if p == nil || contains(p.Settings.Themes, id) == on {
		return
	}
	label := "Leave out theme"
	if on {
		label = "Pick theme"
	}
	t.u.change(label, "", func(p *project.Project) {
		if on {
			p.Settings.Themes = append(p.Settings.Themes, id)
			return
		}
		var keep []string
		for _, x := range p.Settings.Themes {
			if x != id {
				keep = append(keep, x)
			}
		}
		p.Settings.Themes = keep
	})
	t.u.repack()
}

func (t *themesTab) savePhrases() {
	p := t.u.project()
	if p == nil || t.current < 0 {
		return
	}
	themes := append([]extract.Theme(nil), p.ThemesInUse()...)
	if t.current >= len(themes) {
		return
	}
	var phrases []string
	for _, l := range strings.Split(t.phrases.Text, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			phrases = append(phrases, l)
		}
	}
	themes[t.current].Phrases = phrases
	t.u.change("Edit theme phrases", "", func(p *project.Project) { p.Themes = themes })
	t.u.recompute()
}

func (t *themesTab) refresh() {
	t.counts = map[string]int{}
	t.u.mu.Lock()
	res := t.u.res
	t.u.mu.Unlock()
	if res != nil {
		for _, x := range res.Extractions {
			for _, h := range x.Themes {
				t.counts[h.Theme]++
			}
		}
	}
	t.list.Refresh()
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
