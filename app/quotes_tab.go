package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/briefpack/briefpack/briefing/pack"
	"github.com/briefpack/briefpack/briefing/project"
)

// quotesTab: merged quotations with include toggles; edit speaker and role; see variants and sources
// (click one to see it in its source). The selection is the quotation's key.
type quotesTab struct {
	u             *UI
	view          fyne.CanvasObject
	list          *widget.List
	items         []pack.QuotationItem
	current       string
	speaker, role *widget.Entry
	save          *widget.Button
	detail        *widget.Label
	cites         *fyne.Container
	unmatched     *unmatchedBar
}

func newQuotesTab(u *UI) *quotesTab {
	q := &quotesTab{u: u}
	q.list = widget.NewList(func() int { return len(q.items) }, func() fyne.CanvasObject {
		l := widget.NewLabel("")
		l.Truncation = fyne.TextTruncateEllipsis
		return container.NewBorder(nil, nil, widget.NewCheck("", nil), nil, l)
	}, q.updateRow)
	q.list.OnSelected = func(id widget.ListItemID) {
		if id < len(q.items) {
			q.current = q.items[id].Key
			q.show()
		}
	}
	q.speaker, q.role = widget.NewEntry(), widget.NewEntry()
	q.detail = widget.NewLabel("Select a quotation.")
	q.detail.Wrapping = fyne.TextWrapWord
	q.cites = container.NewVBox()
	q.save = widget.NewButton("Save speaker and role", q.saveEdit)
	q.save.Disable()
	q.unmatched = newUnmatchedBar(u, "quotation")
	form := widget.NewForm(widget.NewFormItem("Speaker", q.speaker), widget.NewFormItem("Role", q.role))
	detail := container.NewBorder(container.NewVBox(form, q.save), nil, nil, nil, container.NewVScroll(container.NewVBox(q.detail, q.cites)))
	split := container.NewVSplit(q.list, detail)
	split.Offset = 0.5
	q.view = container.NewBorder(q.unmatched.view, nil, nil, nil, split)
	return q
}

func (q *quotesTab) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	if id >= len(q.items) {
		return
	}
	it := q.items[id]
	c := o.(*fyne.Container)
	label := c.Objects[0].(*widget.Label)
	check := c.Objects[1].(*widget.Check)
	speaker := it.Q.Speaker
	if speaker == "" {
		speaker = "Unattributed"
	}
	label.SetText(speaker + ": “" + it.Q.Text + "”")
	check.OnChanged = nil
	check.SetChecked(it.Included)
	check.OnChanged = func(on bool) { q.include(it, on) }
}

func (q *quotesTab) item() (pack.QuotationItem, bool) {
	for _, it := range q.items {
		if it.Key == q.current && q.current != "" {
			return it, true
		}
	}
	return pack.QuotationItem{}, false
}

func (q *quotesTab) include(it pack.QuotationItem, on bool) {
	pk := q.u.currentPack()
	if pk == nil {
		return
	}
	label := "Leave out quotation"
	if on {
		label = "Include quotation"
	}
	q.u.change(label, "", func(p *project.Project) {
		pk.EditQuotation(&p.Edits, it, func(e *pack.QuotationEdit) { e.Exclude = !on })
	})
	q.u.repack()
}

func (q *quotesTab) show() {
	it, ok := q.item()
	if !ok {
		q.clearDetail()
		return
	}
	q.speaker.SetText(it.Q.Speaker)
	q.role.SetText(it.Q.Role)
	var b strings.Builder
	fmt.Fprintf(&b, "“%s”\n", it.Q.Text)
	for _, v := range it.Q.Variants {
		fmt.Fprintf(&b, "\nAlso worded: “%s”\n", v)
	}
	b.WriteString("\nWhere it comes from (click to see it in its source):")
	q.detail.SetText(b.String())
	q.u.citationList(q.cites, it.Q.Citations)
	q.save.Enable()
}

func (q *quotesTab) clearDetail() {
	q.current = ""
	q.speaker.SetText("")
	q.role.SetText("")
	q.detail.SetText("Select a quotation.")
	q.cites.RemoveAll()
	q.save.Disable()
}

func (q *quotesTab) saveEdit() {
	it, ok := q.item()
	pk := q.u.currentPack()
	if !ok || pk == nil {
		return
	}
	speaker, role := strings.TrimSpace(q.speaker.Text), strings.TrimSpace(q.role.Text)
	q.u.change("Edit speaker and role", "", func(p *project.Project) {
		pk.EditQuotation(&p.Edits, it, func(e *pack.QuotationEdit) { e.Speaker, e.Role = speaker, role })
	})
	q.u.repack()
}

// reset forgets the selection (another project was opened).
func (q *quotesTab) reset() {
	q.items = nil
	q.list.UnselectAll()
	q.list.Refresh()
	q.clearDetail()
}

func (q *quotesTab) refresh() {
	pk := q.u.currentPack()
	q.items = nil
	if pk != nil {
		q.items = pk.Quotations
	}
	q.unmatched.refresh(pk)
	q.list.Refresh()
	reselect(q.list, len(q.items), func(i int) string { return q.items[i].Key }, q.current, q.clearDetail, q.show)
}
