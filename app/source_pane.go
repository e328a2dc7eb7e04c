package app

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/extract"
	"github.com/briefpack/briefpack/briefing/project"
)

// sourcePane shows one source: its metadata (editable), and its cleaned text with quotations, dates,
// theme phrases and the library's search words highlighted; a toggle shows the removed page
// furniture, struck through. A citation clicked in a tab is shown highlighted here.
//
// The metadata fields always belong to the source whose text is shown: both are filled together,
// from the same source (shownFile), and corrections are written to that source.
type sourcePane struct {
	u                     *UI
	view                  fyne.CanvasObject
	title, publisher, aut *widget.Entry
	date                  *field
	apply                 *widget.Button
	showFurniture         *widget.Check
	text                  *widget.RichText
	info                  *widget.Label
	scroll                *container.Scroll
	shownFile             string           // the source the fields and text are of
	shownProj             *project.Project // … in this project
	cite                  *citeMark        // evidence to highlight, nil for none
	sub, shownSub         string           // an e-mail attachment to show (its source id) instead of the message
	soon                  *time.Timer      // a pending refreshSoon
	later                 func(func())     // runs a refresh once typing pauses (a benchmark counts them)
	base                  *baseSpans       // the shown source's own highlights
}

// citeMark is a citation to show: a line of the source and the evidence words on it.
type citeMark struct {
	file string
	line int
	text string
}

func newSourcePane(u *UI) *sourcePane {
	s := &sourcePane{u: u}
	s.title, s.publisher, s.aut = widget.NewEntry(), widget.NewEntry(), widget.NewEntry()
	dateEntry := widget.NewEntry()
	dateEntry.SetPlaceHolder("YYYY-MM-DD (relative dates resolve from it)")
	s.date = newField(dateEntry, dayOrEmpty)
	dateEntry.OnChanged = func(string) { s.checkDate() }
	s.apply = widget.NewButton("Apply corrections", s.applyCorrections)
	form := widget.NewForm(
		widget.NewFormItem("Title", s.title),
		widget.NewFormItem("Published", s.date.view()),
		widget.NewFormItem("Publisher", s.publisher),
		widget.NewFormItem("Author", s.aut),
	)
	s.showFurniture = widget.NewCheck("Show removed furniture", func(bool) { s.refresh() })
	s.info = widget.NewLabel("Select a source in the library.")
	s.info.Wrapping = fyne.TextWrapWord
	s.text = widget.NewRichText()
	s.text.Wrapping = fyne.TextWrapWord

	legend := widget.NewRichText( // on two lines, so the pane stays narrow enough for a small screen
		&widget.TextSegment{Text: "quotation ", Style: styleQuote},
		&widget.TextSegment{Text: " date ", Style: styleDate},
		&widget.TextSegment{Text: " theme phrase", Style: withBreak(styleTheme)},
		&widget.TextSegment{Text: "search match ", Style: styleMatch},
		&widget.TextSegment{Text: " cited", Style: styleCited},
	)
	// what can grow (the file's notes and warnings, the text) scrolls, so the pane's minimum stays small
	s.scroll = container.NewVScroll(container.NewVBox(s.info, legend, widget.NewSeparator(), s.text))
	top := container.NewVBox(widget.NewLabelWithStyle("Source", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		form, container.NewBorder(nil, nil, s.apply, nil), s.showFurniture, widget.NewSeparator())
	s.view = container.NewBorder(top, nil, nil, nil, s.scroll)
	return s
}

// checkDate says at once whether the Published field holds a date, and holds back Apply until it does.
func (s *sourcePane) checkDate() {
	if s.date.validate() && s.shownFile != "" && s.shownSub == "" {
		s.apply.Enable()
	} else {
		s.apply.Disable()
	}
}

// reset empties the pane (another project was opened).
func (s *sourcePane) reset() {
	s.shownFile, s.shownProj, s.cite, s.sub, s.shownSub = "", nil, nil, "", ""
	s.clear("Select a source in the library.")
}

// forget makes the next refresh fill the fields again (after an undo changed the corrections).
func (s *sourcePane) forget() { s.shownProj = nil }

// clear shows no source.
func (s *sourcePane) clear(msg string) {
	for _, e := range []*widget.Entry{s.title, s.date.entry, s.publisher, s.aut} {
		e.SetText("")
	}
	s.date.validate()
	s.apply.Disable()
	s.info.SetText(msg)
	s.text.Segments = nil
	s.text.Refresh()
}

// applyCorrections stores the user's metadata for the shown source; a new date re-resolves that
// source's relative dates. Only what differs from the file's own metadata is kept.
func (s *sourcePane) applyCorrections() {
	p := s.u.project()
	i := s.u.lib.indexOf(s.shownFile)
	if p == nil || i < 0 || !s.date.validate() {
		return
	}
	d, _ := checkDate(s.date.entry.Text, false, true)
	l := s.u.loadedFor(s.shownFile)
	c := p.Sources[i]
	orig := func(field, have string) string {
		if l != nil && l.Source != nil && have == field {
			return ""
		}
		return have
	}
	if l != nil && l.Source != nil {
		c.Title = orig(l.Source.Label(), strings.TrimSpace(s.title.Text))
		c.Publisher = orig(l.Source.Publisher, strings.TrimSpace(s.publisher.Text))
		c.Author = orig(l.Source.Author, strings.TrimSpace(s.aut.Text))
		if d == l.Source.Published {
			d = briefing.Date{}
		}
	}
	c.Published = d
	file := s.shownFile
	s.u.change("Correct source details", "", func(p *project.Project) {
		if k := s.u.lib.indexOf(file); k >= 0 {
			p.Sources[k] = c
		}
	})
	s.u.recompute()
}

// loadedFor is the latest load of the source kept in file, nil when it has not been loaded.
func (u *UI) loadedFor(file string) *project.Loaded {
	u.mu.Lock()
	defer u.mu.Unlock()
	for k := range u.loaded {
		if u.loaded[k].File == file && file != "" {
			return &u.loaded[k]
		}
	}
	return nil
}

// extraction returns the latest extraction of a loaded source, nil when it is not in the pack.
func (u *UI) extraction(src *briefing.Source) *briefing.Extraction {
	u.mu.Lock()
	defer u.mu.Unlock()
	if u.res == nil || src == nil {
		return nil
	}
	for _, x := range u.res.Extractions {
		if x.Source.ID == src.ID {
			return x
		}
	}
	return nil
}

// attachment is the e-mail attachment with the given id among l's, nil when there is none.
func attachment(l *project.Loaded, id string) *briefing.Source {
	for _, a := range l.Attached {
		if a.ID == id && id != "" {
			return a
		}
	}
	return nil
}

// refreshSoon refreshes the pane once the user pauses typing in the library search (re-laying a long
// source's text on every keystroke would cost more than a frame).
func (s *sourcePane) refreshSoon() {
	if s.later != nil {
		s.later(s.refresh)
		return
	}
	if s.u.opts.Synchronous {
		s.refresh()
		return
	}
	if s.soon != nil {
		s.soon.Stop()
	}
	s.soon = time.AfterFunc(150*time.Millisecond, func() { fyne.Do(s.refresh) })
}

// refresh shows the library's selected source.
func (s *sourcePane) refresh() {
	if s.soon != nil {
		s.soon.Stop()
		s.soon = nil
	}
	p := s.u.project()
	file := s.u.lib.selFile
	i := s.u.lib.indexOf(file)
	l := s.u.loadedFor(file)
	switch {
	case p == nil || file == "" || i < 0:
		s.shownFile = ""
		if p != nil && len(p.Sources) > 0 && s.u.lib.search.Text != "" {
			s.clear("No source matches the library search.")
		} else {
			s.clear("Select a source in the library.")
		}
		return
	case l == nil:
		s.shownFile = ""
		s.clear("Loading…")
		return
	case l.Source == nil:
		s.shownFile = file
		s.clear("⚠ " + fmt.Sprint(l.Err))
		return
	}
	if a := attachment(l, s.sub); a != nil {
		s.showAttachment(l, a)
		return
	}
	s.sub = ""
	for _, e := range []*widget.Entry{s.title, s.date.entry, s.publisher, s.aut} {
		e.Enable()
	}
	x := s.u.extraction(l.Source)
	shown := *l.Source
	project.ApplyCorrections(&shown, p.Sources[i])
	if x != nil {
		shown = *x.Source
	}
	if s.shownFile != file || s.shownProj != p || s.shownSub != "" {
		s.shownSub = ""
		s.title.SetText(shown.Label())
		s.date.entry.SetText(shown.Published.String())
		s.publisher.SetText(shown.Publisher)
		s.aut.SetText(shown.Author)
		s.shownFile, s.shownProj = file, p
	}
	s.checkDate()
	s.info.SetText(s.infoText(l.Source, l, &shown, x, p.Sources[i]))
	s.text.Segments = s.segments(l.Source, x)
	s.text.Refresh()
	s.scrollToCite(l.Source)
}

// showAttachment shows an e-mail's attachment (a citation pointed into it): its own details, which
// are not corrected here (the message's are), and its text.
func (s *sourcePane) showAttachment(l *project.Loaded, a *briefing.Source) {
	x := s.u.extraction(a)
	shown := a
	if x != nil {
		shown = x.Source
	}
	if s.shownSub != a.ID {
		s.title.SetText(shown.Label())
		s.date.entry.SetText(shown.Published.String())
		s.publisher.SetText(shown.Publisher)
		s.aut.SetText(shown.Author)
		s.shownSub = a.ID
	}
	for _, e := range []*widget.Entry{s.title, s.date.entry, s.publisher, s.aut} {
		e.Disable()
	}
	s.apply.Disable()
	info := s.infoText(a, l, shown, x, project.Source{})
	s.info.SetText("Attachment of " + l.File + " (its details are the attachment's own; correct the message's in the library)\n" + info)
	s.text.Segments = s.segments(a, x)
	s.text.Refresh()
	s.scrollToCite(a)
}

func (s *sourcePane) infoText(src *briefing.Source, l *project.Loaded, shown *briefing.Source, x *briefing.Extraction, ps project.Source) string {
	info := []string{fmt.Sprintf("%s · %s · SHA-256 %s", src.File, formatLabel(src.Format), src.SHA256[:12])}
	if shown.PublishedFrom != "" {
		info = append(info, "published date from "+shown.PublishedFrom)
	}
	if l.Changed && ps.HasCorrections() {
		info = append(info, "⚠ the file changed since it was imported; your corrections still apply to it — check them")
	}
	if x != nil {
		info = append(info, fmt.Sprintf("%d events, %d quotations, %d people, %d furniture lines removed", len(x.Events), len(x.Quotes), len(x.People), len(x.Furniture)))
		for _, w := range append(append([]string{}, src.Warnings...), x.Warnings...) {
			info = append(info, "⚠ "+w)
		}
	} else {
		info = append(info, "not in the pack (unticked in the library)")
	}
	if n := len(l.Attached); n > 0 && src == l.Source {
		names := make([]string, n)
		for k, a := range l.Attached {
			names[k] = strings.TrimPrefix(a.File, l.Source.File+" › ")
		}
		info = append(info, fmt.Sprintf("%d attachment(s) read as sources of their own: %s", n, strings.Join(names, ", ")))
	}
	if s.cite != nil && s.cite.file == s.shownFile {
		info = append(info, "Showing the cited evidence at "+src.Where(s.cite.line)+" (highlighted)")
	}
	return strings.Join(info, "\n")
}

// showCitation shows the source kept in file (or its attachment sub) with the evidence at line
// highlighted. The library search is cleared when it hides that source.
func (s *sourcePane) showCitation(file, sub string, line int, text string) {
	s.cite = &citeMark{file: file, line: line, text: text}
	s.sub = sub
	if s.u.lib.rowOf(file) < 0 {
		s.u.lib.search.SetText("")
	}
	s.u.lib.selectFile(file)
	s.refresh()
}

// span is a highlight in source text: [start, end) byte offsets with a style.
type span struct {
	start, end int
	style      widget.RichTextStyle
}

var (
	styleQuote = widget.RichTextStyle{ColorName: colorQuote, TextStyle: fyne.TextStyle{Italic: true}, Inline: true}
	styleDate  = widget.RichTextStyle{ColorName: colorDate, TextStyle: fyne.TextStyle{Bold: true}, Inline: true}
	styleTheme = widget.RichTextStyle{ColorName: colorTheme, TextStyle: fyne.TextStyle{Bold: true}, Inline: true}
	styleMatch = widget.RichTextStyle{ColorName: colorMatch, TextStyle: fyne.TextStyle{Bold: true, Underline: true}, Inline: true}
	styleCited = widget.RichTextStyle{ColorName: colorCited, TextStyle: fyne.TextStyle{Bold: true, Underline: true}, Inline: true}
	stylePlain = widget.RichTextStyle{Inline: true}
	styleGone  = widget.RichTextStyle{ColorName: theme.ColorNamePlaceHolder, Inline: true}
	styleWhy   = widget.RichTextStyle{ColorName: theme.ColorNamePlaceHolder, TextStyle: fyne.TextStyle{Italic: true}, Inline: true}
)

// withBreak is st ending its line (a legend's first line).
func withBreak(st widget.RichTextStyle) widget.RichTextStyle {
	st.Inline = false
	return st
}

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

// baseSpans are a shown source's own highlights, line by line — quotations, dates, theme phrases —
// and its furniture reasons: computed once per source and extraction, not at every refresh.
type baseSpans struct {
	src     *briefing.Source
	x       *briefing.Extraction
	reasons []string
	lines   [][]span // index n-1: line n
}

func (s *sourcePane) baseFor(src *briefing.Source, x *briefing.Extraction) *baseSpans {
	if b := s.base; b != nil && b.src == src && b.x == x {
		return b
	}
	b := &baseSpans{src: src, x: x, reasons: extract.Reasons(src), lines: make([][]span, src.NumLines())}
	themes := s.u.project().ThemesInUse()
	var quotes []span
	if x != nil {
		for _, q := range x.Quotes {
			for _, p := range q.Parts {
				quotes = append(quotes, span{p.Offset, p.Offset + len(p.Text), styleQuote})
			}
		}
	}
	for n := 1; n <= src.NumLines(); n++ {
		line, start := src.Line(n), src.LineStart(n)
		var spans []span
		for _, q := range quotes {
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
		b.lines[n-1] = spans
	}
	s.base = b
	return b
}

// segments lays out the source text line by line with its highlights.
func (s *sourcePane) segments(src *briefing.Source, x *briefing.Extraction) []widget.RichTextSegment {
	var segs []widget.RichTextSegment
	base := s.baseFor(src, x)
	words := strings.Fields(strings.ToLower(s.u.lib.search.Text))
	for n := 1; n <= src.NumLines(); n++ {
		line := src.Line(n)
		if n-1 < len(base.reasons) && base.reasons[n-1] != "" {
			if s.showFurniture.Checked && strings.TrimSpace(line) != "" {
				segs = append(segs, &widget.TextSegment{Text: strike(line), Style: styleGone},
					&widget.TextSegment{Text: "   (" + src.Where(n) + ": " + base.reasons[n-1] + ")", Style: styleWhy},
					&widget.TextSegment{Text: "\n", Style: stylePlain})
			}
			continue
		}
		if n <= src.FrontMatterEnd {
			continue
		}
		segs = append(segs, lineSegments(line, s.lineSpans(n, line, base.lines[n-1], words))...)
		segs = append(segs, &widget.TextSegment{Text: "\n", Style: stylePlain})
	}
	return segs
}

// lineSpans are line n's highlights, most important first: the cited evidence, search matches, then
// the source's own (quotations, dates, theme phrases).
func (s *sourcePane) lineSpans(n int, line string, own []span, words []string) []span {
	var spans []span
	if c := s.cite; c != nil && c.file == s.shownFile && c.line == n {
		start, end := citedSpan(line, c.text)
		spans = append(spans, span{start, end, styleCited})
	}
	if len(words) > 0 {
		lower := strings.ToLower(line)
		for _, w := range words {
			for k := 0; k < len(lower); {
				j := strings.Index(lower[k:], w)
				if j < 0 {
					break
				}
				spans = append(spans, span{k + j, k + j + len(w), styleMatch})
				k += j + len(w)
			}
		}
	}
	return append(spans, own...)
}

// citedSpan is where evidence starts on its line and how far the line goes on saying it (evidence can
// run on to the next lines, and white space can differ); the whole line when it is not found.
func citedSpan(line, evidence string) (int, int) {
	ev := strings.Join(strings.Fields(evidence), " ")
	head := ev
	if len(head) > 24 {
		head = head[:24]
		for len(head) > 0 && !utf8.RuneStart(ev[len(head)]) {
			head = head[:len(head)-1]
		}
	}
	k := strings.Index(line, head)
	if k < 0 || head == "" {
		return 0, len(line)
	}
	i, j := k, 0
	for i < len(line) && j < len(ev) {
		switch {
		case line[i] == ev[j]:
			i, j = i+1, j+1
		case line[i] == ' ' || line[i] == '\t':
			i++
		default:
			return k, i
		}
	}
	return k, i
}

// scrollToCite scrolls the cited line into view: the text's lines are not laid out where code can ask,
// so the offset is the cited segment's share of the text, a third down the view.
func (s *sourcePane) scrollToCite(src *briefing.Source) {
	if s.cite == nil || s.cite.file != s.shownFile {
		return
	}
	before, total := 0, 0
	found := false
	for _, seg := range s.text.Segments {
		t := seg.(*widget.TextSegment)
		if !found && t.Style == styleCited {
			before, found = total, true
		}
		total += len(t.Text)
	}
	if !found || total == 0 {
		return
	}
	h := s.text.MinSize().Height
	y := s.text.Position().Y + h*float32(before)/float32(total) - s.scroll.Size().Height/3
	s.scroll.ScrollToOffset(fyne.NewPos(0, max(0, y)))
}

// lineSegments cuts a line into styled pieces; where highlights overlap, the first one given wins.
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
