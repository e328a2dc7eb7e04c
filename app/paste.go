package app

import (
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"
)

// pasteDialog makes a Markdown source of the text on the clipboard, asking for its title and date.
type pasteDialog struct {
	u           *UI
	d           *dialog.CustomDialog
	text        string
	title, date *field
	problem     *widget.Label
}

// pasteAsSource is Ctrl+Shift+V: "Paste as new source".
func (u *UI) pasteAsSource() { u.pasteDialog() }

func (u *UI) pasteDialog() *pasteDialog {
	p := u.project()
	if p == nil {
		return nil
	}
	text := u.app.Clipboard().Content()
	if strings.TrimSpace(text) == "" {
		u.showInfo("Paste as new source", "The clipboard holds no text. Copy the text of an article or statement first, then paste it here.")
		return nil
	}
	pd := &pasteDialog{u: u, text: text}
	title := newEscEntry(&u.keys)
	title.SetText(firstLine(text, 90))
	pd.title = newEscField(title, notEmpty("a title"))
	date := newEscEntry(&u.keys)
	date.SetPlaceHolder("YYYY-MM-DD (relative dates such as “yesterday” resolve from it)")
	pd.date = newEscField(date, dayOrEmpty)
	title.OnChanged = func(string) { pd.title.validate() }
	date.OnChanged = func(string) { pd.date.validate() }
	preview := widget.NewLabel(preview(text, 6))
	preview.Wrapping = fyne.TextWrapWord
	preview.TextStyle = fyne.TextStyle{Italic: true}
	pd.problem = widget.NewLabel("")
	pd.problem.Importance = widget.DangerImportance
	pd.problem.Wrapping = fyne.TextWrapWord
	pd.problem.Hide()
	cancel := widget.NewButton("Cancel", func() { pd.d.Hide() })
	add := widget.NewButton("Add source", pd.submit)
	add.Importance = widget.HighImportance
	form := widget.NewForm(widget.NewFormItem("Title", pd.title.view()), widget.NewFormItem("Published", pd.date.view()))
	body := container.NewBorder(form, container.NewVBox(pd.problem, container.NewHBox(layout.NewSpacer(), cancel, add)), nil, nil,
		container.NewVScroll(preview))
	pd.d = dialog.NewCustomWithoutButtons("Paste as new source", body, u.win)
	pd.d.Resize(dialogSize(u.win, 620, 420))
	u.showModal(pd.d, cancel.OnTapped, pd.submit)
	u.win.Canvas().Focus(date)
	return pd
}

// submit adds the source when title and date are right.
func (pd *pasteDialog) submit() {
	okTitle, okDate := pd.title.validate(), pd.date.validate()
	if !okTitle || !okDate {
		return
	}
	p := pd.u.project()
	d, _ := checkDate(pd.date.entry.Text, false, true)
	title := strings.TrimSpace(pd.title.entry.Text)
	i, err := p.AddText(title, title, d, pd.text)
	if err != nil {
		pd.problem.SetText(err.Error())
		pd.problem.Show()
		return
	}
	pd.d.Hide()
	pd.u.markDirty()
	pd.u.lib.selectFile(p.Sources[i].File)
	pd.u.setStatus("Added " + p.Sources[i].File + " from the clipboard")
	pd.u.reload()
}

// firstLine is the text's first non-empty line, cut to about n bytes at a space.
func firstLine(s string, n int) string {
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(strings.TrimLeft(l, "#")); l != "" {
			if len(l) > n {
				cut := n
				for cut > 0 && !utf8.RuneStart(l[cut]) {
					cut--
				}
				if sp := strings.LastIndexByte(l[:cut], ' '); sp > n/2 {
					cut = sp
				}
				l = strings.TrimSpace(l[:cut]) + "…"
			}
			return l
		}
	}
	return ""
}

// preview is the first few lines of the text.
func preview(s string, lines int) string {
	ls := strings.Split(strings.TrimSpace(s), "\n")
	if len(ls) > lines {
		ls = append(ls[:lines], "…")
	}
	return strings.Join(ls, "\n")
}
