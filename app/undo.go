package app

import (
	"encoding/json"
	"time"

	"fyne.io/fyne/v2/widget"

	"github.com/briefpack/briefpack/briefing/extract"
	"github.com/briefpack/briefpack/briefing/pack"
	"github.com/briefpack/briefpack/briefing/project"
)

// Undo and redo of the user's edits: what they ticked, corrected, reworded, excluded, picked and
// wrote. Each change through UI.change first keeps a snapshot of that state; Undo puts the snapshot
// back. Importing and removing files are not undone (the files are on disk), and a snapshot only ever
// restores sources that are still in the project.

// state is the part of a project that edits change.
type state struct {
	Sources  []project.Source
	Settings pack.Settings
	Themes   []extract.Theme
	Edits    pack.Edits
	Sections []pack.UserSection
}

func stateOf(p *project.Project) []byte {
	b, _ := json.Marshal(state{p.Sources, p.Settings, p.Themes, p.Edits, p.Sections})
	return b
}

// restore puts a snapshot back into p; sources are matched by their file, so one imported since the
// snapshot keeps its place and one removed since is not brought back.
func restore(p *project.Project, b []byte) {
	var s state
	if json.Unmarshal(b, &s) != nil {
		return
	}
	was := map[string]project.Source{}
	for _, src := range s.Sources {
		was[src.File] = src
	}
	for i, src := range p.Sources {
		if w, ok := was[src.File]; ok && w.SHA256 == src.SHA256 {
			p.Sources[i] = w
		}
	}
	p.Settings, p.Themes, p.Edits, p.Sections = s.Settings, s.Themes, s.Edits, s.Sections
}

type step struct {
	label    string
	snapshot []byte
	group    string // consecutive changes of one group (typing in one field) are one step
	at       time.Time
}

// history holds the undo and redo stacks.
type history struct {
	undo, redo []step
}

const (
	maxUndo     = 200
	groupWithin = 2 * time.Second
)

func (h *history) clear() { h.undo, h.redo = nil, nil }

// change records an undoable edit: label names it in the Edit menu ("Undo Reword event"); changes of
// the same non-empty group within a moment are one step (typing in a field). fn makes the change.
func (u *UI) change(label, group string, fn func(p *project.Project)) {
	p := u.project()
	if p == nil {
		return
	}
	h := &u.history
	now := time.Now()
	if n := len(h.undo); group == "" || n == 0 || h.undo[n-1].group != group || now.Sub(h.undo[n-1].at) > groupWithin {
		h.undo = append(h.undo, step{label: label, snapshot: stateOf(p), group: group, at: now})
		if len(h.undo) > maxUndo {
			h.undo = h.undo[1:]
		}
	} else {
		h.undo[n-1].at = now
	}
	h.redo = nil
	fn(p)
	u.markDirty()
	u.updateUndoMenu()
}

// Undo takes back the last edit.
func (u *UI) Undo() { u.travel(&u.history.undo, &u.history.redo, "Undone: ") }

// Redo makes the last undone edit again.
func (u *UI) Redo() { u.travel(&u.history.redo, &u.history.undo, "Redone: ") }

func (u *UI) travel(from, to *[]step, verb string) {
	p := u.project()
	if p == nil || len(*from) == 0 {
		return
	}
	s := (*from)[len(*from)-1]
	*from = (*from)[:len(*from)-1]
	*to = append(*to, step{label: s.label, snapshot: stateOf(p), at: time.Now()})
	restore(p, s.snapshot)
	u.markDirty()
	u.updateUndoMenu()
	u.settings.load(p)
	u.sections.load(p)
	u.srcView.forget() // its fields show the restored corrections
	u.setStatus(verb + s.label)
	u.recompute()
}

// undoShortcut is Ctrl+Z: in a text field with typing to undo, the field's own undo; else the app's.
func (u *UI) undoShortcut() {
	if e := u.focusedEntry(); e != nil {
		before := e.Text
		e.Undo()
		if e.Text != before {
			return
		}
	}
	u.Undo()
}

func (u *UI) redoShortcut() {
	if e := u.focusedEntry(); e != nil {
		before := e.Text
		e.Redo()
		if e.Text != before {
			return
		}
	}
	u.Redo()
}

// focusedEntry returns the text field with the keyboard focus, if any.
func (u *UI) focusedEntry() *widget.Entry {
	switch f := u.win.Canvas().Focused().(type) {
	case *widget.Entry:
		return f
	case *escEntry:
		return &f.Entry
	case *widget.SelectEntry:
		return &f.Entry
	}
	return nil
}
