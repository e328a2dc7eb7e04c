package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/lexicon"
	"github.com/briefpack/briefpack/briefing/prose"
)

// Quotations: paragraph by paragraph, each quoted stretch is tied to the reporting verb that
// attributes it — after it ("…,” she said), before it (He said: “…”), or earlier in the sentence for
// words quoted inside reported speech (called the plan “a disaster”, which is kept as a partial
// quotation) — and the verb's speaker phrase is resolved (speakers.go). Quotations continue over
// paragraphs and sentences ("A,” X said. “B.”) as parts of one quotation.

// quoteState carries what the quote finder knows between paragraphs.
type quoteState struct {
	d   *doc
	out []briefing.Quote
	// open lists the quotations (indices in out) of a quotation whose paragraph ended before its
	// closing mark; it goes on in the next paragraph when that opens with a quotation mark.
	open  []int
	intro *introLine // the previous paragraph ended "X said:" or "X tweeted,"

	lastPerson speaker // the most recent person who spoke (quoted or reported)
	// namedSince are the other people named (outside quotation marks) since lastPerson spoke: with
	// one of them about, a "he" is no longer surely lastPerson.
	namedSince        []speaker
	prevSubject       speaker    // the person subject of the previous sentence
	olderSubjects     [2]speaker // the subjects of the two sentences before that
	lastGroup         speaker    // the most recent described group or organisation that spoke
	lastGroupBlock    int
	lastOrg           speaker // the most recent organisation that spoke (for "it")
	lastOrgBlock      int
	lastDocument      speaker // who issued the most recent document quoted ("The FCO announcement states:")
	lastDocumentBlock int
	lastQuoteBlock    int // block of the most recent quotation with a speaker
	lastQuote         speaker
	// carried marks the quotations whose speaker was carried over from the paragraph before (not
	// stated beside them), which an attribution found later may correct.
	carried map[int]bool
	// cueOf maps a quotation emitted in the current paragraph (index in out) to the cue that
	// attributed it.
	cueOf map[int]*cue
}

type introLine struct {
	spk   speaker
	tweet bool
}

// frame is how one quoted stretch is attributed.
type frame struct {
	cue     *cue
	partial bool // words quoted inside a sentence of reported speech
}

// findQuotes finds the quotations of a source, with their speakers.
func findQuotes(d *doc) []briefing.Quote {
	st := &quoteState{d: d, carried: map[int]bool{}, lastQuoteBlock: -10, lastGroupBlock: -10, lastOrgBlock: -10, lastDocumentBlock: -10}
	si := 0
	var buf viewBuffers
	buf.toks = make([]prose.Token, 0, maxBlockTokens(d))
	for bi, b := range d.blocks {
		from := si
		for si < len(d.sents) && d.sents[si].block == bi {
			si++
		}
		st.block(newBlockView(bi, b, d.sents[from:si], &buf))
	}
	return st.out
}

// maxBlockTokens is the number of tokens of the source's longest block.
func maxBlockTokens(d *doc) int {
	most, n, bi := 0, 0, -1
	for _, s := range d.sents {
		if s.block != bi {
			n, bi = 0, s.block
		}
		n += len(s.toks)
		most = max(most, n)
	}
	return most
}

func (st *quoteState) emit(q briefing.Quote, bi int) {
	q.Text = squeezeSpace(q.Text) // wrapped lines read as one; Parts keep the exact text
	if q.Text == "" || len(q.Parts) == 0 {
		return
	}
	st.out = append(st.out, q)
	if q.Speaker != "" && bi >= 0 {
		st.lastQuoteBlock = bi
	}
}

// block finds the quotations of one paragraph, sentence by sentence, keeping the discourse state.
func (st *quoteState) block(v *blockView) {
	intro := st.intro
	st.intro = nil
	k := 0 // next span
	var closing []int
	if len(st.open) > 0 {
		if k, closing = st.continueOpen(v); k < 0 {
			return // still open after this paragraph
		}
	}
	if intro != nil && len(v.spans) == 0 {
		st.statement(v, intro)
		return
	}
	ci := 0 // next cue to resolve
	emitted := -1
	st.cueOf = map[int]*cue{}
	for si := 0; si+1 < len(v.starts); si++ {
		s0, s1 := v.starts[si], v.starts[si+1]
		for ; ci < len(v.cues) && v.toks[v.cues[ci].tok].Start < s1; ci++ {
			st.resolveCue(v, ci, s0)
		}
		for ; k < len(v.spans) && v.spans[k].open < s1; k++ {
			if !st.span(v, k, s0, s1, intro, &emitted) {
				return // the quotation runs on into the next paragraph
			}
			intro = nil
		}
		if subj := st.subjectOf(v, s0, s1, len(v.toks)); subj.known() || v.hasWordsOutsideQuotes(s0, s1) {
			// a sentence that is all quotation leaves the subject before it standing
			st.olderSubjects = [2]speaker{st.prevSubject, st.olderSubjects[0]}
			st.prevSubject = subj
		}
		st.noteNamed(v, s0, s1)
	}
	if c := st.closingCue(v, closing); c != nil {
		for _, i := range closing { // "“A …  ¶ “B …,” she said.": every paragraph is hers
			if st.out[i].Speaker == "" || st.carried[i] {
				st.out[i].Speaker, st.out[i].Role = c.spk.name, c.spk.role
			}
		}
		st.lastQuote, st.lastQuoteBlock = c.spk, v.bi
	}
	st.checkIntro(v)
}

// noteNamed remembers the people sentence [s0, s1) names who are not the last person who spoke.
func (st *quoteState) noteNamed(v *blockView, s0, s1 int) {
	for _, m := range st.mentionsIn(v, s0, s1) {
		if m.spk.name != st.lastPerson.name && len(st.namedSince) < 16 {
			st.namedSince = append(st.namedSince, m.spk)
		}
	}
}

// resolveCue finds who speaks for cue ci (in the sentence starting at s0) and remembers them for the
// pronouns that follow. A participle without a subject of its own ("…, saying that …") takes the
// speaker of the verb before it in the sentence, or the sentence's subject.
func (st *quoteState) resolveCue(v *blockView, ci, s0 int) {
	c := &v.cues[ci]
	if c.resolved {
		return
	}
	c.resolved = true
	c.spk = st.speakerOf(v, c)
	if c.spk.kind == describedSpeaker && (strings.HasSuffix(v.toks[c.tok].Lower(), "ing") && is(&v.toks[c.b-1], tagDocumentNoun) || v.issuedDocument(c)) {
		if subj := st.subjectOf(v, s0, len(v.b.Text), c.a); subj.known() {
			c.spk = subj // "X issued a statement saying …", "X released a video that said …": X speaks
		}
	}
	if !c.spk.known() && c.a == c.b && strings.HasSuffix(v.toks[c.tok].Lower(), "ing") {
		for j := ci - 1; j >= 0 && v.toks[v.cues[j].tok].Start >= s0; j-- {
			if v.cues[j].spk.known() {
				c.spk = v.cues[j].spk
				break
			}
		}
		if !c.spk.known() {
			c.spk = st.subjectOf(v, s0, len(v.b.Text), c.tok)
		}
	}
	if c.spk.personal && c.spk.kind == describedSpeaker {
		c.spk.ref = st.epithetOf(v, c, s0)
	}
	if c.spk.kind != describedSpeaker && v.namesDocument(c) {
		st.lastDocument, st.lastDocumentBlock = c.spk, v.bi
	}
	switch c.spk.kind {
	case personSpeaker:
		c.spk.spoke = true
		st.lastPerson = c.spk
		st.namedSince = st.namedSince[:0]
		if c.spk.rec != nil {
			c.spk.rec.spoke = true
		}
	case orgSpeaker:
		st.lastOrg, st.lastOrgBlock = c.spk, v.bi
		st.lastGroup, st.lastGroupBlock = c.spk, v.bi
	case describedSpeaker:
		if c.spk.plural {
			st.lastGroup, st.lastGroupBlock = c.spk, v.bi
		}
	}
}

// issuedDocument reports whether the speaker phrase of cue c is a document the sentence's subject
// brings out, as the object of its verb ("Trump released a video that said", "The paper ran a piece
// that noted"): "a" or "an" after a verb, a document noun at the head.
func (v *blockView) issuedDocument(c *cue) bool {
	if c.a < 1 || !(v.toks[c.a].Is("a") || v.toks[c.a].Is("an")) || !v.word(c.a-1) {
		return false
	}
	before := &v.toks[c.a-1]
	if before.IsCap() || is(before, tagStopword|tagObjectPreposition|tagReportingVerb) {
		return false // "according to a court document", "in a statement", "said a statement"
	}
	head := descriptionHead(v.toks, c.a, c.b)
	return is(&v.toks[head], tagDocumentNoun)
}

// span handles quoted stretch k of sentence [s0, s1); it returns false when the stretch runs on past
// the paragraph's end.
func (st *quoteState) span(v *blockView, k, s0, s1 int, intro *introLine, emitted *int) bool {
	sp := v.spans[k]
	f, ok := st.frameOf(v, k, s0, s1)
	if ok && *emitted >= 0 && st.cueOf[*emitted] == f.cue && f.cue.spk.known() {
		st.addPart(&st.out[*emitted], v.b, sp) // "A,” she said, “B.”
		return true
	}
	if !ok && *emitted >= 0 && st.continuesPrevious(v, k, st.cueOf[*emitted]) {
		st.addPart(&st.out[*emitted], v.b, sp) // "A,” she said. “B.”
		return true
	}
	q := briefing.Quote{Line: st.d.src.LineAt(v.b.Start + sp.start), Form: "marks"}
	switch {
	case ok:
		q.Speaker, q.Role, q.Partial = f.cue.spk.name, f.cue.spk.role, f.partial
	case k == 0 && intro != nil && strings.TrimSpace(v.b.Text[:sp.open]) == "":
		q.Speaker, q.Role = intro.spk.name, intro.spk.role
	case k == 0 && st.goesOnQuoting(v, sp):
		q.Speaker, q.Role = st.lastQuote.name, st.lastQuote.role // a paragraph that goes on quoting the same speaker
		st.carried[len(st.out)] = true
	case !sentenceLike(v.b.Text[sp.start:sp.end]) || sp.open > s0 && !st.opensParagraph(v, sp):
		return true // a title, a name or scare quotes: not words someone said
	}
	if q.Partial && titleCase(v.b.Text[sp.start:sp.end]) {
		return true // a title quoted in reported speech ("the show “This Week”")
	}
	st.addPart(&q, v.b, sp)
	st.emit(q, v.bi)
	*emitted = len(st.out) - 1
	if ok {
		st.cueOf[*emitted] = f.cue
		if f.cue.spk.known() {
			st.lastQuote = f.cue.spk
		}
	}
	if !sp.closed {
		st.open = []int{*emitted}
		return false
	}
	return true
}

// goesOnQuoting reports whether a paragraph that opens with quoted words and attributes nothing itself
// goes on quoting the speaker of the paragraph before: nobody else is named or speaks in it.
func (st *quoteState) goesOnQuoting(v *blockView, sp qspan) bool {
	if st.lastQuoteBlock != v.bi-1 || !st.lastQuote.known() || !st.opensParagraph(v, sp) || !sentenceLike(v.b.Text[sp.start:sp.end]) {
		return false
	}
	for i := range v.cues {
		if v.cues[i].a < v.cues[i].b {
			return false
		}
	}
	return len(st.mentionsIn(v, 0, len(v.b.Text))) == 0
}

// frameOf ties stretch k (in sentence [s0, s1)) to its cue: a verb right after it, right before it,
// or earlier in its sentence (a partial quotation).
func (st *quoteState) frameOf(v *blockView, k, s0, s1 int) (frame, bool) {
	sp := v.spans[k]
	leadStart := s0
	if k > 0 && v.spans[k-1].after > leadStart {
		leadStart = v.spans[k-1].after
	}
	lead := strings.TrimSpace(v.b.Text[leadStart:sp.open])
	after, before := st.cueAfter(v, k, s1), st.cueBefore(v, k, leadStart)
	afterFrame := frame{cue: after, partial: lead != "" && !endsIntro(lead) && sp.open > s0}
	beforeFrame := frame{cue: before, partial: !endsIntro(lead) && !startsSentence(v.b.Text[sp.start:sp.end])}
	if after != nil && before != nil && before.spk.known() && v.toks[after.tok].Start >= s1 && endsIntro(lead) {
		after = nil // "telling her, “… !” She replied": the words were introduced; the next sentence answers them
	}
	switch {
	case after != nil && after.spk.known():
		return afterFrame, true
	case before != nil && before.spk.known():
		if c := v.cueBeforeIn(s0, before); c != nil && v.unrealisedVerb(before.tok) {
			return frame{cue: c, partial: true}, true // "X says she expects Y to announce “…”": X's words
		}
		return beforeFrame, true
	}
	if c := st.reportingCue(v, s0, sp.open); c != nil {
		return frame{cue: c, partial: true}, true
	}
	// a verb next to the words with no speaker we can name ("alleged “…”"): quoted, unattributed
	switch {
	case after != nil:
		return afterFrame, true
	case before != nil:
		return beforeFrame, true
	}
	return frame{}, false
}

// reportingCue finds the verb of reported speech that words quoted at offset before belong to: the
// first verb of the sentence with a known speaker ("Trump said Fox executives were calling “…”"),
// unless a later one opens a clause of its own ("…, after Quick said the senator was “…”").
func (st *quoteState) reportingCue(v *blockView, s0, before int) *cue {
	var chosen *cue
	s0 = v.mainClauseStart(s0, before)
	for i := range v.cues {
		c := &v.cues[i]
		off := v.toks[c.tok].Start
		if off < s0 || !c.spk.known() && !v.pronounPhrase(c) {
			continue // but "he said it was “…”" with a "he" we cannot resolve is still reported speech
		}
		if off >= before {
			break
		}
		if chosen == nil || v.subordinateBetween(chosen.tok, c.a) && !v.unrealisedVerb(c.tok) {
			chosen = c
		}
	}
	return chosen
}

// pronounPhrase reports whether the speaker phrase of cue c is a personal pronoun ("he", "she").
func (v *blockView) pronounPhrase(c *cue) bool {
	return c.b == c.a+1 && is(&v.toks[c.a], tagSpeakerPronoun) && !v.toks[c.a].IsAllCaps()
}

// cueBeforeIn returns the last cue with a known speaker of the sentence starting at s0 that comes
// before cue c, or nil.
func (v *blockView) cueBeforeIn(s0 int, c *cue) *cue {
	var last *cue
	for i := range v.cues {
		k := &v.cues[i]
		if k.tok >= c.tok {
			break
		}
		if v.toks[k.tok].Start >= s0 && k.spk.known() {
			last = k
		}
	}
	return last
}

// unrealisedVerb reports whether the verb at token i is only expected or supposed — after "to" or a
// modal ("expects Obama to announce", "Americans will say") — so the words quoted after it are still the
// main speaker's.
func (v *blockView) unrealisedVerb(i int) bool {
	j := i - 1
	for j >= 0 && v.word(j) && !v.toks[j].Is("to") && (lexicon.CueAdverbs[v.toks[j].Lower()] || v.toks[j].Is("not")) {
		j-- // "to publicly announce", "will not say"
	}
	return j >= 0 && v.word(j) && (v.toks[j].Is("to") || lexicon.Modals[v.toks[j].Lower()])
}

// cueAfter finds the cue that attributes stretch k from right after its closing mark ("…,” said X",
// "…,” X said", "…?” Trump asked."): its speaker phrase or verb must come first after the mark (a
// word or two may qualify the speaker: "…,” a smiling Trump said").
func (st *quoteState) cueAfter(v *blockView, k, s1 int) *cue {
	sp := v.spans[k]
	if !sp.closed {
		return nil
	}
	end := s1
	if strings.TrimSpace(v.b.Text[sp.after:end]) == "" && end < len(v.b.Text) && endsQuestionOrCry(v.b.Text[sp.start:sp.end]) {
		_, end = sentenceOf(v.starts, end) // "“…?” Trump asked.": the attribution is a sentence of its own
	}
	if k+1 < len(v.spans) && v.spans[k+1].open < end {
		end = v.spans[k+1].open
	}
	first := -1
	for i, t := range v.toks {
		if t.Start >= sp.after && t.Start < end && t.Kind != prose.Punct {
			first = i
			break
		}
	}
	if first < 0 {
		return nil
	}
	for i := range v.cues {
		c := &v.cues[i]
		if v.toks[c.tok].Start >= end || c.tok > first+16 {
			break
		}
		if c.after && c.tok == first || !c.after && c.b > c.a && c.a >= first && c.a <= first+3 && v.onlyModifiers(first, c.a) {
			if c.tok+1 < len(v.toks) && v.toks[c.tok+1].Text == ":" {
				return nil // "…,” Trump said: “…”": the verb introduces the next quotation
			}
			if !c.resolved { // in the next sentence, not read yet
				s0, _ := sentenceOf(v.starts, v.toks[c.tok].Start)
				st.resolveCue(v, i, s0)
			}
			return c
		}
	}
	return nil
}

// cueBefore finds the cue that introduces stretch k from its lead ("She said: “…”", "Said Mr Kok:
// “…”", "X said that “…”"): it must end close to the opening mark.
func (st *quoteState) cueBefore(v *blockView, k, leadStart int) *cue {
	sp := v.spans[k]
	lead := strings.TrimRightFunc(v.b.Text[leadStart:sp.open], unicode.IsSpace)
	slack := 1 // "said that", "described it as"
	if endsIntro(lead) {
		slack = 9 // "told reporters on Monday:"
	}
	for i := len(v.cues) - 1; i >= 0; i-- {
		c := &v.cues[i]
		last := c.tok
		if c.after {
			last = c.b - 1
		}
		if v.toks[c.tok].Start < leadStart || v.toks[last].Start >= sp.open {
			continue
		}
		between := 0
		for j := last + 1; j < len(v.toks) && v.toks[j].Start < sp.open; j++ {
			if v.toks[j].Kind != prose.Punct {
				between++
			}
		}
		if between <= slack {
			return c
		}
		return nil
	}
	return nil
}

// endsQuestionOrCry reports whether quoted words end with a question or exclamation mark, after which
// the attribution may start a new sentence ("“Why now?” she asked.").
func endsQuestionOrCry(quoted string) bool {
	last, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(quoted))
	return last == '?' || last == '!'
}

func endsIntro(lead string) bool {
	last, _ := utf8.DecodeLastRuneInString(lead)
	return last == ':' || last == ','
}

// startsSentence reports whether quoted words begin like a sentence (a capital letter).
func startsSentence(s string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(s, " .…'‘"))
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// sentenceLike reports whether quoted words read as something said rather than a title or a term: a
// capitalised start, four words or more, and a stop or comma at the end or several clauses.
func sentenceLike(s string) bool {
	s = strings.TrimSpace(s)
	if !startsSentence(s) || prose.CountWords(s) < 4 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?,…;—", last) || prose.CountWords(s) >= 10 && !titleCase(s)
}

// opensParagraph reports whether stretch sp starts its paragraph.
func (st *quoteState) opensParagraph(v *blockView, sp qspan) bool {
	return strings.TrimSpace(v.b.Text[:sp.open]) == ""
}

// continuesPrevious reports whether stretch k, which has no cue of its own, goes on with quotation
// prev before it in the paragraph ("A,” she said at the rally. “B.”): nothing stands between them but
// that quotation's own attribution — no other verb of speech, nobody else named.
func (st *quoteState) continuesPrevious(v *blockView, k int, prev *cue) bool {
	quoted := v.b.Text[v.spans[k].start:v.spans[k].end]
	if k == 0 || !sentenceLike(quoted) && !startsSentence(quoted) {
		return false
	}
	from, to := v.spans[k-1].after, v.spans[k].open
	for i := range v.cues {
		if off := v.toks[v.cues[i].tok].Start; off >= from && off < to && &v.cues[i] != prev {
			return false
		}
	}
	if prev == nil && strings.TrimSpace(strings.Trim(v.b.Text[from:to], " ,.;:—–-")) != "" {
		return false
	}
	if prev != nil { // the attribution's own sentence may name others ("… Boyle asked Trump.")
		_, from = sentenceOf(v.starts, v.toks[prev.tok].Start)
	}
	for _, m := range st.mentionsIn(v, from, to) {
		if prev == nil || m.spk.name != prev.spk.name {
			return false
		}
	}
	return true
}

// closingCue is the cue after the closing mark of a quotation that began paragraphs earlier.
func (st *quoteState) closingCue(v *blockView, chain []int) *cue {
	if len(chain) == 0 || len(v.spans) == 0 {
		return nil
	}
	if c := st.cueAfter(v, 0, len(v.b.Text)); c != nil && c.spk.known() {
		return c
	}
	return nil
}

// continueOpen goes on with a quotation left open by the previous paragraph when this one opens with
// a quotation mark: its words are a quotation of their own, by the same speaker. It returns the index
// of the next stretch to read (-1 when the quotation is still open after this paragraph) and, when it
// closes here, the quotations whose speaker the attribution after the closing mark may give.
func (st *quoteState) continueOpen(v *blockView) (int, []int) {
	chain := st.open
	st.open = nil
	if len(v.spans) == 0 || !st.opensParagraph(v, v.spans[0]) || len(st.out) == 0 {
		return 0, nil
	}
	sp := v.spans[0]
	first := st.out[chain[0]]
	q := briefing.Quote{Line: st.d.src.LineAt(v.b.Start + sp.start), Form: "marks", Speaker: first.Speaker, Role: first.Role}
	st.addPart(&q, v.b, sp)
	st.emit(q, v.bi)
	chain = append(chain, len(st.out)-1)
	if st.carried[chain[0]] {
		st.carried[len(st.out)-1] = true
	}
	if !sp.closed {
		st.open = chain
		return -1, nil
	}
	return 1, chain
}

// statement takes a paragraph without quotation marks as the words introduced by "X said:" or "X
// tweeted," at the end of the paragraph before.
func (st *quoteState) statement(v *blockView, intro *introLine) {
	q := briefing.Quote{Speaker: intro.spk.name, Role: intro.spk.role, Line: v.b.FirstLine, Form: "block"}
	if intro.tweet {
		q.Form = "tweet"
	}
	words := trimTrailingLinks(v.b.Text)
	q.Text = words
	q.Parts = []briefing.Evidence{{Text: words, Line: v.b.FirstLine, Offset: v.b.Start}}
	st.emit(q, v.bi)
	st.lastQuote = intro.spk
	st.checkIntro(v)
}

// checkIntro looks at the end of a paragraph for "X said:" / "GDS tweeted," introducing the next one.
func (st *quoteState) checkIntro(v *blockView) {
	t := strings.TrimRightFunc(v.b.Text, unicode.IsSpace)
	last, _ := utf8.DecodeLastRuneInString(t)
	if (last != ':' && last != ',') || len(v.cues) == 0 {
		return
	}
	c := &v.cues[len(v.cues)-1]
	if !c.spk.known() {
		return
	}
	between := 0
	for j := c.tok + 1; j < len(v.toks); j++ {
		if v.toks[j].Kind == prose.Word && !(c.after && j < c.b) {
			between++
		}
	}
	verb := v.toks[c.tok].Lower()
	tweet := strings.HasPrefix(verb, "tweet")
	written := tweet || strings.HasPrefix(verb, "post") || verb == "wrote" || verb == "writes"
	if between > 6 || last == ',' && !written {
		return
	}
	st.intro = &introLine{spk: c.spk, tweet: tweet}
}

func (st *quoteState) addPart(q *briefing.Quote, b prose.Block, sp qspan) {
	content := b.Text[sp.start:sp.end]
	// "…,” said X": the comma belongs to the sentence, not the quotation
	trimmed := strings.TrimRightFunc(content, func(r rune) bool { return unicode.IsSpace(r) || r == ',' })
	lead := len(content) - len(strings.TrimLeftFunc(content, unicode.IsSpace))
	trimmed = trimmed[lead:]
	if trimmed == "" {
		return
	}
	off := b.Start + sp.start + lead
	q.Parts = append(q.Parts, briefing.Evidence{Text: trimmed, Line: st.d.src.LineAt(off), Offset: off})
	if q.Text != "" {
		last, _ := utf8.DecodeLastRuneInString(q.Text)
		first, _ := utf8.DecodeRuneInString(trimmed)
		if !strings.ContainsRune(".!?…", last) && unicode.IsUpper(first) {
			q.Text += " …" // words left out between the pieces (an attribution), marked as editors do
		}
		q.Text += " "
	}
	q.Text += trimmed
}

// trimTrailingLinks drops links and picture addresses at the end of a statement (embedded tweets end
// with "pic.twitter.com/…").
func trimTrailingLinks(s string) string {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	var buf [8]prose.Token
	for {
		// no token spans a space, tab or line break, so the text after the last one holds the last
		// token, tokenized as in the whole text
		from := strings.LastIndexAny(s, " \t\n") + 1
		toks := prose.AppendTokens(buf[:0], s[from:])
		if len(toks) == 0 {
			return s
		}
		last := toks[len(toks)-1]
		if last.Kind != prose.URL {
			return s
		}
		s = strings.TrimRightFunc(s[:from+last.Start], unicode.IsSpace)
	}
}

// titleCase reports whether most words of s start with a capital: a title or a name.
func titleCase(s string) bool {
	caps, words := 0, 0
	var buf [16]prose.Token
	for _, t := range prose.AppendTokens(buf[:0], s) {
		if t.Kind != prose.Word {
			continue
		}
		words++
		if t.IsCap() {
			caps++
		}
	}
	return words > 0 && caps*3 >= words*2
}
