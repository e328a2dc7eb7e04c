package extract

import (
	"strings"

	"github.com/briefpack/briefpack/briefing/lexicon"
	"github.com/briefpack/briefpack/briefing/prose"
)

// Events are happenings. These checks say when a dated statement is something else: a figure, a
// forecast, a count "as of" a day, the bound of a reporting period, an age, or words inside a
// quotation (a speaker's claim, not the source's statement).

// notEvent says why the date at tokens [ea, eb) of a sentence is no event's date, or "".
func notEvent(d *doc, s sentence, e Expr, ea, eb int) string {
	toks := s.toks
	switch {
	case e.Decade:
		return "a decade"
	case e.Fiscal || isPeriodBound(toks, ea):
		return "the bound of a reporting period"
	case isAsOf(toks, ea):
		return "an “as of” count"
	}
	if d.insideQuotation(s, e.Start) {
		if qa, qb := quotedAround(toks, ea, eb); !isQuotedFact(toks, qa, qb) {
			return "inside a quotation"
		}
	}
	lo, hi := statementAround(toks, ea, eb)
	if why := figureNotEvent(toks, lo, hi, ea, eb); why != "" {
		return why
	}
	switch {
	case isModifierDate(toks, ea, eb) && (!lexicon.EventNouns[modifiedNoun(toks, eb)] || bareModified(toks, ea, eb)):
		return "a date describing a thing" // "the 2014 executive actions are blocked", "the 2008 primary"
	case isAge(toks, lo, hi):
		return "an age"
	}
	return ""
}

// figureNotEvent says why a clause [lo, hi) with a figure in it is no event at the date [ea, eb): a
// forecast, a statistic, a count over a window, a total to a date; or "".
func figureNotEvent(toks []prose.Token, lo, hi, ea, eb int) string {
	q := hasQuantity(toks, lo, hi, ea, eb)
	switch {
	case q && hasAnyWord(toks, lo, hi, lexicon.ForecastWords):
		return "a forecast"
	case q && (hasAnyWord(toks, lo, hi, lexicon.StatisticVerbs) || hasChange(toks, lo, hi) || onlyCopula(toks, lo, hi)),
		hasPercentage(toks, lo, hi) && hasAnyWord(toks, lo, hi, lexicon.ShareVerbs):
		return "a statistic"
	case ea > 0 && toks[ea-1].Is("since") && hasCount(toks, lo, hi, ea, eb):
		return "the bound of a reporting period"
	case q && ea > 0 && (toks[ea-1].Is("through") || toks[ea-1].Is("until") || ea > 1 && toks[ea-1].Is("the") && toks[ea-2].Is("through")):
		return "a total to a date" // "has collected $4.1 million up to the end of March"
	}
	return ""
}

// isModifierDate reports whether the date at [ea, eb) stands before a noun as its modifier ("the
// 2008 primary", "Tuesday’s California primary", "McCain's late-2007 turnaround").
func isModifierDate(toks []prose.Token, ea, eb int) bool {
	if eb >= len(toks) || toks[eb].Kind != prose.Word || is(&toks[eb], tagStopword) || isActionAt(toks, eb, eb-1) && !is(&toks[eb], tagEventNoun) {
		return false
	}
	if strings.HasSuffix(toks[eb-1].Text, "’s") || strings.HasSuffix(toks[eb-1].Text, "'s") {
		return true
	}
	return ea > 0 && (is(&toks[ea-1], tagDeterminer) || strings.HasSuffix(toks[ea-1].Text, "’s") || strings.HasSuffix(toks[ea-1].Text, "'s"))
}

// bareModified reports whether a modified happening is named without a name or a possessor ("the
// 2012 presidential election", "Saturday’s debate"): too vague for a timeline line, and told the same
// way of many happenings.
func bareModified(toks []prose.Token, ea, eb int) bool {
	if ea > 0 && toks[ea-1].IsCap() && (strings.HasSuffix(toks[ea-1].Text, "’s") || strings.HasSuffix(toks[ea-1].Text, "'s")) {
		return false // "McCain's late-2007 turnaround"
	}
	for k := eb; k < len(toks) && k < eb+4 && toks[k].Kind == prose.Word; k++ {
		if toks[k].IsCap() {
			return false // "Tuesday’s California primary"
		}
		if is(&toks[k], tagEventNoun) {
			break
		}
	}
	return true
}

// modifiedNoun returns the head of the noun phrase after a modifying date: the last of up to four
// words before a preposition, a verb or punctuation ("the 2008 presidential primary" → "primary").
func modifiedNoun(toks []prose.Token, eb int) string {
	head := ""
	for k := eb; k < len(toks) && k < eb+4; k++ {
		t := toks[k]
		if t.Kind != prose.Word || is(&t, tagStopword) || k > eb && isActionAt(toks, k, k-1) && !is(&t, tagEventNoun) {
			break
		}
		head = t.Lower()
	}
	return head
}

// namesHappening reports whether the date at [ea, eb) dates a happening named by a noun: "the
// strike in 1984", "the May 20 island council election".
func namesHappening(toks []prose.Token, ea, eb int) bool {
	if ea >= 2 && lexicon.DatePrepositions[toks[ea-1].Lower()] && is(&toks[ea-2], tagEventNoun) {
		return true
	}
	return isModifierDate(toks, ea, eb) && lexicon.EventNouns[modifiedNoun(toks, eb)] && !bareModified(toks, ea, eb)
}

// isQuotedFact reports whether a quoted clause states a past fact about someone else ("The GDS was
// founded in 2011"), which the source reports as much as the speaker: a past verb, no future or
// modal, no first or second person.
func isQuotedFact(toks []prose.Token, lo, hi int) bool {
	past := false
	for i := lo; i < hi; i++ {
		t := toks[i]
		if t.Kind != prose.Word {
			continue
		}
		switch lw := t.Lower(); {
		case lexicon.FutureCues[lw] || lexicon.ForecastWords[lw]:
			return false
		case lw == "i" || lw == "we" || lw == "you" || lw == "our" || lw == "my" || lw == "us" || lw == "your" || lw == "i’m" || lw == "we’re" || lw == "we're" || lw == "i'm":
			return false
		case isParticiple(t) || lw == "was" || lw == "were" || lw == "had":
			past = true
		}
	}
	return past
}

// hasChange: "up from 4,500", "down from", "compared with".
func hasChange(toks []prose.Token, lo, hi int) bool {
	for i := lo; i+1 < hi; i++ {
		if (toks[i].Is("up") || toks[i].Is("down")) && toks[i+1].Is("from") {
			return true
		}
	}
	return false
}

// hasCount reports whether tokens [lo, hi), outside the date, hold a number ("the 3 initiatives
// implemented since 1 October": a count over a window).
func hasCount(toks []prose.Token, lo, hi, ea, eb int) bool {
	for i := lo; i < hi; i++ {
		if i >= ea && i < eb || toks[i].Kind != prose.Number || isDateDay(toks, i) {
			continue
		}
		if _, y := isYear(toks[i]); !y {
			return true
		}
	}
	return false
}

// isAsOf: "as of March 2021", "as at 31 March".
func isAsOf(toks []prose.Token, ea int) bool {
	return ea >= 2 && toks[ea-2].Is("as") && (toks[ea-1].Is("of") || toks[ea-1].Is("at"))
}

// isPeriodBound: "fiscal 2020, ended March 31", "the year ending June 2021", "the year to March",
// "between last October and March 31, 2021" (a window figures are counted over).
func isPeriodBound(toks []prose.Token, ea int) bool {
	if ea < 1 {
		return false
	}
	p := toks[ea-1].Lower()
	if lexicon.PeriodBoundWords[p] {
		return true
	}
	if p == "to" && ea >= 2 && (toks[ea-2].Is("year") || toks[ea-2].Is("months") || toks[ea-2].Is("quarter")) {
		return true
	}
	if p == "between" {
		return true
	}
	// the second end of "between X and Y", where X is a relative date the span reader did not join
	if p == "and" {
		for k := ea - 2; k >= 0 && k >= ea-6; k-- {
			if toks[k].Is("between") {
				return true
			}
		}
	}
	return false
}

// insideQuotation reports whether offset off of sentence s lies inside quotation marks, counting the
// marks from the start of its paragraph (a quotation may open in an earlier sentence).
func (d *doc) insideQuotation(s sentence, off int) bool {
	b := d.blocks[s.block]
	from, to := b.Start, s.start+off
	if to <= from || to > b.Start+len(b.Text) {
		return false
	}
	text := b.Text[:to-from]
	if (strings.Count(text, "\"")+strings.Count(text, "''"))%2 == 1 {
		return true
	}
	return strings.Count(text, "“") > strings.Count(text, "”")
}

// isQuoteMark reports whether a token is a quotation mark.
func isQuoteMark(t prose.Token) bool {
	return t.Text == "\"" || t.Text == "“" || t.Text == "”" || t.Text == "''"
}

// quotedAround returns the tokens of the quotation holding the date at [ea, eb): from the mark before
// it to the mark after it (or the sentence's ends).
func quotedAround(toks []prose.Token, ea, eb int) (lo, hi int) {
	lo, hi = 0, len(toks)
	for k := ea - 1; k >= 0; k-- {
		if isQuoteMark(toks[k]) {
			lo = k + 1
			break
		}
	}
	for k := eb; k < len(toks); k++ {
		if isQuoteMark(toks[k]) {
			hi = k
			break
		}
	}
	return lo, hi
}

// statementAround returns the clause holding the date: the sentence cut at semicolons and at a
// comma that opens a new statement ("…, compared to 4,500 in 2019": the comparison is part of it).
func statementAround(toks []prose.Token, ea, eb int) (lo, hi int) {
	return clauseAround(toks, ea, eb)
}

// hasQuantity reports whether tokens [lo, hi), outside the date [ea, eb), hold a figure: a
// percentage, a sum of money, a number with a magnitude ("25 billion") or a count of ten or more
// ("6,100 complaints").
func hasQuantity(toks []prose.Token, lo, hi, ea, eb int) bool {
	for i := lo; i < hi; i++ {
		if i >= ea && i < eb || toks[i].Kind != prose.Number {
			continue
		}
		if _, y := isYear(toks[i]); y {
			continue
		}
		if i > 0 && lexicon.CurrencyMarks[toks[i-1].Lower()] || i+1 < len(toks) && lexicon.MagnitudeWords[toks[i+1].Lower()] {
			return true
		}
		if strings.ContainsAny(toks[i].Text, "%") || strings.HasSuffix(toks[i].Lower(), "bn") {
			return true
		}
		if n := strings.ReplaceAll(toks[i].Text, ",", ""); len(n) >= 2 && isDigits(n) && !isDateDay(toks, i) {
			return true
		}
	}
	return hasRankedAmount(toks, lo, hi) || hasFraction(toks, lo, hi)
}

// isOrdinalBefore: "the first quarter", "the second half" name a part of a period, not a fraction.
func isOrdinalBefore(t prose.Token) bool {
	switch t.Lower() {
	case "the", "first", "second", "third", "fourth", "final", "last", "this", "next":
		return true
	}
	return false
}

// hasFraction: "two-thirds of the votes", "a quarter of voters", "half of all".
func hasFraction(toks []prose.Token, lo, hi int) bool {
	for i := lo; i < hi; i++ {
		lw := toks[i].Lower()
		if strings.HasSuffix(lw, "-thirds") || strings.HasSuffix(lw, "-third") || strings.HasSuffix(lw, "-quarters") || strings.HasSuffix(lw, "-fifths") ||
			(lw == "half" || lw == "third" || lw == "quarter") && nextTok(toks, i).Is("of") && !isOrdinalBefore(prevTok(toks, i)) {
			return true
		}
	}
	return false
}

// hasPercentage: "27 percent", "44%", "five per cent".
func hasPercentage(toks []prose.Token, lo, hi int) bool {
	for i := lo; i < hi; i++ {
		if toks[i].Is("percent") || toks[i].Text == "%" || toks[i].Is("per") && nextTok(toks, i).Is("cent") || strings.HasSuffix(toks[i].Text, "%") {
			return true
		}
	}
	return false
}

// hasRankedAmount: "the highest number of complaints", "a record level", "the largest share".
func hasRankedAmount(toks []prose.Token, lo, hi int) bool {
	for i := lo + 1; i < hi; i++ {
		switch toks[i].Lower() {
		case "number", "amount", "level", "share", "proportion", "volume":
			p := toks[i-1].Lower()
			if p == "record" || len(p) > 4 && strings.HasSuffix(p, "est") {
				return true
			}
		}
	}
	return false
}

// isDateDay reports whether the number at i is the day of a date ("14 June", "June 14").
func isDateDay(toks []prose.Token, i int) bool {
	if _, ok := isDay(toks[i]); !ok {
		return false
	}
	_, before := monthOf(prevTok(toks, i))
	_, after := monthOf(nextTok(toks, i))
	return before || after || nextTok(toks, i).Is("of")
}

func prevTok(toks []prose.Token, i int) prose.Token {
	if i > 0 {
		return toks[i-1]
	}
	return prose.Token{}
}

func nextTok(toks []prose.Token, i int) prose.Token {
	if i+1 < len(toks) {
		return toks[i+1]
	}
	return prose.Token{}
}

// hasAnyWord reports whether a word of tokens [lo, hi) is in set.
func hasAnyWord(toks []prose.Token, lo, hi int, set lexicon.Set) bool {
	for i := lo; i < hi; i++ {
		if toks[i].Kind == prose.Word && set[toks[i].Lower()] {
			return true
		}
	}
	return false
}

// onlyCopula reports whether the clause's only verbs are forms of "to be" ("exports were $3bn in
// 2018").
func onlyCopula(toks []prose.Token, lo, hi int) bool {
	copula := false
	for i := lo; i < hi; i++ {
		t := toks[i]
		if t.Kind != prose.Word {
			continue
		}
		switch t.Lower() {
		case "is", "are", "was", "were":
			copula = true
			continue
		}
		if isActionAt(toks, i, i-1) {
			return false
		}
	}
	return copula
}

// isAge: "aged 45", "turned 60", "a 45-year-old", "45 years old".
func isAge(toks []prose.Token, lo, hi int) bool {
	for i := lo; i < hi; i++ {
		t := toks[i]
		lw := t.Lower()
		if strings.HasSuffix(lw, "-year-old") || strings.HasSuffix(lw, "-years-old") {
			return true
		}
		if t.Kind == prose.Number && (lexicon.AgeWords[prevTok(toks, i).Lower()] || nextTok(toks, i).Is("years") && i+2 < len(toks) && toks[i+2].Is("old")) {
			return true
		}
	}
	return false
}
