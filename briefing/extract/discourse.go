package extract

import (
	"strings"

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
// limit: the speaker of its first verb of speech ("Cuban said he …"), else the first person it names in
// subject position — after any opening phrase ("In describing Trump, Cuban …"), not a possessor
// ("Trump's daughter") nor the object of a preposition ("with Clinton") — or what its opening "He" or
// "She" stands for.
func (st *quoteState) subjectOf(v *blockView, s0, s1, limit int) speaker {
	for i := range v.cues {
		c := &v.cues[i]
		if off := v.toks[c.tok].Start; off >= s0 && off < s1 && c.tok < limit && (c.spk.kind == personSpeaker || c.spk.personal) {
			return c.spk
		}
	}
	first := v.subjectStart(s0, s1)
	if first < 0 || first >= limit {
		return speaker{}
	}
	if t := v.toks[first]; t.Is("he") || t.Is("she") {
		return st.genderedAntecedent(t.Lower(), speaker{})
	}
	for _, m := range st.mentionsIn(v, v.toks[first].Start, s1) {
		if m.tok >= limit {
			break
		}
		if m.tok > 0 && v.word(m.tok-1) && isPreposition(v.toks[m.tok-1]) {
			continue
		}
		return m.spk
	}
	if spk, ok := st.bareSurnameSubject(v, first); ok {
		return spk
	}
	return speaker{}
}

// subjectStart returns the first token of sentence [s0, s1) after an opening phrase ("On Monday,",
// "Asked about it,", "In describing Trump,"), or -1.
func (v *blockView) subjectStart(s0, s1 int) int {
	first := -1
	for i := v.tokenAt(s0); i < len(v.toks); i++ {
		if v.out[i] && v.toks[i].Kind == prose.Word {
			first = i
			break
		}
	}
	if first < 0 || v.toks[first].Start >= s1 {
		return -1
	}
	lw := v.toks[first].Lower()
	if !(is(&v.toks[first], tagObjectPreposition|tagSubordinator) || strings.HasSuffix(lw, "ing") || strings.HasSuffix(lw, "ed")) {
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
	if !validNameToken(t) || i+1 >= len(v.toks) || v.toks[i+1].Kind != prose.Word || v.toks[i+1].IsCap() {
		return speaker{}, false
	}
	lw := t.Lower()
	if st.d.writesLower(lw) || isPlaceName(t.Text) || isPartyLabel(t.Text) || is(&t, tagDescriptionNoun) || genderOfFirst(t.Text) != 0 {
		return speaker{}, false
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
			return speaker{} // "the former president … he said": someone the source does not name here
		}
		if i == 4 && st.someoneElseNamed(want) {
			return speaker{} // another person who could be "he" was named since the last speaker spoke
		}
		if cand.kind == personSpeaker && (cand.gender == want || cand.gender == 0 && cand.surelyPerson()) {
			if cand.gender == 0 && cand.rec != nil {
				cand.rec.gender = want // the source has now told us
			}
			cand.gender = want
			return cand
		}
	}
	return speaker{}
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
	name := v.b.Text[v.toks[a].Start:v.toks[b-1].End]
	if isPlaceName(name) || isPartyLabel(name) {
		return speaker{}, false
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

// pronounSpeaker resolves "he", "she", "they" or "it" before or after the verb of cue c.
func (st *quoteState) pronounSpeaker(v *blockView, c *cue) speaker {
	p := v.toks[c.a].Lower()
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
