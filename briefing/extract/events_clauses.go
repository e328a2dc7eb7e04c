package extract

import (
	"strings"

	"github.com/briefpack/briefpack/briefing/lexicon"
	"github.com/briefpack/briefpack/briefing/prose"
)

// Clause structure: the pieces of a sentence describeEvent keeps or drops.

// verbSegment returns the comma-delimited stretch around the date when the sentence has several and
// that stretch has its own verb: "X have signed an MoU, both agencies announced on Friday" → "both
// agencies announced". It returns nil when the date sits in the sentence's only clause.
func verbSegment(toks []prose.Token, drop []bool, ea, eb int) []int {
	lo, hi := commasAround(toks, drop, ea, eb)
	if lo == 0 && hi == len(toks) {
		return nil
	}
	// "but announced today by X" → "announced by X"; "a week after X renewed it" → "X renewed it"
	for lo < hi && (toks[lo].Is("but") || toks[lo].Is("and") || toks[lo].Is("while") || toks[lo].Is("with")) {
		lo++
	}
	if k := subordinatorEnd(toks, lo, hi); k > lo {
		lo = k
	}
	if lo < hi && (isParticiple(toks[lo]) || is(&toks[lo], tagPresentEvent) || is(&toks[lo], tagFutureCue)) {
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

// commasAround returns the stretch between the kept commas on either side of [ea, eb).
func commasAround(toks []prose.Token, drop []bool, ea, eb int) (lo, hi int) {
	lo, hi = 0, len(toks)
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
	return lo, hi
}

// subordinatorEnd skips an opening "after", "when", "a week after" and the like; it returns lo when
// there is none.
func subordinatorEnd(toks []prose.Token, lo, hi int) int {
	j := lo
	if j+1 < hi && (toks[j].Is("a") || toks[j].Is("an") || toks[j].Is("one") || toks[j].Is("two") || toks[j].Is("three") || toks[j].Kind == prose.Number) &&
		lexicon.IntervalUnits[strings.TrimSuffix(toks[j+1].Lower(), "s")] {
		j += 2
	}
	if j < hi && lexicon.ClauseOpeners[toks[j].Lower()] {
		return j + 1
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
		if end < 0 || ea >= i && ea <= end || !continuesClause(toks, drop, end+1) {
			continue // the aside must close before the main clause goes on: "…, which governs X, came into force"
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

// continuesClause reports whether toks[k] carries a clause on after an aside: a verb or an auxiliary,
// after dropped words (the date) and adverbs.
func continuesClause(toks []prose.Token, drop []bool, k int) bool {
	for k < len(toks) && (drop[k] || toks[k].Is("also") || toks[k].Is("then") || toks[k].Is("later") || toks[k].Is("already") || strings.HasSuffix(toks[k].Lower(), "ly")) {
		k++ // "…, which is parked under X, also launched …"
	}
	if k >= len(toks) || toks[k].Kind != prose.Word || toks[k].IsCap() {
		return false
	}
	return isActionAt(toks, k, k-1) || is(&toks[k], tagAuxiliary) || isRegularPast(toks[k]) || strings.HasSuffix(toks[k].Lower(), "s")
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
			if is(&n, tagFutureCue) || is(&n, tagAuxiliary) || is(&n, tagPresentEvent) || isParticiple(n) && !n.IsCap() {
				return i
			}
		}
		if isActionAt(toks, i, i-1) || is(&t, tagAuxiliary) {
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
		if t.Kind == prose.Word && i > lo && (is(&t, tagFutureCue|tagAuxiliary|tagIrregularPast) || isParticiple(t) && !t.IsCap() || strings.HasSuffix(lw, "s") && presentVerbLike(toks, i)) {
			return i
		}
	}
	return hi
}

// presentVerbLike guesses a present-tense verb after a noun subject: "The agreement builds …".
func presentVerbLike(toks []prose.Token, i int) bool {
	t := toks[i]
	if t.IsCap() || i == 0 || is(&t, tagStopword) {
		return false
	}
	prev := toks[i-1]
	return prev.Kind == prose.Word && !is(&prev, tagStopword) && i+1 < len(toks) && (is(&toks[i+1], tagStopword) || toks[i+1].Is("on"))
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
			if toks[i-1].IsCap() || toks[i-1].Text == ")" || toks[i-1].Kind == prose.Word && !is(&toks[i-1], tagStopword) {
				return i
			}
			return -1
		}
	}
	return -1
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
	inQuote := false
	for i := end - 1; i >= 0; i-- {
		t := toks[i]
		switch {
		case t.Text == "\"" || t.Text == "“" || t.Text == "”":
			inQuote = !inQuote
		case inQuote || inNounPhrase(toks, i, end):
		case isArticle(t):
			return i
		default:
			return phraseStartBefore(toks, i)
		}
	}
	return 0
}

// inNounPhrase reports whether toks[i] can sit inside a noun phrase ending before end: a bracket, a
// capitalised word, "of"/"for"/"and" inside a name, or the common-noun head ("… campaign").
func inNounPhrase(toks []prose.Token, i, end int) bool {
	t := toks[i]
	switch {
	case t.Text == "(" || t.Text == ")":
		return true
	case t.Kind == prose.Word && (t.IsCap() || t.IsAllCaps()):
		return true
	case (t.Is("of") || t.Is("for") || t.Is("and")) && i > 0 && toks[i-1].IsCap():
		return true
	}
	return t.Kind == prose.Word && !is(&t, tagStopword) && i == end-1
}

func isArticle(t prose.Token) bool { return t.Is("the") || t.Is("a") || t.Is("an") }

// phraseStartBefore is where a noun phrase starts when the walk back stopped at toks[i]: adjectives
// and prepositional modifiers between an article (or "its", "their") and the head belong to it ("the
// first MoU", "a consultation paper on digital identity").
func phraseStartBefore(toks []prose.Token, i int) int {
	for k := i; k >= 0 && k >= i-6; k-- {
		t := toks[k]
		if isArticle(t) || t.Is("its") || t.Is("their") {
			return k
		}
		if t.Kind != prose.Word || isActionAt(toks, k, k-1) || is(&t, tagStopword) && !(t.Is("of") || t.Is("on") || t.Is("for")) {
			break
		}
	}
	return i + 1
}

// subjectAfter returns the end of a short subject starting at i: an article, adjectives before a
// proper name, the name ("the wider Northmere–Calvera Digital Partnership"), or one common noun ("the
// campaign").
func subjectAfter(toks []prose.Token, i int) int {
	j := i
	if j < len(toks) && (toks[j].Is("the") || toks[j].Is("a") || toks[j].Is("an") || toks[j].Is("this")) {
		j++
	}
	if j < len(toks) && (numberWords[toks[j].Lower()] > 0 || toks[j].Kind == prose.Number) {
		j++ // "the three parties"
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
