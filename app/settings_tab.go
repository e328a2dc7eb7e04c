package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/briefpack/briefpack/briefing/pack"
	"github.com/briefpack/briefpack/briefing/project"
)

// settingsTab: title, occasion, date, marking, prepared by, template, page size, large print. A date
// that is not a date is said so beside the field at once, is not stored, and stops a build.
type settingsTab struct {
	u                           *UI
	view                        fyne.CanvasObject
	title, subtitle, preparedBy *widget.Entry
	date                        *field
	marking                     *widget.SelectEntry
	markingNote                 *widget.Label
	template                    *widget.Select
	pageSize                    *widget.RadioGroup
	largePrint                  *widget.Check
	loading                     bool
	templateNames               []string
}

func newSettingsTab(u *UI) *settingsTab {
	s := &settingsTab{u: u}
	s.title, s.subtitle, s.preparedBy = widget.NewEntry(), widget.NewEntry(), widget.NewEntry()
	dateEntry := widget.NewEntry()
	dateEntry.SetPlaceHolder("YYYY-MM-DD (default: today)")
	s.date = newField(dateEntry, dayOrEmpty)
	s.marking = widget.NewSelectEntry([]string{"OFFICIAL", "OFFICIAL-SENSITIVE", "None"})
	s.markingNote = widget.NewLabel("")
	s.markingNote.Wrapping = fyne.TextWrapWord
	s.markingNote.SizeName = "captionText"
	s.markingNote.Hide()
	infos, _ := pack.Templates("")
	var labels []string
	for _, t := range infos {
		s.templateNames = append(s.templateNames, t.Name)
		labels = append(labels, t.Title)
	}
	s.template = widget.NewSelect(labels, func(string) { s.changed("template") })
	s.pageSize = widget.NewRadioGroup([]string{"A4", "Letter"}, func(string) { s.changed("page size") })
	s.pageSize.Horizontal = true
	s.largePrint = widget.NewCheck("Large print (16 pt)", func(bool) { s.changed("large print") })
	for name, e := range map[string]*widget.Entry{"title": s.title, "occasion": s.subtitle, "date": dateEntry, "prepared by": s.preparedBy} {
		name := name
		e.OnChanged = func(string) { s.changed(name) }
	}
	s.marking.OnChanged = func(string) { s.changed("marking") }
	form := widget.NewForm(
		widget.NewFormItem("Title", s.title),
		widget.NewFormItem("Occasion", s.subtitle),
		widget.NewFormItem("Date", s.date.view()),
		widget.NewFormItem("Marking", container.NewVBox(s.marking, s.markingNote)),
		widget.NewFormItem("Prepared by", s.preparedBy),
		widget.NewFormItem("Template", s.template),
		widget.NewFormItem("Page size", s.pageSize),
		widget.NewFormItem("", s.largePrint),
	)
	s.view = container.NewVScroll(container.NewPadded(form))
	return s
}

func (s *settingsTab) load(p *project.Project) {
	s.loading = true
	defer func() { s.loading = false }()
	st := p.Settings
	s.title.SetText(st.Title)
	s.subtitle.SetText(st.Subtitle)
	s.date.entry.SetText(st.Date.String())
	s.date.validate()
	s.preparedBy.SetText(st.PreparedBy)
	if st.Marking == "" {
		s.marking.SetText("None")
	} else {
		s.marking.SetText(st.Marking)
	}
	s.template.ClearSelected()
	for i, n := range s.templateNames {
		if n == st.Template {
			s.template.SetSelectedIndex(i)
		}
	}
	if strings.EqualFold(st.PageSize, "letter") {
		s.pageSize.SetSelected("Letter")
	} else {
		s.pageSize.SetSelected("A4")
	}
	s.largePrint.SetChecked(st.LargePrint)
	s.noteMarking(st.Marking)
}

func (s *settingsTab) noteMarking(m string) {
	if project.OwnerOnly(m) {
		s.markingNote.SetText("The project folder, its sources and packs are kept readable by you only.")
		s.markingNote.Show()
	} else {
		s.markingNote.SetText("")
		s.markingNote.Hide()
	}
}

// changed copies the form into the project's settings (one undo step per field while typing).
func (s *settingsTab) changed(what string) {
	p := s.u.project()
	if s.loading || p == nil {
		return
	}
	okDate := s.date.validate()
	s.u.change("Change "+what, "settings "+what, func(p *project.Project) {
		st := &p.Settings
		st.Title, st.Subtitle, st.PreparedBy = s.title.Text, s.subtitle.Text, s.preparedBy.Text
		st.Marking = s.marking.Text
		if strings.EqualFold(st.Marking, "none") {
			st.Marking = ""
		}
		if okDate {
			st.Date, _ = checkDate(s.date.entry.Text, false, true)
		}
		if i := s.template.SelectedIndex(); i >= 0 && i < len(s.templateNames) && st.Template != s.templateNames[i] {
			st.Template = s.templateNames[i]
			s.u.sections.load(p)
		}
		st.PageSize = s.pageSize.Selected
		st.LargePrint = s.largePrint.Checked
		s.noteMarking(st.Marking)
	})
}

// problem says what in the settings stops a build ("" when nothing does).
func (s *settingsTab) problem() string {
	if !s.date.validate() {
		return fmt.Sprintf("The pack date in Settings is not right: %s. Fix it, or clear it for today's date.", s.date.message())
	}
	return ""
}
