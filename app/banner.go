package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/briefpack/briefpack/briefing/project"
)

// banner says, above everything, that the project is open read-only and why; for a lock from another
// machine it offers to take the project over.
type banner struct {
	u        *UI
	view     *fyne.Container
	text     *widget.Label
	takeOver *widget.Button
	saveAs   *widget.Button
}

func newBanner(u *UI) *banner {
	b := &banner{u: u}
	b.text = widget.NewLabel("")
	b.text.Wrapping = fyne.TextWrapWord
	b.text.Importance = widget.WarningImportance
	b.saveAs = widget.NewButtonWithIcon("Save As…", theme.DocumentSaveIcon(), func() { u.saveAs(nil) })
	b.takeOver = widget.NewButton("Take over…", b.confirmTakeOver)
	b.view = container.NewBorder(nil, widget.NewSeparator(), widget.NewIcon(theme.WarningIcon()), container.NewHBox(b.saveAs, b.takeOver), b.text)
	b.view.Hide()
	return b
}

// show shows or hides the banner for project p.
func (b *banner) show(p *project.Project) {
	if p == nil || !p.ReadOnly {
		b.view.Hide()
		return
	}
	msg := p.Dir + " is open read-only."
	if p.Locked != nil {
		msg = p.Locked.Error() + "."
	}
	b.text.SetText(msg)
	if p.Locked != nil && p.Locked.OtherHost {
		b.takeOver.Show()
	} else {
		b.takeOver.Hide()
	}
	b.view.Show()
}

func (b *banner) confirmTakeOver() {
	p := b.u.project()
	if p == nil {
		return
	}
	b.u.confirm("Take over the project?",
		"Only do this if the briefpack named above is no longer running: if it is, whichever saves last overwrites the other's changes.",
		func(ok bool) {
			if !ok {
				return
			}
			if err := p.TakeOver(); err != nil {
				b.u.showError(err)
			}
			b.show(p)
			b.u.updateTitle()
		})
}
