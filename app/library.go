package app

import (
	"sort"
	"strings"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/project"
)

// libItem is one row of the library, with what the search box matches against, lower-cased once.
type libItem struct {
	index     int    // in the project's sources when the row was made
	file      string // the project's copy: the row's identity
	format    briefing.Format
	changed   bool // the file no longer matches the SHA-256 recorded at import
	title     string
	date      briefing.Date
	publisher string
	themes    []string // theme names with passages in this source
	missing   bool
	problem   string // why it did not load, if it did not
	haystack  string // title, publisher and text, lower case
	titleKey  string // title, lower case, for sorting
}

// newLibItem describes a loaded project source for the library.
func newLibItem(l project.Loaded, ps project.Source, themeNames map[string]string, x *briefing.Extraction) libItem {
	it := libItem{index: l.Index, file: l.File, missing: l.Missing, changed: l.Changed}
	if l.Source == nil {
		it.title = l.File
		if l.Err != nil {
			it.problem = l.Err.Error()
		}
		it.haystack = strings.ToLower(it.title)
		it.titleKey = it.haystack
		return it
	}
	s := l.Source
	it.format = s.Format
	c := *s // the user's corrections show whether or not the source is in the pack
	project.ApplyCorrections(&c, ps)
	it.title, it.date, it.publisher = c.Label(), c.Published, c.Publisher
	if x != nil {
		it.title, it.date, it.publisher = x.Source.Label(), x.Source.Published, x.Source.Publisher
		for _, h := range x.Themes {
			if n := themeNames[h.Theme]; n != "" {
				it.themes = append(it.themes, n)
			}
		}
	}
	it.haystack = strings.ToLower(it.title + "\n" + it.publisher + "\n" + s.Text)
	it.titleKey = strings.ToLower(it.title)
	return it
}

// filterItems returns the indexes of the items that match every word of the query (case-insensitive,
// in title, publisher or text), sorted by date (newest first; undated last) or by title.
func filterItems(items []libItem, query string, byTitle bool) []int {
	words := strings.Fields(strings.ToLower(query))
	out := make([]int, 0, len(items))
	for i := range items {
		ok := true
		for _, w := range words {
			if !strings.Contains(items[i].haystack, w) {
				ok = false
				break
			}
		}
		if ok {
			out = append(out, i)
		}
	}
	sort.SliceStable(out, func(a, b int) bool {
		x, y := &items[out[a]], &items[out[b]]
		if byTitle {
			return x.titleKey < y.titleKey
		}
		if x.date.IsZero() != y.date.IsZero() {
			return !x.date.IsZero()
		}
		if x.date != y.date {
			return y.date.Before(x.date)
		}
		return x.titleKey < y.titleKey
	})
	return out
}
