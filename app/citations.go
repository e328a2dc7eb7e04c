package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/briefpack/briefpack/briefing"
)

// citationLabel names a citation as the pack does: "[2] harbour-news.txt, p. 3, l. 12".
func (u *UI) citationLabel(c briefing.Citation) string {
	pk := u.currentPack()
	if pk != nil {
		if src := pk.Source(c.Source); src != nil {
			return fmt.Sprintf("[%d] %s, %s", pk.Number(c.Source), src.File, src.Where(c.Line))
		}
	}
	return fmt.Sprintf("%s, l. %d", c.Source, c.Line)
}

// fileOfSource is the project file of the source with the given id ("" when it is not loaded), and
// when the source is an e-mail's attachment, its id again.
func (u *UI) fileOfSource(id string) (file, sub string) {
	u.mu.Lock()
	defer u.mu.Unlock()
	for _, l := range u.loaded {
		if l.Source != nil && l.Source.ID == id {
			return l.File, ""
		}
		for _, a := range l.Attached {
			if a.ID == id {
				return l.File, id
			}
		}
	}
	return "", ""
}

// citationList shows citations, each a button that shows the source with the evidence highlighted,
// and the evidence words under it.
func (u *UI) citationList(box *fyne.Container, cites []briefing.Citation) {
	box.RemoveAll()
	for _, c := range cites {
		c := c
		b := widget.NewButtonWithIcon(u.citationLabel(c), theme.SearchIcon(), func() { u.showCitation(c) })
		b.Importance = widget.LowImportance
		b.Alignment = widget.ButtonAlignLeading
		words := widget.NewLabel("“" + strings.Join(strings.Fields(c.Text), " ") + "”")
		words.Wrapping = fyne.TextWrapWord
		box.Add(container.NewVBox(b, words))
	}
	box.Refresh()
}

// showCitation shows a citation's source in the source pane with the evidence highlighted.
func (u *UI) showCitation(c briefing.Citation) {
	file, sub := u.fileOfSource(c.Source)
	if file == "" {
		u.setStatus("That source is no longer loaded")
		return
	}
	u.srcView.showCitation(file, sub, c.Line, c.Text)
}
