package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/briefpack/briefpack/briefing/pack"
	"github.com/briefpack/briefpack/briefing/project"
)

// unmatchedBar says, above a tab's list, how many of the user's edits apply to nothing now (their
// source changed or was left out, or they were made with an earlier version on a line with two items)
// and lists them: what each was made on, what it does, why it no longer applies; each can be
// discarded (undoable). They are never dropped or applied elsewhere behind the user's back.
type unmatchedBar struct {
	u     *UI
	kind  string // "timeline" or "quotation"
	view  *fyne.Container
	label *widget.Label
	edits []pack.UnmatchedEdit
}

func newUnmatchedBar(u *UI, kind string) *unmatchedBar {
	b := &unmatchedBar{u: u, kind: kind}
	b.label = widget.NewLabel("")
	b.label.Importance = widget.WarningImportance
	b.label.Wrapping = fyne.TextWrapWord
	review := widget.NewButton("Review…", b.showList)
	b.view = container.NewBorder(nil, nil, widget.NewIcon(theme.WarningIcon()), review, b.label)
	b.view.Hide()
	return b
}

func (b *unmatchedBar) refresh(pk *pack.Pack) {
	b.edits = nil
	if pk != nil {
		for _, e := range pk.Unmatched {
			if e.Kind == b.kind {
				b.edits = append(b.edits, e)
			}
		}
	}
	if len(b.edits) == 0 {
		b.view.Hide()
		return
	}
	noun := "edit"
	if len(b.edits) > 1 {
		noun = "edits"
	}
	b.label.SetText(fmt.Sprintf("%d of your %s apply to nothing now, so they are not in the pack.", len(b.edits), noun))
	b.view.Show()
}

func (b *unmatchedBar) showList() {
	box := container.NewVBox()
	var d *dialog.CustomDialog
	for _, e := range b.edits {
		e := e
		text := widget.NewLabel(fmt.Sprintf("%s\nYour edit: %s.\nWhy it applies to nothing: %s.", e.Item, e.Change, e.Reason))
		text.Wrapping = fyne.TextWrapWord
		discard := widget.NewButtonWithIcon("Discard", theme.DeleteIcon(), func() {
			b.u.change("Discard edit", "", func(p *project.Project) { p.Edits.Discard(e.Kind, e.Key) })
			b.u.repack()
			d.Hide()
		})
		box.Add(container.NewBorder(nil, widget.NewSeparator(), nil, discard, text))
	}
	help := wrapLabel("Re-apply an edit by making it again on the item you meant; then discard the old one here.")
	d = dialog.NewCustom("Edits that apply to nothing", "Close", container.NewBorder(help, nil, nil, nil, container.NewVScroll(box)), b.u.win)
	d.Resize(dialogSize(b.u.win, 680, 460))
	b.u.showModal(d, d.Hide, nil)
}
