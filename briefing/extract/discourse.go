package extract

import (
	"strings"

	"github.com/briefpack/briefpack/briefing/lexicon"
	"github.com/briefpack/briefpack/briefing/prose"
)

// Discourse: who a pronoun speaker ("he said") stands for — the subject of the sentence it is in, the
// subject of the sentence before, or the most recent speaker, whichever comes first and agrees in
// gender. Nobody, when none does.

// mention is a person named in a sentence, outside quotation marks.
type mention struct {
	tok int
	spk speaker
}

// subjectOf returns the person who is the subject of the sentence [s0, s1) of block v, before token
// limit: the speaker of its first verb of speech ("Cuban said he …") outside an opening phrase ("Asked
// by Roe, Cuban said"), else the person named in subject position — after any opening phrase ("In
// describing Trump, Cuban …"), not a possessor ("Trump's daughter"), nor a name that qualifies a noun
// ("McConnell spokesman Don Stewart") — or what its opening "He" or "She" stands for; when there is
// none, the first person the sentence names outside a prepositional phrase, else a described person
// ("the former president"), who speaks for a participle after it but whom no pronoun is resolved to.
func (st *quoteState) subjectOf(v *blockView, s0, s1, limit int) speaker {
	first := v.subjectStart(s0, s1)
	for i := range v.cues {
		c := &v.cues[i]
		if off := v.toks[c.tok].Start; off >= s0 && off < s1 && c.tok < limit && c.tok >= first && (c.spk.kind == personSpeaker || c.spk.personal) &&
			!v.relativeCue(c) {
			return c.spk
		}
	}
	if first < 0 || first >= limit {
		return speaker{}
	}
	if t := v.toks[first]; t.Is("he") || t.Is("she") {
		return st.genderedAntecedent(t.Lower(), speaker{})
	}
	if spk, ok := st.asideSpeaker(v, first, s1, limit); ok {
		return spk
	}
	if len(st.mentionsIn(v, v.toks[first].Start, v.toks[first].End)) == 0 {
		if spk, ok := st.bareSurnameSubject(v, first); ok {
			return spk // "Walz drove Peter Holm …": Walz, not the name after the verb
		}
	}
	if spk, ok := st.subjectMention(v, first, s1, limit, true); ok {
		return spk
	}
	if spk, ok := st.bareSurnameSubject(v, first); ok {
		return spk
	}
	if spk, ok := st.subjectMention(v, first, s1, limit, false); ok {
		return spk
	}
	if end := v.describedPersonEnd(first, limit); end > first {
		return speaker{name: lowerFirst(v.b.Text[v.toks[first].Start:v.toks[end-1].End]), kind: describedSpeaker, personal: true, ref: st.lastSubjectSpeaker(v, s0, first)}
	}
	return speaker{}
}

// asideSpeaker returns the person an attribution set between commas names ("And Trump, said
// Sunshine, does not forgive"): the sentence is theirs, whoever it is about.
func (st *quoteState) asideSpeaker(v *blockView, first, s1, limit int) (speaker, bool) {
	for _, m := range st.mentionsIn(v, v.toks[first].Start, s1) {
		if m.tok >= limit {
			break
		}
		_, b := nameAt(v.toks, m.tok)
		if b+1 < len(v.toks) && is(&v.toks[b], tagReportingVerb) && v.toks[b+1].Text == "," && v.commaBetween(first, m.tok) {
			return m.spk, true // "That, RNC chief of staff Katie Walsh explained, is by design."
		}
		if m.tok < 2 || !is(&v.toks[m.tok-1], tagReportingVerb) || v.toks[m.tok-2].Text != "," {
			continue
		}
		if b >= len(v.toks) || v.toks[b].Text == "," || v.toks[b].Text == "." {
			return m.spk, true // ", said Sunshine," — not ", said Clinton should …", what was said
		}
	}
	return speaker{}, false
}

// commaBetween reports whether a comma stands among tokens [a, b).
func (v *blockView) commaBetween(a, b int) bool {
	for k := a; k < b; k++ {
		if v.toks[k].Text == "," {
			return true
		}
	}
	return false
}

// relativeCue reports whether cue c's verb speaks in a relative clause ("…, particularly Bush and
// Christie, who say …"): its speaker is someone the sentence mentions, not its subject.
func (v *blockView) relativeCue(c *cue) bool {
	for _, k := range []int{c.tok - 1} {
		if k >= 0 && k < len(v.toks) && (v.toks[k].Is("who") || v.toks[k].Is("which")) {
			return true
		}
	}
	return false
}

// subjectMention returns the first person named from token first of a sentence ending at s1, before
// token limit, who is not the object of a preposition and does not qualify a noun; with strict, only
// one named inside the noun phrase that opens at first.
func (st *quoteState) subjectMention(v *blockView, first, s1, limit int, strict bool) (speaker, bool) {
	for _, m := range st.mentionsIn(v, v.toks[first].Start, s1) {
		if m.tok >= limit || strict && !v.inSubjectPhrase(first, m.tok) {
			break
		}
		// the word before the subject's first word links the sentence ("And Lind, …"): no preposition
		if m.tok > first && v.word(m.tok-1) && isPreposition(v.toks[m.tok-1]) || v.qualifiesNoun(m.tok) {
			continue
		}
		return m.spk, true
	}
	return speaker{}, false
}

// describedPersonEnd returns the end of a sentence's subject at token first when it is one person the
// source describes rather than names ("the former president", "The senator"): "the" and a singular
// role noun; else first.
func (v *blockView) describedPersonEnd(first, limit int) int {
	if !v.toks[first].Is("the") {
		return first
	}
	for k := first + 1; k < limit && k < first+5 && v.word(k); k++ {
		t := &v.toks[k]
		if is(t, tagRoleNoun) {
			if lw := t.Lower(); strings.HasSuffix(lw, "s") && !strings.HasSuffix(lw, "ss") {
				return first
			}
			return k + 1
		}
		if !is(t, tagRoleModifier) && !t.IsCap() && !nounPhraseWord(t.Lower()) {
			return first
		}
	}
	return first
}

// inSubjectPhrase reports whether a name at token i still belongs to the subject that opens at token
// first: only the words of a noun phrase stand between them ("Sanders campaign manager Jeff Weaver",
// "One voter, Guadalupe Potocacetpl,"), not a verb ("McAuliffe remarked that he had consulted Howard").
func (v *blockView) inSubjectPhrase(first, i int) bool {
	for k := first; k < i; k++ {
		t := &v.toks[k]
		switch {
		case v.npWord(k) || v.determiner(k) || t.Kind == prose.Number:
		case t.Kind == prose.Punct && (t.Text == "," || t.Text == "-" || t.Text == "–" || t.Text == "(" || t.Text == ")" || t.Text == "."):
		case t.Kind == prose.Word && (t.Is("and") || v.out[k] && nounPhraseWord(t.Lower())):
		default:
			return false
		}
	}
	return true
}

// nounPhraseWord reports whether a lower-case word may stand inside a subject's noun phrase before the
// name ("presidential", "longtime", "33-year-old"): not a function word, a verb of speech, an adverb
// or a word shaped like a verb ("remarked", "pulls", "seeking").
func nounPhraseWord(lw string) bool {
	if strings.ContainsRune(lw, '-') {
		return true
	}
	return !isFunctionWordOrVerb(lw) && !strings.HasSuffix(lw, "ed") && !strings.HasSuffix(lw, "ly") &&
		!(strings.HasSuffix(lw, "s") && !strings.HasSuffix(lw, "ss"))
}

// qualifiesNoun reports whether the name at token i only qualifies the noun after it ("McConnell
// spokesman Don Stewart", "the Trump campaign"), so is not the subject itself.
func (v *blockView) qualifiesNoun(i int) bool {
	_, b := nameAt(v.toks, i)
	return b < len(v.toks) && isQualifiedNoun(v.toks[b])
}

// subjectStart returns the first token of sentence [s0, s1) after the words that link it to the one
// before ("But", "And even") and an opening phrase ("On Monday,", "Asked about it,", "In describing
// Trump,"), or -1.
func (v *blockView) subjectStart(s0, s1 int) int {
	first := -1
	for i := v.tokenAt(s0); i < len(v.toks); i++ {
		if v.out[i] && v.toks[i].Kind == prose.Word {
			first = i
			break
		}
	}
	for first >= 0 && first+1 < len(v.toks) && v.word(first+1) && lexicon.SentenceLinks.HasLower(v.toks[first].Text) {
		first++ // "And even Obama agreed"
	}
	if first < 0 || v.toks[first].Start >= s1 {
		return -1
	}
	lw := v.toks[first].Lower()
	if lexicon.OpeningAdverbs.Has(lw) && first+1 < len(v.toks) && v.toks[first+1].IsCap() {
		return first + 1 // "Meanwhile Rihanna, who …": the adverb links, the name is the subject
	}
	if !(is(&v.toks[first], tagObjectPreposition|tagSubordinator) || strings.HasSuffix(lw, "ing") || strings.HasSuffix(lw, "ed") ||
		lexicon.OpeningAdverbs.Has(lw)) { // "Earlier in the season, Davis …"
		return first
	}
	for k := first + 1; k < len(v.toks) && v.toks[k].Start < s1 && k < first+20; k++ {
		if v.toks[k].Text == "," && v.out[k] {
			if k+1 < len(v.toks) && v.toks[k+1].Start < s1 {
				return k + 1
			}
			return -1
		}
	}
	return first
}

// bareSurnameSubject takes one capitalised word opening a sentence and followed by a lower-case word
// ("Walz approaches it …") as a person, when it is not a word the source also writes in lower case,
// a place, a party or a description.
func (st *quoteState) bareSurnameSubject(v *blockView, i int) (speaker, bool) {
	t := v.toks[i]
	who := i+2 < len(v.toks) && v.toks[i+1].Text == "," && v.toks[i+2].Is("who") // "Rihanna, who …"
	if !validNameToken(t) || i+1 >= len(v.toks) || !who && (v.toks[i+1].Kind != prose.Word || v.toks[i+1].IsCap() ||
		is(&v.toks[i+1], tagObjectPreposition) || // "Early in his campaign, …": an adverb, not a name
		v.toks[i+1].Is("later") || v.toks[i+1].Is("earlier") || v.toks[i+1].Is("ago")) { // "Hours later, …"
		return speaker{}, false
	}
	lw := t.Lower()
	if st.d.writesLower(lw) || isPlaceName(t.Text) || isPartyLabel(t.Text) || is(&t, tagDescriptionNoun) || isGivenName(t.Text) {
		return speaker{}, false
	}
	if spk, ok := st.personAt(v, i, i+1); ok {
		return spk, true // the surname of someone the source names in full
	}
	return speaker{name: t.Text, kind: personSpeaker}, true
}

// genderedAntecedent resolves "he" or "she": the first of the candidates, then the subjects of the
// three sentences before and the most recent person who spoke, that agrees in gender.
func (st *quoteState) genderedAntecedent(p string, first speaker) speaker {
	want := byte('m')
	if p == "she" {
		want = 'f'
	}
	for i, cand := range []speaker{first, st.prevSubject, st.olderSubjects[0], st.olderSubjects[1], st.lastPerson} {
		if cand.personal {
			if r := cand.ref; r != nil && (r.gender == want || r.gender == 0) {
				return *r // "Kasich said … The Ohio governor said … he said": Kasich
			}
			return speaker{} // "the former president … he said": someone the source does not name here
		}
		if i == 4 && st.someoneElseNamed(want) {
			return speaker{} // another person who could be "he" was named since the last speaker spoke
		}
		if cand.kind == personSpeaker && cand.gender == 0 && cand.rec == nil {
			cand = st.ofGender(cand, want)
		}
		if cand.kind == personSpeaker && (cand.gender == want || cand.gender == 0 && cand.surelyPerson() && (i <= 1 || !st.someoneElseNamed(want))) {
			if cand.gender == 0 && cand.rec != nil {
				cand.rec.gender = want // the source has now told us
			}
			cand.gender = want
			return cand
		}
	}
	return speaker{}
}

// ofGender resolves a surname that several people of the source share ("Clinton") to the one of them
// of gender want, when the others are all of the other gender; else it returns cand as it is.
func (st *quoteState) ofGender(cand speaker, want byte) speaker {
	var found *personRec
	for _, r := range st.d.people.surnameOf(cand.name) {
		switch {
		case r.gender == 0:
			return cand
		case r.gender == want && found != nil:
			return cand
		case r.gender == want:
			found = r
		}
	}
	if found == nil {
		return cand
	}
	return speaker{name: found.name, role: bestRole(found.roles), kind: personSpeaker, rec: found, gender: want, spoke: cand.spoke}
}

// isPreposition reports whether t is a preposition or conjunction that makes the name after it an
// object rather than a subject.
func isPreposition(t prose.Token) bool {
	lw := t.Lower()
	return is(&t, tagObjectPreposition) || lw == "and" || lw == "or"
}

// mentionsIn lists the people named in the tokens of v that start in [s0, s1) (block offsets): full
// names, and surnames of people the source names in full.
func (st *quoteState) mentionsIn(v *blockView, s0, s1 int) []mention {
	if v.mentions == nil {
		v.mentions = st.blockMentions(v)
	}
	var out []mention
	for _, m := range v.mentions {
		if off := v.toks[m.tok].Start; off >= s0 && off < s1 {
			if m.spk.rec != nil && m.spk.gender == 0 {
				m.spk.gender = m.spk.rec.gender // learnt since the paragraph was read
			}
			out = append(out, m)
		}
	}
	return out
}

// blockMentions lists every person block v names outside quotation marks, once per paragraph.
func (st *quoteState) blockMentions(v *blockView) []mention {
	out := []mention{}
	for i := 0; i < len(v.toks); {
		if !v.out[i] {
			i++
			continue
		}
		a, b := nameAt(v.toks, i)
		if b <= a {
			i++
			continue
		}
		if spk, ok := st.personAt(v, a, b); ok {
			out = append(out, mention{tok: a, spk: spk})
		}
		i = b
	}
	return out
}

// personAt resolves the name run [a, b) of v to a person, when it is one: a full name that is not a
// place, or a single word the source uses as a person's name.
func (st *quoteState) personAt(v *blockView, a, b int) (speaker, bool) {
	if isPossessive(v.toks[b-1]) {
		return speaker{}, false
	}
	a = st.d.nameStart(v.toks, a, b, v.sentenceStart(a))
	name := v.b.Text[v.toks[a].Start:v.toks[b-1].End]
	if isPlaceName(name) || isPartyLabel(name) || isPartyLabel(v.toks[b-1].Text) {
		return speaker{}, false // "the Wisconsin Republican": a description
	}
	rec := st.d.people.resolve(name)
	if rec == nil {
		if nameWords(v.toks[a:b]) >= 2 {
			return speaker{name: name, kind: personSpeaker, gender: genderOfFirst(v.toks[a].Text)}, true
		}
		if cands := st.d.people.surnameOf(name); len(cands) > 0 {
			return speaker{name: name, kind: personSpeaker, gender: sharedGender(cands)}, true // "Clinton": one of several
		}
		return speaker{}, false
	}
	return speaker{name: rec.name, role: bestRole(rec.roles), kind: personSpeaker, rec: rec, gender: rec.gender}, true
}

// someoneElseNamed reports whether a person other than the last speaker, of gender want or of unknown
// gender, has been named since the last speaker spoke.
func (st *quoteState) someoneElseNamed(want byte) bool {
	for _, m := range st.namedSince {
		if m.gender == want || m.gender == 0 && m.surelyPerson() {
			return true
		}
	}
	return false
}

// surelyPerson reports whether a speaker of unknown gender is surely a person, and so can be what a
// "he" or "she" stands for: the source gives them a title or a role, has them speak, or calls them by
// their surname.
func (s speaker) surelyPerson() bool {
	return s.spoke || s.rec != nil && (s.rec.listed || s.rec.spoke || s.rec.bySurname)
}

// sharedGender is the gender every one of the people has, or 0.
func sharedGender(recs []*personRec) byte {
	g := recs[0].gender
	for _, r := range recs[1:] {
		if r.gender != g {
			return 0
		}
	}
	return g
}

// epithetOf returns the person a described speaker of cue c stands for ("the Ohio governor" after
// "John Kasich said …"), as lastSubjectSpeaker finds them before the phrase.
func (st *quoteState) epithetOf(v *blockView, c *cue, s0 int) *speaker {
	if !c.spk.personal {
		return nil
	}
	return st.lastSubjectSpeaker(v, s0, c.a)
}

// lastSubjectSpeaker returns the person a description at token i of the sentence starting at s0 may
// stand for: the last person who spoke, when they were also the subject of the sentence before and
// nobody else has been named since, in that sentence or before token i; else nil.
func (st *quoteState) lastSubjectSpeaker(v *blockView, s0, i int) *speaker {
	last := st.lastPerson
	if last.kind != personSpeaker || st.prevSubject.name != last.name || len(st.namedSince) > 0 {
		return nil
	}
	for _, m := range st.mentionsIn(v, s0, v.toks[i].Start) {
		if m.spk.name != last.name {
			return nil
		}
	}
	return &last
}

// contractedPronoun returns the pronoun of a contraction with "is" or "has" ("he’s" → "he") for "he"
// and "she" (not "it’s said", which names nobody); else "".
func contractedPronoun(lw string) string {
	for _, suffix := range [...]string{"'s", "’s"} {
		if p, ok := strings.CutSuffix(lw, suffix); ok && (p == "he" || p == "she") {
			return p
		}
	}
	return ""
}

// pronounSpeaker resolves "he", "she", "they" or "it" before or after the verb of cue c.
func (st *quoteState) pronounSpeaker(v *blockView, c *cue) speaker {
	p := v.toks[c.a].Lower()
	if full := contractedPronoun(p); full != "" {
		p = full // "He’s predicting …"
	}
	switch p {
	case "he", "she":
		s0, _ := sentenceOf(v.starts, v.toks[c.tok].Start)
		limit := c.a
		if len(v.spans) > 0 { // only a subject named before the sentence's first quotation
			for _, sp := range v.spans {
				if sp.open >= s0 {
					limit = min(limit, v.tokenAt(sp.open))
					break
				}
			}
		}
		return st.genderedAntecedent(p, st.subjectOf(v, s0, len(v.b.Text), limit))
	case "they":
		if st.lastGroup.known() && st.lastGroupBlock >= v.bi-1 {
			return st.lastGroup
		}
	case "it":
		if st.lastOrg.known() && st.lastOrgBlock >= v.bi-1 {
			return st.lastOrg
		}
	}
	return speaker{}
}
