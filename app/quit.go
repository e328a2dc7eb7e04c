package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/briefpack/briefpack/briefing/project"
)

// quitDialog is the "Save changes?" question on closing: Save, Don't Save, Cancel (Esc).
type quitDialog struct {
	d                    *dialog.CustomDialog
	save, discard, abort *widget.Button
}

// quit asks about unsaved changes, remembers the window's size and split, and closes. Ctrl+Q, the
// window's close button and File → Quit all come here.
func (u *UI) quit() {
	if u.closed {
		return
	}
	if !u.isDirty() {
		u.finishQuit(false)
		return
	}
	u.askSave()
}

// askSave shows the Save / Don't Save / Cancel question. A read-only project offers Save As instead.
func (u *UI) askSave() *quitDialog {
	p := u.project()
	q := &quitDialog{}
	msg := widget.NewLabel("“" + p.Name + "” has changes that are not saved. Save them before closing?")
	msg.Wrapping = fyne.TextWrapWord
	q.abort = widget.NewButton("Cancel", func() { q.d.Hide() })
	q.discard = widget.NewButtonWithIcon("Don't Save", theme.DeleteIcon(), func() {
		q.d.Hide()
		u.finishQuit(true)
	})
	if p.ReadOnly {
		msg.SetText(msg.Text + "\n\nThis project is open read-only here; Save As keeps your changes in another folder.")
		q.save = widget.NewButtonWithIcon("Save As…", theme.DocumentSaveIcon(), func() {
			q.d.Hide()
			u.saveAs(func() { u.finishQuit(false) })
		})
	} else {
		q.save = widget.NewButtonWithIcon("Save", theme.DocumentSaveIcon(), func() {
			q.d.Hide()
			if u.Save() == nil {
				u.finishQuit(false)
			}
		})
	}
	q.save.Importance = widget.HighImportance
	buttons := container.NewHBox(q.discard, layout.NewSpacer(), q.abort, q.save)
	q.d = dialog.NewCustomWithoutButtons("Save changes?", container.NewVBox(msg, buttons), u.win)
	q.d.Resize(dialogSize(u.win, 520, 180))
	u.showModal(q.d, q.abort.OnTapped, q.save.OnTapped)
	return q
}

// finishQuit closes the window: remembers its layout, stops autosaving, and with discard removes
// the autosave so the next launch does not offer back what the user chose not to keep.
func (u *UI) finishQuit(discard bool) {
	u.stopAutosave()
	prefs := u.app.Preferences()
	size := u.win.Canvas().Size()
	prefs.SetFloat(prefWidth, float64(size.Width))
	prefs.SetFloat(prefHeight, float64(size.Height))
	prefs.SetFloat(prefSplitLib, u.split1.Offset)
	prefs.SetFloat(prefSplitSource, u.split2.Offset)
	if p := u.project(); p != nil && discard && !p.ReadOnly {
		project.DiscardRecovery(p.Dir)
	}
	u.closeProject()
	u.closed = true
	u.win.Close()
}
