package app

import (
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/build"
	"github.com/briefpack/briefpack/briefing/engine"
	"github.com/briefpack/briefpack/briefing/extract"
	"github.com/briefpack/briefpack/briefing/pack"
	"github.com/briefpack/briefpack/briefing/project"
	"github.com/briefpack/briefpack/briefing/render/pdf"
)

// settingsTab: title, occasion, date, marking, prepared by, template, page size, large print.
type settingsTab struct {
	u                                 *UI
	view                              fyne.CanvasObject
	title, subtitle, date, preparedBy *widget.Entry
	marking                           *widget.SelectEntry
	template                          *widget.Select
	pageSize                          *widget.RadioGroup
	largePrint                        *widget.Check
	loading                           bool
	templateNames                     []string
}

func newSettingsTab(u *UI) *settingsTab {
	s := &settingsTab{u: u}
	s.title, s.subtitle, s.date, s.preparedBy = widget.NewEntry(), widget.NewEntry(), widget.NewEntry(), widget.NewEntry()
	s.date.SetPlaceHolder("YYYY-MM-DD (default: today)")
	s.marking = widget.NewSelectEntry([]string{"OFFICIAL", "OFFICIAL-SENSITIVE", "None"})
	infos, _ := pack.Templates("")
	var labels []string
	for _, t := range infos {
		s.templateNames = append(s.templateNames, t.Name)
		labels = append(labels, t.Title)
	}
	s.template = widget.NewSelect(labels, func(string) { s.changed() })
	s.pageSize = widget.NewRadioGroup([]string{"A4", "Letter"}, func(string) { s.changed() })
	s.pageSize.Horizontal = true
	s.largePrint = widget.NewCheck("Large print (13.5 pt)", func(bool) { s.changed() })
	for _, e := range []*widget.Entry{s.title, s.subtitle, s.date, s.preparedBy} {
		e.OnChanged = func(string) { s.changed() }
	}
	s.marking.OnChanged = func(string) { s.changed() }
	form := widget.NewForm(
		widget.NewFormItem("Title", s.title),
		widget.NewFormItem("Occasion", s.subtitle),
		widget.NewFormItem("Date", s.date),
		widget.NewFormItem("Marking", s.marking),
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
	s.date.SetText(st.Date.String())
	s.preparedBy.SetText(st.PreparedBy)
	if st.Marking == "" {
		s.marking.SetText("None")
	} else {
		s.marking.SetText(st.Marking)
	}
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
}

func (s *settingsTab) changed() {
	p := s.u.project()
	if s.loading || p == nil {
		return
	}
	st := &p.Settings
	st.Title, st.Subtitle, st.PreparedBy = s.title.Text, s.subtitle.Text, s.preparedBy.Text
	st.Marking = s.marking.Text
	if strings.EqualFold(st.Marking, "none") {
		st.Marking = ""
	}
	st.Date = briefing.Date{}
	if d, err := briefing.ParseDate(strings.TrimSpace(s.date.Text)); err == nil && d.Precision == briefing.Day {
		st.Date = d
	}
	if i := s.template.SelectedIndex(); i >= 0 && i < len(s.templateNames) && st.Template != s.templateNames[i] {
		st.Template = s.templateNames[i]
		s.u.sections.load(p)
	}
	st.PageSize = s.pageSize.Selected
	st.LargePrint = s.largePrint.Checked
	s.u.markDirty()
}

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
	reset := widget.NewButton("Reset all themes to the defaults", func() {
		if p := u.project(); p != nil {
			p.Themes = nil
			u.markDirty()
			u.recompute()
			t.list.UnselectAll()
			t.phrases.SetText("")
		}
	})
	help := widget.NewLabel("Tick the themes the pack covers (none ticked: every theme the sources mention). Select a theme to see and edit its phrases.")
	help.Wrapping = fyne.TextWrapWord
	editor := container.NewBorder(widget.NewLabel("Phrases of the selected theme"), container.NewHBox(apply, reset), nil, nil, t.phrases)
	t.view = container.NewBorder(help, nil, nil, nil, container.NewVSplit(t.list, editor))
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
	if on {
		p.Settings.Themes = append(p.Settings.Themes, id)
	} else {
		var keep []string
		for _, x := range p.Settings.Themes {
			if x != id {
				keep = append(keep, x)
			}
		}
		p.Settings.Themes = keep
	}
	t.u.markDirty()
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
	p.Themes = themes
	t.u.markDirty()
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

// timelineTab: the merged events, each with an include toggle; edit a date or wording; add an event;
// see each event's sources and evidence.
type timelineTab struct {
	u        *UI
	view     fyne.CanvasObject
	list     *widget.List
	items    []pack.TimelineItem
	current  int
	date     *widget.Entry
	what     *widget.Entry
	evidence *widget.Label
}

func newTimelineTab(u *UI) *timelineTab {
	t := &timelineTab{u: u, current: -1}
	t.list = widget.NewList(func() int { return len(t.items) }, func() fyne.CanvasObject {
		d := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		w := widget.NewLabel("")
		w.Truncation = fyne.TextTruncateEllipsis
		return container.NewBorder(nil, nil, container.NewHBox(widget.NewCheck("", nil), d), nil, w)
	}, t.updateRow)
	t.list.OnSelected = func(id widget.ListItemID) { t.show(id) }
	t.date, t.what = widget.NewEntry(), widget.NewEntry()
	t.date.SetPlaceHolder("YYYY, YYYY-MM or YYYY-MM-DD")
	t.evidence = widget.NewLabel("Select an event to see where it comes from.")
	t.evidence.Wrapping = fyne.TextWrapWord
	save := widget.NewButton("Save changes to this event", t.saveEdit)
	add := widget.NewButtonWithIcon("Add an event…", theme.ContentAddIcon(), t.addDialog)
	detail := container.NewBorder(widget.NewForm(widget.NewFormItem("Date", t.date), widget.NewFormItem("What", t.what)),
		nil, nil, nil, container.NewVScroll(container.NewVBox(save, t.evidence)))
	t.view = container.NewBorder(nil, add, nil, nil, container.NewVSplit(t.list, detail))
	return t
}

func (t *timelineTab) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	if id >= len(t.items) {
		return
	}
	it := t.items[id]
	c := o.(*fyne.Container)
	what := c.Objects[0].(*widget.Label)
	left := c.Objects[1].(*fyne.Container)
	check := left.Objects[0].(*widget.Check)
	date := left.Objects[1].(*widget.Label)
	date.SetText(it.Entry.Date.Human())
	label := it.Entry.What
	if n := len(it.Entry.Sources); n > 1 {
		label += fmt.Sprintf("  (%d sources)", n)
	}
	if it.Entry.Conflict != "" {
		label = "⚠ " + label
	}
	if it.Added {
		label += "  (added)"
	}
	what.SetText(label)
	check.OnChanged = nil
	check.SetChecked(it.Included)
	key, added := it.Key, it.Added
	check.OnChanged = func(on bool) { t.include(key, added, on) }
}

func (t *timelineTab) include(key string, added, on bool) {
	p := t.u.project()
	if p == nil || added {
		return
	}
	if p.Edits.Timeline == nil {
		p.Edits.Timeline = map[string]pack.TimelineEdit{}
	}
	e := p.Edits.Timeline[key]
	e.Exclude = !on
	p.Edits.Timeline[key] = e
	t.u.markDirty()
	t.u.repack()
}

func (t *timelineTab) show(id int) {
	if id >= len(t.items) {
		return
	}
	t.current = id
	it := t.items[id]
	t.date.SetText(it.Entry.Date.String())
	t.what.SetText(it.Entry.What)
	var b strings.Builder
	if it.Edited && !it.Original.IsZero() {
		fmt.Fprintf(&b, "The sources say %s; you changed it.\n\n", it.Original.Human())
	}
	if it.Entry.Conflict != "" {
		fmt.Fprintf(&b, "⚠ %s\n\n", it.Entry.Conflict)
	}
	if it.Added {
		fmt.Fprintf(&b, "Added by you. %s\n", it.Note)
	}
	for _, c := range it.Entry.Citations {
		fmt.Fprintf(&b, "%s, line %d:\n“%s”\n\n", t.u.sourceName(c.Source), c.Line, strings.Join(strings.Fields(c.Text), " "))
	}
	t.evidence.SetText(b.String())
}

func (t *timelineTab) saveEdit() {
	p := t.u.project()
	if p == nil || t.current < 0 || t.current >= len(t.items) {
		return
	}
	it := t.items[t.current]
	d, err := briefing.ParseDate(strings.TrimSpace(t.date.Text))
	if err != nil {
		dialog.ShowError(err, t.u.win)
		return
	}
	if it.Added {
		for i, a := range p.Edits.Added {
			if a.Date == it.Entry.Date && a.What == it.Entry.What {
				p.Edits.Added[i].Date, p.Edits.Added[i].What = d, strings.TrimSpace(t.what.Text)
			}
		}
	} else {
		if p.Edits.Timeline == nil {
			p.Edits.Timeline = map[string]pack.TimelineEdit{}
		}
		e := p.Edits.Timeline[it.Key]
		e.Date, e.What = d, strings.TrimSpace(t.what.Text)
		p.Edits.Timeline[it.Key] = e
	}
	t.u.markDirty()
	t.u.repack()
}

func (t *timelineTab) addDialog() {
	date, what, note := widget.NewEntry(), widget.NewEntry(), widget.NewEntry()
	date.SetPlaceHolder("YYYY-MM-DD")
	note.SetPlaceHolder("where this comes from")
	dialog.ShowForm("Add an event", "Add", "Cancel", []*widget.FormItem{
		widget.NewFormItem("Date", date), widget.NewFormItem("What", what), widget.NewFormItem("Source", note),
	}, func(ok bool) {
		p := t.u.project()
		if !ok || p == nil {
			return
		}
		d, err := briefing.ParseDate(strings.TrimSpace(date.Text))
		if err != nil || strings.TrimSpace(what.Text) == "" {
			dialog.ShowError(fmt.Errorf("an event needs a date (YYYY, YYYY-MM or YYYY-MM-DD) and a description"), t.u.win)
			return
		}
		p.Edits.Added = append(p.Edits.Added, pack.AddedEvent{Date: d, What: strings.TrimSpace(what.Text), Note: strings.TrimSpace(note.Text)})
		t.u.markDirty()
		t.u.repack()
	}, t.u.win)
}

func (t *timelineTab) refresh() {
	t.u.mu.Lock()
	pk := t.u.pk
	t.u.mu.Unlock()
	t.items = nil
	if pk != nil {
		t.items = pk.Timeline
	}
	t.list.Refresh()
	if t.current >= 0 && t.current < len(t.items) {
		t.show(t.current)
	}
}

// sourceName is a short name for a source id: its file name.
func (u *UI) sourceName(id string) string {
	u.mu.Lock()
	defer u.mu.Unlock()
	if u.res != nil {
		for i, x := range u.res.Extractions {
			if x.Source.ID == id {
				return fmt.Sprintf("[%d] %s", i+1, x.Source.File)
			}
		}
	}
	return id
}

// quotesTab: merged quotations with include toggles; edit speaker and role; see variants and sources.
type quotesTab struct {
	u             *UI
	view          fyne.CanvasObject
	list          *widget.List
	items         []pack.QuotationItem
	current       int
	speaker, role *widget.Entry
	detail        *widget.Label
}

func newQuotesTab(u *UI) *quotesTab {
	q := &quotesTab{u: u, current: -1}
	q.list = widget.NewList(func() int { return len(q.items) }, func() fyne.CanvasObject {
		l := widget.NewLabel("")
		l.Truncation = fyne.TextTruncateEllipsis
		return container.NewBorder(nil, nil, widget.NewCheck("", nil), nil, l)
	}, q.updateRow)
	q.list.OnSelected = func(id widget.ListItemID) { q.show(id) }
	q.speaker, q.role = widget.NewEntry(), widget.NewEntry()
	q.detail = widget.NewLabel("Select a quotation.")
	q.detail.Wrapping = fyne.TextWrapWord
	save := widget.NewButton("Save speaker and role", q.saveEdit)
	detail := container.NewBorder(widget.NewForm(widget.NewFormItem("Speaker", q.speaker), widget.NewFormItem("Role", q.role)),
		nil, nil, nil, container.NewVScroll(container.NewVBox(save, q.detail)))
	q.view = container.NewVSplit(q.list, detail)
	return q
}

func (q *quotesTab) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	if id >= len(q.items) {
		return
	}
	it := q.items[id]
	c := o.(*fyne.Container)
	label := c.Objects[0].(*widget.Label)
	check := c.Objects[1].(*widget.Check)
	speaker := it.Q.Speaker
	if speaker == "" {
		speaker = "Unattributed"
	}
	label.SetText(speaker + ": “" + it.Q.Text + "”")
	check.OnChanged = nil
	check.SetChecked(it.Included)
	key := it.Key
	check.OnChanged = func(on bool) { q.include(key, on) }
}

func (q *quotesTab) include(key string, on bool) {
	p := q.u.project()
	if p == nil {
		return
	}
	if p.Edits.Quotations == nil {
		p.Edits.Quotations = map[string]pack.QuotationEdit{}
	}
	e := p.Edits.Quotations[key]
	e.Exclude = !on
	p.Edits.Quotations[key] = e
	q.u.markDirty()
	q.u.repack()
}

func (q *quotesTab) show(id int) {
	if id >= len(q.items) {
		return
	}
	q.current = id
	it := q.items[id]
	q.speaker.SetText(it.Q.Speaker)
	q.role.SetText(it.Q.Role)
	var b strings.Builder
	fmt.Fprintf(&b, "“%s”\n\n", it.Q.Text)
	for _, v := range it.Q.Variants {
		fmt.Fprintf(&b, "Also worded: “%s”\n\n", v)
	}
	for _, c := range it.Q.Citations {
		fmt.Fprintf(&b, "%s, line %d\n", q.u.sourceName(c.Source), c.Line)
	}
	q.detail.SetText(b.String())
}

func (q *quotesTab) saveEdit() {
	p := q.u.project()
	if p == nil || q.current < 0 || q.current >= len(q.items) {
		return
	}
	it := q.items[q.current]
	if p.Edits.Quotations == nil {
		p.Edits.Quotations = map[string]pack.QuotationEdit{}
	}
	e := p.Edits.Quotations[it.Key]
	e.Speaker, e.Role = strings.TrimSpace(q.speaker.Text), strings.TrimSpace(q.role.Text)
	p.Edits.Quotations[it.Key] = e
	q.u.markDirty()
	q.u.repack()
}

func (q *quotesTab) refresh() {
	q.u.mu.Lock()
	pk := q.u.pk
	q.u.mu.Unlock()
	q.items = nil
	if pk != nil {
		q.items = pk.Quotations
	}
	q.list.Refresh()
	if q.current >= 0 && q.current < len(q.items) {
		q.show(q.current)
	}
}

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
		if !s.loading {
			if p := u.project(); p != nil {
				s.store(p)
				u.markDirty()
			}
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
// write. It is what the Build tab runs, off the UI goroutine.
func buildProject(q *project.Project, f build.Format, out string, stage func(build.Stage)) ([]string, error) {
	var canvas <-chan *pdf.Canvas
	if f == build.PDF { // load the PDF fonts on another core while the sources are read and extracted
		canvas = pdf.PrepareAsync(q.Settings.PageSize)
	}
	stage(build.StageLoad)
	loaded := q.LoadSources()
	stage(build.StageExtract)
	srcs, errs := q.Selected(loaded)
	xs, xerrs := engine.ExtractAll(srcs, engine.Options{Themes: q.ThemesInUse()})
	res := &engine.Result{Errors: append(errs, xerrs...), Extractions: xs}
	stage(build.StageMerge)
	engine.Merge(res)
	return build.ToFile(build.Job{Result: res, Themes: q.ThemesInUse(), Settings: q.Settings, Edits: q.Edits,
		Sections: q.Sections, Format: f, Progress: stage, Canvas: canvas}, out)
}

// buildTab: Build PDF / Build HTML with a progress bar through load → extract → merge → lay out →
// write; then Open and Show in folder.
type buildTab struct {
	u        *UI
	view     fyne.CanvasObject
	progress *widget.ProgressBar
	stage    *widget.Label
	result   *widget.Label
	open     *widget.Button
	folder   *widget.Button
	pdfBtn   *widget.Button
	htmlBtn  *widget.Button
	last     string
	building bool
}

var stages = []build.Stage{build.StageLoad, build.StageExtract, build.StageMerge, build.StageLayout, build.StageWrite}

func newBuildTab(u *UI) *buildTab {
	b := &buildTab{u: u}
	b.progress = widget.NewProgressBar()
	b.stage = widget.NewLabel("")
	b.result = widget.NewLabel("")
	b.result.Wrapping = fyne.TextWrapWord
	b.pdfBtn = widget.NewButtonWithIcon("Build PDF", theme.DocumentIcon(), func() { b.start(build.PDF) })
	b.pdfBtn.Importance = widget.HighImportance
	b.htmlBtn = widget.NewButtonWithIcon("Build HTML", theme.FileTextIcon(), func() { b.start(build.HTML) })
	b.open = widget.NewButtonWithIcon("Open", theme.FileIcon(), func() { b.openPath(b.last) })
	b.folder = widget.NewButtonWithIcon("Show in folder", theme.FolderIcon(), func() { b.openPath(filepath.Dir(b.last)) })
	b.open.Disable()
	b.folder.Disable()
	help := widget.NewLabel("The pack is written into the project folder. A failed build leaves the last good file as it was.")
	help.Wrapping = fyne.TextWrapWord
	b.view = container.NewVBox(help, container.NewHBox(b.pdfBtn, b.htmlBtn), b.progress, b.stage, b.result, container.NewHBox(b.open, b.folder))
	return b
}

// outputPath is where a build goes: the project folder, named after the title.
func (b *buildTab) outputPath(f build.Format) string {
	p := b.u.project()
	name := safeName(p.Settings.Title)
	if name == "" {
		name = "pack"
	}
	return filepath.Join(p.Dir, name+"."+string(f))
}

// start builds the pack off the UI goroutine.
func (b *buildTab) start(f build.Format) {
	p := b.u.project()
	if p == nil || b.building {
		return
	}
	b.u.sections.store(p)
	b.building = true
	b.pdfBtn.Disable()
	b.htmlBtn.Disable()
	b.result.SetText("")
	out := b.outputPath(f)
	snapshot, err := p.Encode() // build from a snapshot: later edits do not race the build
	if err != nil {
		dialog.ShowError(err, b.u.win)
		return
	}
	var warns []string
	b.u.run("Building "+filepath.Base(out)+"…", func() {
		q := *p
		if err = jsonClone(snapshot, &q); err != nil {
			return
		}
		stage := func(s build.Stage) {
			fyne.Do(func() {
				for i, st := range stages {
					if st == s {
						b.progress.SetValue(float64(i) / float64(len(stages)))
					}
				}
				b.stage.SetText(string(s) + "…")
			})
		}
		warns, err = buildProject(&q, f, out, stage)
	}, func() { b.finish(out, warns, err) })
}

func (b *buildTab) finish(out string, warns []string, err error) {
	b.building = false
	b.pdfBtn.Enable()
	b.htmlBtn.Enable()
	if err != nil {
		b.progress.SetValue(0)
		b.stage.SetText("Build failed")
		b.result.SetText(err.Error())
		dialog.ShowError(err, b.u.win)
		return
	}
	b.progress.SetValue(1)
	b.stage.SetText("Done")
	b.last = out
	msg := "Written: " + out
	for _, w := range warns {
		msg += "\n⚠ " + w
	}
	b.result.SetText(msg)
	b.open.Enable()
	b.folder.Enable()
	b.u.setStatus("Built " + filepath.Base(out))
}

func (b *buildTab) openPath(path string) {
	if path == "" {
		return
	}
	if _, err := os.Stat(path); err != nil {
		dialog.ShowError(err, b.u.win)
		return
	}
	u := storage.NewFileURI(path)
	if err := b.u.app.OpenURL(uriToURL(u)); err != nil {
		dialog.ShowError(err, b.u.win)
	}
}

func (b *buildTab) refresh() {}

// jsonClone decodes a project snapshot into q.
func jsonClone(snapshot []byte, q *project.Project) error {
	dir := q.Dir
	if err := json.Unmarshal(snapshot, q); err != nil {
		return err
	}
	q.Dir = dir
	return nil
}

func uriToURL(u fyne.URI) *url.URL {
	parsed, err := url.Parse(u.String())
	if err != nil {
		return &url.URL{Scheme: "file", Path: u.Path()}
	}
	return parsed
}
