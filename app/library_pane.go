package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/project"
)

// libraryPane lists the project's sources: a checkbox to include each, title, format, date, publisher
// and theme chips; a search box and sorting; import and remove. The selection is a source's file,
// not a row, so it stays on the same source when the list is re-sorted, filtered or reloaded.
type libraryPane struct {
	u       *UI
	view    fyne.CanvasObject
	search  *widget.Entry
	sortBy  *widget.RadioGroup
	list    *widget.List
	hint    *fyne.Container
	remove  *widget.Button
	items   []libItem
	filter  libFilter
	shown   []int  // indexes into items, after filtering and sorting
	selFile string // project file of the selected source, "" for none
	syncing bool   // selecting a row from code, not by the user
}

func newLibraryPane(u *UI) *libraryPane {
	l := &libraryPane{u: u}
	l.search = widget.NewEntry()
	l.search.SetPlaceHolder("Search titles, publishers and text")
	l.search.OnChanged = func(string) { l.applyFilter() }
	l.sortBy = widget.NewRadioGroup([]string{"Date", "Title"}, func(string) { l.applyFilter() })
	l.sortBy.Horizontal = true
	l.sortBy.SetSelected("Date")
	l.list = widget.NewList(func() int { return len(l.shown) }, l.createRow, l.updateRow)
	l.list.OnSelected = func(id widget.ListItemID) {
		if l.syncing || id >= len(l.shown) {
			return
		}
		l.selFile = l.items[l.shown[id]].file
		u.srcView.cite, u.srcView.sub = nil, "" // the user chose a source: no citation to show in it
		u.srcView.refresh()
	}
	importBtn := widget.NewButtonWithIcon("Import…", theme.ContentAddIcon(), u.importDialog)
	folderBtn := widget.NewButtonWithIcon("Folder…", theme.FolderOpenIcon(), u.importFolderDialog)
	l.remove = widget.NewButtonWithIcon("Remove", theme.DeleteIcon(), l.removeSelected)
	hint := widget.NewLabel("Import your sources — Ctrl+I, or drop files here")
	hint.Wrapping = fyne.TextWrapWord
	hint.Alignment = fyne.TextAlignCenter
	l.hint = container.NewCenter(hint)
	l.hint.Hide()
	l.remove.Importance = widget.LowImportance
	top := container.NewVBox(
		container.NewBorder(nil, nil, widget.NewLabelWithStyle("Library", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), l.remove),
		container.NewGridWithColumns(2, importBtn, folderBtn),
		l.search,
		container.NewHBox(widget.NewLabel("Sort by"), l.sortBy),
	)
	l.view = container.NewBorder(top, nil, nil, nil, container.NewStack(l.list, l.hint))
	return l
}

func (l *libraryPane) createRow() fyne.CanvasObject {
	check := widget.NewCheck("", nil)
	title := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.Truncation = fyne.TextTruncateEllipsis
	meta := widget.NewLabel("")
	meta.Truncation = fyne.TextTruncateEllipsis
	meta.SizeName = theme.SizeNameCaptionText
	chips := widget.NewLabel("")
	chips.Truncation = fyne.TextTruncateEllipsis
	chips.SizeName = theme.SizeNameCaptionText
	chips.Importance = widget.HighImportance
	return container.NewBorder(nil, nil, check, nil, container.NewVBox(title, meta, chips))
}

func (l *libraryPane) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	if id >= len(l.shown) {
		return
	}
	it := l.items[l.shown[id]]
	c := o.(*fyne.Container)
	box := c.Objects[0].(*fyne.Container)
	check := c.Objects[1].(*widget.Check)
	title := box.Objects[0].(*widget.Label)
	meta := box.Objects[1].(*widget.Label)
	chips := box.Objects[2].(*widget.Label)
	p := l.u.project()
	check.OnChanged = nil
	i := l.indexOf(it.file)
	check.SetChecked(p != nil && i >= 0 && p.Sources[i].Selected)
	file := it.file
	check.OnChanged = func(on bool) { l.setIncluded(file, on) }
	if it.missing || it.problem != "" {
		check.Disable()
	} else {
		check.Enable()
	}
	title.SetText(it.title)
	meta.SetText(it.metaLine())
	chips.SetText(strings.Join(it.themes, " · "))
}

// metaLine is the row's second line: format, date, publisher — or what is wrong with the file.
func (it libItem) metaLine() string {
	switch {
	case it.missing:
		return "⚠ file missing from the project folder"
	case it.problem != "":
		return "⚠ " + it.problem
	}
	parts := []string{formatLabel(it.format)}
	if !it.date.IsZero() {
		parts = append(parts, it.date.Human())
	} else {
		parts = append(parts, "date unknown")
	}
	if it.publisher != "" {
		parts = append(parts, it.publisher)
	}
	if it.attachments > 0 {
		parts = append(parts, fmt.Sprintf("%d attachment(s)", it.attachments))
	}
	if it.changed {
		parts = append(parts, "⚠ changed since import")
	}
	return strings.Join(parts, " · ")
}

// formatLabel names a source format for people ("Web page", "PDF", …).
func formatLabel(f briefing.Format) string {
	switch f {
	case briefing.FormatText:
		return "Text"
	case briefing.FormatMarkdown:
		return "Markdown"
	case briefing.FormatHTML:
		return "Web page"
	case briefing.FormatPDF:
		return "PDF"
	case briefing.FormatWord:
		return "Word"
	case briefing.FormatODT:
		return "OpenDocument"
	case briefing.FormatEmail:
		return "E-mail"
	case "":
		return "Unknown format"
	}
	return strings.ToUpper(string(f))
}

// indexOf is the index in the project's sources of the source kept in file, -1 when none.
func (l *libraryPane) indexOf(file string) int {
	p := l.u.project()
	if p == nil || file == "" {
		return -1
	}
	for i, s := range p.Sources {
		if s.File == file {
			return i
		}
	}
	return -1
}

// selected is the index of the selected source, -1 for none.
func (l *libraryPane) selected() int { return l.indexOf(l.selFile) }

// selectFile selects the source kept in file (once it is listed).
func (l *libraryPane) selectFile(file string) {
	l.selFile = file
	l.syncSelection()
}

// setIncluded ticks or unticks a source for the pack.
func (l *libraryPane) setIncluded(file string, on bool) {
	p := l.u.project()
	i := l.indexOf(file)
	if p == nil || i < 0 || p.Sources[i].Selected == on {
		return
	}
	label := "Untick source"
	if on {
		label = "Tick source"
	}
	l.u.change(label, "", func(p *project.Project) { p.Sources[i].Selected = on })
	l.u.recompute()
}

func (l *libraryPane) removeSelected() {
	p := l.u.project()
	i := l.selected()
	if p == nil || i < 0 || p.ReadOnly {
		return
	}
	name := p.Sources[i].File
	l.u.confirm("Remove source", fmt.Sprintf("Remove %s from this project? The file you imported it from is not touched. This cannot be undone.", name), func(ok bool) {
		if !ok || l.indexOf(name) < 0 {
			return
		}
		p.Remove(l.indexOf(name))
		l.selFile = ""
		l.list.UnselectAll()
		l.u.srcView.refresh()
		l.u.markDirty()
		l.u.reload()
	})
}

// reset forgets the selection and the rows (another project was opened).
func (l *libraryPane) reset() {
	l.selFile = ""
	l.items, l.shown = nil, nil
	l.filter.set(nil)
	l.search.SetText("")
	l.list.UnselectAll()
	l.list.Refresh()
}

// refresh rebuilds the rows from the latest extraction.
func (l *libraryPane) refresh() {
	u := l.u
	u.mu.Lock()
	p, loaded, res := u.proj, u.loaded, u.res
	u.mu.Unlock()
	if p == nil {
		return
	}
	names := map[string]string{}
	for _, t := range p.ThemesInUse() {
		names[t.ID] = t.Name
	}
	byID := map[string]*briefing.Extraction{}
	if res != nil {
		for _, x := range res.Extractions {
			byID[x.Source.ID] = x
		}
	}
	l.items = nil // a new slice: the filter sorts it afresh
	for _, ld := range loaded {
		i := l.indexOf(ld.File)
		if i < 0 { // removed since it was loaded
			continue
		}
		var x *briefing.Extraction
		if ld.Source != nil && p.Sources[i].Selected {
			x = byID[ld.Source.ID]
		}
		l.items = append(l.items, newLibItem(ld, p.Sources[i], names, x))
	}
	if len(p.Sources) == 0 {
		l.hint.Show()
	} else {
		l.hint.Hide()
	}
	if p.ReadOnly {
		l.remove.Disable()
	} else {
		l.remove.Enable()
	}
	l.applyFilter()
}

// applyFilter filters and sorts the rows; the source view follows: when the selected source is
// filtered out, the first source shown is selected instead (none when nothing matches).
func (l *libraryPane) applyFilter() {
	if l.list == nil || l.u.srcView == nil { // during construction
		return
	}
	if len(l.filter.items) != len(l.items) || (len(l.items) > 0 && &l.filter.items[0] != &l.items[0]) {
		l.filter.set(l.items)
	}
	shown := l.filter.filter(l.search.Text, l.sortBy.Selected == "Title")
	if !sameInts(shown, l.shown) || len(shown) == 0 {
		l.shown = shown
		l.list.Refresh()
	}
	was := l.selFile
	if l.rowOf(l.selFile) < 0 {
		l.selFile = ""
		if len(l.shown) > 0 {
			l.selFile = l.items[l.shown[0]].file
		}
	}
	l.syncSelection()
	if l.selFile != was || l.u.srcView.shownFile != l.selFile {
		l.u.srcView.refresh()
	} else {
		l.u.srcView.refreshSoon() // the same source, its search words highlighted once typing pauses
	}
}

// rowOf is the row showing file, -1 when it is not shown.
func (l *libraryPane) rowOf(file string) int {
	for row, k := range l.shown {
		if l.items[k].file == file && file != "" {
			return row
		}
	}
	return -1
}

// syncSelection highlights the selected source's row.
func (l *libraryPane) syncSelection() {
	l.syncing = true
	defer func() { l.syncing = false }()
	if row := l.rowOf(l.selFile); row >= 0 {
		l.list.Select(row)
	} else {
		l.list.UnselectAll()
	}
}

func sameInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
