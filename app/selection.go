package app

import "fyne.io/fyne/v2/widget"

// reselect keeps a list's selection on the item whose key is current after the list was rebuilt (the
// last such row), showing it; with no such item the list is unselected and the detail cleared.
func reselect(list *widget.List, n int, key func(int) string, current string, clear, show func()) {
	row := -1
	for i := 0; i < n; i++ {
		if current != "" && key(i) == current {
			row = i
		}
	}
	if row < 0 {
		list.UnselectAll()
		clear()
		return
	}
	list.Select(row)
	show()
}
