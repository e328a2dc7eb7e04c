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
	for _, x := range p.Extractions {
		for _, e := range x.Events {
			if e.Derived && e.Date == it.Entry.Date && len(it.Entry.Citations) > 0 && e.Line == it.Entry.Citations[0].Line {
				return ": " + humanDerived(e.DerivedFrom) + "."
			}
		}
	}
	return "."
}

// humanDerived turns "2022-07-04 + 3 years" into "4 July 2022 + 3 years".
func humanDerived(s string) string {
	base, rest, ok := strings.Cut(s, " + ")
	if !ok {
		return s
	}
	if d, err := briefing.ParseDate(base); err == nil {
		return d.Human() + " + " + rest
	}
	return s
}
