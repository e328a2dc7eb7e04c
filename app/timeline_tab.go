package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/briefpack/briefpack/briefing/pack"
	"github.com/briefpack/briefpack/briefing/project"
)

// timelineTab: the merged events, each with an include toggle; edit a date or wording; add an event;
// see each event's sources and evidence (click one to see it in its source). The selection is the
// event's key, so it stays on the same event when the list is re-sorted.
type timelineTab struct {
	u         *UI
	view      fyne.CanvasObject
	list      *widget.List
	items     []pack.TimelineItem
	current   string // key of the selected event
	date      *field
	what      *widget.Entry
	save      *widget.Button
	note      *widget.Label
	cites     *fyne.Container
	unmatched *unmatchedBar
}

func newTimelineTab(u *UI) *timelineTab {
	t := &timelineTab{u: u}
	t.list = widget.NewList(func() int { return len(t.items) }, func() fyne.CanvasObject {
		d := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		w := widget.NewLabel("")
		w.Truncation = fyne.TextTruncateEllipsis
		return container.NewBorder(nil, nil, container.NewHBox(widget.NewCheck("", nil), d), nil, w)
	}, t.updateRow)
	t.list.OnSelected = func(id widget.ListItemID) {
		if id < len(t.items) {
			t.current = t.items[id].Key
			t.show()
		}
	}
	dateEntry := widget.NewEntry()
	dateEntry.SetPlaceHolder("YYYY, YYYY-MM or YYYY-MM-DD")
	t.date = newField(dateEntry, anyDateNeeded)
	dateEntry.OnChanged = func(string) { t.checkForm() }
	t.what = widget.NewEntry()
	t.what.OnChanged = func(string) { t.checkForm() }
	t.note = widget.NewLabel("Select an event to see where it comes from.")
	t.note.Wrapping = fyne.TextWrapWord
	t.cites = container.NewVBox()
	t.save = widget.NewButton("Save changes to this event", t.saveEdit)
	t.save.Disable()
	add := widget.NewButtonWithIcon("Add an event…", theme.ContentAddIcon(), t.addDialog)
	t.unmatched = newUnmatchedBar(u, "timeline")
	form := widget.NewForm(widget.NewFormItem("Date", t.date.view()), widget.NewFormItem("What", t.what))
	detail := container.NewBorder(container.NewVBox(form, t.save), nil, nil, nil, container.NewVScroll(container.NewVBox(t.note, t.cites)))
	split := container.NewVSplit(t.list, detail)
	split.Offset = 0.5
	t.view = container.NewBorder(t.unmatched.view, add, nil, nil, split)
	return t
}

func (t *timelineTab) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	if id >= len(t.items) {
		return
	}
	it := t.items[id]
	c := o.(*fyne.Container)
	what := c.Objects[0].(*widget.Label)
	left := c.Objects[1].(*fyne.Container)
	check := left.Objects[0].(*widget.Check)
	date := left.Objects[1].(*widget.Label)
	date.SetText(it.Entry.Date.Human())
	label := it.Entry.What
	if n := len(it.Entry.Sources); n > 1 {
		label += fmt.Sprintf("  (%d sources)", n)
	}
	if it.Entry.Conflict != "" {
		label = "⚠ " + label
	}
	if it.Added {
		label += "  (added)"
	} else if it.Edited {
		label += "  (edited)"
	}
	what.SetText(label)
	check.OnChanged = nil
	check.SetChecked(it.Included)
	check.OnChanged = func(on bool) { t.include(it, on) }
	if it.Added {
		check.Disable()
	} else {
		check.Enable()
	}
}

// item is the selected event.
func (t *timelineTab) item() (pack.TimelineItem, bool) {
	for _, it := range t.items {
		if it.Key == t.current && t.current != "" {
			return it, true
		}
	}
	return pack.TimelineItem{}, false
}

func (t *timelineTab) include(it pack.TimelineItem, on bool) {
	pk := t.u.currentPack()
	if pk == nil || it.Added {
		return
	}
	label := "Leave out event"
	if on {
		label = "Include event"
	}
	t.u.change(label, "", func(p *project.Project) {
		pk.EditTimeline(&p.Edits, it, func(e *pack.TimelineEdit) { e.Exclude = !on })
	})
	t.u.repack()
}

func (t *timelineTab) show() {
	it, ok := t.item()
	if !ok {
		t.clearDetail()
		return
	}
	t.date.entry.SetText(it.Entry.Date.String())
	t.what.SetText(it.Entry.What)
	var b strings.Builder
	if it.Edited && !it.Original.IsZero() {
		fmt.Fprintf(&b, "The sources say %s; you changed it.\n", it.Original.Human())
	}
	if it.Entry.Conflict != "" {
		fmt.Fprintf(&b, "⚠ %s\n", it.Entry.Conflict)
	}
	if it.Added {
		fmt.Fprintf(&b, "Added by you. %s\n", it.Note)
	} else {
		b.WriteString("Where it comes from (click to see it in its source):")
	}
	t.note.SetText(strings.TrimSpace(b.String()))
	t.u.citationList(t.cites, it.Entry.Citations)
	t.checkForm()
}

func (t *timelineTab) clearDetail() {
	t.current = ""
	t.date.entry.SetText("")
	t.date.quiet()
	t.what.SetText("")
	t.note.SetText("Select an event to see where it comes from.")
	t.cites.RemoveAll()
	t.save.Disable()
}

// checkForm says at once whether the date will do; Save is held back until it does.
func (t *timelineTab) checkForm() {
	_, ok := t.item()
	if !ok {
		t.date.quiet()
		t.save.Disable()
		return
	}
	if t.date.validate() && ok && strings.TrimSpace(t.what.Text) != "" {
		t.save.Enable()
	} else {
		t.save.Disable()
	}
}

func (t *timelineTab) saveEdit() {
	it, ok := t.item()
	pk := t.u.currentPack()
	if !ok || pk == nil || !t.date.validate() {
		return
	}
	d, _ := checkDate(t.date.entry.Text, true, false)
	what := strings.TrimSpace(t.what.Text)
	if it.Added {
		t.u.change("Edit added event", "", func(p *project.Project) {
			for i, a := range p.Edits.Added {
				if a.Date == it.Entry.Date && a.What == it.Entry.What {
					p.Edits.Added[i].Date, p.Edits.Added[i].What = d, what
					break
				}
			}
		})
	} else {
		t.u.change("Edit event", "", func(p *project.Project) {
			pk.EditTimeline(&p.Edits, it, func(e *pack.TimelineEdit) { e.Date, e.What = d, what })
		})
	}
	t.u.repack()
}

func (t *timelineTab) addDialog() {
	dateEntry, what, note := newEscEntry(&t.u.keys), newEscEntry(&t.u.keys), newEscEntry(&t.u.keys)
	dateEntry.SetPlaceHolder("YYYY-MM-DD")
	date := newEscField(dateEntry, anyDateNeeded)
	dateEntry.OnChanged = func(string) { date.validate() }
	whatField := newEscField(what, notEmpty("a description"))
	what.OnChanged = func(string) { whatField.validate() }
	note.SetPlaceHolder("where this comes from")
	var d *dialog.FormDialog
	d = dialog.NewForm("Add an event", "Add", "Cancel", []*widget.FormItem{
		widget.NewFormItem("Date", date.view()), widget.NewFormItem("What", whatField.view()), widget.NewFormItem("Source", note),
	}, func(ok bool) {
		if !ok || t.u.project() == nil {
			return
		}
		dv, err := checkDate(dateEntry.Text, true, false)
		if err != nil || strings.TrimSpace(what.Text) == "" {
			t.u.showError(fmt.Errorf("an event needs a date (YYYY, YYYY-MM or YYYY-MM-DD) and a description"))
			return
		}
		t.u.change("Add event", "", func(p *project.Project) {
			p.Edits.Added = append(p.Edits.Added, pack.AddedEvent{Date: dv, What: strings.TrimSpace(what.Text), Note: strings.TrimSpace(note.Text)})
		})
		t.u.repack()
	}, t.u.win)
	d.Resize(dialogSize(t.u.win, 520, 300))
	t.u.showModal(d, d.Hide, d.Submit)
}

// reset forgets the selection (another project was opened).
func (t *timelineTab) reset() {
	t.items = nil
	t.list.UnselectAll()
	t.list.Refresh()
	t.clearDetail()
}

func (t *timelineTab) refresh() {
	pk := t.u.currentPack()
	t.items = nil
	if pk != nil {
		t.items = pk.Timeline
	}
	t.unmatched.refresh(pk)
	t.list.Refresh()
	reselect(t.list, len(t.items), func(i int) string { return t.items[i].Key }, t.current, t.clearDetail, t.show)
}
