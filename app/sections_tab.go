package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/briefpack/briefpack/briefing/pack"
	"github.com/briefpack/briefpack/briefing/project"
)

// sectionsTab: Markdown editors for the template's own sections (objectives, lines to take, …).
type sectionsTab struct {
	u       *UI
	view    fyne.CanvasObject
	pick    *widget.Select
	editor  *widget.Entry
	ids     []string
	titles  map[string]string
	current string
	loading bool
}

func newSectionsTab(u *UI) *sectionsTab {
	s := &sectionsTab{u: u, titles: map[string]string{}}
	s.editor = widget.NewMultiLineEntry()
	s.editor.Wrapping = fyne.TextWrapWord
	s.editor.SetPlaceHolder("Write this section in Markdown: paragraphs, - lists, **bold**, tables…")
	s.editor.OnChanged = func(string) {
		if !s.loading && u.project() != nil {
			u.change("Edit section", "section "+s.current, s.store)
		}
	}
	s.pick = widget.NewSelect(nil, func(label string) {
		p := u.project()
		if p == nil {
			return
		}
		s.store(p)
		for _, id := range s.ids {
			if s.titles[id] == label {
				s.current = id
			}
		}
		s.loading = true
		s.editor.SetText(p.Section(s.current))
		s.loading = false
	})
	help := widget.NewLabel("Your own sections for the chosen template. An empty section is left out of the pack with its heading.")
	help.Wrapping = fyne.TextWrapWord
	s.view = container.NewBorder(container.NewVBox(help, s.pick), nil, nil, nil, s.editor)
	return s
}

// load lists the sections of the project's template (and any others the project has).
func (s *sectionsTab) load(p *project.Project) {
	s.ids = nil
	s.titles = map[string]string{}
	if t, err := pack.LoadTemplate(p.Settings.Template, ""); err == nil {
		for _, id := range t.Sections {
			s.ids = append(s.ids, id)
			s.titles[id] = titleOf(t, id)
		}
	}
	for _, sec := range p.Sections {
		if _, ok := s.titles[sec.ID]; !ok {
			s.ids = append(s.ids, sec.ID)
			s.titles[sec.ID] = sec.Title + " (not in this template)"
		}
	}
	var labels []string
	for _, id := range s.ids {
		labels = append(labels, s.titles[id])
	}
	s.current = ""
	s.pick.Options = labels
	if len(labels) > 0 {
		s.pick.SetSelectedIndex(0)
	} else {
		s.pick.ClearSelected()
	}
	s.pick.Refresh()
}

// titleOf finds the heading the template puts before a section.
func titleOf(t *pack.Template, id string) string {
	lines := strings.Split(string(t.Source), "\n")
	for i, l := range lines {
		if strings.TrimSpace(l) == ":::section "+id {
			for k := i - 1; k >= 0; k-- {
				if h := strings.TrimSpace(strings.TrimLeft(lines[k], "#")); strings.HasPrefix(lines[k], "#") && h != "" {
					return h
				}
			}
		}
	}
	return id
}

// store copies the editor into the project.
func (s *sectionsTab) store(p *project.Project) {
	if s.current == "" {
		return
	}
	text := s.editor.Text
	for i := range p.Sections {
		if p.Sections[i].ID == s.current {
			p.Sections[i].Markdown = text
			return
		}
	}
	if strings.TrimSpace(text) != "" {
		p.Sections = append(p.Sections, pack.UserSection{ID: s.current, Title: strings.TrimSuffix(s.titles[s.current], " (not in this template)"), Markdown: text})
	}
}

// buildProject builds a project's pack into out, reporting each stage: load, extract, merge, lay out,
