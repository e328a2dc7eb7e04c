package extract

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/lexicon"
	"github.com/briefpack/briefpack/briefing/prose"
)

// hasAction reports whether a sentence states that something happened or will happen: a past tense,
// a future, or an event verb in the present.
func hasAction(toks []prose.Token) bool {
	for i := range toks {
		if isActionAt(toks, i, i-1) {
			return true
		}
	}
	return false
}

// isActionAt reports whether toks[i] is a verb that reports an event; prev is the index of the word
// before it (-1 for none).
func isActionAt(toks []prose.Token, i, prev int) bool {
	t := toks[i]
	if t.Kind != prose.Word {
		return false
	}
	lw := t.Lower()
	switch {
	case lexicon.FutureCues[lw], lexicon.IrregularPast[lw]:
		return true
	case lexicon.PresentEventVerbs[lw]:
		// "UK and Singapore sign MoU" is a verb; "the best sign" is a noun
		if prev >= 0 {
			p := toks[prev]
			return !lexicon.Determiners[p.Lower()] && (p.IsCap() || p.IsAllCaps() || strings.HasSuffix(lw, "s") || p.Is("to"))
		}
	case len(lw) > 4 && strings.HasSuffix(lw, "ed") && !lexicon.NotVerbsEd[lw] && (!t.IsCap() || prev < 0):
		return true
	}
	return false
}

// pastOrFuture reports whether a sentence has a past or future verb, not only a present one.
func pastOrFuture(toks []prose.Token) bool {
	for i, t := range toks {
		lw := t.Lower()
		if t.Kind == prose.Word && (lexicon.FutureCues[lw] || lexicon.IrregularPast[lw] || len(lw) > 4 && strings.HasSuffix(lw, "ed") && !lexicon.NotVerbsEd[lw] && (!t.IsCap() || i == 0)) {
			return true
		}
	}
	return false
}

// tenseNear decides whether the verb nearest to tokens [ea, eb) looks forward: "will arrive in
// April" (future) against "after they renewed it on Monday" (past). Without a verb near it, the
// sentence decides.
func tenseNear(toks []prose.Token, ea, eb int, sentenceFuture bool) bool {
	best, dist := -1, 1<<30
	for i, t := range toks {
		if i >= ea && i < eb || t.Kind != prose.Word {
			continue
		}
		lw := t.Lower()
		if !(lexicon.FutureCues[lw] || isParticiple(t) || lexicon.IrregularPast[lw]) {
			continue
		}
		d := ea - i
		if i >= eb {
			d = i - eb + 1
		}
		if d < dist {
			best, dist = i, d
		}
	}
	if best < 0 {
		return sentenceFuture
	}
	if lexicon.FutureCues[toks[best].Lower()] {
		return true
	}
	// "will be signed on …": a participle right after a future auxiliary is future
	for j := best - 1; j >= 0 && j >= best-3; j-- {
		if lexicon.FutureCues[toks[j].Lower()] {
			return true
		}
	}
	return false
}

func isFuture(toks []prose.Token) bool {
	for i, t := range toks {
		lw := t.Lower()
		if lexicon.FutureCues[lw] {
			return true
		}
		if i+1 < len(toks) && toks[i+1].Is("to") && (lw == "due" || lw == "plans" || lw == "expected" || lw == "scheduled" || lw == "set" || lw == "intends") {
			return true
		}
	}
	return false
}

// findEvents finds dated statements: every temporal expression that resolves to a date, in a sentence
// that says something happened (or will). Dates that cannot be placed (no year and no published date)
// become warnings, never guesses.
func findEvents(d *doc) []briefing.Event {
	var out []briefing.Event
	pub := d.src.Published
	warned := map[string]bool{}
	warn := func(line int, msg string) {
		key := fmt.Sprintf("%d:%s", line, msg)
		if !warned[key] {
			warned[key] = true
			d.warn(fmt.Sprintf("line %d: %s", line, msg))
		}
	}
	type term struct {
		s    sentence
		e    Expr
		line int
	}
	var terms []term
	var dated []briefing.Event // every dated statement, as anchors for terms
	abbr := foldAbbreviations(d.acronyms)
	for _, s := range d.sents {
		toks := s.toks
		exprs := findDates(s.text, toks)
		if len(exprs) == 0 {
			continue
		}
		future := isFuture(toks)
		action := hasAction(toks)
		line := d.src.LineAt(s.start)
		for _, e := range exprs {
			if e.Kind == ExprDuration {
				terms = append(terms, term{s, e, line})
				continue
			}
			ea, eb := tokenRange(toks, e.Start, e.End)
			if e.Kind == ExprRelative && e.Relative == "today" && e.Explicit == nil && !pastOrFuture(toks) {
				continue // "Today the ideas travel both ways": nowadays, not a date
			}
			date, prob := Resolve(e, pub, tenseNear(toks, ea, eb, future))
			if prob != "" {
				if action {
					warn(line, fmt.Sprintf("“%s” cannot be dated: %s", e.Text, prob))
				}
				continue
			}
			ev := briefing.Event{Date: date, What: describeEvent(s.text, toks, e, false), Evidence: s.text, Line: line, Offset: s.start, Expr: e.Text}
			ev.Keys, ev.Actions = eventKeys(ev.What, abbr)
			dated = append(dated, ev)
			if action {
				out = append(out, ev)
			}
		}
	}
	// a stated term ("will remain in force for 4 years") runs from the event it is about: the
	// latest earlier statement sharing most words with the term's subject, else the published date
	for _, t := range terms {
		keys, _ := eventKeys(subjectOf(t.s.text[:t.e.Start]), abbr)
		var base briefing.Date
		bestShared := 0
		for _, ev := range dated {
			if ev.Offset >= t.s.start || ev.Date.Precision < Month {
				continue
			}
			if n := prose.Overlap(keys, ev.Keys); n >= bestShared && n > 0 {
				base, bestShared = ev.Date, n
			}
		}
		if base.IsZero() { // "It ran for three years": the last date in this paragraph or the one before
			for _, ev := range dated {
				if ev.Offset < t.s.start && ev.Date.Precision >= Month {
					if b := d.sentenceAt(ev.Offset); b >= 0 && d.sents[b].block >= t.s.block-1 {
						base = ev.Date
					}
				}
			}
		}
		if base.IsZero() {
			base = pub
		}
		if base.IsZero() {
			warn(t.line, fmt.Sprintf("“%s” gives a term, but no start date is known", t.e.Text))
			continue
		}
		end := AddDuration(base, t.e.N, t.e.Unit)
		ev := briefing.Event{
			Date: end, What: describeEvent(t.s.text, t.s.toks, t.e, true), Evidence: t.s.text, Line: t.line, Offset: t.s.start,
			Expr: t.e.Text, Derived: true, DerivedFrom: fmt.Sprintf("%s + %d %s%s", base, t.e.N, t.e.Unit, plural(t.e.N)),
		}
		ev.Keys, ev.Actions = eventKeys(ev.What, abbr)
		out = append(out, ev)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Offset < out[j].Offset })
	return out
}

// subjectOf returns the words of a clause before its first verb: "The new MoU will remain …" → "The
// new MoU"; "It ran …" → "It".
func subjectOf(s string) string {
	for _, t := range prose.Tokenize(s) {
		lw := t.Lower()
		if t.Kind == prose.Word && (lexicon.FutureCues[lw] || lexicon.IrregularPast[lw] || lexicon.PresentEventVerbs[lw] || lexicon.Auxiliaries[lw] || isParticiple(t) || lexicon.DurationVerbs[lw]) {
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

// describeEvent turns the sentence that states an event into a short description in the source's own
// words: the date phrase, bracketed abbreviations and trailing detail are removed; a relative clause that
// carries the date is reattached to its noun ("the Agreement, which came into force on 1 May" → "The
// Agreement came into force").
func describeEvent(sent string, toks []prose.Token, e Expr, keepDate bool) string {
	drop := make([]bool, len(toks))
	ea, eb := -1, -1
	for i, t := range toks {
		if t.Start >= e.Start && t.End <= e.End {
			if ea < 0 {
				ea = i
			}
			eb = i + 1
		}
	}
	if ea < 0 {
		return cleanWhat(sent)
	}
	if ea > 0 {
		switch toks[ea-1].Lower() {
		case "until", "till", "through", "by", "before", "after", "since":
			keepDate = true // "will run until 2027": the date is the point of the statement
		}
	}
	if !keepDate {
		for i := ea; i < eb; i++ {
			drop[i] = true
		}
		// the preposition that introduced it: "in 2019", "on Thursday", "in January this year"
		if ea > 0 && (toks[ea-1].Is("in") || toks[ea-1].Is("on") || toks[ea-1].Is("during") || toks[ea-1].Is("at")) {
			drop[ea-1] = true
			ea--
		}
		// an introductory "In October 2020," or a parenthetical ", on Friday,"
		if eb < len(toks) && toks[eb].Text == "," && (ea == 0 || toks[ea-1].Text == ",") {
			drop[eb] = true
		}
	}
	// bracketed short asides: "(GDS)", "(U.K.)", "(Jun 13)"
	for i := 0; i < len(toks); i++ {
		if toks[i].Text != "(" {
			continue
		}
		for j := i + 1; j < len(toks) && j <= i+7; j++ {
			if toks[j].Text == ")" {
				for k := i; k <= j; k++ {
					drop[k] = true
				}
				break
			}
		}
	}
	dropAsides(toks, drop, ea, eb)
	lo, hi := clauseAround(toks, ea, eb)
	// "X builds on a declaration signed in 2019 and will run until 2027": two clauses sharing a subject
	if and := coordinateAnd(toks, drop, lo, hi); and > 0 {
		if ea > and {
			subj := subjectEnd(toks, lo, and)
			return cleanWhat(assemble(sent, toks, drop, lo, subj) + " " + assemble(sent, toks, drop, and+1, hi))
		}
		hi = and
	}
	text := assemble(sent, toks, drop, lo, hi)
	// a non-restrictive ", which … ," clause holding the date: prefer the main clause when it has a verb
	if w := whichClause(toks, ea); w >= 0 {
		end := len(toks)
		for j := eb; j < len(toks); j++ {
			if toks[j].Text == "," {
				end = j
				break
			}
		}
		mainDrop := append([]bool(nil), drop...)
		for k := w - 1; k <= end && k < len(toks); k++ {
			mainDrop[k] = true
		}
		if hasActionRange(toks, mainDrop) {
			text = assemble(sent, toks, mainDrop, 0, len(toks))
		} else {
			np := nounPhraseBefore(toks, w-1)
			text = assemble(sent, toks, drop, np, w-1) + " " + assemble(sent, toks, drop, w+1, end)
		}
	} else if t := thatClause(toks, ea); t >= 0 {
		np := nounPhraseBefore(toks, t)
		text = assemble(sent, toks, drop, np, t) + " " + assemble(sent, toks, drop, t+1, hi)
	} else if seg := verbSegment(toks, drop, ea, eb); seg != nil {
		text = assemble(sent, toks, drop, seg[0], seg[1])
	} else if p := participleClause(toks, drop, ea); p >= 0 {
		if p == 0 { // "Launched in January by X, the campaign …"
			comma := len(toks)
			for j := eb; j < len(toks); j++ {
				if toks[j].Text == "," {
					comma = j
					break
				}
			}
			subj := subjectAfter(toks, comma+1)
			text = assemble(sent, toks, drop, comma+1, subj) + " " + lowerFirst(assemble(sent, toks, drop, 0, comma))
		} else { // "…, the X campaign, launched in January by Y"
			np := nounPhraseBefore(toks, p-1)
			end := len(toks)
			for j := eb; j < len(toks); j++ {
				if toks[j].Text == "," && !(j+1 < len(toks) && toks[j+1].IsCap()) {
					end = j
					break
				}
			}
			text = assemble(sent, toks, drop, np, p-1) + " " + assemble(sent, toks, drop, p, end)
		}
	}
	return cleanWhat(text)
}

// verbSegment returns the comma-delimited stretch around the date when the sentence has several and
// that stretch has its own verb: "X have signed an MoU, both agencies announced on Friday" → "both
// agencies announced". It returns nil when the date sits in the sentence's only clause.
func verbSegment(toks []prose.Token, drop []bool, ea, eb int) []int {
	lo, hi := 0, len(toks)
	for i := ea - 1; i >= 0; i-- {
		if toks[i].Text == "," && !drop[i] {
			lo = i + 1
			break
		}
	}
	for i := eb; i < len(toks); i++ {
		if toks[i].Text == "," && !drop[i] {
			hi = i
			break
		}
	}
	if lo == 0 && hi == len(toks) {
		return nil
	}
	// "but announced today by X" → "announced by X"; "a week after X renewed it" → "X renewed it"
	for lo < hi && (toks[lo].Is("but") || toks[lo].Is("and") || toks[lo].Is("while")) {
		lo++
	}
	if k := subordinatorEnd(toks, lo, hi); k > lo {
		lo = k
	}
	if lo < hi && (isParticiple(toks[lo]) || lexicon.PresentEventVerbs[toks[lo].Lower()] || lexicon.FutureCues[toks[lo].Lower()]) {
		return nil // no subject of its own: the sentence says it better
	}
	seg := toks[lo:hi]
	words := 0
	for i, t := range seg {
		if t.Kind == prose.Word && !drop[lo+i] {
			words++
		}
	}
	if words < 3 || participleClause(toks, drop, ea) == lo || !hasActionRange(seg, drop[lo:hi]) {
		return nil
	}
	return []int{lo, hi}
}

// subordinatorEnd skips an opening "after", "when", "a week after" and the like; it returns lo when
// there is none.
func subordinatorEnd(toks []prose.Token, lo, hi int) int {
	j := lo
	if j+1 < hi && (toks[j].Is("a") || toks[j].Is("an") || toks[j].Is("one") || toks[j].Is("two") || toks[j].Is("three") || toks[j].Kind == prose.Number) {
		switch strings.TrimSuffix(toks[j+1].Lower(), "s") {
		case "day", "week", "month", "year", "fortnight":
			j += 2
		}
	}
	if j < hi {
		switch toks[j].Lower() {
		case "after", "before", "when", "since", "as", "because", "while", "until", "once", "where":
			return j + 1
		}
	}
	return lo
}

// dropAsides removes ", which … ," and ", who … ," clauses that do not hold the date, when the
// sentence keeps a verb without them: "the Accord, which governs X, came into force" → "the Accord came
// into force".
func dropAsides(toks []prose.Token, drop []bool, ea, eb int) {
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].Text != "," || !(toks[i+1].Is("which") || toks[i+1].Is("who")) {
			continue
		}
		end := -1
		for j := i + 2; j < len(toks); j++ {
			if toks[j].Text == "," {
				end = j
				break
			}
		}
		if end < 0 || ea >= i && ea <= end {
			continue
		}
		trial := append([]bool(nil), drop...)
		for k := i; k < end; k++ {
			trial[k] = true
		}
		if hasActionRange(toks, trial) {
			copy(drop, trial)
			drop[end] = true
		}
		i = end
	}
}

// coordinateAnd finds an "and" that joins a second verb phrase to the clause ("… signed in 2019 and
// will run until 2027"), or -1.
func coordinateAnd(toks []prose.Token, drop []bool, lo, hi int) int {
	verbs := 0
	for i := lo; i < hi; i++ {
		if drop[i] {
			continue
		}
		t := toks[i]
		if t.Is("and") && verbs > 0 && i+1 < hi {
			n := toks[i+1]
			if lexicon.FutureCues[n.Lower()] || lexicon.Auxiliaries[n.Lower()] || lexicon.PresentEventVerbs[n.Lower()] || isParticiple(n) && !n.IsCap() {
				return i
			}
		}
		if isActionAt(toks, i, i-1) || lexicon.Auxiliaries[t.Lower()] {
			verbs++
		}
	}
	return -1
}

// subjectEnd returns where the subject of the clause [lo, hi) ends: before its first verb.
func subjectEnd(toks []prose.Token, lo, hi int) int {
	for i := lo; i < hi; i++ {
		t := toks[i]
		lw := t.Lower()
		if t.Kind == prose.Word && i > lo && (lexicon.FutureCues[lw] || lexicon.Auxiliaries[lw] || lexicon.IrregularPast[lw] || isParticiple(t) && !t.IsCap() || strings.HasSuffix(lw, "s") && presentVerbLike(toks, i)) {
			return i
		}
	}
	return hi
}

// presentVerbLike guesses a present-tense verb after a noun subject: "The agreement builds …".
func presentVerbLike(toks []prose.Token, i int) bool {
	t := toks[i]
	if t.IsCap() || i == 0 || prose.IsStopword(t.Lower()) {
		return false
	}
	prev := toks[i-1]
	return prev.Kind == prose.Word && !prose.IsStopword(prev.Lower()) && i+1 < len(toks) && (prose.IsStopword(toks[i+1].Lower()) || toks[i+1].Is("on"))
}

// clauseAround returns the token range of the clause holding the date: the sentence, cut at "; ".
func clauseAround(toks []prose.Token, ea, eb int) (lo, hi int) {
	lo, hi = 0, len(toks)
	for i := ea - 1; i >= 0; i-- {
		if toks[i].Text == ";" {
			lo = i + 1
			break
		}
	}
	for i := eb; i < len(toks); i++ {
		if toks[i].Text == ";" {
			hi = i
			break
		}
	}
	return lo, hi
}

// hasActionRange is hasAction on the tokens not dropped.
func hasActionRange(toks []prose.Token, drop []bool) bool {
	prev := -1 // index of the previous kept token
	for i := range toks {
		if drop[i] {
			continue
		}
		if isActionAt(toks, i, prev) {
			return true
		}
		prev = i
	}
	return false
}

// whichClause finds ", which"/", who" opening a clause that holds the date at ea; it returns the index
// of "which"/"who", or -1.
func whichClause(toks []prose.Token, ea int) int {
	for i := ea - 1; i > 0 && i >= ea-8; i-- {
		if toks[i].Text == "," && i != ea-1 {
			if i+1 < len(toks) && (toks[i+1].Is("which") || toks[i+1].Is("who")) {
				return i + 1
			}
			return -1
		}
	}
	return -1
}

// thatClause finds a restrictive "that" just before the date ("the Agreement that came into force on …").
func thatClause(toks []prose.Token, ea int) int {
	for i := ea - 1; i > 0 && i >= ea-6; i-- {
		if toks[i].Text == "," {
			return -1
		}
		if toks[i].Is("that") || toks[i].Is("which") {
			if toks[i-1].IsCap() || toks[i-1].Text == ")" || toks[i-1].Kind == prose.Word && !prose.IsStopword(toks[i-1].Lower()) {
				return i
			}
			return -1
		}
	}
	return -1
}

func isParticiple(t prose.Token) bool {
	lw := t.Lower()
	return t.Kind == prose.Word && (len(lw) > 4 && strings.HasSuffix(lw, "ed") && !lexicon.NotVerbsEd[lw] || lexicon.IrregularPast[lw])
}

func isReducedParticiple(t prose.Token) bool {
	lw := t.Lower()
	return t.Kind == prose.Word && (len(lw) > 4 && strings.HasSuffix(lw, "ed") && !lexicon.NotVerbsEd[lw] || lexicon.IrregularParticiples[lw])
}

// participleClause finds a reduced clause holding the date: ", launched in January …" (returns the
// participle's index) or a sentence that opens "Launched in January …," (returns 0). Commas already
// dropped (asides) do not count.
func participleClause(toks []prose.Token, drop []bool, ea int) int {
	if len(toks) > 0 && isReducedParticiple(toks[0]) {
		ok := true
		for i := 1; i < ea; i++ {
			if toks[i].Text == "," && !drop[i] {
				ok = false
				break
			}
		}
		if ok {
			return 0
		}
	}
	for i := ea - 1; i > 0 && i >= ea-5; i-- {
		if toks[i].Text == "," && !drop[i] {
			if i+1 < ea && isReducedParticiple(toks[i+1]) {
				return i + 1
			}
			return -1
		}
	}
	return -1
}

// nounPhraseBefore walks back from token end over a noun phrase: capitalised words, a quoted name, the
// article; it stops at a lower-case preposition or verb.
func nounPhraseBefore(toks []prose.Token, end int) int {
	i := end - 1
	inQuote := false
	for i >= 0 {
		t := toks[i]
		switch {
		case t.Text == "\"" || t.Text == "“" || t.Text == "”":
			inQuote = !inQuote
		case inQuote:
		case t.Text == "(" || t.Text == ")":
		case t.Kind == prose.Word && (t.IsCap() || t.IsAllCaps()):
		case t.Is("the") || t.Is("a") || t.Is("an"):
			return i
		case (t.Is("of") || t.Is("for") || t.Is("and")) && i > 0 && toks[i-1].IsCap():
		case t.Kind == prose.Word && !prose.IsStopword(t.Lower()) && i == end-1:
			// a common-noun head: "… campaign"
		default:
			// "the first MoU": adjectives between an article and the name belong to the phrase
			for k := i; k >= 0 && k >= i-2; k-- {
				if toks[k].Is("the") || toks[k].Is("a") || toks[k].Is("an") || toks[k].Is("its") || toks[k].Is("their") {
					return k
				}
				if toks[k].Kind != prose.Word || prose.IsStopword(toks[k].Lower()) {
					break
				}
			}
			return i + 1
		}
		i--
	}
	return 0
}

// subjectAfter returns the end of a short subject starting at i: an article, adjectives before a
// proper name, the name ("the wider Northmere–Calvera Digital Partnership"), or one common noun ("the
// campaign").
func subjectAfter(toks []prose.Token, i int) int {
	j := i
	if j < len(toks) && (toks[j].Is("the") || toks[j].Is("a") || toks[j].Is("an") || toks[j].Is("this")) {
		j++
	}
	start := j
	sawCap := false
	for j < len(toks) && j < start+8 && toks[j].Kind == prose.Word {
		t := toks[j]
		switch {
		case t.IsCap() || t.IsAllCaps():
			sawCap = true
		case sawCap:
			return j
		case j+1 < len(toks) && (toks[j+1].IsCap() || toks[j+1].IsAllCaps()):
			// an adjective before a name: "the wider Northmere…"
		case j == start:
			return j + 1 // the head noun: "the campaign"
		default:
			return j
		}
		j++
	}
	return j
}

// assemble joins the kept tokens of [lo, hi) with the source's own spacing.
func assemble(sent string, toks []prose.Token, drop []bool, lo, hi int) string {
	var b strings.Builder
	prevEnd := -1
	for i := lo; i < hi && i < len(toks); i++ {
		if drop[i] {
			prevEnd = -2 // a gap: the next token gets one space
			continue
		}
		t := toks[i]
		switch {
		case prevEnd == -1:
		case prevEnd == -2:
			if b.Len() > 0 && !isClosing(t.Text) {
				b.WriteByte(' ')
			}
		case t.Start > prevEnd:
			b.WriteByte(' ')
		}
		b.WriteString(t.Text)
		prevEnd = t.End
	}
	return b.String()
}

func isClosing(s string) bool {
	return s == "," || s == "." || s == ";" || s == ":" || s == ")" || s == "”"
}

func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || !unicode.IsUpper(r) {
		return s
	}
	// keep proper nouns ("Launched" → "launched", but "GovTech" stays)
	if n < len(s) {
		r2, _ := utf8.DecodeRuneInString(s[n:])
		if unicode.IsUpper(r2) {
			return s
		}
	}
	return string(unicode.ToLower(r)) + s[n:]
}

var tidySpaces = strings.NewReplacer(" ,", ",", " .", ".", "( ", "(", " )", ")", ",,", ",")

// cleanWhat tidies a description: trailing detail cut, at most ~110 characters, first letter capital.
func cleanWhat(s string) string {
	s = squeezeSpace(s)
	s = tidySpaces.Replace(s)
	s = strings.TrimLeft(s, ",;: ")
	for _, cut := range []string{", with ", ", while ", "; ", " – ", " — ", ", as ", ", making ", ", in which ", ": "} {
		if i := strings.Index(s, cut); i > 30 {
			s = s[:i]
		}
	}
	if len(s) > 100 {
		s = cutPurpose(s)
	}
	if len(s) > 150 {
		// cut at a comma only when what comes before it is a statement with a verb of its own
		if i := strings.LastIndex(s[:150], ", "); i > 40 && hasAction(prose.Tokenize(s[:i])) {
			s = s[:i]
		}
	}
	s = cutWords(s, 160)
	s = trimDangling(s)
	r, n := utf8.DecodeRuneInString(s)
	if n > 0 && unicode.IsLower(r) {
		s = string(unicode.ToUpper(r)) + s[n:]
	}
	return s
}

// trimDangling removes what a removed date leaves hanging: "on the evening of", a final "of" or "the".
func trimDangling(s string) string {
	for {
		s = strings.TrimRight(s, " ,;:.")
		i := strings.LastIndexByte(s, ' ')
		if i < 0 {
			return s
		}
		last := strings.ToLower(s[i+1:])
		switch last {
		case "of", "on", "in", "at", "the", "a", "an", "by", "from", "during", "evening", "morning", "afternoon", "night", "and",
			"early", "late", "mid", "until", "till", "since", "before", "after":
			s = s[:i]
			continue
		}
		return s
	}
}

// cutPurpose drops a purpose clause ("… to strengthen collaboration in …") or a second verb
// ("… and supports …") from a long description.
func cutPurpose(s string) string {
	toks := prose.Tokenize(s)
	seenVerb := false
	for i, t := range toks {
		if t.Kind != prose.Word {
			continue
		}
		lw := t.Lower()
		if isParticiple(t) || lexicon.PresentEventVerbs[lw] || lexicon.FutureCues[lw] {
			seenVerb = true
			continue
		}
		if !seenVerb || i+1 >= len(toks) || t.Start < 30 {
			continue
		}
		next := toks[i+1]
		if lw == "to" && next.Kind == prose.Word && !next.IsCap() && !prose.IsStopword(next.Lower()) {
			return s[:t.Start]
		}
		if lw == "and" && next.Kind == prose.Word && !next.IsCap() && (strings.HasSuffix(next.Lower(), "s") || isParticiple(next)) {
			return s[:t.Start]
		}
	}
	return s
}
