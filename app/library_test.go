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
	// typing on narrows the last result; it must give what a fresh search gives
	var f libFilter
	f.set(items)
	for _, q := range []string{"f", "fe", "fer", "ferry", "ferry c", "ferry co", "ferry", "item 00", "item 004", "ITEM 0042", ""} {
		got, want := f.filter(q, q == "item 004"), filterItems(items, q, q == "item 004")
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("typing %q: %d rows, a fresh search gives %d", q, len(got), len(want))
		}
	}
	all := filterItems(items, "", false)
	for k := 1; k < len(all); k++ {
		if items[all[k-1]].date.Before(items[all[k]].date) {
			t.Fatalf("not sorted newest first at %d", k)
		}
	}
}

// BenchmarkFilter10000 measures filtering a 10,000-source library as the search box does, keystroke by
// keystroke (target: ≤ 16 ms, one frame); the rows are sorted once, when they change.
func BenchmarkFilter10000(b *testing.B) {
	items := libraryOf(10000)
	var f libFilter
	f.set(items)
	queries := []string{"f", "fe", "fer", "ferr", "ferry", "ferry c", "ferry co", ""}
	b.ResetTimer()
	cpu := startCPU()
	defer cpu.report(b)
	for i := 0; i < b.N; i++ {
		f.filter(queries[i%len(queries)], false)
	}
}

// BenchmarkFilterFullScan10000 is the worst keystroke: a word no source has, scanned in every row.
func BenchmarkFilterFullScan10000(b *testing.B) {
	items := libraryOf(10000)
	var f libFilter
	f.set(items)
	b.ResetTimer()
	cpu := startCPU()
	defer cpu.report(b)
	for i := 0; i < b.N; i++ {
		f.last = nil
		f.filter("zqx", false)
	}
}
