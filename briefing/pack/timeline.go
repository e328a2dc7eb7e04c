package pack

import (
	"strings"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/prose"
)

// prepareTimeline works out how each entry reads: ahead of the pack's date or not, its description
// or the source's sentence, the sentence before when it leans on it, and its signing.
func (p *Pack) prepareTimeline() {
	texts := p.texts()
	day := p.Settings.Date
	for i := range p.Timeline {
		it := &p.Timeline[i]
		e := it.Entry
		it.Ahead = !day.IsZero() && !e.Date.IsZero() && e.Date.Time().After(day.Time())
		it.Shown = Curly(e.What)
		it.Signing = p.signingOf(it.Key)
		if it.Added || it.Edited && e.What != "" || len(e.Citations) == 0 {
			continue
		}
		c := e.Citations[0]
		if saysNothing(e.What) || strings.HasSuffix(strings.TrimSpace(e.What), "…") {
			if ev := Curly(oneLine(c.Text)); ev != "" {
				it.Shown, it.Quoted = ev, true
			}
			continue
		}
		if opensWithReference(e.What) {
			if t := texts[c.Source]; t != nil {
				if k := t.find(c.Text, c.Line); k >= 0 {
					if b := t.before(k); b >= 0 {
						it.Context = &Stated{Text: t.text(b), Citation: t.citation(b)}
					}
				}
			}
		}
	}
	p.flagTermConflicts()
}

// saysNothing reports whether a description is only a subject and a verb of saying ("Both agencies
// announced in a press statement", "The two agencies said in a joint release").
func saysNothing(what string) bool {
	ws := strings.Fields(prose.Fold(what))
	said := false
	rest := 0
	for _, w := range ws {
		switch {
		case reportingVerbs[w]:
			said = true
		case prose.IsStopword(w), sayingNouns[w]:
		default:
			rest++
		}
	}
	return said && rest <= 2
}

// SignedHere is the signing the entry is dated by, whose signatories and witnesses its list shows;
// nil for an entry that only reports a signing dated by another ("… have signed an MoU, both
// agencies announced" the day after), so the same names are not listed twice.
func (it TimelineItem) SignedHere() *Signing {
	if it.Signing == nil || it.Signing.Key != it.Key {
		return nil
	}
	return it.Signing
}

// Label is the entry's text for a list: what the pack shows, quoted when it is the source's sentence.
func (it TimelineItem) Label() string {
	if it.Quoted {
		return "“" + it.Shown + "”"
	}
	if it.Shown == "" {
		return it.Entry.What
	}
	return it.Shown
}

// DateLabel is the entry's date as both packs print it: with how precise the sources are ("June
// 2019 (month only)", "2019 (year only)"), or, for a date worked out from a stated term, what the
// date is — "July 2025 — end of a stated term" — since the end of a term read as a bare month would
// look like a start.
func (it TimelineItem) DateLabel() string {
	e := it.Entry
	date := e.Date.Human()
	switch {
	case e.Derived:
		date += " — end of a stated term"
	case e.Date.Precision == briefing.Month:
		date += " (month only)"
	case e.Date.Precision == briefing.Year:
		date += " (year only)"
	}
	return date
}

// DerivedWorking is the working of a derived date, as both packs show it after "Derived date":
// ": 4 July 2022 + 3 years.", or "." when the event it was derived for is not found.
func (p *Pack) DerivedWorking(it TimelineItem) string {
	if from := p.derivedFrom(it); from != "" {
		return ": " + humanDerived(from) + "."
	}
	return "."
}

// derivedFrom is the working the extraction gives a derived entry ("2022-07-04 + 3 years"), or "".
func (p *Pack) derivedFrom(it TimelineItem) string {
	for _, x := range p.Extractions {
		for _, e := range x.Events {
			if e.Derived && e.Date == it.Entry.Date && len(it.Entry.Citations) > 0 && e.Line == it.Entry.Citations[0].Line {
				return e.DerivedFrom
			}
		}
	}
	return ""
}

// flagTermConflicts marks the ends of terms worked out from one start but stated differently ("three
// further years" and "4 years" from the same signing): the sources disagree on how long it runs,
// though no two of them give one event two dates.
func (p *Pack) flagTermConflicts() {
	byStart := map[string][]int{}
	termOf := map[int]string{} // timeline index → its term ("3 years")
	var starts []string
	for i, it := range p.Timeline {
		if !it.Entry.Derived {
			continue
		}
		start, term, ok := strings.Cut(p.derivedFrom(it), " + ")
		if !ok {
			continue
		}
		if byStart[start] == nil {
			starts = append(starts, start)
		}
		byStart[start] = append(byStart[start], i)
		termOf[i] = term
	}
	for _, start := range starts {
		idx := byStart[start]
		var parts []string
		terms := map[string]bool{}
		for _, i := range idx {
			terms[termOf[i]] = true
			parts = append(parts, strings.Join(p.Timeline[i].Entry.Sources, ", ")+" says "+termOf[i])
		}
		if len(terms) < 2 {
			continue
		}
		for _, i := range idx {
			if e := &p.Timeline[i].Entry; e.Conflict == "" {
				e.Conflict = "sources disagree on the term from " + humanDate(start) + ": " + strings.Join(parts, "; ")
			}
		}
	}
}

// humanDate writes an ISO date as the packs do ("2025-03-03" → "3 March 2025").
func humanDate(iso string) string {
	if d, err := briefing.ParseDate(iso); err == nil {
		return d.Human()
	}
	return iso
}

// humanDerived turns "2022-07-04 + 3 years" into "4 July 2022 + 3 years".
func humanDerived(s string) string {
	base, rest, ok := strings.Cut(s, " + ")
	if !ok {
		return s
	}
	return humanDate(base) + " + " + rest
}
