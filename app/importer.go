package app

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/briefpack/briefpack/briefing/fileio"
	"github.com/briefpack/briefpack/briefing/project"
	"github.com/briefpack/briefpack/briefing/source"
)

// importDialog picks several files to import at once. Fyne's file dialog opens one file per trip, so
// this is a small browser of its own: folders to open, and the files briefpack reads (the extensions
// source.Extensions lists) with a tick each; ticks are kept while moving between folders.
type importDialog struct {
	u       *UI
	d       *dialog.CustomDialog
	dir     string
	path    *escEntry
	list    *widget.List
	rows    []browseRow
	hidden  int // files of other types in this folder
	picked  map[string]bool
	count   *widget.Label
	note    *widget.Label
	problem *widget.Label
	submit  *widget.Button
}

type browseRow struct {
	name, path string
	dir        bool
	size       int64
}

func newImportDialog(u *UI) *importDialog {
	return &importDialog{u: u, picked: map[string]bool{}}
}

// importDialog opens the multi-select import dialog in the last folder imported from.
func (u *UI) importDialog() {
	start := u.app.Preferences().StringWithFallback(prefImportDir, "")
	if fi, err := os.Stat(start); start == "" || err != nil || !fi.IsDir() {
		start, _ = os.UserHomeDir()
	}
	u.importer.show(start)
}

func (im *importDialog) show(start string) {
	u := im.u
	im.picked = map[string]bool{}
	im.path = newEscEntry(&u.keys)
	im.path.OnSubmitted = func(s string) { im.navigate(strings.TrimSpace(s)) }
	up := widget.NewButtonWithIcon("", theme.MoveUpIcon(), func() { im.navigate(filepath.Dir(im.dir)) })
	home := widget.NewButtonWithIcon("", theme.HomeIcon(), func() {
		if h, err := os.UserHomeDir(); err == nil {
			im.navigate(h)
		}
	})
	im.list = widget.NewList(func() int { return len(im.rows) }, im.createRow, im.updateRow)
	im.list.OnSelected = func(id widget.ListItemID) {
		im.list.Unselect(id)
		im.activate(id)
	}
	im.count = widget.NewLabel("")
	im.note = widget.NewLabel("")
	im.note.Wrapping = fyne.TextWrapWord
	im.note.SizeName = theme.SizeNameCaptionText
	im.problem = widget.NewLabel("")
	im.problem.Importance = widget.DangerImportance
	im.problem.Hide()
	all := widget.NewButton("Tick All", func() { im.tickAll(true) })
	none := widget.NewButton("Tick None", func() { im.tickAll(false) })
	cancel := widget.NewButton("Cancel", func() { im.d.Hide() })
	im.submit = widget.NewButtonWithIcon("Import", theme.ContentAddIcon(), im.importPicked)
	im.submit.Importance = widget.HighImportance
	top := container.NewBorder(nil, nil, container.NewHBox(up, home), nil, im.path)
	bottom := container.NewVBox(im.problem, im.note, container.NewHBox(all, none, im.count, layout.NewSpacer(), cancel, im.submit))
	im.d = dialog.NewCustomWithoutButtons("Import sources — tick the files to import", container.NewBorder(top, bottom, nil, nil, im.list), u.win)
	im.d.Resize(dialogSize(u.win, 760, 540))
	im.navigate(start)
	u.showModal(im.d, cancel.OnTapped, im.importPicked)
}

func (im *importDialog) createRow() fyne.CanvasObject {
	name := widget.NewLabel("")
	name.Truncation = fyne.TextTruncateEllipsis
	return container.NewBorder(nil, nil, container.NewHBox(widget.NewCheck("", nil), widget.NewIcon(nil)), widget.NewLabel(""), name)
}

func (im *importDialog) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	if id >= len(im.rows) {
		return
	}
	r := im.rows[id]
	c := o.(*fyne.Container)
	name := c.Objects[0].(*widget.Label)
	left := c.Objects[1].(*fyne.Container)
	size := c.Objects[2].(*widget.Label)
	check, icon := left.Objects[0].(*widget.Check), left.Objects[1].(*widget.Icon)
	name.SetText(r.name)
	check.OnChanged = nil
	if r.dir {
		check.Hide()
		icon.SetResource(theme.FolderIcon())
		size.SetText("")
		return
	}
	check.Show()
	check.SetChecked(im.picked[r.path])
	path := r.path
	check.OnChanged = func(on bool) { im.tick(path, on) }
	icon.SetResource(theme.FileIcon())
	size.SetText(humanSize(r.size))
}

// navigate shows the folder dir.
func (im *importDialog) navigate(dir string) {
	if dir == "" {
		return
	}
	if abs, err := filepath.Abs(dir); err == nil {
		dir = abs
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		im.problem.SetText(fmt.Sprintf("%s cannot be opened: %v", dir, err))
		im.problem.Show()
		im.path.SetText(im.dir)
		return
	}
	im.problem.Hide()
	im.dir = dir
	im.path.SetText(dir)
	im.rows, im.hidden = nil, 0
	var files []browseRow
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			continue
		}
		full := filepath.Join(dir, e.Name())
		fi, err := os.Stat(full) // follows links the user keeps in their own folders
		switch {
		case err != nil:
			continue
		case fi.IsDir():
			im.rows = append(im.rows, browseRow{name: e.Name(), path: full, dir: true})
		case fi.Mode().IsRegular() && source.Supported(e.Name()):
			files = append(files, browseRow{name: e.Name(), path: full, size: fi.Size()})
		default:
			im.hidden++
		}
	}
	im.rows = append(im.rows, files...)
	im.list.ScrollToTop()
	im.list.Refresh()
	im.updateCount()
}

// activate opens a folder row, or ticks/unticks a file row.
func (im *importDialog) activate(id int) {
	if id < 0 || id >= len(im.rows) {
		return
	}
	if r := im.rows[id]; r.dir {
		im.navigate(r.path)
	} else {
		im.tick(r.path, !im.picked[r.path])
		im.list.RefreshItem(id)
	}
}

func (im *importDialog) tick(path string, on bool) {
	if on {
		im.picked[path] = true
	} else {
		delete(im.picked, path)
	}
	im.updateCount()
}

func (im *importDialog) tickAll(on bool) {
	for _, r := range im.rows {
		if !r.dir {
			im.tick(r.path, on)
		}
	}
	im.list.Refresh()
}

func (im *importDialog) updateCount() {
	n := len(im.picked)
	im.count.SetText(fmt.Sprintf("%d ticked", n))
	im.submit.SetText(fmt.Sprintf("Import %d", n))
	if n == 0 {
		im.submit.SetText("Import")
		im.submit.Disable()
	} else {
		im.submit.Enable()
	}
	note := "Shown: folders, and the files briefpack reads (" + strings.Join(source.Extensions(), " ") + ")."
	if im.hidden > 0 {
		note += fmt.Sprintf(" %d other file(s) in this folder are not shown.", im.hidden)
	}
	im.note.SetText(note)
}

// importPicked imports the ticked files, from every folder visited.
func (im *importDialog) importPicked() {
	if len(im.picked) == 0 {
		return
	}
	paths := make([]string, 0, len(im.picked))
	for p := range im.picked {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	im.u.app.Preferences().SetString(prefImportDir, im.dir)
	im.d.Hide()
	im.u.importPaths(paths)
}

func (u *UI) importFolderDialog() {
	u.chooseFolder("Import every source in a folder", "Import this folder", func(dir string) {
		u.importPaths([]string{dir})
	})
}

// importPaths copies files into the project; a failed file is listed with its reason, a file already
// in the project is named, and the rest are imported.
func (u *UI) importPaths(paths []string) {
	p := u.project()
	if p == nil || len(paths) == 0 {
		return
	}
	r := p.Import(paths)
	if len(r.Added) > 0 {
		u.markDirty()
		u.lib.selectFile(p.Sources[r.Added[0]].File)
		u.reload()
	}
	msg := importSummary(r)
	if len(r.Errs) > 0 || (len(r.Duplicates) > 0 && len(r.Added) == 0) {
		d := dialog.NewCustom("Import", "Close", container.NewVScroll(wrapLabel(msg)), u.win)
		d.Resize(dialogSize(u.win, 620, 360))
		u.showModal(d, d.Hide, d.Hide)
	}
	u.setStatus(strings.SplitN(msg, "\n", 2)[0])
}

// importSummary says what an import did, file by file.
func importSummary(r project.ImportResult) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Imported %d file(s)", len(r.Added))
	if n := len(r.Duplicates); n > 0 {
		fmt.Fprintf(&b, "; %d already in the project", n)
	}
	if n := len(r.Errs); n > 0 {
		fmt.Fprintf(&b, "; %d could not be imported", n)
	}
	b.WriteString(".\n")
	if len(r.Duplicates) > 0 {
		b.WriteString("\nAlready in the project (same contents), so not imported again:\n")
		for _, d := range r.Duplicates {
			fmt.Fprintf(&b, "• %s — as %s\n", fileio.Name(filepath.Base(d.File)), fileio.Name(d.Existing))
		}
	}
	if len(r.Errs) > 0 {
		b.WriteString("\nThese could not be imported:\n")
		for _, e := range r.Errs {
			fmt.Fprintf(&b, "• %s — %v\n", fileio.Name(filepath.Base(e.File)), e.Err)
		}
	}
	return b.String()
}

func wrapLabel(s string) *widget.Label {
	l := widget.NewLabel(s)
	l.Wrapping = fyne.TextWrapWord
	return l
}

func humanSize(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.0f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}
