package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// Fyne's dialogs do not close on Esc. While one of ours is open, Esc cancels it and Enter confirms it:
// through the canvas when nothing has the focus, and through escEntry when a text field has.

// keys is a handler pair of an open dialog.
type keys struct {
	esc, enter func()
}

// keyHandlers is the stack of open dialogs' handlers; the top one gets the keys.
type keyHandlers struct {
	stack []keys
}

func (k *keyHandlers) push(h keys) { k.stack = append(k.stack, h) }

func (k *keyHandlers) pop() {
	if n := len(k.stack); n > 0 {
		k.stack = k.stack[:n-1]
	}
}

func (k *keyHandlers) top() (keys, bool) {
	if n := len(k.stack); n > 0 {
		return k.stack[n-1], true
	}
	return keys{}, false
}

// typedKey is the canvas's key handler (keys typed with nothing focused).
func (k *keyHandlers) typedKey(ev *fyne.KeyEvent) {
	h, ok := k.top()
	if !ok {
		return
	}
	switch ev.Name {
	case fyne.KeyEscape:
		if h.esc != nil {
			h.esc()
		}
	case fyne.KeyReturn, fyne.KeyEnter:
		if h.enter != nil {
			h.enter()
		}
	}
}

// showModal shows d with Esc running esc and Enter running enter (nil: nothing), until it closes.
func (u *UI) showModal(d dialog.Dialog, esc, enter func()) {
	u.keys.push(keys{esc, enter})
	d.SetOnClosed(u.keys.pop)
	u.win.Canvas().Unfocus()
	d.Show()
}

// escEntry is a text field that passes Esc to the open dialog (Fyne's entry ignores it) and Enter
// too when it is a single line.
type escEntry struct {
	widget.Entry
	keys *keyHandlers
}

func newEscEntry(k *keyHandlers) *escEntry {
	e := &escEntry{keys: k}
	e.ExtendBaseWidget(e)
	return e
}

// TypedKey handles Esc (and Enter on one line) for the open dialog; other keys edit the text.
func (e *escEntry) TypedKey(ev *fyne.KeyEvent) {
	if h, ok := e.keys.top(); ok {
		switch {
		case ev.Name == fyne.KeyEscape && h.esc != nil:
			h.esc()
			return
		case (ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter) && !e.MultiLine && h.enter != nil:
			h.enter()
			return
		}
	}
	e.Entry.TypedKey(ev)
}

// showError shows err in a dialog that Esc and Enter close.
func (u *UI) showError(err error) {
	d := dialog.NewError(err, u.win)
	u.showModal(d, d.Hide, d.Hide)
}

// showInfo shows a message in a dialog that Esc and Enter close.
func (u *UI) showInfo(title, msg string) {
	d := dialog.NewInformation(title, msg, u.win)
	u.showModal(d, d.Hide, d.Hide)
}

// confirm asks a yes/no question: Enter answers yes, Esc no.
func (u *UI) confirm(title, msg string, answer func(bool)) {
	d := dialog.NewConfirm(title, msg, answer, u.win)
	u.showModal(d, d.Hide, d.Confirm)
}
