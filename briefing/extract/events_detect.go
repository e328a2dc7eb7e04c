package extract

import (
	"fmt"
	"sort"
	"strings"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/lexicon"
	"github.com/briefpack/briefpack/briefing/prose"
)

// eventFinder holds what event detection gathers over one source.
type eventFinder struct {
	d      *doc
	pub    briefing.Date
	abbr   *abbreviations
	warned map[string]bool
	terms  []term
	dated  []anchor // every dated statement, as anchors for terms
	out    []briefing.Event
	// mentions are every temporal expression, normalised
	mentions []briefing.DateMention
	// storyYear is the last year the text stated, in paragraph storyBlock: the year of a day or
	// month without one in a story told in the past
	storyYear, storyBlock int
}

// anchor is a dated statement a term may run from; its words are worked out only when a term needs
// them (most sources state no term).
type anchor struct {
	ev    briefing.Event
	s     sentence
	e     Expr
	words []string // content words, with and without abbreviations folded; nil until needed
}

// keysOf returns the anchor's content words, both as written and with abbreviations folded ("a
// memorandum of understanding" gives "memorandum" and "mou"), so a term's subject ("The memorandum")
// finds it either way.
func (f *eventFinder) keysOf(a *anchor) []string {
	if a.words == nil {
		what, folded := a.ev.What, a.ev.Keys
		if what == "" {
			what = describeEvent(a.s.text, a.s.toks, a.e, false)
			folded, _ = eventKeys(what, f.abbr)
		}
		plain, _ := eventKeys(what, nil)
		a.words = briefing.UnionSorted(folded, plain)
		if a.words == nil {
			a.words = []string{}
		}
	}
	return a.words
}

// term is a stated term ("will remain in force for 4 years") waiting for its start date.
type term struct {
	s    sentence
	e    Expr
	line int
}

// findEvents finds dated statements: every temporal expression that resolves to a date, in a sentence
// that says something happened (or will). Dates that cannot be placed (no year and no published date)
// become warnings, never guesses.
func findEvents(d *doc) ([]briefing.Event, []briefing.DateMention) {
	f := &eventFinder{d: d, pub: d.src.Published, abbr: foldAbbreviations(plainAcronyms(d)), warned: map[string]bool{}}
	for _, s := range d.sents {
		f.sentence(s)
	}
	for _, t := range f.terms {
		f.termEnd(t)
	}
	sort.SliceStable(f.out, func(i, j int) bool { return f.out[i].Offset < f.out[j].Offset })
	return f.out, f.mentions
}

// plainAcronyms are the source's acronyms, with those its markup hid ("[Cybersecurity Labelling
// Scheme](…) (CLS)") read from the plain text.
func plainAcronyms(d *doc) []prose.Acronym {
	out := append([]prose.Acronym(nil), d.acronyms...)
	seen := map[string]bool{}
	for _, a := range out {
		seen[a.Short] = true
	}
	for _, s := range d.sents {
		if !strings.Contains(s.text, "](") {
			continue
		}
		for _, a := range prose.Acronyms(plainSentence(s.text)) {
			if !seen[a.Short] {
				seen[a.Short] = true
				out = append(out, a)
			}
		}
	}
	return out
}

// warn records a problem once per line.
func (f *eventFinder) warn(line int, msg string) {
	key := fmt.Sprintf("%d:%s", line, msg)
	if !f.warned[key] {
		f.warned[key] = true
		f.d.warn(fmt.Sprintf("line %d: %s", line, msg))
	}
}

// sentence finds the dated statements of one sentence, and lists every date it mentions.
func (f *eventFinder) sentence(s sentence) {
	exprs := findDates(s.text, s.toks)
	if len(exprs) == 0 {
		return
	}
	c := sentenceFacts{
		future: isFuture(s.toks), tensed: pastOrFuture(s.toks), line: f.d.src.LineAt(s.start), many: len(exprs) > 1,
		action: hasAction(s.toks) || isDatedListItem(s.toks, exprs[0]),
	}
	c.dateline, c.isDateline = datelineIn(s, exprs)
	for _, e := range exprs {
		if e.Kind == ExprDuration {
			f.terms = append(f.terms, term{s, e, c.line})
			continue
		}
		f.expression(s, e, &c)
	}
}

// sentenceFacts are what the expressions of one sentence share.
type sentenceFacts struct {
	future, tensed, action, many bool
	line                         int
	dateline                     Expr
	isDateline                   bool
}

// expression lists one expression of s and, when it dates a happening, makes its event.
func (f *eventFinder) expression(s sentence, e Expr, c *sentenceFacts) {
	toks := s.toks
	ea, eb := tokenRange(toks, e.Start, e.End)
	fut := tenseNear(toks, ea, eb, c.future)
	f.inStory(&e, s, fut, c.tensed)
	if e.Kind == ExprPartial && (!c.future && nearestVerb(toks, ea, eb) < 0 || isModifierDate(toks, ea, eb)) {
		e.Nearest = true // no tense to go by, or a date naming a thing ("the June 23 referendum")
	}
	f.mention(s, e, fut)
	if e.Kind == ExprRelative && e.Relative == "today" && e.Explicit == nil && !c.tensed {
		return // "Today the ideas travel both ways": nowadays, not a date
	}
	if c.isDateline && e.Start == c.dateline.Start && (c.many || f.isPublished(e)) {
		return // "VALLEN, 3 March 2022 (Wire) – … yesterday": the publication date, not an event's
	}
	date, prob := Resolve(e, f.pub, fut)
	act := c.action || isDayExpr(e) && hasPresentVerb(toks) || namesHappening(toks, ea, eb)
	if prob != "" {
		if act {
			f.warn(c.line, fmt.Sprintf("“%s” cannot be dated: %s", e.Text, prob))
		}
		return
	}
	ev := briefing.Event{Date: date, Evidence: s.text, Line: c.line, Offset: s.start, Expr: e.Text}
	if !act || notEvent(f.d, s, e, ea, eb) != "" {
		f.dated = append(f.dated, anchor{ev: ev, s: s, e: e}) // an anchor for a term, not an event
		return
	}
	ds, de := s, e
	if f.d.insideQuotation(s, e.Start) { // a quoted fact: described from the quoted words
		ds, de = quotedPart(s, e, ea, eb)
	}
	what, reported := f.describe(ds, de, false)
	ev.What = what
	ev.Keys, ev.Actions = eventKeys(ev.What, f.abbr)
	if reported != "" {
		ev.Actions = []string{prose.Stem(reported)} // the event is the statement
	}
	f.dated = append(f.dated, anchor{ev: ev})
	f.out = append(f.out, ev)
}

// inStory gives a day or month without a year the year the story last stated, when it is told in the
// past in the same paragraph or the next and that year is well before the publication ("In May 2001,
// … In August, she flew to New York"); and notes the years the text states.
func (f *eventFinder) inStory(e *Expr, s sentence, future, tensed bool) {
	switch {
	case e.Kind == ExprAbsolute && e.Year > 0 && !e.Decade && !e.Fiscal:
		f.storyYear, f.storyBlock = e.Year, s.block
	case e.Kind == ExprPartial && e.Year == 0 && !future && tensed && f.storyYear > 0 && f.pub.Y > 0 &&
		f.storyYear < f.pub.Y-1 && s.block-f.storyBlock <= 1:
		e.Year, e.Kind, e.Context = f.storyYear, ExprAbsolute, true
	}
}

// isPublished reports whether e states the publication date itself.
func (f *eventFinder) isPublished(e Expr) bool {
	d, prob := Resolve(e, f.pub, false)
	return prob == "" && d == f.pub
}

// quotedPart returns the quotation holding the date at tokens [ea, eb) of s as a sentence of its
// own, with e moved into it.
func quotedPart(s sentence, e Expr, ea, eb int) (sentence, Expr) {
	qa, qb := quotedAround(s.toks, ea, eb)
	if qa >= qb || qb > len(s.toks) {
		return s, e
	}
	from, to := s.toks[qa].Start, s.toks[qb-1].End
	text := strings.TrimRight(s.text[from:to], ",")
	q := sentence{block: s.block, start: s.start + from, end: s.start + from + len(text), text: text, toks: prose.Tokenize(text)}
	e.Start, e.End = e.Start-from, e.End-from
	if e.Explicit != nil {
		x := *e.Explicit
		x.Start, x.End = x.Start-from, x.End-from
		e.Explicit = &x
	}
	return q, e
}

// mention lists one expression with its normalised value.
func (f *eventFinder) mention(s sentence, e Expr, future bool) {
	n, _ := Normalize(e, f.pub, future)
	off := s.start + e.Start
	f.mentions = append(f.mentions, briefing.DateMention{
		Text: f.d.src.Text[off : s.start+e.End], Value: n.Value, Precision: n.Precision,
		Line: f.d.src.LineAt(off), Offset: off, Anchor: n.Anchor,
	})
}

// isDayExpr: a weekday or "today", "tomorrow": with a verb in the present, news tells what happens
// that day.
func isDayExpr(e Expr) bool {
	return e.Kind == ExprWeekday || e.Relative == "today" || e.Relative == "tomorrow"
}

// isDatedListItem: a line of a dated list, "March 4 – The agency detects …", states an event in the
// present tense.
func isDatedListItem(toks []prose.Token, first Expr) bool {
	_, eb := tokenRange(toks, first.Start, first.End)
	return first.Start == 0 && eb < len(toks) && (toks[eb].Text == "–" || toks[eb].Text == "—" || toks[eb].Text == "-" || toks[eb].Text == ":") &&
		first.Kind != ExprDuration
}

// termEnd turns a stated term into the event of its end: it runs from the event it is about.
func (f *eventFinder) termEnd(t term) {
	base := f.termStart(t)
	if base.IsZero() {
		f.warn(t.line, fmt.Sprintf("“%s” gives a term, but no start date is known", t.e.Text))
		return
	}
	end := AddDuration(base, t.e.N, t.e.Unit)
	ev := briefing.Event{
		Date: end, What: f.termWhat(t), Evidence: t.s.text, Line: t.line, Offset: t.s.start,
		Expr: t.e.Text, Derived: true, DerivedFrom: fmt.Sprintf("%s + %d %s%s", base, t.e.N, t.e.Unit, plural(t.e.N)),
	}
	ev.Keys, ev.Actions = eventKeys(ev.What, f.abbr)
	f.out = append(f.out, ev)
}

// termWhat describes a term's end; when the description stops right before the term ("…, committing
// both teams" of "… to three further years"), the term is given back.
func (f *eventFinder) termWhat(t term) string {
	what, _ := f.describe(t.s, t.e, true)
	if strings.Contains(what, t.e.Text) {
		return what
	}
	if ws := strings.Fields(what); len(ws) >= 2 && strings.Contains(squeezeSpace(t.s.text), strings.Join(ws[len(ws)-2:], " ")+" "+t.e.Text) {
		what += " " + t.e.Text // its last words are the ones right before the term
	}
	return what
}

// termStart is the start of a term: the latest earlier statement sharing most words with the term's
// subject; else the last date in this paragraph or the one before ("It ran for three years"); else the
// published date.
func (f *eventFinder) termStart(t term) briefing.Date {
	subj := subjectOf(t.s.text[:t.e.Start])
	folded, _ := eventKeys(subj, f.abbr)
	plain, _ := eventKeys(subj, nil)
	keys := briefing.UnionSorted(folded, plain)
	var base briefing.Date
	bestShared := 0
	for i := range f.dated {
		ev := &f.dated[i].ev
		if ev.Offset > t.s.start || ev.Date.Precision < Month {
			continue // an earlier statement, or the term's own sentence ("signed on 3 March, committing them to …")
		}
		if n := prose.Overlap(keys, f.keysOf(&f.dated[i])); n >= bestShared && n > 0 {
			base, bestShared = ev.Date, n
		}
	}
	if !base.IsZero() {
		return base
	}
	for _, a := range f.dated {
		if ev := a.ev; ev.Offset < t.s.start && ev.Date.Precision >= Month {
			if b := f.d.sentenceAt(ev.Offset); b >= 0 && f.d.sents[b].block >= t.s.block-1 {
				base = ev.Date
			}
		}
	}
	if !base.IsZero() {
		return base
	}
	return f.pub
}

// subjectOf returns the words of a clause before its first verb: "The new MoU will remain …" → "The
// new MoU"; "It ran …" → "It".
func subjectOf(s string) string {
	for _, t := range prose.Tokenize(s) {
		if t.Kind == prose.Word && (is(&t, tagFutureCue|tagIrregularPast|tagPresentEvent|tagAuxiliary) || isParticiple(t) || lexicon.DurationVerbs[t.Lower()]) {
			return s[:t.Start]
		}
	}
	return s
}

// tokenRange returns the tokens [a, b) that lie inside byte range [start, end).
func tokenRange(toks []prose.Token, start, end int) (a, b int) {
	a, b = -1, -1
	for i, t := range toks {
		if t.Start >= start && t.End <= end {
			if a < 0 {
				a = i
			}
			b = i + 1
		}
	}
	if a < 0 {
		return 0, 0
	}
	return a, b
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
