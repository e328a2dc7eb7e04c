package app

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/briefpack/briefpack/briefing"
)

// field is a text field that says at once, beside it, what is wrong with what was typed.
type field struct {
	entry *widget.Entry
	msg   *widget.Label
	check func(string) error
	box   *fyne.Container
}

// newField wraps entry with its check; the message shows under it while the text is wrong.
func newField(entry *widget.Entry, check func(string) error) *field {
	return newFieldShowing(entry, entry, check)
}

// newEscField is newField for a field of a dialog (Esc and Enter reach the dialog).
func newEscField(e *escEntry, check func(string) error) *field {
	return newFieldShowing(e, &e.Entry, check)
}

// newFieldShowing shows obj (the entry itself, or the widget that extends it) with the message.
func newFieldShowing(obj fyne.CanvasObject, entry *widget.Entry, check func(string) error) *field {
	f := &field{entry: entry, check: check}
	f.msg = widget.NewLabel("")
	f.msg.Importance = widget.DangerImportance
	f.msg.Wrapping = fyne.TextWrapWord
	f.msg.TextStyle = fyne.TextStyle{Italic: true}
	f.msg.Hide()
	f.box = container.NewVBox(obj, f.msg)
	return f
}

// view is the field with its message, for a form.
func (f *field) view() fyne.CanvasObject { return f.box }

// validate shows or hides the message for the current text; it reports whether the text is right.
func (f *field) validate() bool {
	err := f.check(f.entry.Text)
	if err == nil {
		if f.msg.Visible() {
			f.msg.Hide()
			f.box.Refresh()
		}
		return true
	}
	f.msg.SetText(err.Error())
	if !f.msg.Visible() {
		f.msg.Show()
		f.box.Refresh()
	}
	return false
}

// quiet hides the message without checking (a field emptied by the program, not the user).
func (f *field) quiet() {
	if f.msg.Visible() {
		f.msg.Hide()
		f.box.Refresh()
	}
}

// message is what the field says now ("" when the text is right).
func (f *field) message() string {
	if f.msg.Visible() {
		return f.msg.Text
	}
	return ""
}

// checkDate reads a date the user typed: YYYY-MM-DD, or with coarser precision YYYY-MM and YYYY
// when allowed; empty when allowed. The message says exactly what is wrong.
func checkDate(text string, coarse, empty bool) (briefing.Date, error) {
	s := strings.TrimSpace(text)
	want := "YYYY-MM-DD"
	if coarse {
		want = "YYYY, YYYY-MM or YYYY-MM-DD"
	}
	if s == "" {
		if empty {
			return briefing.Date{}, nil
		}
		return briefing.Date{}, fmt.Errorf("a date is needed (%s)", want)
	}
	parts := strings.Split(s, "-")
	if len(parts) > 3 || (!coarse && len(parts) != 3) {
		return briefing.Date{}, fmt.Errorf("“%s” is not a date: write it as %s", s, want)
	}
	nums := make([]int, len(parts))
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || len(p) != []int{4, 2, 2}[i] {
			return briefing.Date{}, fmt.Errorf("“%s” is not a date: write it as %s", s, want)
		}
		nums[i] = n
	}
	if nums[0] < 1000 {
		return briefing.Date{}, fmt.Errorf("year %04d is not a year briefpack can use", nums[0])
	}
	if len(nums) > 1 && (nums[1] < 1 || nums[1] > 12) {
		return briefing.Date{}, fmt.Errorf("month %02d does not exist (01–12)", nums[1])
	}
	if len(nums) > 2 {
		last := time.Date(nums[0], time.Month(nums[1])+1, 0, 0, 0, 0, 0, time.UTC).Day()
		if nums[2] < 1 || nums[2] > last {
			return briefing.Date{}, fmt.Errorf("%s %d has no day %02d (it has %d days)", time.Month(nums[1]), nums[0], nums[2], last)
		}
	}
	return briefing.ParseDate(s)
}

func dayOrEmpty(s string) error    { _, err := checkDate(s, false, true); return err }
func anyDateNeeded(s string) error { _, err := checkDate(s, true, false); return err }

func notEmpty(what string) func(string) error {
	return func(s string) error {
		if strings.TrimSpace(s) == "" {
			return errors.New(what + " is needed")
		}
		return nil
	}
}
