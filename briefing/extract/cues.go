package extract

import (
	"slices"
	"sort"
	"strings"

	"github.com/briefpack/briefpack/briefing/lexicon"
	"github.com/briefpack/briefpack/briefing/prose"
)

// Cues: the reporting verbs of a paragraph ("said", "told", "according to") outside quotation marks,
// each with the phrase that names who speaks.

// blockView is one paragraph prepared for finding quotations: its tokens, its quotation spans, which
// tokens lie outside quotation marks, and where its sentences start (ignoring stops inside quotations).
type blockView struct {
	bi     int
	b      prose.Block
	toks   []prose.Token
	spans  []qspan
	out    []bool
	starts []int
	cues   []cue
	// mentions are the people the paragraph names outside quotation marks (see mentionsIn)
	mentions []mention
}

// cue is a reporting verb outside quotation marks and the noun phrase [a, b) of tokens naming who
// speaks: the subject before it ("Trump said"), or the words after it ("said Trump", "according to X").
// a == b when the verb has no speaker phrase the finder trusts.
type cue struct {
	tok   int // index of the verb (or of "according")
	a, b  int // speaker phrase
	after bool
	// apposition is a comma-enclosed phrase after the speaker's name ("Clinton, the former secretary of
	// state, said"): tokens [appA, appB), or appA == appB.
	appA, appB int
	spk        speaker // who speaks, once resolved
	resolved   bool
}

// viewBuffers are the slices a paragraph's view is built in. Nothing keeps a view once its paragraph
// is read, so the quotation finder hands them on from one paragraph to the next.
type viewBuffers struct {
	toks          []prose.Token
	out           []bool
	sents, starts []int
}

// newBlockView prepares block bi (whose sentences are sents) for finding quotations, in buf.
func newBlockView(bi int, b prose.Block, sents []sentence, buf *viewBuffers) *blockView {
	buf.toks = blockTokens(buf.toks[:0], b, sents)
	v := &blockView{bi: bi, b: b, toks: buf.toks, spans: quoteSpans(b.Text)}
	buf.out = outsideQuotes(buf.out[:0], v.toks, v.spans)
	v.out = buf.out
	buf.sents = buf.sents[:0]
	for _, s := range sents {
		buf.sents = append(buf.sents, s.start-b.Start)
	}
	buf.starts = sentenceStarts(buf.starts[:0], b.Text, buf.sents, v.spans)
	v.starts = buf.starts
	for i := range v.toks {
		if c, ok := v.cueAt(i); ok {
			v.cues = append(v.cues, c)
		}
	}
	return v
}

// blockTokens appends to out the tokens of block b, offsets relative to the block, from the tokens of
// its sentences (sents, in order) rather than tokenizing the block again.
func blockTokens(out []prose.Token, b prose.Block, sents []sentence) []prose.Token {
	n := 0
	for _, s := range sents {
		n += len(s.toks)
	}
	out = slices.Grow(out, n)
	for _, s := range sents {
		shift := s.start - b.Start
		for _, t := range s.toks {
			t.Start += shift
			t.End += shift
			out = append(out, t)
		}
	}
	return out
}

// tokenAt returns the index of the first token starting at or after offset off.
func (v *blockView) tokenAt(off int) int {
	return sort.Search(len(v.toks), func(i int) bool { return v.toks[i].Start >= off })
}

// hasWordsOutsideQuotes reports whether the text [s0, s1) has a word outside quotation marks.
func (v *blockView) hasWordsOutsideQuotes(s0, s1 int) bool {
	for i := v.tokenAt(s0); i < len(v.toks) && v.toks[i].Start < s1; i++ {
		if v.word(i) {
			return true
		}
	}
	return false
}

// word reports whether token i exists, lies outside quotation marks and is a word.
func (v *blockView) word(i int) bool {
	return i >= 0 && i < len(v.toks) && v.out[i] && v.toks[i].Kind == prose.Word
}

// cueAt reads a cue at token i: a reporting verb used as a verb, "according to", or "as X put it".
func (v *blockView) cueAt(i int) (cue, bool) {
	if !v.word(i) {
		return cue{}, false
	}
	lw := v.toks[i].Lower()
	if lw == "according" {
		if i+1 < len(v.toks) && v.toks[i+1].Is("to") {
			a, b := v.phraseAfter(i + 2)
			return cue{tok: i, a: a, b: b, after: true}, a < b
		}
		return cue{}, false
	}
	if !v.verbOfSpeech(i) {
		return cue{}, false
	}
	c := cue{tok: i}
	switch {
	case i+2 < len(v.toks) && v.toks[i+1].Is("by") && isParticipleForm(lw): // "was asked by host Bill Maher"
		c.a, c.b = v.phraseAfter(i + 2)
		c.after = true
		return c, c.a < c.b
	case v.invertedAt(i):
		c.a, c.b = v.phraseAfter(i + 1)
		c.after = true
		if c.a < c.b {
			c.appA, c.appB = v.appositionAfter(c.b)
		} else {
			c.after = false // "Said nothing, …": no speaker after it; look before
			c.a, c.b, c.appA, c.appB = v.subjectBefore(i)
		}
	default:
		c.a, c.b, c.appA, c.appB = v.subjectBefore(i)
	}
	if lexicon.CueNouns[lw] && c.a < c.b && v.determiner(c.a) && !c.after && (!v.verbFollows(i) || !isSpeakerNoun(v.toks[c.b-1].Lower())) {
		return cue{}, false // "a Facebook post", "a snappy retort:"; but "The announcement states:"
	}
	return c, true
}

// verbOfSpeech reports whether token i is a reporting verb used as a verb: a word of the lexicon (or the
// first of a two-word one, "shot back"), in lower case unless it opens a sentence, not after a
// determiner ("his remarks"), and "put" only in "as X put it".
func (v *blockView) verbOfSpeech(i int) bool {
	t := &v.toks[i]
	tg := tagsOf(t) // one look-up, or none, for most words: they are no verb of speech
	if tg&(tagReportingVerb|tagPhrasalFirst) == 0 {
		return false
	}
	lw := t.Lower()
	verb := tg&tagReportingVerb != 0
	phrasal := !verb && tg&tagPhrasalFirst != 0 && i+1 < len(v.toks) && lexicon.PhrasalCues[lw+" "+v.toks[i+1].Lower()]
	switch {
	case !verb && !phrasal, t.IsCap() && !v.sentenceStart(i), i > 0 && (v.determiner(i-1) || tg&tagCueNoun != 0 && isPossessive(v.toks[i-1])):
		return false // "his remarks", "Trump’s remarks": a noun
	case lw == "put" || lw == "puts":
		return i+1 < len(v.toks) && v.toks[i+1].Is("it")
	}
	return true
}

// participleSubject reports whether a phrase starting at token a is the subject of an -ing verb right
// after it: it follows "with" ("with many marchers chanting"), opens its sentence or clause, or names a
// document ("a statement saying").
func (v *blockView) participleSubject(a int) bool {
	if a == 0 || v.sentenceStart(a) {
		return true
	}
	p := v.toks[a-1]
	return p.Is("with") || p.Text == "," || p.Text == ";" || p.Text == "—" || isDocumentPhraseEnd(v.toks[a:])
}

func isDocumentPhraseEnd(toks []prose.Token) bool {
	for _, t := range toks {
		if t.Kind == prose.Word && is(&t, tagDocumentNoun) {
			return true
		}
	}
	return false
}

// onlyModifiers reports whether tokens [i, j) are lower-case words that may qualify a speaker before
// their name ("a smiling", "warm-and-fuzzy").
func (v *blockView) onlyModifiers(i, j int) bool {
	for k := i; k < j; k++ {
		if !v.word(k) || v.toks[k].IsCap() || is(&v.toks[k], tagReportingVerb) || is(&v.toks[k], tagStopword) && !is(&v.toks[k], tagNPDeterminer) {
			return false
		}
	}
	return true
}

// subordinateBetween reports whether a subordinate clause opens between tokens i and j.
func (v *blockView) subordinateBetween(i, j int) bool {
	for k := i + 1; k < j && k < len(v.toks); k++ {
		if v.word(k) && is(&v.toks[k], tagSubordinator) {
			return true
		}
	}
	return false
}

// namesDocument reports whether cue c quotes a document: its speaker phrase names one ("The FCO
// announcement states") or the words after the verb do ("said in a statement").
func (v *blockView) namesDocument(c *cue) bool {
	for k := c.a; k < c.b; k++ {
		if is(&v.toks[k], tagDocumentNoun) {
			return true
		}
	}
	for k := c.tok + 1; k < len(v.toks) && k <= c.tok+4 && v.out[k]; k++ {
		if is(&v.toks[k], tagDocumentNoun) {
			return true
		}
	}
	return false
}

// mainClauseStart returns where the main clause starts in the sentence from s0, for words quoted at
// offset before: after an opening subordinate clause ("While Sullivan proclaims it “…”, Clinton fixes on
// the “pivot” line"), else s0.
func (v *blockView) mainClauseStart(s0, before int) int {
	first := v.tokenAt(s0)
	if !v.word(first) || !is(&v.toks[first], tagSubordinator) {
		return s0
	}
	for k := first + 1; k < len(v.toks) && v.toks[k].Start < before; k++ {
		if v.out[k] && v.toks[k].Text == "," && k+1 < len(v.toks) && v.toks[k+1].Start < before {
			return v.toks[k+1].Start
		}
	}
	return s0
}

// isParticipleForm reports whether a reporting verb form can be a past participle ("asked", "told").
func isParticipleForm(lw string) bool {
	return strings.HasSuffix(lw, "ed") || lexicon.IrregularParticiples[lw] || lw == "told" || lw == "said" || lw == "written"
}

// verbFollows reports whether what follows token i shows it is a verb: a colon or comma, or "that"
// (a quotation mark does not: "the crowd's chant “Lock her up!”").
func (v *blockView) verbFollows(i int) bool {
	if i+1 >= len(v.toks) {
		return false
	}
	n := v.toks[i+1]
	return n.Text == ":" || n.Text == "," || n.Is("that")
}

// sentenceStart reports whether token i starts a sentence.
func (v *blockView) sentenceStart(i int) bool {
	off := v.toks[i].Start
	k := sort.SearchInts(v.starts, off)
	return k < len(v.starts) && v.starts[k] == off
}

// invertedAt reports whether the verb at i comes before its speaker: right after a closing quotation
// mark ("…,” said Trump"), or opening a sentence ("Said Mr Kok:").
func (v *blockView) invertedAt(i int) bool {
	if !lexicon.InvertingVerbs[v.toks[i].Lower()] {
		return false // "…,” thanked Obama": a verb with an object after it
	}
	if v.sentenceStart(i) {
		return true
	}
	j := i - 1
	for j >= 0 && v.toks[j].Kind == prose.Punct && v.out[j] && strings.ContainsAny(v.toks[j].Text, ",—–-") {
		j--
	}
	return j >= 0 && !v.out[j] || j >= 0 && isClosingMark(v.toks[j].Text)
}

func isClosingMark(s string) bool { return s == "\"" || s == "”" || s == "’" }

// skipToSpeaker steps back from the verb at i over auxiliaries and adverbs ("has said", "also told",
// "would go on to say") and returns the index of the last token of the speaker phrase.
func (v *blockView) skipToSpeaker(i int) int {
	j := i - 1
	for j >= 0 && v.word(j) {
		lw := v.toks[j].Lower()
		switch {
		case lexicon.CueAdverbs[lw] || strings.HasSuffix(lw, "ly") && !v.toks[j].IsCap():
			j--
		case (lw == "week" || lw == "month" || lw == "year") && j > 0 && v.word(j-1) && is(&v.toks[j-1], tagDeterminer):
			j -= 2 // "Feinstein last week said"
		case prose.WeekdayNames[lw] != 0 || lw == "sunday":
			j-- // "Trump on Tuesday said"
			if j >= 0 && v.toks[j].Is("on") {
				j--
			}
		default:
			return j
		}
	}
	return j
}

// subjectBefore finds the speaker phrase ending right before the verb at i, with an apposition between
// them ("Clinton, the former secretary of state, said").
func (v *blockView) subjectBefore(i int) (a, b, appA, appB int) {
	j := v.skipToSpeaker(i)
	if j >= 1 && v.word(j) && (v.toks[j].Is("who") || v.toks[j].Is("that") || v.toks[j].Is("which")) { // "Rikkie Wells, who tweeted"
		j--
		if v.toks[j].Text == "," {
			j--
		}
	}
	if j < 0 || !v.out[j] {
		return i, i, 0, 0
	}
	if v.toks[j].Text == "," {
		if strings.HasSuffix(v.toks[i].Lower(), "ing") {
			return i, i, 0, 0 // "…, saying": a participle clause; its speaker is the sentence's
		}
		p := v.openingComma(j)
		if p < 0 {
			return i, i, 0, 0
		}
		appA, appB = p+1, j
		j = p - 1
		if j < 0 {
			return i, i, 0, 0
		}
	}
	if v.toks[j].Text == ")" { // "Sen. Ted Cruz (R-Tex.) said"
		if p := v.openingBracket(j); p > 0 {
			j = p - 1
		}
	}
	a = v.phraseStart(j)
	if a > j {
		return i, i, 0, 0
	}
	if strings.HasSuffix(v.toks[i].Lower(), "ing") && !v.participleSubject(a) {
		return i, i, 0, 0 // "emailed supporters saying": the supporters are not who speaks
	}
	if a > 0 && v.word(a-1) && is(&v.toks[a-1], tagObjectPreposition) && !is(&v.toks[a-1], tagSubordinator) {
		return i, i, 0, 0 // "on Facebook writing": an object, not who speaks
	}
	return a, j + 1, appA, appB
}

// openingComma finds the comma that opens an apposition closed by the comma at j: within 16 tokens, in
// the same sentence, with no verb of speech inside. -1 when there is none.
func (v *blockView) openingComma(j int) int {
	first := -1
	for k := j - 1; k >= 0 && k >= j-24; k-- {
		if !v.out[k] {
			continue // a title quoted in the apposition ("star of the show “Scandal,”")
		}
		t := v.toks[k]
		switch {
		case v.sentenceStart(k) && k < j-1, t.Kind == prose.Punct && strings.ContainsAny(t.Text, ".;:!?"),
			is(&t, tagReportingVerb):
			return first
		case t.Text == ",":
			if k+1 < len(v.toks) && (v.toks[k+1].Is("who") || v.toks[k+1].Is("which")) {
				return k // "Swanson, who is a pastor at the church of Elizabeth, Colorado, slammed"
			}
			if first < 0 {
				if k < j-16 {
					return -1
				}
				first = k
			}
		}
	}
	return first
}

func (v *blockView) openingBracket(j int) int {
	for k := j - 1; k >= 0 && k >= j-8; k-- {
		if v.toks[k].Text == "(" {
			return k
		}
	}
	return -1
}

// npWord reports whether token k can sit inside a noun phrase that names a speaker: a capitalised word
// or acronym, an initial's dot, a possessive, or a noun of the speaker lexicons.
func (v *blockView) npWord(k int) bool {
	t := v.toks[k]
	switch {
	case !v.out[k]:
		return false
	case t.Kind == prose.Punct:
		return t.Text == "." && k > 0 && (isInitial(v.toks, k-1) || isTitleWord(v.toks[k-1])) || t.Text == "&"
	case t.Kind != prose.Word:
		return false
	case is(&t, tagSpeakerPronoun) && !t.IsAllCaps():
		return true
	case t.IsCap() || t.IsAllCaps():
		return !(v.sentenceStart(k) && isFunctionWordOrVerb(t.Lower()))
	}
	return isSpeakerNoun(t.Lower()) || is(&t, tagNameParticle) && k > 0 && v.toks[k-1].IsCap() ||
		isPossessive(t) || k+1 < len(v.toks) && is(&v.toks[k+1], tagRoleNoun) && !isFunctionWordOrVerb(t.Lower())
}

// isFunctionWordOrVerb reports whether a lower-case word is a function word, a verb of speech or an -ing
// form: capitalised at a sentence's start it names nobody ("But", "Officials", "Continuing").
func isFunctionWordOrVerb(lw string) bool {
	return lexicon.Stopwords[lw] || lexicon.ReportingVerbs[lw] || strings.HasSuffix(lw, "ing")
}

// isSpeakerNoun reports whether a lower-case word is a noun of the speaker lexicons: a role, a role
// modifier, a description, a document or an organisation word, or a pronoun.
func isSpeakerNoun(lw string) bool {
	return lexicon.RoleNouns[lw] || lexicon.RoleModifiers[lw] || lexicon.DescriptionNouns[lw] ||
		lexicon.DocumentNouns[lw] || lexicon.OrganisationWords[lw] || lexicon.SpeakerPronouns[lw]
}

func isPossessive(t prose.Token) bool {
	return strings.HasSuffix(t.Text, "'s") || strings.HasSuffix(t.Text, "’s") || strings.HasSuffix(t.Text, "s'") || strings.HasSuffix(t.Text, "s’")
}

// phraseStart walks back from token j over a noun phrase ("a spokeswoman for the ministry", "Senate
// Majority Whip John Cornyn") and returns its first token; j+1 when token j cannot end one.
func (v *blockView) phraseStart(j int) int {
	if !v.npWord(j) {
		return v.describedStart(j)
	}
	if is(&v.toks[j], tagSpeakerPronoun) && !v.toks[j].IsAllCaps() {
		return j // a pronoun is a phrase of its own
	}
	k := j
	for k > 0 {
		p := v.toks[k-1]
		switch {
		case v.npWord(k - 1):
			if is(&p, tagSpeakerPronoun) {
				return k
			}
			k--
			continue
		case p.Text == ")" && k >= 3 && v.toks[k-3].Text == "(" && v.toks[k-2].IsAllCaps():
			k -= 3 // "The Vallen Digital Office (VDO) note"
			continue
		case v.word(k-1) && is(&p, tagNPDeterminer):
			if k >= 3 && isPhraseLink(v.toks[k-2]) && v.npWord(k-3) {
				k -= 2 // "Head of the UK Government Digital Service"
				continue
			}
			return k - 1
		case v.word(k-1) && (isPhraseLink(p) || p.Is("in") && k >= 2 && is(&v.toks[k-2], tagDescriptionNoun)) && k >= 2 && v.npWord(k-2):
			k-- // "a spokeswoman for the ministry", "a woman in Worcester"
			continue
		}
		break
	}
	if d := v.describedStart(j); d < k {
		return d // "the paper's editorial board": a description the lexicons do not know
	}
	return k
}

// isPhraseLink reports whether t is a preposition that joins two parts of one speaker phrase
// ("spokeswoman for the ministry", "Head of the Service").
func isPhraseLink(t prose.Token) bool {
	return t.Is("of") || t.Is("for") || t.Is("at") || t.Is("from")
}

// describedStart walks back from token j over at most six words to a determiner ("the committee
// chairmen", "a Wednesday editorial in The Register") and returns its index; j+1 when there is none.
// Any noun can head a phrase that a determiner opens right before a verb of speech.
func (v *blockView) describedStart(j int) int {
	if !v.word(j) || v.toks[j].IsCap() || is(&v.toks[j], tagStopword) {
		return j + 1
	}
	for k := j - 1; k >= 0 && k >= j-8; k-- {
		t := v.toks[k]
		switch {
		case !v.out[k]:
			return j + 1
		case v.word(k) && is(&t, tagNPDeterminer):
			return k
		case t.Kind == prose.Word && isPossessive(t):
			return k // "Hillary Clinton’s right-hand woman"
		case t.Kind != prose.Word || is(&t, tagStopword) && !t.Is("of") && !t.Is("in") && !t.Is("and") || is(&t, tagReportingVerb):
			return j + 1 // but "the Florida senator and Republican presidential candidate"
		}
	}
	return j + 1
}

// phraseAfter reads a speaker phrase starting at token i ("Trump", "the official", "Sen. Ted Cruz
// (R-Tex.)", "a spokeswoman for the campaign"); a == b when none starts there.
func (v *blockView) phraseAfter(i int) (a, b int) {
	k := i
	if v.determiner(k) {
		k++
	}
	for k < len(v.toks) {
		next, ok := v.phraseStepAfter(i, k)
		if !ok {
			break
		}
		k = next
	}
	if k == i || k == i+1 && v.determiner(i) {
		return i, i
	}
	return i, k
}

// determiner reports whether token k is a word that opens a speaker phrase ("the", "a", "two").
func (v *blockView) determiner(k int) bool {
	return v.word(k) && is(&v.toks[k], tagNPDeterminer)
}

// phraseStepAfter reads token k of a speaker phrase that starts at token i and returns the index after
// it; false when the phrase ends before k.
func (v *blockView) phraseStepAfter(i, k int) (int, bool) {
	t := v.toks[k]
	switch {
	case v.npWord(k) && !(k > i && is(&t, tagSpeakerPronoun)):
		return k + 1, true
	case k == i || !v.word(k) || k+1 >= len(v.toks):
		return k, false
	case !t.IsCap() && !is(&t, tagStopword) && validNameToken(v.toks[k+1]):
		return k + 1, true // "Cruz constituent Dan Golvach", "host Bill Maher"
	case isPhraseLink(t) && !t.Is("from") && (v.npWord(k+1) || v.determiner(k+1)):
		if v.determiner(k + 1) { // "a spokeswoman for the campaign"
			return k + 2, true
		}
		return k + 1, true
	}
	return k, false
}

// appositionAfter reads ", a presidential candidate," after a speaker phrase ending at b: the tokens
// up to the next comma or sentence end (at most 14), or b, b.
func (v *blockView) appositionAfter(b int) (int, int) {
	k := b
	if k < len(v.toks) && v.toks[k].Text == "(" {
		for k < len(v.toks) && v.toks[k].Text != ")" && k < b+8 {
			k++
		}
		k++
	}
	if k >= len(v.toks) || v.toks[k].Text != "," {
		return b, b
	}
	start := k + 1
	for m := start; m < len(v.toks) && m < start+14; m++ {
		t := v.toks[m]
		if !v.out[m] || t.Kind == prose.Punct && strings.ContainsAny(t.Text, ",.;:!?") {
			return start, m
		}
	}
	return b, b
}
