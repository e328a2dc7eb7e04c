package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/build"
	"github.com/briefpack/briefpack/briefing/pack"
	"github.com/briefpack/briefpack/briefing/project"
	"github.com/briefpack/briefpack/internal/testshared"
)

// TestWholeFlow is issue 14's acceptance flow, as a new user does it: a new project, the five seeds
// imported with the multi-select dialog, both events of one source line edited, one edit undone, a
// PDF built and read, saved, quit, and the app launched again on it.
func TestWholeFlow(t *testing.T) {
	a := test.NewTempApp(t)
	data := t.TempDir()
	u := New(a, Options{DataDir: data, NoAutosave: true, Synchronous: true}) // first run: the sample
	u.Wait()
	parent := t.TempDir()
	a.Preferences().SetString(prefNewDir, parent)

	// new project
	shortcut(u, ctrl(fyne.KeyN))
	n := u.newProjectDialog()
	focused := u.win.Canvas().Focused()
	if e, ok := focused.(*escEntry); !ok || &e.Entry != n.name.entry {
		t.Fatalf("the name field does not have the focus (%T has)", focused)
	}
	test.Type(focused, "Seeds visit")
	focused.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn}) // Enter creates it
	u.Wait()
	p := u.project()
	if p.Name != "Seeds visit" || len(p.Sources) != 0 {
		t.Fatalf("new project %q with %d sources", p.Name, len(p.Sources))
	}

	// import the seeds, ticking them in the dialog
	seeds := testshared.Seeds(t)
	u.importer.show(filepath.Dir(seeds[0]))
	u.importer.tickAll(true)
	if len(u.importer.picked) != len(seeds) {
		t.Fatalf("%d files ticked, want the %d seeds", len(u.importer.picked), len(seeds))
	}
	u.importer.importPicked()
	u.Wait()
	if len(p.Sources) != len(seeds) || len(u.res.Extractions) != len(seeds) {
		t.Fatalf("%d sources, %d extracted", len(p.Sources), len(u.res.Extractions))
	}

	// edit the two events of seed 001's line 3, then undo the second edit
	line3 := eventsOnLine(u, filepath.Base(seed001(t)), 3)
	if len(line3) != 2 {
		t.Fatalf("%d events on seed 001 line 3", len(line3))
	}
	first, second := line3[0], line3[1]
	selectEvent(t, u, first.Key)
	u.timeline.what.SetText("First event, reworded")
	u.timeline.saveEdit()
	selectEvent(t, u, second.Key)
	u.timeline.date.entry.SetText("2030-01-01")
	u.timeline.what.SetText("Second event, reworded")
	u.timeline.saveEdit()
	u.Wait()
	u.win.Canvas().Unfocus()
	shortcut(u, &fyne.ShortcutUndo{})
	u.Wait()
	if eventWhat(u, first.Key) != "First event, reworded" || eventWhat(u, second.Key) != second.Entry.What {
		t.Fatalf("after undo: %q / %q", eventWhat(u, first.Key), eventWhat(u, second.Key))
	}

	// build, and read the PDF
	shortcut(u, ctrl(fyne.KeyB))
	u.Wait()
	out := u.build.outputPath(build.PDF)
	txt := pdfText(t, out)
	for _, want := range []string{"First event, reworded", second.Entry.What, "Seeds visit"} {
		if !strings.Contains(txt, want) {
			t.Errorf("the PDF does not show %q", want)
		}
	}
	for _, gone := range []string{"Second event, reworded", "1 January 2030", first.Entry.What + " Sources"} {
		if strings.Contains(txt, gone) {
			t.Errorf("the PDF shows %q", gone)
		}
	}

	// save, quit, launch again: the last project opens with the one edit
	shortcut(u, ctrl(fyne.KeyS))
	if u.isDirty() {
		t.Fatal("still unsaved after Ctrl+S")
	}
	shortcut(u, ctrl(fyne.KeyQ))
	if !u.closed {
		t.Fatal("Ctrl+Q with everything saved did not quit")
	}
	v := New(a, Options{DataDir: data, NoAutosave: true, Synchronous: true})
	v.Wait()
	t.Cleanup(v.closeProject)
	q := v.project()
	if q.Dir != p.Dir || q.ReadOnly {
		t.Fatalf("relaunch opened %s (read-only %v), want %s", q.Dir, q.ReadOnly, p.Dir)
	}
	if eventWhat(v, first.Key) != "First event, reworded" || eventWhat(v, second.Key) != second.Entry.What || len(q.Edits.Timeline) != 1 {
		t.Errorf("after relaunch: %q / %q, %d edits", eventWhat(v, first.Key), eventWhat(v, second.Key), len(q.Edits.Timeline))
	}
	if len(v.lib.items) != len(seeds) {
		t.Errorf("after relaunch the library shows %d sources", len(v.lib.items))
	}
}

// TestPasteAsSource: issue 12 item 4. Ctrl+Shift+V makes a Markdown source of the clipboard's text,
// with the title and date asked for; a wrong date is said so beside the field.
func TestPasteAsSource(t *testing.T) {
	u := open(t, emptyProjectDir(t, "paste"))
	u.app.Clipboard().SetContent("Harbour statement\n\nThe port authority said yesterday that the ferry link will reopen.\n")
	shortcut(u, ctrlShift(fyne.KeyV))
	if u.win.Canvas().Overlays().Top() == nil {
		t.Fatal("Ctrl+Shift+V showed nothing")
	}
	pd := u.pasteDialog()
	if pd.title.entry.Text != "Harbour statement" {
		t.Errorf("title offered %q", pd.title.entry.Text)
	}
	test.Type(pd.date.entry, "2025-02-31")
	pd.submit()
	if !pd.date.msg.Visible() || len(u.project().Sources) != 0 {
		t.Fatal("a wrong date was accepted")
	}
	pd.date.entry.SetText("2025-02-14")
	pd.submit()
	u.Wait()
	p := u.project()
	if len(p.Sources) != 1 || !strings.HasSuffix(p.Sources[0].File, ".md") {
		t.Fatalf("sources %+v", p.Sources)
	}
	x := u.res.Extractions[0]
	if x.Source.Title != "Harbour statement" || x.Source.Published != briefing.DayOf(2025, 2, 14) || x.Source.Format != briefing.FormatMarkdown {
		t.Errorf("pasted source: %q %v %s", x.Source.Title, x.Source.Published, x.Source.Format)
	}
	if !strings.HasPrefix(u.lib.items[0].metaLine(), "Markdown · 14 February 2025") {
		t.Errorf("library line %q", u.lib.items[0].metaLine())
	}
	if u.srcView.shownFile != p.Sources[0].File {
		t.Error("the new source is not shown")
	}
}

// TestSecondInstanceReadOnly: issue 11 item 8. A project open in one window opens read-only in a
// second, which says so and cannot save over the first.
func TestSecondInstanceReadOnly(t *testing.T) {
	dir := sampleDir(t)
	u := open(t, dir)
	v := open(t, dir)
	q := v.project()
	if !q.ReadOnly || !v.banner.view.Visible() || !strings.Contains(v.banner.text.Text, "read-only") || !strings.Contains(v.win.Title(), "read-only") {
		t.Fatalf("second window: read-only %v, banner %q, title %q", q.ReadOnly, v.banner.text.Text, v.win.Title())
	}
	before, _ := os.ReadFile(filepath.Join(dir, project.FileName))
	v.settings.title.SetText("Edited in the second window")
	if err := v.Save(); err == nil {
		t.Fatal("the read-only window saved")
	}
	if after, _ := os.ReadFile(filepath.Join(dir, project.FileName)); string(after) != string(before) {
		t.Error("the project file changed")
	}
	if u.project().ReadOnly {
		t.Error("the first window lost its lock")
	}
}

// TestCitationShowsSource: issue 14 point 8 and issue 12's provenance: a citation in the timeline or
// quotations tab shows its source with the evidence highlighted and named by Source.Where.
func TestCitationShowsSource(t *testing.T) {
	u := open(t, sampleDir(t))
	u.lib.search.SetText("zzz-no-such-word")
	u.quotes.list.Select(len(u.quotes.items) - 1)
	it, _ := u.quotes.item()
	c := it.Q.Citations[0]
	if len(u.quotes.cites.Objects) == 0 {
		t.Fatal("no citations listed")
	}
	u.showCitation(c)
	file, _ := u.fileOfSource(c.Source)
	if u.srcView.shownFile != file || u.lib.search.Text != "" {
		t.Fatalf("shown %q (search %q), want %q", u.srcView.shownFile, u.lib.search.Text, file)
	}
	var cited string
	for _, s := range u.srcView.text.Segments {
		if ts := s.(*widget.TextSegment); ts.Style == styleCited {
			cited += ts.Text
		}
	}
	if cited == "" || !strings.Contains(c.Text, strings.TrimSpace(cited)[:10]) {
		t.Errorf("highlighted %q for evidence %q", cited, c.Text)
	}
	if !strings.Contains(u.srcView.info.Text, "l. ") {
		t.Errorf("info %q does not say where", u.srcView.info.Text)
	}
	// a paginated source cites page and line
	src := &briefing.Source{ID: "pppppppppppp", File: "ministry.pdf", PageStarts: []int{1, 40}}
	src.SetText(strings.Repeat("line\n", 60))
	pk := pack.New(pack.Input{Extractions: []*briefing.Extraction{{Source: src}}}, nil, pack.Settings{}, pack.Edits{}, nil)
	u.mu.Lock()
	u.pk = pk
	u.mu.Unlock()
	if got := u.citationLabel(briefing.Citation{Source: src.ID, Line: 51}); got != "[1] ministry.pdf, p. 2, l. 12" {
		t.Errorf("citation label %q", got)
	}
}

// TestEmailAttachment: an imported e-mail brings its attachment as a source of its own (as the CLI
// does); the library says so, and a citation into the attachment shows the attachment's text.
func TestEmailAttachment(t *testing.T) {
	u := open(t, emptyProjectDir(t, "mail"))
	in := t.TempDir()
	note := "Harbour note\n\nThe councils signed the ferry accord on 3 June 2024 in Vallen.\n"
	eml := "From: Desk Officer <desk@example.org>\r\nTo: team@example.org\r\nSubject: Ferry accord note\r\n" +
		"Date: Tue, 4 Jun 2024 09:00:00 +0000\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n" +
		"--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nPlease find the note attached.\r\n" +
		"--b1\r\nContent-Type: text/plain; name=\"note.txt\"\r\nContent-Disposition: attachment; filename=\"note.txt\"\r\n\r\n" +
		strings.ReplaceAll(note, "\n", "\r\n") + "\r\n--b1--\r\n"
	os.WriteFile(filepath.Join(in, "accord.eml"), []byte(eml), 0o644)
	u.importPaths([]string{filepath.Join(in, "accord.eml")})
	u.Wait()
	if len(u.lib.items) != 1 || !strings.Contains(u.lib.items[0].metaLine(), "E-mail") || !strings.Contains(u.lib.items[0].metaLine(), "1 attachment") {
		t.Fatalf("library: %d rows, %q", len(u.lib.items), u.lib.items[0].metaLine())
	}
	if n := len(u.res.Extractions); n != 2 {
		t.Fatalf("%d sources extracted, want the message and its attachment", n)
	}
	var cite *briefing.Citation
	for _, it := range u.timeline.items {
		if strings.Contains(strings.ToLower(it.Entry.What), "ferry accord") {
			cite = &it.Entry.Citations[0]
		}
	}
	if cite == nil {
		t.Fatalf("no event from the attachment: %+v", u.timeline.items)
	}
	u.showCitation(*cite)
	var text string
	for _, s := range u.srcView.text.Segments {
		text += s.Textual()
	}
	if u.srcView.shownSub == "" || !strings.Contains(text, "signed the ferry accord") || !strings.Contains(u.srcView.info.Text, "Attachment of") {
		t.Errorf("citation into the attachment shows %q (%s)", text, u.srcView.info.Text)
	}
}
