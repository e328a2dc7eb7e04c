package app

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"github.com/briefpack/briefpack/briefing/project"
)

// newProjectDialog asks for a project's name and where to keep it; the name has the focus and Enter
// creates it.
type newProjectDialog struct {
	u        *UI
	d        *dialog.CustomDialog
	name     *field
	parent   string
	where    *widget.Label
	create   *widget.Button
	problems *widget.Label
}

// newProject shows the New project dialog.
func (u *UI) newProject() { u.newProjectDialog() }

func (u *UI) newProjectDialog() *newProjectDialog {
	n := &newProjectDialog{u: u, parent: u.app.Preferences().StringWithFallback(prefNewDir, defaultParent())}
	entry := newEscEntry(&u.keys)
	entry.SetPlaceHolder("e.g. Visit to Port Aster, March")
	n.name = newEscField(entry, n.checkName)
	n.where = widget.NewLabel("")
	n.where.Truncation = fyne.TextTruncateEllipsis
	choose := widget.NewButton("Choose…", func() {
		u.chooseFolder("Where to create the project", "Create it here", func(dir string) {
			n.parent = dir
			n.update()
		})
	})
	n.problems = widget.NewLabel("")
	n.problems.Importance = widget.DangerImportance
	n.problems.Wrapping = fyne.TextWrapWord
	n.problems.Hide()
	cancel := widget.NewButton("Cancel", func() { n.d.Hide() })
	n.create = widget.NewButton("Create", n.submit)
	n.create.Importance = widget.HighImportance
	entry.OnChanged = func(string) { n.update() }
	entry.OnSubmitted = func(string) { n.submit() }
	form := widget.NewForm(
		widget.NewFormItem("Name", n.name.view()),
		widget.NewFormItem("In folder", container.NewBorder(nil, nil, nil, choose, n.where)),
	)
	body := container.NewVBox(form, n.problems, container.NewHBox(layout.NewSpacer(), cancel, n.create))
	n.d = dialog.NewCustomWithoutButtons("New project", body, u.win)
	n.d.Resize(dialogSize(u.win, 560, 230))
	n.update()
	u.showModal(n.d, cancel.OnTapped, n.submit)
	u.win.Canvas().Focus(entry)
	return n
}

// defaultParent is where new projects go unless the user chose elsewhere before: Documents, else home.
func defaultParent() string {
	home, err := os.UserHomeDir()
	if err != nil {
		return "."
	}
	if fi, err := os.Stat(filepath.Join(home, "Documents")); err == nil && fi.IsDir() {
		return filepath.Join(home, "Documents")
	}
	return home
}

func (n *newProjectDialog) folder() string {
	return filepath.Join(n.parent, safeName(n.name.entry.Text)+project.Extension)
}

func (n *newProjectDialog) checkName(s string) error {
	if strings.TrimSpace(s) == "" {
		return errors.New("the project needs a name")
	}
	if _, err := os.Stat(filepath.Join(n.folder(), project.FileName)); err == nil {
		return fmt.Errorf("%s already holds a project: choose another name or folder", n.folder())
	}
	return nil
}

// update shows where the project will be made, and whether the name will do.
func (n *newProjectDialog) update() {
	n.where.SetText(n.parent)
	if strings.TrimSpace(n.name.entry.Text) != "" {
		n.where.SetText(n.folder())
	}
	if n.name.entry.Text != "" {
		n.name.validate()
	}
}

// submit creates the project and opens it.
func (n *newProjectDialog) submit() {
	if !n.name.validate() {
		return
	}
	p, err := project.New(n.folder(), strings.TrimSpace(n.name.entry.Text))
	if err != nil {
		n.problems.SetText(err.Error())
		n.problems.Show()
		return
	}
	n.u.app.Preferences().SetString(prefNewDir, n.parent)
	n.d.Hide()
	n.u.setProject(p)
}

// openDialog asks for a project folder to open.
func (u *UI) openDialog() {
	u.chooseFolder("Open a project (its .briefpack folder)", "Open", u.openProject)
}
