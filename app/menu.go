package app

import (
	"fmt"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"github.com/briefpack/briefpack/briefing/build"
	"github.com/briefpack/briefpack/briefing/fileio"
	"github.com/briefpack/briefpack/briefing/project"
)

// menu builds the main menu: File, Edit, Pack.
func (u *UI) menu() *fyne.MainMenu {
	recent := fyne.NewMenuItem("Open Recent", nil)
	for _, r := range u.recent() {
		dir := r
		recent.ChildMenu = appendItem(recent.ChildMenu, fyne.NewMenuItem(dir, func() { u.openProject(dir) }))
	}
	if recent.ChildMenu == nil {
		recent.Disabled = true
	}
	newItem := fyne.NewMenuItem("New Project…", u.newProject)
	newItem.Shortcut = ctrl(fyne.KeyN)
	open := fyne.NewMenuItem("Open Project…", u.openDialog)
	open.Shortcut = ctrl(fyne.KeyO)
	save := fyne.NewMenuItem("Save", func() { u.Save() })
	save.Shortcut = ctrl(fyne.KeyS)
	saveAs := fyne.NewMenuItem("Save As…", u.saveAs)
	saveAs.Shortcut = ctrlShift(fyne.KeyS)
	imp := fyne.NewMenuItem("Import Files…", u.importDialog)
	imp.Shortcut = ctrl(fyne.KeyI)
	impDir := fyne.NewMenuItem("Import Folder…", u.importFolderDialog)
	file := fyne.NewMenu("File", newItem, open, recent, fyne.NewMenuItemSeparator(), save, saveAs,
		fyne.NewMenuItemSeparator(), imp, impDir)
	find := fyne.NewMenuItem("Find in Library", func() { u.win.Canvas().Focus(u.lib.search) })
	find.Shortcut = ctrl(fyne.KeyF)
	edit := fyne.NewMenu("Edit", find)
	buildPDF := fyne.NewMenuItem("Build PDF", func() { u.tabs.SelectIndex(5); u.build.start(build.PDF) })
	buildPDF.Shortcut = ctrl(fyne.KeyB)
	buildHTML := fyne.NewMenuItem("Build HTML", func() { u.tabs.SelectIndex(5); u.build.start(build.HTML) })
	packMenu := fyne.NewMenu("Pack", buildPDF, buildHTML)
	return fyne.NewMainMenu(file, edit, packMenu)
}

func appendItem(m *fyne.Menu, it *fyne.MenuItem) *fyne.Menu {
	if m == nil {
		return fyne.NewMenu("", it)
	}
	m.Items = append(m.Items, it)
	return m
}

func ctrl(k fyne.KeyName) fyne.Shortcut {
	return &desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault}
}

func ctrlShift(k fyne.KeyName) fyne.Shortcut {
	return &desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
}

// shortcuts registers the keyboard shortcuts on the window's canvas too, so they work wherever the
// focus is and on systems without a native menu bar.
func (u *UI) shortcuts() {
	c := u.win.Canvas()
	c.AddShortcut(ctrl(fyne.KeyN).(*desktop.CustomShortcut), func(fyne.Shortcut) { u.newProject() })
	c.AddShortcut(ctrl(fyne.KeyO).(*desktop.CustomShortcut), func(fyne.Shortcut) { u.openDialog() })
	c.AddShortcut(ctrl(fyne.KeyS).(*desktop.CustomShortcut), func(fyne.Shortcut) { u.Save() })
	c.AddShortcut(ctrlShift(fyne.KeyS).(*desktop.CustomShortcut), func(fyne.Shortcut) { u.saveAs() })
	c.AddShortcut(ctrl(fyne.KeyI).(*desktop.CustomShortcut), func(fyne.Shortcut) { u.importDialog() })
	c.AddShortcut(ctrl(fyne.KeyB).(*desktop.CustomShortcut), func(fyne.Shortcut) { u.tabs.SelectIndex(5); u.build.start(build.PDF) })
	c.AddShortcut(ctrl(fyne.KeyF).(*desktop.CustomShortcut), func(fyne.Shortcut) { c.Focus(u.lib.search) })
}

// newProject asks for a folder and a name, and creates an empty project there.
func (u *UI) newProject() {
	name := widget.NewEntry()
	name.SetPlaceHolder("e.g. Visit to Port Aster, March")
	dialog.ShowForm("New project", "Choose folder…", "Cancel", []*widget.FormItem{widget.NewFormItem("Name", name)}, func(ok bool) {
		if !ok || strings.TrimSpace(name.Text) == "" {
			return
		}
		dialog.ShowFolderOpen(func(dir fyne.ListableURI, err error) {
			if err != nil || dir == nil {
				return
			}
			folder := filepath.Join(dir.Path(), safeName(name.Text)+project.Extension)
			p, err := project.New(folder, strings.TrimSpace(name.Text))
			if err != nil {
				dialog.ShowError(err, u.win)
				return
			}
			u.setProject(p)
		}, u.win)
	}, u.win)
}

func safeName(s string) string {
	s = strings.TrimSpace(s)
	return strings.Map(func(r rune) rune {
		if strings.ContainsRune(`/\:*?"<>|`, r) {
			return '-'
		}
		return r
	}, s)
}

func (u *UI) openDialog() {
	dialog.ShowFolderOpen(func(dir fyne.ListableURI, err error) {
		if err != nil || dir == nil {
			return
		}
		u.openProject(dir.Path())
	}, u.win)
}

// saveAs copies the project (with its sources) into a new folder.
func (u *UI) saveAs() {
	p := u.project()
	if p == nil {
		return
	}
	dialog.ShowFolderOpen(func(dir fyne.ListableURI, err error) {
		if err != nil || dir == nil {
			return
		}
		target := filepath.Join(dir.Path(), safeName(p.Name)+project.Extension)
		u.sections.store(p)
		if err := p.SaveAs(target); err != nil {
			dialog.ShowError(err, u.win)
			return
		}
		u.mu.Lock()
		u.dirty = false
		u.mu.Unlock()
		u.addRecent(p.Dir)
		u.updateTitle()
		u.setStatus("Saved as " + p.Dir)
	}, u.win)
}

func (u *UI) importDialog() {
	dialog.ShowFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			return
		}
		path := r.URI().Path()
		r.Close()
		u.importPaths([]string{path})
	}, u.win)
}

func (u *UI) importFolderDialog() {
	dialog.ShowFolderOpen(func(dir fyne.ListableURI, err error) {
		if err != nil || dir == nil {
			return
		}
		u.importPaths([]string{dir.Path()})
	}, u.win)
}

// importPaths copies files into the project; a failed file is listed with its reason and the rest
// are imported.
func (u *UI) importPaths(paths []string) {
	p := u.project()
	if p == nil || len(paths) == 0 {
		return
	}
	added, errs := p.Import(paths)
	if len(added) > 0 {
		u.markDirty()
		u.reload()
	}
	if len(errs) > 0 {
		var b strings.Builder
		fmt.Fprintf(&b, "%d file(s) imported. These could not be:\n\n", len(added))
		for _, e := range errs {
			fmt.Fprintf(&b, "• %s — %v\n", fileio.Name(filepath.Base(e.File)), e.Err)
		}
		dialog.ShowInformation("Import", b.String(), u.win)
	} else {
		u.setStatus(fmt.Sprintf("Imported %d file(s)", len(added)))
	}
}
