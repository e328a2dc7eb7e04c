// Package merge joins what several sources say into one timeline, one list of quotations and one
// who's who: the same event told by three sources is one entry citing all three, with the most precise
// date; the same words quoted by two papers are one quotation with its variants.
//
// Merging compares the normalised content of items (stemmed content words, abbreviations folded,
// case and punctuation ignored). It never invents: an entry's text is one source's own wording, and
// every entry lists the evidence it came from.
package merge

import (
	"fmt"
	"sort"
	"strings"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/prose"
)

// sameEvent scores how likely two events are one: 0 when they are not, higher when more content is
// shared. Dates must be compatible (one contains the other); an exact same date needs less evidence
// than a year matched against a day.
//
// Across sources (strict) a month or a year needs more shared words than a day: "Obama won the state
// in 2008" is told of many states.
func sameEvent(aDate briefing.Date, aKeys, aActs []string, b *briefing.Event, strict bool) float64 {
	if !aDate.Compatible(b.Date) {
		return 0
	}
	sharedActs := prose.Overlap(aActs, b.Actions)
	if len(aActs) > 0 && len(b.Actions) > 0 && sharedActs == 0 {
		return 0
	}
	shared := prose.Overlap(aKeys, b.Keys)
	minLen := len(aKeys)
	if len(b.Keys) < minLen {
		minLen = len(b.Keys)
	}
	if minLen == 0 {
		return 0
	}
	ratio := float64(shared) / float64(minLen)
	if aDate == b.Date {
		// a day is specific: one shared word and the action will do; a month or a year is not
		need, needRatio := 1, 0.0
		if strict && aDate.Precision != briefing.Day {
			need, needRatio = 2, 0.5
			if aDate.Precision == briefing.Year {
				need, needRatio = 3, 0.6
			}
		}
		if shared >= need && ratio >= needRatio && (sharedActs > 0 || ratio >= 0.5) {
			return ratio + float64(sharedActs)
		}
		return 0
	}
	if shared >= 2 && ratio >= 0.4 && sharedActs > 0 {
		return ratio + float64(sharedActs)
	}
	return 0
}

// DedupeEvents merges events of one source that tell the same event twice (a release that repeats
// its news in an "About" section); the first telling stays, later ones become its Also evidence.
func DedupeEvents(events []briefing.Event) []briefing.Event {
	order := make([]int, len(events))
	for i := range order {
		order[i] = i
	}
	// most precise first, so a later "in 2019" joins an earlier "on 13 June 2019"
	sort.SliceStable(order, func(a, b int) bool { return events[order[a]].Date.Precision > events[order[b]].Date.Precision })
	var kept []int
	into := make([]int, len(events))
	for _, i := range order {
		e := &events[i]
		best, bestScore := -1, 0.0
		for _, k := range kept {
			if events[k].Derived != e.Derived || events[k].Offset == e.Offset && events[k].Date != e.Date {
				continue // two dates of one sentence are two events ("published in June … later this year")
			}
			s := sameEvent(events[k].Date, events[k].Keys, events[k].Actions, e, false)
			if s == 0 {
				s = sameInSource(&events[k], e)
			}
			if s > bestScore {
				best, bestScore = k, s
			}
		}
		if best < 0 {
			kept = append(kept, i)
			into[i] = i
			continue
		}
		into[i] = best
	}
	out := make([]briefing.Event, 0, len(kept))
	pos := map[int]int{}
	for i := range events { // keep the source's order
		if into[i] == i {
			pos[i] = len(out)
			out = append(out, events[i])
		}
	}
	for i := range events {
		if into[i] != i {
			k := &out[pos[into[i]]]
			e := events[i]
			k.Also = append(k.Also, briefing.Evidence{Text: e.Evidence, Line: e.Line, Offset: e.Offset})
			k.Keys = briefing.UnionSorted(k.Keys, e.Keys)
			k.Actions = briefing.UnionSorted(k.Actions, e.Actions)
		}
	}
	return out
}

// sameInSource scores two tellings of one happening in one source told with few content words
// ("Singapore introduced the CLS last year" and "since its launch in October 2020" → "Launch of
// CLS"): one's words all in the other's, the same action, compatible dates.
func sameInSource(a, b *briefing.Event) float64 {
	if !a.Date.Compatible(b.Date) || prose.Overlap(a.Actions, b.Actions) == 0 {
		return 0
	}
	small, big := a.Keys, b.Keys
	if len(big) < len(small) {
		small, big = big, small
	}
	if len(small) == 0 || len(small) > 2 || prose.Overlap(small, big) != len(small) {
		return 0
	}
	return 0.5
}

// entry is a timeline entry being built.
type entry struct {
	briefing.TimelineEntry
	keys, acts []string
	dates      map[string][]string
	// members are the first events joined, each matched on its own words (a union of every
	// member's words would draw in any event that shares a name)
	members []*briefing.Event
}

// maxMembers is how many of an entry's events a new event is compared with.
const maxMembers = 8

// sourced is an event with the id of its source.
type sourced struct {
	src string
	e   *briefing.Event
}

// Timeline merges the events of every extraction into one timeline in date order. The same event
// from several sources becomes one entry with the most precise date and every source; when sources
// give different days for it, Conflict says so. Entries of one date that tell the same thing in
// nearly the same words are one entry.
func Timeline(xs []*briefing.Extraction) []briefing.TimelineEntry {
	var all []sourced
	for _, x := range xs {
		for i := range x.Events {
			all = append(all, sourced{x.Source.ID, &x.Events[i]})
		}
	}
	// most precise first, so a later "in 2019" joins an earlier "on 13 June 2019"
	sort.SliceStable(all, func(a, b int) bool { return all[a].e.Date.Precision > all[b].e.Date.Precision })
	var entries []*entry
	byYear := map[int][]*entry{}
	for _, v := range all {
		best := bestEntry(byYear[v.e.Date.Y], v)
		if best == nil {
			best = newEntry(v.e)
			entries = append(entries, best)
			byYear[v.e.Date.Y] = append(byYear[v.e.Date.Y], best)
		}
		best.add(v)
	}
	srcOrder := map[string]int{}
	for i, x := range xs {
		srcOrder[x.Source.ID] = i
	}
	entries = mergeRepeats(entries)
	out := make([]briefing.TimelineEntry, 0, len(entries))
	for _, en := range entries {
		out = append(out, en.finish(srcOrder))
	}
	sort.SliceStable(out, func(a, b int) bool {
		if out[a].Date != out[b].Date {
			return out[a].Date.Before(out[b].Date)
		}
		return out[a].What < out[b].What
	})
	return out
}

// bestEntry returns the entry an event belongs to, or nil: the best agreeing match, else a close
// match that gives a neighbouring day.
func bestEntry(cands []*entry, v sourced) *entry {
	var best *entry
	bestScore := 0.0
	for _, en := range cands {
		if en.Derived != v.e.Derived || contains(en.Sources, v.src) {
			continue // one source's events were kept apart on purpose (DedupeEvents)
		}
		if !en.Date.Compatible(v.e.Date) && en.Date.Precision != briefing.Day || prose.Overlap(en.keys, v.e.Keys) == 0 {
			continue // no member can match: the dates cannot name one time, or no word is shared
		}
		s := 0.0
		for _, m := range en.members {
			if x := sameEvent(en.Date, m.Keys, m.Actions, v.e, true); x > s {
				s = x
			}
		}
		if s == 0 {
			s = conflicting(en, v.e)
		}
		if s > bestScore {
			best, bestScore = en, s
		}
	}
	return best
}

func newEntry(e *briefing.Event) *entry {
	en := &entry{keys: e.Keys, acts: e.Actions, dates: map[string][]string{}}
	en.Date, en.What, en.Derived = e.Date, e.What, e.Derived
	return en
}

// add puts an event's source, date and evidence on the entry.
func (en *entry) add(v sourced) {
	e := v.e
	en.keys = briefing.UnionSorted(en.keys, e.Keys)
	en.acts = briefing.UnionSorted(en.acts, e.Actions)
	if len(en.members) < maxMembers {
		en.members = append(en.members, e)
	}
	if e.Date.Precision == briefing.Day {
		en.dates[e.Date.String()] = appendUnique(en.dates[e.Date.String()], v.src)
	}
	if !contains(en.Sources, v.src) {
		en.Sources = append(en.Sources, v.src)
	}
	en.Citations = append(en.Citations, briefing.Citation{Source: v.src, Line: e.Line, Text: e.Evidence})
	for _, a := range e.Also {
		en.Citations = append(en.Citations, briefing.Citation{Source: v.src, Line: a.Line, Text: a.Text})
	}
}

// finish states the conflict, if any, and puts sources and citations in input order.
func (en *entry) finish(srcOrder map[string]int) briefing.TimelineEntry {
	if len(en.dates) > 1 {
		var parts []string
		for _, d := range sortedKeys(en.dates) {
			parts = append(parts, fmt.Sprintf("%s says %s", strings.Join(en.dates[d], ", "), d))
		}
		en.Conflict = "sources disagree: " + strings.Join(parts, "; ")
	}
	sort.SliceStable(en.Sources, func(a, b int) bool { return srcOrder[en.Sources[a]] < srcOrder[en.Sources[b]] })
	sort.SliceStable(en.Citations, func(a, b int) bool {
		ca, cb := en.Citations[a], en.Citations[b]
		if srcOrder[ca.Source] != srcOrder[cb.Source] {
			return srcOrder[ca.Source] < srcOrder[cb.Source]
		}
		return ca.Line < cb.Line
	})
	return en.TimelineEntry
}

// mergeRepeats joins entries of the same date whose descriptions share most of their content words
// ("The other party has reached backwards" told twice): no two entries tell the same thing.
func mergeRepeats(entries []*entry) []*entry {
	byDate := map[briefing.Date][]*entry{}
	out := entries[:0]
	for _, en := range entries {
		words := contentWords(en.What)
		var into *entry
		for _, k := range byDate[en.Date] {
			if k.Derived == en.Derived && repeats(words, contentWords(k.What)) {
				into = k
				break
			}
		}
		if into == nil {
			byDate[en.Date] = append(byDate[en.Date], en)
			out = append(out, en)
			continue
		}
		into.absorb(en)
	}
	return out
}

// absorb takes another entry's sources, dates and citations.
func (en *entry) absorb(o *entry) {
	for _, s := range o.Sources {
		if !contains(en.Sources, s) {
			en.Sources = append(en.Sources, s)
		}
	}
	for d, srcs := range o.dates {
		for _, s := range srcs {
			en.dates[d] = appendUnique(en.dates[d], s)
		}
	}
	en.Citations = append(en.Citations, o.Citations...)
	en.keys, en.acts = briefing.UnionSorted(en.keys, o.keys), briefing.UnionSorted(en.acts, o.acts)
	for _, m := range o.members {
		if len(en.members) < maxMembers {
			en.members = append(en.members, m)
		}
	}
}

// contentWords are the folded words of a description that are not stopwords.
func contentWords(s string) []string {
	var out []string
	for _, w := range strings.Fields(prose.Fold(s)) {
		if !prose.IsStopword(w) {
			out = append(out, w)
		}
	}
	sort.Strings(out)
	return dedupeSorted(out)
}

func dedupeSorted(s []string) []string {
	out := s[:0]
	for i, w := range s {
		if i == 0 || w != s[i-1] {
			out = append(out, w)
		}
	}
	return out
}

// repeats reports whether two descriptions tell the same thing: at least two content words shared,
// and most of the shorter one's.
func repeats(a, b []string) bool {
	n := prose.Overlap(a, b)
	min := len(a)
	if len(b) < min {
		min = len(b)
	}
	return n >= 2 && float64(n) >= 0.6*float64(min)
}

// conflicting scores an event that matches an entry closely but gives another day close by: the
// same signing reported as the 13th by one paper and the 14th by another.
func conflicting(en *entry, e *briefing.Event) float64 {
	if en.Date.Precision != briefing.Day || e.Date.Precision != briefing.Day {
		return 0
	}
	diff := en.Date.Time().Sub(e.Date.Time()).Hours() / 24
	if diff < -3 || diff > 3 {
		return 0
	}
	shared := prose.Overlap(en.keys, e.Keys)
	acts := prose.Overlap(en.acts, e.Actions)
	minLen := len(e.Keys)
	if len(en.keys) < minLen {
		minLen = len(en.keys)
	}
	if minLen == 0 || acts == 0 || shared < 3 || float64(shared)/float64(minLen) < 0.6 {
		return 0
	}
	return 0.01 // a match, but weaker than any agreeing one
}

func appendUnique(list []string, s string) []string {
	if contains(list, s) {
		return list
	}
	return append(list, s)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func sortedKeys(m map[string][]string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
