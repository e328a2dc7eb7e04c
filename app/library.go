package app

import (
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/project"
)

// libItem is one row of the library, with what the search box matches against, lower-cased once.
type libItem struct {
	index       int    // in the project's sources when the row was made
	file        string // the project's copy: the row's identity
	format      briefing.Format
	changed     bool // the file no longer matches the SHA-256 recorded at import
	attachments int  // an e-mail's attachments read as sources
	title       string
	date        briefing.Date
	publisher   string
	themes      []string // theme names with passages in this source
	missing     bool
	problem     string // why it did not load, if it did not
	haystack    string // title, publisher and text, lower case
	titleKey    string // title, lower case, for sorting
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
	text := s.Text
	for _, a := range l.Attached {
		text += "\n" + a.Label() + "\n" + a.Text
	}
	it.attachments = len(l.Attached)
	it.haystack = strings.ToLower(it.title + "\n" + it.publisher + "\n" + text)
	it.titleKey = strings.ToLower(it.title)
	return it
}

// filterItems returns the indexes of the items that match every word of the query (case-insensitive,
// in title, publisher or text), sorted by date (newest first; undated last) or by title.
func filterItems(items []libItem, query string, byTitle bool) []int {
	var f libFilter
	f.set(items)
	return f.filter(query, byTitle)
}

// libFilter filters the library as the user types. The two orders are sorted once per change of the
// rows, not per keystroke; a query that extends the previous one only narrows the previous result; a
// full scan is shared between the cores.
type libFilter struct {
	items           []libItem
	byDate, byTitle []int // indexes of items in each order
	lastQuery       string
	lastByTitle     bool
	last            []int // the result for lastQuery, nil when there is none
}

// set replaces the rows and sorts their two orders.
func (f *libFilter) set(items []libItem) {
	f.items, f.last = items, nil
	f.byDate, f.byTitle = make([]int, len(items)), make([]int, len(items))
	for i := range items {
		f.byDate[i], f.byTitle[i] = i, i
	}
	sort.SliceStable(f.byTitle, func(a, b int) bool { return items[f.byTitle[a]].titleKey < items[f.byTitle[b]].titleKey })
	sort.SliceStable(f.byDate, func(a, b int) bool {
		x, y := &items[f.byDate[a]], &items[f.byDate[b]]
		if x.date.IsZero() != y.date.IsZero() {
			return !x.date.IsZero()
		}
		if x.date != y.date {
			return y.date.Before(x.date)
		}
		return x.titleKey < y.titleKey
	})
}

// filter returns the rows matching query, in the chosen order.
func (f *libFilter) filter(query string, byTitle bool) []int {
	q := strings.ToLower(query)
	words := strings.Fields(q)
	from := f.byDate
	if byTitle {
		from = f.byTitle
	}
	switch {
	case len(words) == 0:
		f.last = nil
		return append([]int(nil), from...)
	case f.last != nil && byTitle == f.lastByTitle && strings.HasPrefix(q, f.lastQuery):
		from = f.last // typing on: every row that matches now matched before
	}
	out := f.match(from, words)
	f.lastQuery, f.lastByTitle, f.last = q, byTitle, out
	return out
}

// match keeps the rows of from whose haystack holds every word, in order; large lists are split
// between the cores.
func (f *libFilter) match(from []int, words []string) []int {
	n := runtime.GOMAXPROCS(0)
	if len(from) < 2000 || n < 2 {
		return f.matchPart(from, words)
	}
	parts := make([][]int, n)
	var wg sync.WaitGroup
	for k := 0; k < n; k++ {
		lo, hi := k*len(from)/n, (k+1)*len(from)/n
		wg.Add(1)
		go func(k int, part []int) {
			defer wg.Done()
			parts[k] = f.matchPart(part, words)
		}(k, from[lo:hi])
	}
	wg.Wait()
	out := make([]int, 0, len(from))
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

func (f *libFilter) matchPart(from []int, words []string) []int {
	out := make([]int, 0, len(from))
	for _, i := range from {
		h := f.items[i].haystack
		ok := true
		for _, w := range words {
			if !strings.Contains(h, w) {
				ok = false
				break
			}
		}
		if ok {
			out = append(out, i)
		}
	}
	return out
}
