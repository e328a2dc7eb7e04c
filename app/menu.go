package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"github.com/briefpack/briefpack/briefing/build"
)

// command is one thing the user can do from a menu, most with a shortcut. The menus, the window's
// shortcuts and the Help dialog's list all come from one table (commands), so they cannot disagree.
type command struct {
	menu  string // File, Edit, View, Pack, Help
	label string
	sc    fyne.Shortcut
	run   func()
}

// menuItems are the menu entries whose label or state changes.
type menuItems struct {
	main       *fyne.MainMenu
	undo, redo *fyne.MenuItem
	appearance map[string]*fyne.MenuItem
}

func ctrl(k fyne.KeyName) fyne.Shortcut {
	return &desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault}
}

func ctrlShift(k fyne.KeyName) fyne.Shortcut {
	return &desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
}

var tabKeys = []fyne.KeyName{fyne.Key1, fyne.Key2, fyne.Key3, fyne.Key4, fyne.Key5, fyne.Key6}

// commands is every command of the menus, in menu order.
func (u *UI) commands() []command {
	cmds := []command{
		{"File", "New Project…", ctrl(fyne.KeyN), u.newProject},
		{"File", "Open Project…", ctrl(fyne.KeyO), u.openDialog},
		{"File", "Save", ctrl(fyne.KeyS), func() { u.Save() }},
		{"File", "Save As…", ctrlShift(fyne.KeyS), func() { u.saveAs(nil) }},
		{"File", "", nil, nil},
		{"File", "Import Files…", ctrl(fyne.KeyI), u.importDialog},
		{"File", "Import Folder…", ctrlShift(fyne.KeyI), u.importFolderDialog},
		{"File", "Paste as New Source…", ctrlShift(fyne.KeyV), u.pasteAsSource},
		{"File", "", nil, nil},
		{"File", "Quit", ctrl(fyne.KeyQ), u.quit},
		{"Edit", "Undo", &fyne.ShortcutUndo{}, u.undoShortcut},
		{"Edit", "Redo", ctrlShift(fyne.KeyZ), u.redoShortcut},
		{"Edit", "", nil, nil},
		{"Edit", "Find in Library", ctrl(fyne.KeyF), func() { u.win.Canvas().Focus(u.lib.search) }},
	}
	for i, t := range u.tabs.Items {
		i := i
		cmds = append(cmds, command{"View", t.Text, ctrl(tabKeys[i]), func() { u.tabs.SelectIndex(i) }})
	}
	cmds = append(cmds,
		command{"Pack", "Build PDF", ctrl(fyne.KeyB), func() { u.tabs.SelectIndex(5); u.build.start(build.PDF, false) }},
		command{"Pack", "Build HTML", ctrlShift(fyne.KeyB), func() { u.tabs.SelectIndex(5); u.build.start(build.HTML, false) }},
		command{"Pack", "Build Final PDF", nil, func() { u.tabs.SelectIndex(5); u.build.start(build.PDF, true) }},
		command{"Help", "Keyboard Shortcuts", ctrl(fyne.KeySlash), u.showShortcuts},
		command{"Help", "About briefpack", nil, u.showAbout},
	)
	return cmds
}

// setMenu builds the main menu: File, Edit, View, Pack, Help.
func (u *UI) setMenu() {
	menus := map[string]*fyne.Menu{}
	var order []*fyne.Menu
	for _, c := range u.commands() {
		m := menus[c.menu]
		if m == nil {
			m = fyne.NewMenu(c.menu)
			menus[c.menu] = m
			order = append(order, m)
		}
		if c.label == "" {
			m.Items = append(m.Items, fyne.NewMenuItemSeparator())
			continue
		}
		it := fyne.NewMenuItem(c.label, c.run)
		it.Shortcut = c.sc
		switch c.label {
		case "Quit":
			it.IsQuit = true
		case "Undo":
			u.menus.undo = it
		case "Redo":
			u.menus.redo = it
		case "Open Project…":
			m.Items = append(m.Items, it)
			it = u.recentMenu()
		}
		m.Items = append(m.Items, it)
	}
	view := menus["View"]
	view.Items = append(view.Items, fyne.NewMenuItemSeparator(), u.appearanceMenu())
	u.menus.main = fyne.NewMainMenu(order...)
	u.updateUndoMenu()
	u.win.SetMainMenu(u.menus.main)
}

func (u *UI) recentMenu() *fyne.MenuItem {
	recent := fyne.NewMenuItem("Open Recent", nil)
	for _, r := range u.recent() {
		dir := r
		it := fyne.NewMenuItem(dir, func() { u.openProject(dir) })
		if recent.ChildMenu == nil {
			recent.ChildMenu = fyne.NewMenu("")
		}
		recent.ChildMenu.Items = append(recent.ChildMenu.Items, it)
	}
	recent.Disabled = recent.ChildMenu == nil
	return recent
}

// updateUndoMenu names the edit Undo and Redo would take back or make again.
func (u *UI) updateUndoMenu() {
	if u.menus.undo == nil {
		return
	}
	u.menus.undo.Label, u.menus.undo.Disabled = "Undo", len(u.history.undo) == 0
	if n := len(u.history.undo); n > 0 {
		u.menus.undo.Label = "Undo " + u.history.undo[n-1].label
	}
	u.menus.redo.Label, u.menus.redo.Disabled = "Redo", len(u.history.redo) == 0
	if n := len(u.history.redo); n > 0 {
		u.menus.redo.Label = "Redo " + u.history.redo[n-1].label
	}
	if u.menus.main != nil {
		u.menus.main.Refresh()
	}
}

// shortcuts registers the commands' shortcuts on the window's canvas too, so they work wherever the
// focus is and on systems without a menu bar.
func (u *UI) shortcuts() {
	c := u.win.Canvas()
	for _, cmd := range u.commands() {
		if cmd.sc == nil {
			continue
		}
		run := cmd.run
		c.AddShortcut(cmd.sc, func(fyne.Shortcut) { run() })
	}
	c.AddShortcut(&fyne.ShortcutRedo{}, func(fyne.Shortcut) { u.redoShortcut() }) // Ctrl+Y as well
}

// keyText writes a shortcut as the Help list shows it: "Ctrl+Shift+S".
func keyText(sc fyne.Shortcut) string {
	ks, ok := sc.(fyne.KeyboardShortcut)
	if !ok {
		return ""
	}
	var parts []string
	m := ks.Mod()
	if m&fyne.KeyModifierControl != 0 {
		parts = append(parts, "Ctrl")
	}
	if m&fyne.KeyModifierSuper != 0 {
		parts = append(parts, "Cmd")
	}
	if m&fyne.KeyModifierAlt != 0 {
		parts = append(parts, "Alt")
	}
	if m&fyne.KeyModifierShift != 0 {
		parts = append(parts, "Shift")
	}
	return strings.Join(append(parts, string(ks.Key())), "+")
}

// shortcutList is every shortcut with what it does, for the Help dialog and the README.
func (u *UI) shortcutList() [][2]string {
	var rows [][2]string
	for _, c := range u.commands() {
		if c.sc != nil {
			label := strings.TrimSuffix(c.label, "…")
			if c.menu == "View" {
				label = "Show the " + c.label + " tab"
			}
			rows = append(rows, [2]string{keyText(c.sc), label})
		}
	}
	return append(rows,
		[2]string{"Ctrl+Y", "Redo (as Ctrl+Shift+Z)"},
		[2]string{"Esc", "Close a dialog without doing anything (Cancel)"},
		[2]string{"Enter", "Confirm a dialog (its main button)"},
		[2]string{"Tab, Shift+Tab", "Move between fields"},
		[2]string{"Drop files", "Drop files or folders on the window to import them"},
	)
}

func (u *UI) showShortcuts() {
	rows := u.shortcutList()
	grid := container.NewGridWithColumns(2)
	for _, r := range rows {
		grid.Add(widget.NewLabelWithStyle(r[0], fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		grid.Add(widget.NewLabel(r[1]))
	}
	d := dialog.NewCustom("Keyboard shortcuts", "Close", container.NewVScroll(grid), u.win)
	d.Resize(dialogSize(u.win, 620, 560))
	u.showModal(d, d.Hide, d.Hide)
}

func (u *UI) showAbout() {
	md := u.app.Metadata()
	version := md.Version
	if version == "" {
		version = "(development build)"
	} else if md.Build > 0 {
		version += fmt.Sprintf(" (build %d)", md.Build)
	}
	text := fmt.Sprintf("briefpack %s\n\nTurns a pile of sources into a print-ready briefing pack, offline. "+
		"Every extracted line carries its source, line and exact words.\n\nIt never uses the network.", version)
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom("About briefpack", "Close", l, u.win)
	d.Resize(dialogSize(u.win, 460, 260))
	u.showModal(d, d.Hide, d.Hide)
}
