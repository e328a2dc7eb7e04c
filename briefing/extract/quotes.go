package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/lexicon"
	"github.com/briefpack/briefpack/briefing/prose"
)

// qspan is a quotation inside one block: offsets of the quoted words (without the marks) relative to
// the block text; closed is false when the paragraph ends before the closing mark.
type qspan struct {
	open, start, end, after int // open: offset of the opening mark; [start,end): the words; after: past the closing mark
	closed                  bool
}

// quoteSpans pairs opening and closing double quotation marks (straight or curly) in a block; when
// the block has none it falls back to curly single marks used as quotation marks (‘…’).
func quoteSpans(text string) []qspan {
	spans := pairMarks(text, func(r rune) bool { return r == '"' || r == '“' || r == '”' || r == '„' })
	if len(spans) == 0 {
		spans = pairMarks(text, func(r rune) bool { return r == '‘' || r == '’' })
	}
	return spans
}

func pairMarks(text string, isMark func(rune) bool) []qspan {
	var out []qspan
	cur := -1 // offset of the pending opening mark
	curLen := 0
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !isMark(r) {
			i += n
			continue
		}
		prev, _ := utf8.DecodeLastRuneInString(text[:i])
		next, _ := utf8.DecodeRuneInString(text[i+n:])
		atStart := i == 0 || unicode.IsSpace(prev) || strings.ContainsRune("([{—–-/:", prev)
		atEnd := i+n == len(text) || unicode.IsSpace(next) || unicode.IsPunct(next)
		inWord := unicode.IsLetter(prev) && unicode.IsLetter(next) // an apostrophe: don’t, Singapore’s
		switch {
		case inWord:
		case cur < 0 && atStart && !unicode.IsSpace(next) && r != '”' && !(r == '’' && !atStart):
			cur, curLen = i, n
		case cur >= 0 && atEnd && r != '“' && r != '‘' && !unicode.IsSpace(prev):
			out = append(out, qspan{open: cur, start: cur + curLen, end: i, after: i + n, closed: true})
			cur = -1
		}
		i += n
	}
	if cur >= 0 {
		out = append(out, qspan{open: cur, start: cur + curLen, end: len(text), after: len(text)})
	}
	return out
}

// quoteState carries what the quote finder knows between paragraphs.
type quoteState struct {
	d           *doc
	out         []briefing.Quote
	pending     *briefing.Quote // a quotation whose paragraph ended before its closing mark
	lastSpeaker string          // speaker of the most recent quotation
	lastRole    string
	intro       *introLine // the previous paragraph ended "X said:" or "X tweeted,"
}

type introLine struct {
	speaker, role string
	tweet         bool
}

// findQuotes finds quotations: words in quotation marks with an attribution before ("X said:", "Said
// Mr Y:") or after ("…,” said X"), quotations running on over paragraphs, paragraphs that continue the
// same speaker, and statements given without marks as a paragraph after "The announcement states:" or
// "GDS tweeted,".
func findQuotes(d *doc) []briefing.Quote {
	st := &quoteState{d: d}
	for bi := range d.blocks {
		st.block(bi)
	}
	st.flushPending()
	return st.out
}

func (st *quoteState) flushPending() {
	if st.pending != nil {
		st.emit(*st.pending)
		st.pending = nil
	}
}

func (st *quoteState) emit(q briefing.Quote) {
	q.Text = squeezeSpace(q.Text) // wrapped lines read as one; Parts keep the exact text
	if q.Text == "" {
		return
	}
	st.out = append(st.out, q)
	if q.Speaker != "" {
		st.lastSpeaker, st.lastRole = q.Speaker, q.Role
	}
}

func (st *quoteState) block(bi int) {
	d := st.d
	b := d.blocks[bi]
	text := b.Text
	spans := quoteSpans(text)
	intro := st.intro
	st.intro = nil

	// a quotation left open by the previous paragraph continues when this one opens with a mark
	if st.pending != nil {
		if len(spans) > 0 && spans[0].open == leadingSpace(text) {
			sp := spans[0]
			st.addPart(st.pending, b, sp)
			spans = spans[1:]
			if sp.closed {
				if st.pending.Speaker == "" {
					st.pending.Speaker, st.pending.Role = st.attributionAfter(b, text, sp)
				}
				st.flushPending()
			}
			if !sp.closed {
				return
			}
		} else {
			st.flushPending()
		}
	}

	// a statement quoted without marks, after "X states:" or "X tweeted,"
	if intro != nil && len(spans) == 0 {
		q := briefing.Quote{Speaker: intro.speaker, Role: intro.role, Line: b.FirstLine, Form: "block"}
		if intro.tweet {
			q.Form = "tweet"
		}
		words := trimTrailingLinks(text)
		q.Text = words
		q.Parts = []briefing.Evidence{{Text: words, Line: b.FirstLine, Offset: b.Start}}
		st.emit(q)
		st.checkIntro(bi)
		return
	}

	prevEnd := 0
	emittedHere := -1 // index in st.out of the last quotation this paragraph produced
	for k, sp := range spans {
		content := text[sp.start:sp.end]
		q := briefing.Quote{Line: d.src.LineAt(b.Start + sp.start), Form: "marks"}
		lead := text[prevEnd:sp.open]
		speaker, role, ok := st.attributionBefore(b, lead, prevEnd)
		if !ok {
			speaker, role = st.attributionAfter(b, text, sp)
			ok = speaker != ""
		}
		// "“A,” said X. “B.”": B goes on with the same quotation
		if !ok && emittedHere >= 0 && emittedHere == len(st.out)-1 && (strings.TrimSpace(lead) == "" || hasReportingVerb(lead)) {
			prev := &st.out[emittedHere]
			st.addPart(prev, b, sp)
			prev.Text = squeezeSpace(prev.Text)
			prevEnd = sp.after
			continue
		}
		wholeBlock := strings.TrimSpace(text[:sp.open]) == "" && (!sp.closed || strings.TrimSpace(text[sp.after:]) == "")
		if !ok && k == 0 && intro != nil && strings.TrimSpace(lead) == "" {
			speaker, role, ok = intro.speaker, intro.role, true
		}
		if !ok && k == 0 && wholeBlock && st.lastSpeaker != "" && bi > 0 && st.previousBlockQuoted(bi) {
			speaker, role, ok = st.lastSpeaker, st.lastRole, true // a paragraph that continues the same speaker
		}
		words := prose.CountWords(content)
		if ok && titleCase(content) && !strings.ContainsAny(content, ".!?") {
			ok = false // a name in quotation marks ("Partnership for the Future"), not words someone said
		}
		if !ok && (words < 12 || !strings.ContainsAny(content, ".!?")) {
			prevEnd = sp.after
			continue // a title or scare quotes, not a quotation
		}
		if ok && words < 4 {
			prevEnd = sp.after
			continue
		}
		q.Speaker, q.Role = speaker, role
		st.addPart(&q, b, sp)
		if !sp.closed {
			st.pending = &q
			return
		}
		st.emit(q)
		emittedHere = len(st.out) - 1
		prevEnd = sp.after
	}
	st.checkIntro(bi)
}

func leadingSpace(s string) int {
	return len(s) - len(strings.TrimLeftFunc(s, unicode.IsSpace))
}

// previousBlockQuoted reports whether the paragraph before bi held a quotation.
func (st *quoteState) previousBlockQuoted(bi int) bool {
	if len(st.out) == 0 {
		return false
	}
	last := st.out[len(st.out)-1]
	pb := st.d.blocks[bi-1]
	lastPart := last.Parts[len(last.Parts)-1]
	return lastPart.Offset >= pb.Start && lastPart.Offset < pb.End
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

// checkIntro looks at the end of block bi for "X said:" / "GDS tweeted," introducing the next paragraph.
func (st *quoteState) checkIntro(bi int) {
	b := st.d.blocks[bi]
	t := strings.TrimRightFunc(b.Text, unicode.IsSpace)
	if t == "" {
		return
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	if last != ':' && last != ',' {
		return
	}
	// the last sentence (or clause after the last full stop)
	start := 0
	if sents := prose.Sentences(t); len(sents) > 0 {
		start = sents[len(sents)-1].Start
	}
	phrase := t[start : len(t)-1]
	toks := prose.Tokenize(phrase)
	verbAt := -1
	for i := len(toks) - 1; i >= 0 && i >= len(toks)-6; i-- {
		if toks[i].Kind == prose.Word && lexicon.ReportingVerbs[toks[i].Lower()] {
			verbAt = i
			break
		}
	}
	if verbAt < 0 || (last == ',' && !strings.HasPrefix(toks[verbAt].Lower(), "tweet") && !strings.HasPrefix(toks[verbAt].Lower(), "post") && !strings.HasPrefix(toks[verbAt].Lower(), "wrote")) {
		return
	}
	speaker, role := st.speakerIn(phrase, b.Start+start)
	if speaker == "" {
		return
	}
	tweet := strings.HasPrefix(toks[verbAt].Lower(), "tweet")
	st.intro = &introLine{speaker: speaker, role: role, tweet: tweet}
}

// attributionBefore reads "X said:" / "Said Mr Y:" / "X, role, said," right before an opening mark.
func (st *quoteState) attributionBefore(b prose.Block, lead string, leadOff int) (speaker, role string, ok bool) {
	t := strings.TrimRightFunc(lead, unicode.IsSpace)
	if t == "" {
		return "", "", false
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	cut := 1
	switch {
	case last == ':' || last == ',':
	case strings.HasSuffix(t, " as") || strings.HasSuffix(t, " that"):
		// "X has described the plan as “…”", "X said that “…”"
		cut = len(t) - strings.LastIndexByte(t, ' ')
	case !strings.ContainsRune(".!?", last) && hasReportingVerb(lastSentence(t)):
		// "X said the partnership would “open new doors”": words quoted inside reported speech
		cut = 0
	default:
		return "", "", false
	}
	// only the last sentence of the lead, without the word cut off ("as", "that")
	t = t[:len(t)-cut]
	start := 0
	if sents := prose.Sentences(t); len(sents) > 0 {
		start = sents[len(sents)-1].Start
	}
	phrase := t[start:]
	if !hasReportingVerb(phrase) {
		return "", "", false
	}
	speaker, role = st.speakerIn(phrase, b.Start+leadOff+start)
	return speaker, role, speaker != ""
}

// attributionAfter reads "…,” said X." / "…,” X said." / "…,” according to X." after a closing mark.
func (st *quoteState) attributionAfter(b prose.Block, text string, sp qspan) (speaker, role string) {
	if !sp.closed {
		return "", ""
	}
	rest := text[sp.after:]
	// up to the next opening mark or the end of the sentence
	if sps := quoteSpans(rest); len(sps) > 0 {
		rest = rest[:sps[0].open]
	}
	if sents := prose.Sentences(rest); len(sents) > 0 {
		rest = rest[:sents[0].End]
	}
	rest = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(rest), "."))
	if rest == "" {
		return "", ""
	}
	toks := prose.Tokenize(rest)
	verb := -1
	for i, tk := range toks {
		if i > 16 { // "…,” Kenya's Cabinet Secretary for Information, David Mwangi, told reporters."
			break
		}
		if tk.Kind == prose.Word && (lexicon.ReportingVerbs[tk.Lower()] || tk.Is("according")) {
			verb = i
			break
		}
	}
	if verb < 0 {
		return "", ""
	}
	return st.speakerIn(rest, b.Start+sp.after+strings.Index(text[sp.after:], rest))
}

func lastSentence(t string) string {
	if sents := prose.Sentences(t); len(sents) > 0 {
		return t[sents[len(sents)-1].Start:]
	}
	return t
}

func hasReportingVerb(s string) bool {
	for _, tk := range prose.Tokenize(s) {
		if tk.Kind == prose.Word && lexicon.ReportingVerbs[tk.Lower()] {
			return true
		}
	}
	return false
}

// speakerIn finds who speaks in an attribution phrase ("Kok Ping Soon, chief executive of X said",
// "Said Mr Cunnington", "he added", "The FCO announcement states", "GDS tweeted"). off is the phrase's
// offset in the source text (for "he": the last person named before it).
func (st *quoteState) speakerIn(phrase string, off int) (speaker, role string) {
	d := st.d
	toks := prose.Tokenize(phrase)
	// 1. a person's name (two or more name words), known or new
	for i := 0; i < len(toks); i++ {
		a, b := nameSpan(toks, i)
		if b-a >= 2 {
			name := phrase[toks[a].Start:toks[b-1].End]
			r := roleBefore(phrase, toks, a)
			if r == "" {
				r = roleAfter(phrase, toks, b)
			}
			if rec := d.people.resolve(name); rec != nil {
				if r == "" {
					r = bestRole(rec.roles)
				}
				return rec.name, plain(r)
			}
			d.people.add(name, plain(r), d.src.LineAt(off+toks[a].Start), off+toks[a].Start)
			return name, plain(r)
		}
		if b > i {
			i = b - 1
		}
	}
	// 2. a title and a surname ("Mr Kok"), or a surname already known
	for i, tk := range toks {
		if !validNameToken(tk) {
			continue
		}
		if rec := d.people.resolve(tk.Text); rec != nil {
			return rec.name, bestRole(rec.roles)
		}
		if i > 0 && isHonorific(toks[i-1]) || i > 1 && toks[i-1].Text == "." && isHonorific(toks[i-2]) {
			j := i - 1
			if toks[j].Text == "." {
				j--
			}
			return phrase[toks[j].Start:tk.End], ""
		}
	}
	// 3. he / she: the last person named before the quotation
	for _, tk := range toks {
		if tk.Kind == prose.Word && lexicon.SpeakerPronouns[tk.Lower()] {
			if rec := d.people.lastBefore(off); rec != nil {
				return rec.name, bestRole(rec.roles)
			}
			return "", ""
		}
	}
	// 4. an organisation: an acronym or a brand-like name ("GDS", "GovTech", "the FCO")
	for _, tk := range toks {
		if tk.Kind != prose.Word || lexicon.ReportingVerbs[tk.Lower()] || lexicon.CountryCodes[tk.Lower()] {
			continue
		}
		if tk.IsAllCaps() || hasInnerCapital(tk.Text) {
			if long := d.expand(tk.Text); long != "" {
				return long + " (" + tk.Text + ")", ""
			}
			return tk.Text, ""
		}
	}
	// 5. a capitalised organisation name ("the Foreign Office", "Ministry of Digital Affairs")
	for i := 0; i < len(toks); i++ {
		if toks[i].Kind != prose.Word || !toks[i].IsCap() || lexicon.ReportingVerbs[toks[i].Lower()] || toks[i].Is("the") {
			continue
		}
		j := i
		for j < len(toks) && toks[j].Kind == prose.Word && (toks[j].IsCap() || (toks[j].Is("of") || toks[j].Is("for") || toks[j].Is("and")) && j+1 < len(toks) && toks[j+1].IsCap()) {
			j++
		}
		if j-i >= 2 && lexicon.OrganisationWords[toks[j-1].Lower()] {
			return phrase[toks[i].Start:toks[j-1].End], ""
		}
		i = j
	}
	// 6. "the statement", "it": whoever spoke last
	for _, tk := range toks {
		if tk.Kind == prose.Word && lexicon.GenericSpeakers[tk.Lower()] && st.lastSpeaker != "" {
			return st.lastSpeaker, st.lastRole
		}
	}
	return "", ""
}

func hasInnerCapital(s string) bool {
	rs := []rune(s)
	for i := 1; i < len(rs); i++ {
		if unicode.IsUpper(rs[i]) && unicode.IsLower(rs[i-1]) {
			return true
		}
	}
	return false
}

// trimTrailingLinks drops links and picture addresses at the end of a statement (embedded tweets end
// with "pic.twitter.com/…").
func trimTrailingLinks(s string) string {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	for {
		toks := prose.Tokenize(s)
		if len(toks) == 0 {
			return s
		}
		last := toks[len(toks)-1]
		if last.Kind != prose.URL {
			return s
		}
		s = strings.TrimRightFunc(s[:last.Start], unicode.IsSpace)
	}
}

// titleCase reports whether most words of s start with a capital: a title or a name.
func titleCase(s string) bool {
	caps, words := 0, 0
	for _, t := range prose.Tokenize(s) {
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
