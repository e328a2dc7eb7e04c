package app

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/briefpack/briefpack/briefing"
)

// libraryOf builds n library rows with texts of about 3 KB.
func libraryOf(n int) []libItem {
	words := strings.Fields("partnership ferry council digital identity academy data accord harbour minister timetable cloud standards")
	items := make([]libItem, n)
	for i := range items {
		var b strings.Builder
		for k := 0; b.Len() < 3000; k++ {
			b.WriteString(words[(i*7+k*3)%len(words)])
			b.WriteByte(' ')
		}
		title := fmt.Sprintf("Item %05d on the %s", i, words[i%len(words)])
		items[i] = libItem{index: i, title: title, titleKey: strings.ToLower(title), date: briefing.DayOf(2020+i%6, time.Month(1+i%12), 1+i%28),
			haystack: strings.ToLower(title) + "\n" + b.String()}
	}
	items[4242].haystack += " vallen"
	return items
}

func TestFilterItems(t *testing.T) {
	items := libraryOf(10000)
	if got := filterItems(items, "VALLEN", false); len(got) != 1 || items[got[0]].index != 4242 {
		t.Errorf("search for one word: %v", got)
	}
	if got := filterItems(items, "item 0004", true); len(got) != 11 { // 00004 and 00040…00049
		t.Errorf("search for two words: %d rows", len(got))
	}
	all := filterItems(items, "", false)
	for k := 1; k < len(all); k++ {
		if items[all[k-1]].date.Before(items[all[k]].date) {
			t.Fatalf("not sorted newest first at %d", k)
		}
	}
}

// BenchmarkFilter10000 measures one keystroke in the search box of a 10,000-source library (target:
// ≤ 16 ms, one frame).
func BenchmarkFilter10000(b *testing.B) {
	items := libraryOf(10000)
	queries := []string{"f", "fe", "fer", "ferr", "ferry", "ferry c", "ferry co"}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		filterItems(items, queries[i%len(queries)], false)
	}
}
