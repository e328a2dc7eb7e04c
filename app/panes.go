package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/extract"
	"github.com/briefpack/briefpack/briefing/project"
)

// libraryPane lists the project's sources: a checkbox to include each, title, date, publisher and
// theme chips; a search box and sorting; import and remove.
type libraryPane struct {
	u        *UI
	view     fyne.CanvasObject
	search   *widget.Entry
	sortBy   *widget.RadioGroup
	list     *widget.List
	items    []libItem
	shown    []int // indexes into items, after filtering and sorting
	selected int   // project source index shown in the source view, -1 for none
}

func newLibraryPane(u *UI) *libraryPane {
	l := &libraryPane{u: u, selected: -1}
	l.search = widget.NewEntry()
	l.search.SetPlaceHolder("Search titles, publishers and text")
	l.search.OnChanged = func(string) { l.applyFilter() }
	l.sortBy = widget.NewRadioGroup([]string{"Date", "Title"}, func(string) { l.applyFilter() })
	l.sortBy.Horizontal = true
	l.sortBy.SetSelected("Date")
	l.list = widget.NewList(func() int { return len(l.shown) }, l.createRow, l.updateRow)
	l.list.OnSelected = func(id widget.ListItemID) {
		if id < len(l.shown) {
			l.selected = l.items[l.shown[id]].index
			u.srcView.refresh()
		}
	}
	importBtn := widget.NewButtonWithIcon("Import…", theme.ContentAddIcon(), u.importDialog)
	folderBtn := widget.NewButtonWithIcon("Folder…", theme.FolderOpenIcon(), u.importFolderDialog)
	removeBtn := widget.NewButtonWithIcon("Remove", theme.DeleteIcon(), l.removeSelected)
	top := container.NewVBox(
		widget.NewLabelWithStyle("Library", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		container.NewGridWithColumns(3, importBtn, folderBtn, removeBtn),
		l.search,
		container.NewHBox(widget.NewLabel("Sort by"), l.sortBy),
	)
	l.view = container.NewBorder(top, nil, nil, nil, l.list)
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
	check.SetChecked(p != nil && it.index < len(p.Sources) && p.Sources[it.index].Selected)
	idx := it.index
	check.OnChanged = func(on bool) { l.setIncluded(idx, on) }
	if it.missing || it.problem != "" {
		check.Disable()
	} else {
		check.Enable()
	}
	title.SetText(it.title)
	var parts []string
	switch {
	case it.missing:
		parts = append(parts, "⚠ file missing from the project folder")
	case it.problem != "":
		parts = append(parts, "⚠ "+it.problem)
	default:
		if !it.date.IsZero() {
			parts = append(parts, it.date.Human())
		} else {
			parts = append(parts, "date unknown")
		}
		if it.publisher != "" {
			parts = append(parts, it.publisher)
		}
	}
	meta.SetText(strings.Join(parts, " · "))
	chips.SetText(strings.Join(it.themes, " · "))
}

// setIncluded ticks or unticks a source for the pack.
func (l *libraryPane) setIncluded(index int, on bool) {
	p := l.u.project()
	if p == nil || index >= len(p.Sources) || p.Sources[index].Selected == on {
		return
	}
	p.Sources[index].Selected = on
	l.u.markDirty()
	l.u.recompute()
}

func (l *libraryPane) removeSelected() {
	p := l.u.project()
	if p == nil || l.selected < 0 || l.selected >= len(p.Sources) {
		return
	}
	name := p.Sources[l.selected].File
	dialog.ShowConfirm("Remove source", fmt.Sprintf("Remove %s from this project? The file you imported it from is not touched.", name), func(ok bool) {
		if !ok {
			return
		}
		p.Remove(l.selected)
		l.selected = -1
		l.list.UnselectAll()
		l.u.markDirty()
		l.u.reload()
	}, l.u.win)
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
	byFile := map[string]*briefing.Extraction{}
	if res != nil {
		for _, x := range res.Extractions {
			byFile[x.Source.File] = x
		}
	}
	l.items = l.items[:0]
	for _, ld := range loaded {
		var x *briefing.Extraction
		if ld.Source != nil {
			x = byFile[ld.Source.File]
		}
		l.items = append(l.items, newLibItem(ld, p, names, x))
	}
	l.applyFilter()
}

func (l *libraryPane) applyFilter() {
	if l.list == nil { // during construction
		return
	}
	l.shown = filterItems(l.items, l.search.Text, l.sortBy.Selected == "Title")
	l.list.Refresh()
	if l.selected < 0 && len(l.shown) > 0 && l.search.Text == "" { // show something on opening
		l.list.Select(0)
	}
}

// sourcePane shows one source: its metadata (editable), and its cleaned text with quotations, dates and
// theme phrases highlighted; a toggle shows the removed page furniture, struck through.
type sourcePane struct {
	u                              *UI
	view                           fyne.CanvasObject
	title, date, publisher, author *widget.Entry
	apply                          *widget.Button
	showFurniture                  *widget.Check
	text                           *widget.RichText
	info                           *widget.Label
	scroll                         *container.Scroll
	shownIndex                     int
}

func newSourcePane(u *UI) *sourcePane {
	s := &sourcePane{u: u, shownIndex: -1}
	s.title, s.date, s.publisher, s.author = widget.NewEntry(), widget.NewEntry(), widget.NewEntry(), widget.NewEntry()
	s.date.SetPlaceHolder("YYYY-MM-DD (relative dates resolve from it)")
	s.apply = widget.NewButton("Apply corrections", s.applyCorrections)
	form := widget.NewForm(
		widget.NewFormItem("Title", s.title),
		widget.NewFormItem("Published", s.date),
		widget.NewFormItem("Publisher", s.publisher),
		widget.NewFormItem("Author", s.author),
	)
	s.showFurniture = widget.NewCheck("Show removed page furniture", func(bool) { s.refresh() })
	s.info = widget.NewLabel("Select a source in the library.")
	s.info.Wrapping = fyne.TextWrapWord
	s.text = widget.NewRichText()
	s.text.Wrapping = fyne.TextWrapWord
	s.scroll = container.NewVScroll(s.text)
	legend := widget.NewRichText(
		&widget.TextSegment{Text: "quotation ", Style: widget.RichTextStyle{ColorName: theme.ColorNamePrimary, TextStyle: fyne.TextStyle{Italic: true}, Inline: true}},
		&widget.TextSegment{Text: " date ", Style: widget.RichTextStyle{ColorName: theme.ColorNameWarning, TextStyle: fyne.TextStyle{Bold: true}, Inline: true}},
		&widget.TextSegment{Text: " theme phrase", Style: widget.RichTextStyle{ColorName: theme.ColorNameSuccess, TextStyle: fyne.TextStyle{Bold: true}, Inline: true}},
	)
	top := container.NewVBox(widget.NewLabelWithStyle("Source", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		form, container.NewHBox(s.apply, s.showFurniture), s.info, legend, widget.NewSeparator())
	s.view = container.NewBorder(top, nil, nil, nil, s.scroll)
	return s
}

// applyCorrections stores the user's metadata for the shown source; a new date re-resolves that
// source's relative dates.
func (s *sourcePane) applyCorrections() {
	p := s.u.project()
	i := s.u.lib.selected
	if p == nil || i < 0 || i >= len(p.Sources) {
		return
	}
	src := &p.Sources[i]
	var d briefing.Date
	if t := strings.TrimSpace(s.date.Text); t != "" {
		v, err := briefing.ParseDate(t)
		if err != nil {
			dialog.ShowError(fmt.Errorf("published date: %v", err), s.u.win)
			return
		}
		d = v
	}
	l := s.loaded(i)
	orig := func(field, have string) string { // store only what differs from the file's own metadata
		if l != nil && l.Source != nil && have == field {
			return ""
		}
		return have
	}
	if l != nil && l.Source != nil {
		src.Title = orig(l.Source.Label(), strings.TrimSpace(s.title.Text))
		src.Publisher = orig(l.Source.Publisher, strings.TrimSpace(s.publisher.Text))
		src.Author = orig(l.Source.Author, strings.TrimSpace(s.author.Text))
		if d == l.Source.Published {
			d = briefing.Date{}
		}
	}
	src.Published = d
	s.u.markDirty()
	s.u.recompute()
}

func (s *sourcePane) loaded(i int) *project.Loaded {
	s.u.mu.Lock()
	defer s.u.mu.Unlock()
	for k := range s.u.loaded {
		if s.u.loaded[k].Index == i {
			return &s.u.loaded[k]
		}
	}
	return nil
}

// extraction returns the latest extraction of project source i, if it was extracted.
func (u *UI) extraction(i int) *briefing.Extraction {
	u.mu.Lock()
	defer u.mu.Unlock()
	if u.res == nil || u.proj == nil || i < 0 || i >= len(u.proj.Sources) {
		return nil
	}
	name := u.proj.Sources[i].File
	for _, x := range u.res.Extractions {
		if strings.HasSuffix(name, "/"+x.Source.File) || name == x.Source.File {
			return x
		}
	}
	return nil
}

func (s *sourcePane) refresh() {
	i := s.u.lib.selected
	l := s.loaded(i)
	if l == nil {
		s.text.Segments = nil
		s.text.Refresh()
		return
	}
	if l.Source == nil {
		s.info.SetText("⚠ " + fmt.Sprint(l.Err))
		s.text.Segments = nil
		s.text.Refresh()
		return
	}
	x := s.u.extraction(i)
	src := l.Source
	shown := src
	if x != nil {
		shown = x.Source
	}
	if s.shownIndex != i {
		s.title.SetText(shown.Label())
		s.date.SetText(shown.Published.String())
		s.publisher.SetText(shown.Publisher)
		s.author.SetText(shown.Author)
		s.shownIndex = i
	}
	var info []string
	info = append(info, fmt.Sprintf("%s · %s · SHA-256 %s", src.File, src.Format, src.SHA256[:12]))
	if shown.PublishedFrom != "" {
		info = append(info, "published date from "+shown.PublishedFrom)
	}
	if x != nil {
		info = append(info, fmt.Sprintf("%d events, %d quotations, %d people, %d furniture lines removed", len(x.Events), len(x.Quotes), len(x.People), len(x.Furniture)))
		for _, w := range append(append([]string{}, src.Warnings...), x.Warnings...) {
			info = append(info, "⚠ "+w)
		}
	} else {
		info = append(info, "not in the pack (unticked in the library)")
	}
	s.info.SetText(strings.Join(info, "\n"))
	s.text.Segments = s.segments(src, x)
	s.text.Refresh()
}

// span is a highlight in source text: [start, end) byte offsets with a style.
type span struct {
	start, end int
	style      widget.RichTextStyle
}

var (
	styleQuote = widget.RichTextStyle{ColorName: theme.ColorNamePrimary, TextStyle: fyne.TextStyle{Italic: true}, Inline: true}
	styleDate  = widget.RichTextStyle{ColorName: theme.ColorNameWarning, TextStyle: fyne.TextStyle{Bold: true}, Inline: true}
	styleTheme = widget.RichTextStyle{ColorName: theme.ColorNameSuccess, TextStyle: fyne.TextStyle{Bold: true}, Inline: true}
	stylePlain = widget.RichTextStyle{Inline: true}
	styleGone  = widget.RichTextStyle{ColorName: theme.ColorNamePlaceHolder, Inline: true}
	styleWhy   = widget.RichTextStyle{ColorName: theme.ColorNamePlaceHolder, TextStyle: fyne.TextStyle{Italic: true}, Inline: true}
)

// strike draws text struck through with a combining long stroke overlay.
func strike(s string) string {
	var b strings.Builder
	for _, r := range s {
		b.WriteRune(r)
		if r != ' ' {
			b.WriteRune('\u0336')
		}
	}
	return b.String()
}

// segments lays out the source text line by line with its highlights.
func (s *sourcePane) segments(src *briefing.Source, x *briefing.Extraction) []widget.RichTextSegment {
	var segs []widget.RichTextSegment
	reasons := extract.Reasons(src)
	themes := s.u.project().ThemesInUse()
	var quoteSpans []span
	if x != nil {
		for _, q := range x.Quotes {
			for _, p := range q.Parts {
				quoteSpans = append(quoteSpans, span{p.Offset, p.Offset + len(p.Text), styleQuote})
			}
		}
	}
	for n := 1; n <= src.NumLines(); n++ {
		line := src.Line(n)
		if n-1 < len(reasons) && reasons[n-1] != "" {
			if s.showFurniture.Checked && strings.TrimSpace(line) != "" {
				segs = append(segs, &widget.TextSegment{Text: strike(line), Style: styleGone},
					&widget.TextSegment{Text: "   (" + reasons[n-1] + ")", Style: styleWhy},
					&widget.TextSegment{Text: "\n", Style: stylePlain})
			}
			continue
		}
		if n <= src.FrontMatterEnd {
			continue
		}
		start := src.LineStart(n)
		var spans []span
		for _, q := range quoteSpans {
			if q.end > start && q.start < start+len(line) {
				spans = append(spans, span{max(q.start, start) - start, min(q.end, start+len(line)) - start, styleQuote})
			}
		}
		if len(line) < 5000 {
			for _, e := range extract.FindDates(line) {
				spans = append(spans, span{e.Start, e.End, styleDate})
			}
			for _, h := range extract.FindThemePhrases(line, themes) {
				spans = append(spans, span{h.Start, h.End, styleTheme})
			}
		}
		segs = append(segs, lineSegments(line, spans)...)
		segs = append(segs, &widget.TextSegment{Text: "\n", Style: stylePlain})
	}
	return segs
}

// lineSegments cuts a line into styled pieces; where highlights overlap, the first one given wins
// (quotations, then dates, then theme phrases).
func lineSegments(line string, spans []span) []widget.RichTextSegment {
	styles := make([]int, len(line)) // index+1 into spans, 0 plain
	for k := len(spans) - 1; k >= 0; k-- {
		sp := spans[k]
		for i := max(sp.start, 0); i < sp.end && i < len(line); i++ {
			styles[i] = k + 1
		}
	}
	var segs []widget.RichTextSegment
	i := 0
	for i < len(line) {
		j := i
		for j < len(line) && styles[j] == styles[i] {
			j++
		}
		st := stylePlain
		if styles[i] > 0 {
			st = spans[styles[i]-1].style
		}
		segs = append(segs, &widget.TextSegment{Text: line[i:j], Style: st})
		i = j
	}
	return segs
}
