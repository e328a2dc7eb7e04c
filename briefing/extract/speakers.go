package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefpack/briefpack/briefing/prose"
)

// Speakers: from the phrase next to a reporting verb to who speaks, in passes from the most certain
// to the least — a name (with its apposition), a title and surname, a pronoun, an organisation, a
// description — stopping with "unattributed" when no pass is sure.

// speakerKind says what a speaker is.
type speakerKind uint8

const (
	noSpeaker speakerKind = iota
	personSpeaker
	orgSpeaker
	describedSpeaker // "a ministry spokeswoman", "the company", "officials"
)

// speaker is who says a quotation.
type speaker struct {
	name   string
	role   string
	kind   speakerKind
	rec    *personRec // for a person the source names in full
	gender byte
	plural bool // a described group ("officials", "aides")
	spoke  bool // named as the speaker of a verb of speech
	// personal: a described person ("the former president", "a spokeswoman"), whom a later "he" or
	// "she" may stand for although the source does not name them there
	personal bool
	// ref: for a described person, the person named just before whom the description stands for ("John
	// Kasich said … The Ohio governor said …"), when no one else was named in between
	ref *speaker
}

func (s speaker) known() bool { return s.kind != noSpeaker }

// speakerOf resolves the speaker phrase of cue c in block v.
func (st *quoteState) speakerOf(v *blockView, c *cue) speaker {
	if c.a >= c.b {
		return speaker{}
	}
	toks := v.toks[c.a:c.b]
	if len(toks) == 1 && !toks[0].IsAllCaps() && (is(&toks[0], tagSpeakerPronoun) || contractedPronoun(toks[0].Lower()) != "") {
		return st.pronounSpeaker(v, c)
	}
	if s, ok := st.namedPerson(v, c); ok {
		return s
	}
	if s, ok := st.nameBesideRole(v, c); ok {
		return s
	}
	if s, ok := st.organisation(v, c.a, c.b); ok {
		return s
	}
	return st.described(v, c.a, c.b)
}

// namedPerson is the name pass: the head name of the phrase — not a name that only qualifies it
// ("Clinton spokesman Brian Fallon", "Joel Pollak of Breitbart") — resolved to the fullest name the
// source gives, with the role the phrase or its apposition states.
func (st *quoteState) namedPerson(v *blockView, c *cue) (speaker, bool) {
	a, b, ok := st.headName(v, c.a, c.b)
	if !ok {
		return speaker{}, false
	}
	a = st.d.nameStart(v.toks, a, b, v.sentenceStart(a))
	name := v.b.Text[v.toks[a].Start:v.toks[b-1].End]
	role := ""
	if a > c.a {
		role = roleBefore(v.b.Text, v.toks[:b], a)
	}
	if role == "" && c.appA < c.appB && hasRoleCore(v.toks[c.appA:c.appB]) {
		role = v.b.Text[v.toks[c.appA].Start:v.toks[c.appB-1].End]
	}
	_, g := honorificBefore(v.toks, a)
	if rec := st.d.people.resolve(name); rec != nil {
		if role == "" {
			role = bestRole(rec.roles)
		} else {
			rec.addRole(plain(role), st.d.src.LineAt(v.b.Start+v.toks[a].Start))
		}
		if rec.gender == 0 {
			rec.gender = g
		}
		return speaker{name: rec.name, role: plain(role), kind: personSpeaker, rec: rec, gender: rec.gender}, true
	}
	if g == 0 {
		g = genderOfFirst(v.toks[a].Text)
	}
	return speaker{name: stripHonorifics(name), role: plain(role), kind: personSpeaker, gender: g}, true
}

// nameBesideRole finds the person a role phrase stands beside: "Chief Executive of X, Kok Ping Soon,
// said" (the name in the apposition), "Kok Ping Soon, chief executive of X said" and "Jacqueline Poh,
// Chief Executive, GovTech, said" (the name a comma or two before the role).
func (st *quoteState) nameBesideRole(v *blockView, c *cue) (speaker, bool) {
	if !hasRoleCore(v.toks[c.a:c.b]) && !(c.appA < c.appB && hasRoleCore(v.toks[c.appA:c.appB])) {
		return speaker{}, false
	}
	end := c.b
	if c.appB > end {
		end = c.appB
	}
	for a, n := c.a, 0; n < 3 && a >= 2 && v.toks[a-1].Text == "," && v.out[a-1]; n++ {
		pa := v.phraseStart(a - 2)
		if pa > a-2 {
			break
		}
		if st.wholeName(v, pa, a-1) {
			alt := cue{tok: c.tok, a: pa, b: a - 1, appA: v.roleStart(a, end), appB: end}
			return st.namedPerson(v, &alt)
		}
		a = pa
	}
	if c.appA < c.appB && st.wholeName(v, c.appA, c.appB) {
		alt := cue{tok: c.tok, a: c.appA, b: c.appB, appA: v.roleStart(c.a, c.b), appB: c.b}
		return st.namedPerson(v, &alt)
	}
	return speaker{}, false
}

// roleStart returns where the role proper starts in tokens [a, b): after a leading determiner and after
// the possessor that sets its context ("the island council's head of transport" → "head of transport").
func (v *blockView) roleStart(a, b int) int {
	for k := b - 1; k > a; k-- {
		if isPossessive(v.toks[k-1]) {
			return k
		}
	}
	for a < b && v.toks[a].Kind == prose.Word && is(&v.toks[a], tagNPDeterminer) {
		a++
	}
	return a
}

// wholeName reports whether tokens [a, b) are exactly a person's name: two name words or more, or a
// surname the source gives in full elsewhere.
func (st *quoteState) wholeName(v *blockView, a, b int) bool {
	na, nb, ok := st.headName(v, a, b)
	if !ok || na != a || nb != b {
		return false
	}
	return nameWords(v.toks[a:b]) >= 2 || st.d.people.resolve(v.b.Text[v.toks[a].Start:v.toks[b-1].End]) != nil
}

// headName finds the name that heads tokens [a, b): the first name run that is not possessive, not
// followed by a noun it qualifies, not inside "of …" and not a place or a party.
func (st *quoteState) headName(v *blockView, a, b int) (int, int, bool) {
	for i := a; i < b; {
		na, nb := nameAt(v.toks[:b], i)
		if nb <= na {
			i++
			continue
		}
		if st.isHeadName(v, a, na, nb, b) {
			return na, nb, true
		}
		i = nb
	}
	return 0, 0, false
}

func (st *quoteState) isHeadName(v *blockView, a, na, nb, b int) bool {
	toks := v.toks
	text := v.b.Text[toks[na].Start:toks[nb-1].End]
	if isPossessive(toks[nb-1]) || isPlaceName(text) || isPartyLabel(text) || isPartyLabel(toks[nb-1].Text) {
		return false // "a New Hampshire Republican": a description, not a name
	}
	if nb < b && (isQualifiedNoun(toks[nb]) || isPossessive(toks[nb]) || toks[nb].Kind == prose.Word && !toks[nb].IsCap() && !is(&toks[nb], tagStopword)) {
		return false // "Clinton spokesman …", "the Trump campaign", "Mastercard Australasia division president …"
	}
	if na > a && isPhraseLink(toks[na-1]) || na > a+1 && toks[na-1].Is("the") && isPhraseLink(toks[na-2]) {
		return false // "Joel Pollak of Breitbart", "director of the House Majority PAC"
	}
	if nameWords(toks[na:nb]) >= 2 {
		return true
	}
	return st.singleNameIsPerson(v, na, nb)
}

// isQualifiedNoun reports whether t is a lower-case noun that a name before it qualifies
// ("Clinton spokesman", "Trump campaign", "FCO announcement").
func isQualifiedNoun(t prose.Token) bool {
	return t.Kind == prose.Word && is(&t, tagRoleNoun|tagRoleModifier|tagDescriptionNoun|tagDocumentNoun|tagOrganisation)
}

// singleNameIsPerson decides whether one capitalised word is a person's surname: a title before it,
// a person of that name in the source, or a word the source never writes in lower case (a sentence's
// first word "Officials" is not a name when the source also says "officials").
func (st *quoteState) singleNameIsPerson(v *blockView, na, nb int) bool {
	w := v.toks[nb-1]
	if na > 0 && (isTitleWord(v.toks[na-1]) || v.toks[na-1].Text == "." && na > 1 && isTitleWord(v.toks[na-2])) {
		return true
	}
	if st.d.people.resolve(w.Text) != nil {
		return true
	}
	lw := w.Lower()
	if is(&w, tagDescriptionNoun|tagDocumentNoun|tagRoleNoun) || st.d.writesLower(lw) {
		return false
	}
	if v.sentenceStart(na) && (nb < len(v.toks) && v.toks[nb].Text == "," || strings.HasSuffix(lw, "ly")) {
		return false // "Later, …", "Frankly": an opening adverb, not a surname
	}
	return !v.sentenceStart(na) || !isGivenName(w.Text)
}

// organisation is the organisation pass: an acronym ("GDS", expanded when the source defines it) or a
// capitalised name that ends in an organisation word ("the Foreign Office", "Ministry of Finance").
func (st *quoteState) organisation(v *blockView, a, b int) (speaker, bool) {
	if s, ok := st.acronymIn(v, a, b); ok {
		return s, true
	}
	toks := v.toks
	for i := a; i < b; i++ {
		if !toks[i].IsCap() || toks[i].Is("the") {
			continue
		}
		j := capitalisedRunEnd(toks, i, b)
		if j-i >= 2 && is(&toks[j-1], tagOrganisation) && (j == b || is(&toks[j], tagDocumentNoun)) {
			name := v.b.Text[toks[i].Start:toks[j-1].End]
			if !isPlaceName(name) {
				return speaker{name: name, kind: orgSpeaker}, true
			}
		}
		i = j
	}
	return speaker{}, false
}

// acronymIn finds an organisation's acronym in tokens [a, b) that the phrase is about ("the FCO
// announcement"), not one that only qualifies a description ("the GOP nominee").
func (st *quoteState) acronymIn(v *blockView, a, b int) (speaker, bool) {
	toks := v.toks
	for i := a; i < b; i++ {
		t := toks[i]
		if t.Kind != prose.Word || !(t.IsAllCaps() || hasInnerCapital(t.Text)) || isPlaceName(t.Text) || isPartyLabel(t.Text) {
			continue
		}
		if i+1 < b && toks[i+1].Kind == prose.Word && !toks[i+1].IsCap() && !is(&toks[i+1], tagDocumentNoun) {
			continue
		}
		if long := st.d.expand(t.Text); long != "" {
			return speaker{name: long + " (" + t.Text + ")", kind: orgSpeaker}, true
		}
		return speaker{name: t.Text, kind: orgSpeaker}, true
	}
	return speaker{}, false
}

// capitalisedRunEnd returns the end of the run of capitalised words from i (before b), through "of",
// "for" and "and" between capitals ("Ministry of Foreign Affairs").
func capitalisedRunEnd(toks []prose.Token, i, b int) int {
	j := i
	for j < b && (toks[j].IsCap() || (toks[j].Is("of") || toks[j].Is("for") || toks[j].Is("and")) && j+1 < b && toks[j+1].IsCap()) {
		j++
	}
	return j
}

// described is the description pass: a phrase headed by a description, role or document noun ("a
// spokeswoman for the ministry", "the company", "officials") names that speaker as the source
// describes it. "The statement" refers back to the organisation or document quoted last.
func (st *quoteState) described(v *blockView, a, b int) speaker {
	toks := v.toks
	head := descriptionHead(toks, a, b)
	lw := toks[head].Lower()
	tg := tagsOf(&toks[head])
	opened := is(&toks[a], tagNPDeterminer) || isPossessive(toks[a]) || a+1 < b && isPossessive(toks[a+1])
	partisan := head > a && opened && isPartyLabel(toks[head].Text) && !strings.HasSuffix(lw, "s") // "the Ohio Republican", not "Republicans"
	if toks[head].Kind != prose.Word || !(tg&(tagDescriptionNoun|tagRoleNoun|tagDocumentNoun) != 0 || partisan ||
		tg&tagOrganisation != 0 && !toks[head].IsCap() || opened && tg&tagStopword == 0) {
		return speaker{}
	}
	if tg&tagDocumentNoun != 0 && head == a+1 && toks[a].Is("the") && st.lastDocument.known() && st.lastDocumentBlock >= v.bi-8 {
		return st.lastDocument // "The FCO announcement states: … The statement goes on to add:"
	}
	phrase := v.b.Text[toks[a].Start:toks[b-1].End]
	if v.sentenceStart(a) && st.commonWord(&toks[a]) {
		phrase = lowerFirst(phrase) // "Officials said" → "officials", but "Andrean High School fans" stays
	}
	plural := strings.HasSuffix(lw, "s") && !strings.HasSuffix(lw, "ss")
	return speaker{name: phrase, kind: describedSpeaker, plural: plural, personal: !plural && (tg&tagRoleNoun != 0 || partisan)}
}

// commonWord reports whether a capitalised word that opens a sentence is a common word rather than a
// proper noun: a word of the lexicons a description is made of, or one the source writes in lower case.
func (st *quoteState) commonWord(t *prose.Token) bool {
	return is(t, tagStopword|tagNPDeterminer|tagDescriptionNoun|tagRoleNoun|tagRoleModifier|tagDocumentNoun) || st.d.writesLower(t.Lower())
}

// descriptionHead returns the noun that heads a description in tokens [a, b): the last lower-case
// word or party label ("the Ohio Republican"), or the word before "for", "of" or "at" ("a
// spokeswoman for the ministry").
func descriptionHead(toks []prose.Token, a, b int) int {
	for k := a + 1; k < b; k++ {
		if toks[k].Is("for") || toks[k].Is("of") || toks[k].Is("at") {
			return k - 1
		}
	}
	head := b - 1
	for head > a && (toks[head].Kind != prose.Word || toks[head].IsCap() && !isPartyLabel(toks[head].Text)) {
		head--
	}
	return head
}

// lowerWords is the set of words the source writes in lower case somewhere (computed once).
func (d *doc) lowerWords() map[string]bool {
	if d.lower != nil {
		return d.lower
	}
	d.lower = map[string]bool{}
	for _, s := range d.sents {
		for _, t := range s.toks {
			if t.Kind == prose.Word && len(t.Text) > 3 && startsLower(t.Text) {
				d.lower[t.Text] = true // short words are function words, which never pass for names anyway
			}
		}
	}
	return d.lower
}

// startsLower reports whether w starts with a lower-case letter.
func startsLower(w string) bool {
	c := w[0]
	if c < utf8.RuneSelf {
		return c >= 'a' && c <= 'z'
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// writesLower reports whether the source writes the word w, as it is, among its words over three
// letters that start in lower case: lowerWords()[w]. A source is asked this a few times at most, as
// a rule, so the first questions are answered by reading its words, and only a source asked often
// gets the set.
func (d *doc) writesLower(w string) bool {
	if d.lower != nil || d.lowerAsked >= 8 {
		return d.lowerWords()[w]
	}
	d.lowerAsked++
	if len(w) <= 3 || !startsLower(w) {
		return false
	}
	for _, s := range d.sents {
		for i := range s.toks {
			if t := &s.toks[i]; t.Text == w && t.Kind == prose.Word {
				return true
			}
		}
	}
	return false
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
