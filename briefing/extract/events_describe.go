package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/briefpack/briefpack/briefing/lexicon"
	"github.com/briefpack/briefpack/briefing/prose"
)

// describeEvent turns the sentence that states an event into a short description in the source's own
// words: the date phrase, bracketed abbreviations and trailing detail are removed; a relative clause that
// carries the date is reattached to its noun ("the Agreement, which came into force on 1 May" → "The
// Agreement came into force").
func describeEvent(sent string, toks []prose.Token, e Expr, keepDate bool) string {
	what, _ := describeReported(sent, toks, e, keepDate)
	return what
}

// describeReported is describeEvent that also says, when the event is a statement ("Carly Fiorina
// said Monday …"), its reporting verb: the event is the saying, not what was said.
func describeReported(sent string, toks []prose.Token, e Expr, keepDate bool) (what, reported string) {
	ea, eb := tokenRange(toks, e.Start, e.End)
	if eb == 0 {
		return cleanWhat(sent), ""
	}
	if ea > 0 && lexicon.DateBoundWords[toks[ea-1].Lower()] {
		keepDate = true // "will run until 2027": the date is the point of the statement
	}
	if isDateSubject(toks, ea, eb) {
		keepDate = true // "Thursday night was a one-sided affair": the date is the subject
	}
	c := clause{sent: sent, toks: toks, drop: make([]bool, len(toks))}
	if !keepDate {
		ea = c.dropDate(ea, eb)
	}
	c.dropBrackets(ea, eb)
	dropAsides(toks, c.drop, ea, eb)
	lo, hi := clauseAround(toks, ea, eb)
	// "X builds on a declaration signed in 2019 and will run until 2027": two clauses sharing a subject
	if and := coordinateAnd(toks, c.drop, lo, hi); and > 0 {
		if ea > and {
			subj := subjectEnd(toks, lo, and)
			return cleanWhat(c.text(lo, subj) + " " + c.text(and+1, hi)), ""
		}
		hi = and
	}
	return cleanWhat(c.focus(ea, eb, lo, hi)), c.reported
}

// clause is a sentence being cut down to a description: its tokens and which of them are dropped.
type clause struct {
	sent string
	toks []prose.Token
	drop []bool
	// reported is the reporting verb when the description became "X said …"
	reported string
}

// text joins the kept tokens of [lo, hi).
func (c *clause) text(lo, hi int) string { return assemble(c.sent, c.toks, c.drop, lo, hi) }

// dropDate drops the date phrase [ea, eb) with the preposition that introduced it ("in 2019", "on
// Thursday") and the comma after an introductory or parenthetical one ("In October 2020,", ", on
// Friday,"); it returns where the dropped phrase starts.
func (c *clause) dropDate(ea, eb int) int {
	toks, drop := c.toks, c.drop
	for i := ea; i < eb; i++ {
		drop[i] = true
	}
	if ea > 0 && (lexicon.Approximators[toks[ea-1].Lower()] || toks[ea-1].Is("only")) && toks[ea-1].Kind == prose.Word {
		drop[ea-1] = true // "just yesterday", "only last week"
		ea--
	}
	modifier := eb < len(toks) && toks[eb].Kind == prose.Word && !toks[eb].IsCap() && !is(&toks[eb], tagStopword) && !isActionAt(toks, eb, ea-1)
	if ea > 0 && lexicon.DatePrepositions[toks[ea-1].Lower()] && !modifier { // "in the Feb. 9 primary" keeps "in the"
		drop[ea-1] = true
		ea--
	}
	if eb < len(toks) && toks[eb].Text == "," && (ea == 0 || toks[ea-1].Text == ",") {
		drop[eb] = true
	}
	return ea
}

// dropBrackets drops bracketed asides: short ones ("(GDS)", "(U.K.)", "(Jun 13)") and any that does
// not hold the date at [ea, eb).
func (c *clause) dropBrackets(ea, eb int) {
	toks := c.toks
	for i := 0; i < len(toks); i++ {
		if toks[i].Text != "(" {
			continue
		}
		for j := i + 1; j < len(toks); j++ {
			if toks[j].Text == "(" {
				break
			}
			if toks[j].Text == ")" {
				if j <= i+7 || eb <= i || ea > j {
					for k := i; k <= j; k++ {
						c.drop[k] = true
					}
				}
				break
			}
		}
	}
}

// focus returns the part of the clause [lo, hi) that states the dated event: the main clause beside a
// ", which …" holding the date, a noun with its "that …" clause, the comma-delimited stretch with its
// own verb, a participle clause with its noun — or the whole clause.
func (c *clause) focus(ea, eb, lo, hi int) string {
	if w := whichClause(c.toks, ea); w >= 0 {
		return c.whichFocus(w, eb)
	}
	if a, ok := c.attribution(ea, eb); ok {
		return a
	}
	if t := thatClause(c.toks, ea); t >= 0 {
		np := nounPhraseBefore(c.toks, t)
		return c.text(np, t) + " " + c.text(t+1, hi)
	}
	if seg := verbSegment(c.toks, c.drop, ea, eb); seg != nil {
		if lo := seg[0]; lo > 1 && (c.toks[lo].Is("which") || c.toks[lo].Is("who")) && c.toks[lo-1].Text == "," {
			np := nounPhraseBefore(c.toks, lo-1) // ", which is …" → "the Fed is …"
			return c.text(np, lo-1) + " " + c.text(lo+1, seg[1])
		}
		return c.text(seg[0], seg[1])
	}
	if p := participleClause(c.toks, c.drop, ea); p >= 0 {
		return c.participleFocus(p, eb)
	}
	return c.text(lo, hi)
}

// lastWord returns the index after the sentence's last word (before closing punctuation).
func (c *clause) lastWord() int {
	end := len(c.toks)
	for end > 0 && c.toks[end-1].Kind == prose.Punct {
		end--
	}
	return end
}

// nextComma returns the first comma at or after from, or len(toks).
func (c *clause) nextComma(from int) int {
	for j := from; j < len(c.toks); j++ {
		if c.toks[j].Text == "," {
			return j
		}
	}
	return len(c.toks)
}

// whichFocus handles a non-restrictive ", which … ," clause holding the date: the main clause when it
// has a verb without it, else the noun with the which-clause's verb.
func (c *clause) whichFocus(w, eb int) string {
	end := c.nextComma(eb)
	mainDrop := append([]bool(nil), c.drop...)
	for k := w - 1; k <= end && k < len(c.toks); k++ {
		mainDrop[k] = true
	}
	// "The launch, which took place on Friday, was held in …": the main clause tells it better; not
	// when the clause closes the sentence ("…, said Puthucheary, who was speaking Wednesday at …")
	if end < c.lastWord() && hasActionRange(c.toks, mainDrop) {
		return assemble(c.sent, c.toks, mainDrop, 0, len(c.toks))
	}
	np := nounPhraseBefore(c.toks, w-1)
	return c.text(np, w-1) + " " + c.text(w+1, end)
}

// participleFocus handles a reduced clause holding the date: "Launched in January by X, the campaign
// …" (p is 0) or "…, the X campaign, launched in January by Y".
func (c *clause) participleFocus(p, eb int) string {
	toks := c.toks
	if p == 0 {
		comma := c.nextComma(eb)
		if prose.CountWords(c.text(0, comma)) <= 1 { // "Agreed in March, the two councils started …"
			return c.text(comma+1, c.lastWord())
		}
		subj := subjectAfter(toks, comma+1)
		return c.text(comma+1, subj) + " " + lowerFirst(c.text(0, comma))
	}
	np := nounPhraseBefore(toks, p-1)
	end := len(toks)
	for j := eb; j < len(toks); j++ {
		if toks[j].Text == "," && !(j+1 < len(toks) && toks[j+1].IsCap()) {
			end = j
			break
		}
	}
	return c.text(np, p-1) + " " + c.text(p, end)
}

// attribution handles a date on the verb of a closing attribution: "X is on solid ground, Carly
// Fiorina said Monday." → "X is on solid ground, Carly Fiorina said": what was said, cut down as any
// description is, then who said it, in the source's order and words without the date — the event is
// the saying, so the attribution is never the part cut away. A quoted statement keeps its marks and
// must be short; a longer one is left to the other rules.
func (c *clause) attribution(ea, eb int) (string, bool) {
	toks := c.toks
	r := reportingVerbBefore(toks, ea)
	if r < 0 {
		return "", false
	}
	comma := -1
	for k := r - 1; k > 0; k-- {
		if toks[k].Text == "," && !c.drop[k] {
			comma = k
			break
		}
	}
	end := len(toks)
	for end > eb && toks[end-1].Kind == prose.Punct && toks[end-1].Text != ")" {
		end--
	}
	if comma < 0 || c.nextComma(eb) < end {
		return "", false
	}
	from := comma + 1
	for from < r && (isQuoteMark(toks[from]) || toks[from].Text == "'" || toks[from].Text == "’") {
		from++ // the closing marks of a quotation belong to it: "“…,” he said"
	}
	raw := strings.TrimSpace(c.text(0, from))
	_, ok := statedContent(raw)
	seg := c.text(from, end)
	if !ok || strings.ContainsAny(seg, "\"“”") {
		return "", false // a quotation inside the attribution: not one statement and its speaker
	}
	c.reported = toks[r].Lower()
	if opensWithQuoteMark(raw) {
		return raw + " " + seg, true // "“A great idea,” Fiorina said"
	}
	return strings.TrimRight(cleanWhat(strings.TrimSuffix(raw, ",")), ",;: ") + ", " + seg, true
}

// reportingVerbBefore finds a verb of speech up to five words before the date at ea, in its comma
// stretch, or -1; "according to" does not count (the report it names is the news).
func reportingVerbBefore(toks []prose.Token, ea int) int {
	for k := ea - 1; k >= 0 && k >= ea-5 && toks[k].Text != ","; k-- {
		if is(&toks[k], tagReportingVerb) {
			if toks[k].Is("according") || commaBeforeWord(toks, k, "according") {
				return -1
			}
			return k
		}
	}
	return -1
}

// statedContent tidies what was said for "X said …": a quotation keeps its marks but not the comma
// before its closing mark, and must be short.
func statedContent(content string) (string, bool) {
	content = strings.TrimSpace(content)
	if content == "" || opensWithQuoteMark(content) && prose.CountWords(content) > 20 {
		return "", false
	}
	for _, mark := range []string{",”", ",\"", ",''", ",'"} {
		if strings.HasSuffix(content, mark) {
			content = content[:len(content)-len(mark)] + mark[1:] // "“A great idea,”" → "“A great idea”"
		}
	}
	return content, true
}

// opensWithQuoteMark reports whether s opens with a quotation mark, straight or curly.
func opensWithQuoteMark(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return strings.ContainsRune("\"“‘'", r)
}

// isDateSubject reports whether the date at [ea, eb) is the subject of its clause: it opens the
// sentence or follows a comma, and a verb follows it ("Tuesday marked a turning point").
func isDateSubject(toks []prose.Token, ea, eb int) bool {
	if !(ea == 0 || toks[ea-1].Text == ",") || eb >= len(toks) || toks[eb].Kind != prose.Word || toks[eb].IsCap() {
		return false
	}
	n := toks[eb]
	switch n.Lower() {
	case "is", "was", "will", "saw", "marked", "marks", "sees", "brought", "brings":
		return true
	}
	return false
}

// commaBeforeWord reports whether word stands between the comma before r and r.
func commaBeforeWord(toks []prose.Token, r int, word string) bool {
	for k := r - 1; k >= 0 && toks[k].Text != ","; k-- {
		if toks[k].Is(word) {
			return true
		}
	}
	return false
}

// lowerCommonFirst lower-cases the first letter of s when its first word is a common word ("The
// plan …" → "the plan …"), not a name ("Donald Trump …").
func lowerCommonFirst(s string) string {
	w, _, _ := strings.Cut(s, " ")
	if prose.IsStopword(strings.ToLower(w)) {
		return lowerFirst(s)
	}
	return s
}
