package app

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/briefpack/briefpack/briefing/build"
	"github.com/briefpack/briefpack/briefing/pack"
	"github.com/briefpack/briefpack/briefing/project"
	"github.com/briefpack/briefpack/internal/testshared"
)

// seed001 is the shared seed whose line 3 states two events: the MoU's three-year term and the
// earlier agreement's entry into force.
func seed001(t *testing.T) string {
	t.Helper()
	for _, s := range testshared.Seeds(t) {
		if strings.HasPrefix(filepath.Base(s), "001_") {
			return s
		}
	}
	t.Fatal("seed 001 not found")
	return ""
}

// emptyProjectDir makes a project with no sources and returns its folder (unlocked).
func emptyProjectDir(t testing.TB, name string) string {
	t.Helper()
	p, err := project.New(filepath.Join(t.TempDir(), name+project.Extension), name)
	if err != nil {
		t.Fatal(err)
	}
	p.Close()
	return p.Dir
}

func shortcut(u *UI, sc fyne.Shortcut) { u.win.Canvas().(fyne.Shortcutable).TypedShortcut(sc) }

func pressEsc(u *UI) { u.keys.typedKey(&fyne.KeyEvent{Name: fyne.KeyEscape}) }

// eventsOnLine returns the timeline items cited to line n of the source with the given file name.
func eventsOnLine(u *UI, file string, n int) []pack.TimelineItem {
	var out []pack.TimelineItem
	pk := u.currentPack()
	for _, it := range u.timeline.items {
		for _, c := range it.Entry.Citations {
			if src := pk.Source(c.Source); src != nil && src.File == file && c.Line == n {
				out = append(out, it)
				break
			}
		}
	}
	return out
}

func selectEvent(t *testing.T, u *UI, key string) {
	t.Helper()
	for i, it := range u.timeline.items {
		if it.Key == key {
			u.timeline.list.Select(i)
			return
		}
	}
	t.Fatalf("event %s not in the timeline", key)
}

// TestEditLandsOnItsEvent: issue 14 point 1. Seed 001's line 3 states two events; rewording one
// changes that one only, in the tab, in project.json and in the PDF.
func TestEditLandsOnItsEvent(t *testing.T) {
	dir := emptyProjectDir(t, "seed one")
	u := open(t, dir)
	u.importPaths([]string{seed001(t)})
	u.Wait()
	file := filepath.Base(seed001(t))
	two := eventsOnLine(u, file, 3)
	if len(two) != 2 {
		t.Fatalf("%d events on line 3 of seed 001, want 2 (the term and the agreement)", len(two))
	}
	var term, other pack.TimelineItem
	for _, it := range two {
		if strings.Contains(it.Entry.What, "remain in effect") {
			term = it
		} else {
			other = it
		}
	}
	if term.Key == "" || other.Key == "" {
		t.Fatalf("events on line 3: %+v", two)
	}
	out := u.build.outputPath(build.PDF)
	u.build.start(build.PDF, false)
	u.Wait()
	before := pdfText(t, out)
	selectEvent(t, u, term.Key)
	u.timeline.what.SetText("The MoU runs for three years, to July 2025")
	u.timeline.saveEdit()
	u.Wait()
	found, edited := false, 0
	for _, it := range u.timeline.items {
		found = found || (it.Entry.What == other.Entry.What && it.Entry.Date == other.Entry.Date)
		if it.Entry.What == "The MoU runs for three years, to July 2025" {
			edited++
		}
	}
	if !found || edited != 1 {
		t.Errorf("the other event of the line is gone (%v) and the edit shows on %d events", !found, edited)
	}
	p := u.project()
	if len(p.Edits.Timeline) != 1 {
		t.Errorf("%d timeline edits stored, want 1: %v", len(p.Edits.Timeline), p.Edits.Timeline)
	}
	u.build.start(build.PDF, false)
	u.Wait()
	after := pdfText(t, out)
	// each event is shown in the timeline and in the provenance annex: the edited wording takes the
	// place of the term's description (its evidence, quoted, still reads as the source does), and the
	// other event of the line is shown as often as before
	replaced := strings.Count(before, term.Entry.What) - strings.Count(after, term.Entry.What)
	if n := strings.Count(after, "The MoU runs for three years, to July 2025"); n != replaced || n == 0 {
		t.Errorf("the edited event appears %d times in the PDF, want %d", n, replaced)
	}
	if n, want := strings.Count(after, other.Entry.What), strings.Count(before, other.Entry.What); n != want || want == 0 {
		t.Errorf("the other event of the line appears %d times, want %d as before the edit", n, want)
	}
}

// legacyKey is how earlier versions keyed an event: its citations' source and line only.
func legacyKey(it pack.TimelineItem) string {
	var cites []string
	for _, c := range it.Entry.Citations {
		cites = append(cites, fmt.Sprintf("%s:%d", c.Source, c.Line))
	}
	sort.Strings(cites)
	h := sha256.Sum256([]byte(strings.Join(cites, ",")))
	return "t-" + hex.EncodeToString(h[:6])
}

// TestOldEditKeysOpen: a project.json written with the old keys opens: an edit whose old key fits
// one event is applied and moved to the new key; one whose old key fits the two events of line 3 is
// applied to neither and listed for the user to re-apply.
func TestOldEditKeysOpen(t *testing.T) {
	dir := emptyProjectDir(t, "old keys")
	u := open(t, dir)
	u.importPaths([]string{seed001(t)})
	u.Wait()
	file := filepath.Base(seed001(t))
	shared, single := eventsOnLine(u, file, 3), eventsOnLine(u, file, 14)
	if len(shared) != 2 || len(single) != 1 {
		t.Fatalf("line 3: %d events, line 14: %d", len(shared), len(single))
	}
	if err := u.Save(); err != nil {
		t.Fatal(err)
	}
	u.finishQuit(false)
	// write the edits as an earlier version did, by hand, into project.json
	b, _ := os.ReadFile(filepath.Join(dir, project.FileName))
	var raw map[string]any
	json.Unmarshal(b, &raw)
	raw["edits"] = map[string]any{"timeline": map[string]any{
		legacyKey(shared[0]): map[string]any{"what": "Reworded with an old version"},
		legacyKey(single[0]): map[string]any{"what": "First MoU signed (old edit)"},
	}}
	b, _ = json.MarshalIndent(raw, "", "  ")
	os.WriteFile(filepath.Join(dir, project.FileName), b, 0o644)

	v := open(t, dir)
	for _, it := range v.timeline.items {
		if it.Entry.What == "Reworded with an old version" {
			t.Error("an old edit shared by two events was applied to one of them")
		}
	}
	if got := v.timeline.items; !containsWhat(got, "First MoU signed (old edit)") {
		t.Error("an old edit that fits one event was not applied")
	}
	if !v.timeline.unmatched.view.Visible() || len(v.timeline.unmatched.edits) != 1 || !strings.Contains(v.timeline.unmatched.edits[0].Reason, "re-apply") {
		t.Errorf("the ambiguous old edit is not listed for re-applying: %+v", v.timeline.unmatched.edits)
	}
	p := v.project()
	if _, ok := p.Edits.Timeline[single[0].Key]; !ok {
		t.Errorf("the applied old edit was not moved to its event's new key: %v", p.Edits.Timeline)
	}
	if _, ok := p.Edits.Timeline[legacyKey(shared[0])]; !ok {
		t.Error("the ambiguous old edit was dropped; it must stay until the user discards it")
	}
}

func containsWhat(items []pack.TimelineItem, what string) bool {
	for _, it := range items {
		if it.Entry.What == what {
			return true
		}
	}
	return false
}

// TestPanesFollowProject: issue 14 point 2. After Ctrl+N the panes show nothing of the previous
// project; after an import the metadata fields and the text are of the same source, and corrections
// are written to it, whatever the sort order.
func TestPanesFollowProject(t *testing.T) {
	u := open(t, sampleDir(t))
	u.lib.list.Select(0)
	u.quotes.list.Select(0)
	u.timeline.list.Select(0)
	if u.srcView.title.Text == "" || u.quotes.speaker.Text == "" {
		t.Fatal("nothing shown in the sample project")
	}
	parent := t.TempDir()
	u.app.Preferences().SetString(prefNewDir, parent)
	shortcut(u, ctrl(fyne.KeyN))
	n := u.newProjectDialog()
	test.Type(n.name.entry, "Harbour talks")
	n.submit()
	u.Wait()
	if u.project().Name != "Harbour talks" {
		t.Fatalf("project %q after Ctrl+N", u.project().Name)
	}
	if u.srcView.title.Text != "" || len(u.srcView.text.Segments) != 0 {
		t.Errorf("the source pane still shows %q", u.srcView.title.Text)
	}
	if u.quotes.speaker.Text != "" || u.quotes.detail.Text != "Select a quotation." || u.timeline.what.Text != "" {
		t.Errorf("quotation/timeline detail still shows the sample's items: %q / %q", u.quotes.speaker.Text, u.timeline.what.Text)
	}
	if !u.lib.hint.Visible() {
		t.Error("no empty-library hint")
	}

	in := t.TempDir()
	os.WriteFile(filepath.Join(in, "b-ferry.md"), []byte("---\ntitle: Ferry timetable agreed\ndate: 2024-06-03\n---\n\nThe councils agreed the ferry timetable on 3 June 2024.\n"), 0o644)
	os.WriteFile(filepath.Join(in, "a-harbour.md"), []byte("---\ntitle: Harbour dues cut\ndate: 2023-01-10\n---\n\nThe port cut harbour dues on 9 January 2023.\n"), 0o644)
	u.importPaths([]string{in})
	u.Wait()
	for _, sortBy := range []string{"Date", "Title", "Date"} {
		u.lib.sortBy.SetSelected(sortBy)
		for row := range u.lib.shown {
			u.lib.list.Select(row)
			shown := u.srcView.title.Text
			var text string
			for _, s := range u.srcView.text.Segments {
				text += s.Textual()
			}
			// Only the two imported sources may be listed, each over its own text: a title the map does
			// not know (a stale one from the sample) fails too, not only a text that does not match.
			want, known := map[string]string{"Ferry timetable agreed": "ferry timetable", "Harbour dues cut": "harbour dues"}[shown]
			if !known || !strings.Contains(text, want) {
				t.Fatalf("sorted by %s, row %d: title field %q but the text shown is %q", sortBy, row, shown, text)
			}
		}
	}
	// correct the shown source, then re-sort: the correction is on that source
	u.lib.sortBy.SetSelected("Title")
	u.lib.list.Select(0) // "Ferry timetable agreed"
	u.srcView.publisher.SetText("Harbour Post")
	u.srcView.applyCorrections()
	u.Wait()
	p := u.project()
	for _, s := range p.Sources {
		if (s.Publisher == "Harbour Post") != strings.HasSuffix(s.File, "b-ferry.md") {
			t.Errorf("correction on %s: %q", s.File, s.Publisher)
		}
	}
}

// TestQuitAsksWithCancel: issue 14 point 3. Closing with unsaved changes asks Save / Don't Save /
// Cancel; Esc cancels; Don't Save closes and the next launch offers nothing back; Ctrl+Q quits.
func TestQuitAsksWithCancel(t *testing.T) {
	dir := sampleDir(t)
	u := open(t, dir)
	u.settings.title.SetText("Unsaved title")
	if err := u.project().Autosave(); err != nil { // as the autosave timer would have
		t.Fatal(err)
	}
	shortcut(u, ctrl(fyne.KeyQ))
	top := u.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("Ctrl+Q with unsaved changes asked nothing")
	}
	labels := buttonLabels(top)
	for _, want := range []string{"Save", "Don't Save", "Cancel"} {
		if !contains(labels, want) {
			t.Errorf("the question has buttons %v, want %q", labels, want)
		}
	}
	pressEsc(u)
	if u.win.Canvas().Overlays().Top() != nil || u.closed {
		t.Fatal("Esc did not cancel closing")
	}
	q := u.askSave()
	test.Tap(q.discard)
	if !u.closed {
		t.Fatal("Don't Save did not close")
	}
	if _, _, ok := project.Recovery(dir); ok {
		t.Error("after Don't Save the next launch still offers to recover the changes")
	}
	v := open(t, dir)
	if v.project().Settings.Title == "Unsaved title" || v.win.Canvas().Overlays().Top() != nil {
		t.Error("the discarded change came back")
	}
}

// buttonLabels lists the texts of the buttons under o.
func buttonLabels(o fyne.CanvasObject) []string {
	var out []string
	var walk func(fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch w := o.(type) {
		case *fyne.Container:
			for _, c := range w.Objects {
				walk(c)
			}
		case *widget.Button:
			out = append(out, w.Text)
		case fyne.Widget:
			for _, c := range test.WidgetRenderer(w).Objects() {
				walk(c)
			}
		}
	}
	walk(o)
	return out
}

// TestWindowFitsSmallScreens: issue 14 point 4. With every tab shown, the window's content needs less
// than a 1366×768 screen at scale 1.25 (1093×614 units, less the menu bar) and FitScreen shrinks a
// remembered size that does not fit.
func TestWindowFitsSmallScreens(t *testing.T) {
	u := open(t, sampleDir(t))
	for _, screen := range []fyne.Size{{Width: 1280, Height: 720}, {Width: 1366 / 1.25, Height: 768 / 1.25}} {
		u.win.Resize(fyne.NewSize(1600, 1000))
		u.FitScreen(screen)
		if s := u.win.Canvas().Size(); s.Width > screen.Width || s.Height > screen.Height {
			t.Errorf("on %v the window is %v", screen, s)
		}
		for i := range u.tabs.Items {
			u.tabs.SelectIndex(i)
			if m := u.win.Content().MinSize(); m.Width > screen.Width || m.Height > screen.Height-40 {
				t.Errorf("on %v, tab %s: the content needs %v", screen, u.tabs.Items[i].Text, m)
			}
		}
	}
}

// TestMultiSelectImport: issue 14 point 5 and issue 12 item 5. The import dialog shows only the files
// briefpack reads, ticks several in several folders, and imports them in one go; importing them
// again says they are already there; Import Folder has a shortcut.
func TestMultiSelectImport(t *testing.T) {
	u := open(t, emptyProjectDir(t, "multi"))
	in := t.TempDir()
	os.Mkdir(filepath.Join(in, "more"), 0o755)
	for name, body := range map[string]string{
		"a.txt": "Note A\n\nThe councils met on 3 June 2024.\n", "b.md": "# Note B\n\nThe port opened on 9 May 2023.\n",
		"c.html":   "<html><body><article><h1>Note C</h1><p>The ferry trial began on 1 March 2022 in the harbour of Vallen, officials said.</p></article></body></html>",
		"scan.png": "\x89PNG", "more/d.txt": "Note D\n\nThe link closed on 2 April 2021.\n",
	} {
		os.WriteFile(filepath.Join(in, name), []byte(body), 0o644)
	}
	u.importer.show(in)
	var names []string
	for _, r := range u.importer.rows {
		names = append(names, r.name)
	}
	if strings.Join(names, ",") != "more,a.txt,b.md,c.html" || u.importer.hidden != 1 {
		t.Fatalf("the dialog lists %v (%d hidden), want the folder and the three readable files", names, u.importer.hidden)
	}
	for _, ext := range []string{".txt", ".md", ".html", ".htm", ".markdown"} {
		if !strings.Contains(u.importer.note.Text, ext) {
			t.Errorf("the dialog's note does not name %s: %q", ext, u.importer.note.Text)
		}
	}
	u.importer.activate(1) // a.txt
	u.importer.activate(3) // c.html
	u.importer.activate(0) // into more/
	u.importer.activate(0) // d.txt
	if u.importer.submit.Text != "Import 3" {
		t.Errorf("button says %q", u.importer.submit.Text)
	}
	u.importer.importPicked()
	u.Wait()
	if n := len(u.project().Sources); n != 3 {
		t.Fatalf("%d sources imported, want 3", n)
	}
	u.importPaths([]string{filepath.Join(in, "a.txt"), filepath.Join(in, "more", "d.txt")})
	if !strings.Contains(u.status.Text, "2 already in the project") {
		t.Errorf("re-import says %q", u.status.Text)
	}
	if top := u.win.Canvas().Overlays().Top(); top == nil {
		t.Error("re-importing only files already there showed no message")
	}
	var found bool
	for _, c := range u.commands() {
		if c.label == "Import Folder…" && keyText(c.sc) == "Ctrl+Shift+I" {
			found = true
		}
	}
	if !found {
		t.Error("Import Folder has no shortcut")
	}
	for _, it := range u.lib.items {
		if !strings.HasPrefix(it.metaLine(), map[string]string{"a.txt": "Text", "c.html": "Web page", "d.txt": "Text"}[filepath.Base(it.file)]) {
			t.Errorf("%s: library line %q does not start with its format", it.file, it.metaLine())
		}
	}
}

// TestInputChecks: issue 14 point 6. A wrong date says so beside its field at once, is not stored,
// and a build is refused with the reason instead of using today's date.
func TestInputChecks(t *testing.T) {
	u := open(t, sampleDir(t))
	test.Type(u.settings.date.entry, "2026-13-45")
	if !u.settings.date.msg.Visible() || !strings.Contains(u.settings.date.msg.Text, "month 13") {
		t.Errorf("settings date message: visible %v %q", u.settings.date.msg.Visible(), u.settings.date.msg.Text)
	}
	if !u.project().Settings.Date.IsZero() {
		t.Errorf("a wrong date was stored: %v", u.project().Settings.Date)
	}
	u.build.start(build.PDF, false)
	u.Wait()
	if _, err := os.Stat(u.build.outputPath(build.PDF)); err == nil {
		t.Error("a pack was built with a wrong date")
	}
	if !strings.Contains(u.build.result.Text, "pack date") {
		t.Errorf("build says %q", u.build.result.Text)
	}
	u.settings.date.entry.SetText("2026-02-30")
	if !strings.Contains(u.settings.date.msg.Text, "February 2026 has no day 30") {
		t.Errorf("message %q", u.settings.date.msg.Text)
	}
	u.settings.date.entry.SetText("2026-03-02")
	if u.settings.date.msg.Visible() || u.project().Settings.Date.String() != "2026-03-02" {
		t.Error("a right date is not taken")
	}
	// the source's published date and the timeline date too
	u.lib.list.Select(0)
	u.srcView.date.entry.SetText("2025-3-6")
	if !u.srcView.date.msg.Visible() || !u.srcView.apply.Disabled() {
		t.Error("a wrong published date can be applied")
	}
	u.timeline.list.Select(0)
	u.timeline.date.entry.SetText("20255")
	if !u.timeline.date.msg.Visible() || !u.timeline.save.Disabled() {
		t.Error("a wrong event date can be saved")
	}
}

// TestUndoRedo: issue 14 point 8. Ctrl+Z takes back edits one by one, Ctrl+Shift+Z makes them again.
func TestUndoRedo(t *testing.T) {
	u := open(t, sampleDir(t))
	first := u.quotes.items[0]
	u.quotes.include(first, false)
	u.timeline.list.Select(0)
	key := u.timeline.current
	was := u.timeline.items[0].Entry.What
	u.timeline.what.SetText("A reworded event")
	u.timeline.saveEdit()
	u.Wait()
	if what := eventWhat(u, key); what != "A reworded event" {
		t.Fatalf("edit not made: %q", what)
	}
	u.win.Canvas().Unfocus()
	shortcut(u, &fyne.ShortcutUndo{})
	u.Wait()
	if what := eventWhat(u, key); what != was {
		t.Errorf("after one undo the event reads %q, want %q", what, was)
	}
	if !quotationExcluded(u, first.Key) {
		t.Error("one undo took back two edits")
	}
	shortcut(u, &fyne.ShortcutUndo{})
	u.Wait()
	if quotationExcluded(u, first.Key) {
		t.Error("the second undo did not bring the quotation back")
	}
	shortcut(u, ctrlShift(fyne.KeyZ))
	u.Wait()
	if !quotationExcluded(u, first.Key) || eventWhat(u, key) != was {
		t.Error("redo did not exclude the quotation again (only)")
	}
	shortcut(u, ctrlShift(fyne.KeyZ))
	u.Wait()
	if eventWhat(u, key) != "A reworded event" {
		t.Error("the second redo did not reword the event again")
	}
	if !strings.HasPrefix(u.menus.undo.Label, "Undo Edit event") {
		t.Errorf("Edit menu says %q", u.menus.undo.Label)
	}
}

func eventWhat(u *UI, key string) string {
	for _, it := range u.currentPack().Timeline {
		if it.Key == key {
			return it.Entry.What
		}
	}
	return ""
}

func quotationExcluded(u *UI, key string) bool {
	for _, it := range u.currentPack().Quotations {
		if it.Key == key {
			return !it.Included
		}
	}
	return false
}

// TestHelpListsShortcuts: issue 14 point 8. The Help menu lists every shortcut, with Ctrl+Shift+V and
// Ctrl+Q, and has About.
func TestHelpListsShortcuts(t *testing.T) {
	u := open(t, sampleDir(t))
	var help *fyne.Menu
	for _, m := range u.menus.main.Items {
		if m.Label == "Help" {
			help = m
		}
	}
	if help == nil || len(help.Items) < 2 {
		t.Fatal("no Help menu with shortcuts and About")
	}
	rows := map[string]string{}
	for _, r := range u.shortcutList() {
		rows[r[0]] = r[1]
	}
	for key, what := range map[string]string{"Ctrl+Shift+V": "Paste as New Source", "Ctrl+Q": "Quit", "Ctrl+Z": "Undo", "Ctrl+Shift+Z": "Redo",
		"Ctrl+N": "New Project", "Ctrl+I": "Import Files", "Ctrl+Shift+I": "Import Folder", "Ctrl+B": "Build PDF", "Ctrl+F": "Find in Library"} {
		if rows[key] != what {
			t.Errorf("Help lists %s as %q, want %q", key, rows[key], what)
		}
	}
	for _, m := range u.menus.main.Items {
		for _, it := range m.Items {
			if it.Shortcut != nil && rows[keyText(it.Shortcut)] == "" {
				t.Errorf("menu item %s (%s) is not in the Help list", it.Label, keyText(it.Shortcut))
			}
		}
	}
	u.showShortcuts()
	if u.win.Canvas().Overlays().Top() == nil {
		t.Error("Keyboard Shortcuts shows nothing")
	}
	pressEsc(u)
	if u.win.Canvas().Overlays().Top() != nil {
		t.Error("Esc did not close the shortcuts")
	}
}
