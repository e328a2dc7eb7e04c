package extract

import (
	"sort"
	"strings"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/lexicon"
	"github.com/briefpack/briefpack/briefing/prose"
)

// personRec is a person (or a name that may be one) found in one source.
type personRec struct {
	name      string   // the fullest form the source gives
	parts     []string // folded name words
	honorific string   // as first written before the name ("Dr", "Rt Hon")
	gender    byte     // 'm', 'f' or 0 when the source does not say
	roles     []string
	stated    []statedRole
	line      int
	offset    int
	mentions  []int // absolute offsets of every mention, in order
	full      int   // how many times the source gives the name in full
	spoke     bool  // a verb of speech has them as its speaker
	// bySurname: the source also calls them by their surname alone ("Covert said"), as it does people
	// and seldom places or events
	bySurname bool
	// listed: the source shows this is a person (an honorific or a role), so the who's who lists them;
	// other names are known only so that a later "Cruz" resolves to "Ted Cruz".
	listed bool
}

// statedRole is a role as the source states it, with its line.
type statedRole struct {
	role   string
	line   int
	former bool
}

// peopleIndex holds a source's names and resolves later references to them ("Mr Kok", "Cruz").
type peopleIndex struct {
	recs   []*personRec
	byName map[string]*personRec
	// byWord indexes the recs by surname and first name, for indexed recs (see resolveWord)
	byWord  map[string][]*personRec
	indexed int
}

func newPeopleIndex() *peopleIndex { return &peopleIndex{byName: map[string]*personRec{}} }

// add records a mention of a full name (two or more name words) at off; role may be "".
func (p *peopleIndex) add(name, role string, line, off int) *personRec {
	key := prose.Fold(name)
	r := p.byName[key]
	if r == nil {
		r = &personRec{name: name, line: line, offset: off, parts: strings.Fields(key)}
		p.byName[key] = r
		p.recs = append(p.recs, r)
	}
	r.addRole(role, line)
	r.mentions = append(r.mentions, off)
	r.full++
	return r
}

func (r *personRec) addRole(role string, line int) {
	if role == "" {
		return
	}
	r.listed = true
	for _, x := range r.roles {
		if prose.Fold(x) == prose.Fold(role) {
			return
		}
	}
	r.roles = append(r.roles, role)
	low := strings.ToLower(role)
	r.stated = append(r.stated, statedRole{role: role, line: line,
		former: strings.HasPrefix(low, "former ") || strings.HasPrefix(low, "ex-") || strings.HasPrefix(low, "then-")})
}

// resolve finds the person a partial name refers to: "Kok" or "Mr Kok" → "Kok Ping Soon". Only a
// unique match counts; among several, a listed person wins over names only seen.
func (p *peopleIndex) resolve(ref string) *personRec {
	if !strings.ContainsAny(ref, " .") { // one word: the common case, looked up without tokenizing
		return p.resolveWord(ref)
	}
	ref = stripHonorifics(ref)
	if ref == "" {
		return nil
	}
	if r := p.byName[prose.Fold(ref)]; r != nil {
		return r
	}
	want := strings.Fields(prose.Fold(ref))
	if len(want) == 1 {
		return p.resolveWord(want[0])
	}
	var cands []*personRec
	for _, r := range p.recs {
		if containsRun(r.parts, want) && (len(want) > 1 || namesPart(r.parts, want[0])) {
			cands = append(cands, r)
		}
	}
	return mostNamed(cands)
}

// resolveWord resolves one word: a whole name of one word, or the surname (or first name) of people
// named in full, through an index of words built when first needed and rebuilt when names are added.
func (p *peopleIndex) resolveWord(w string) *personRec {
	f := prose.Fold(w)
	if f == "" || lexicon.Honorifics[f] || lexicon.TitleAbbrevs[f] {
		return nil
	}
	if r := p.byName[f]; r != nil {
		return r
	}
	if p.byWord == nil || p.indexed != len(p.recs) {
		p.byWord, p.indexed = map[string][]*personRec{}, len(p.recs)
		for _, r := range p.recs {
			last, first := r.parts[len(r.parts)-1], r.parts[0]
			p.byWord[last] = append(p.byWord[last], r)
			if first != last && isGivenName(first) {
				p.byWord[first] = append(p.byWord[first], r)
			}
		}
	}
	return mostNamed(p.byWord[f])
}

// mostNamed chooses among the people a partial name may stand for: the only one, else the one the
// source names in full most often (a story about Hillary Clinton that mentions Bill Clinton once), else
// the only one it lists with a title or role; nil when they stay tied.
func mostNamed(cands []*personRec) *personRec {
	if len(cands) <= 1 {
		if len(cands) == 1 {
			return cands[0]
		}
		return nil
	}
	var best *personRec
	tied := false
	for _, r := range cands {
		switch {
		case best == nil || r.full > best.full:
			best, tied = r, false
		case r.full == best.full:
			tied = true
		}
	}
	if !tied {
		return best
	}
	var listed *personRec
	for _, r := range cands {
		if r.full == best.full && r.listed {
			if listed != nil {
				return nil
			}
			listed = r
		}
	}
	return listed
}

// namesPart reports whether one word can stand for a whole name: its surname (the last part, "Cruz"
// for "Ted Cruz"), or its first part when that is a first name.
func namesPart(parts []string, w string) bool {
	return parts[len(parts)-1] == w || parts[0] == w && isGivenName(w)
}

// surnameOf returns the people one capitalised word can stand for (as their surname, or a first name),
// for a mention that stays ambiguous ("Clinton" in a story about Bill and Hillary Clinton).
func (p *peopleIndex) surnameOf(w string) []*personRec {
	f := prose.Fold(w)
	if strings.Contains(f, " ") || f == "" {
		return nil
	}
	var out []*personRec
	for _, r := range p.recs {
		if len(r.parts) > 1 && namesPart(r.parts, f) {
			out = append(out, r)
		}
	}
	return out
}

func containsRun(parts, want []string) bool {
	if len(want) == 0 || len(want) > len(parts) {
		return false
	}
	for i := 0; i+len(want) <= len(parts); i++ {
		ok := true
		for j := range want {
			if parts[i+j] != want[j] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// list returns the listed people in order of first mention.
func (p *peopleIndex) list(src *briefing.Source) []briefing.Person {
	out := make([]briefing.Person, 0, len(p.recs))
	for _, r := range p.recs {
		if !r.listed {
			continue
		}
		per := briefing.Person{Name: r.name, Honorific: r.honorific, Line: r.line, Roles: r.roles, Role: bestRole(r.roles)}
		for _, s := range r.stated {
			per.Stated = append(per.Stated, briefing.RoleMention{Role: s.role, Former: s.former, Source: src.ID, Line: s.line, AsOf: src.Published})
		}
		out = append(out, per)
	}
	return out
}

// bestRole prefers the longest stated role: it usually names the organisation too.
func bestRole(roles []string) string {
	best := ""
	for _, r := range roles {
		if len(r) > len(best) {
			best = r
		}
	}
	return best
}

func stripHonorifics(s string) string {
	var buf [8]prose.Token // a name: a few tokens, on the stack
	toks := prose.AppendTokens(buf[:0], s)
	i := 0
	for i < len(toks) && (isTitleWord(toks[i]) || toks[i].Text == "." || toks[i].Is("the")) {
		i++
	}
	if i >= len(toks) {
		return ""
	}
	return strings.TrimSpace(s[toks[i].Start:])
}

// honorificBefore returns the honorifics written right before token a ("Dr", "Rt Hon"), without dots,
// and the gender they state.
func honorificBefore(toks []prose.Token, a int) (string, byte) {
	j := a
	for j > 0 && (isTitleWord(toks[j-1]) || toks[j-1].Text == "." && j > 1 && isTitleWord(toks[j-2])) {
		j--
	}
	var words []string
	var g byte
	for k := j; k < a; k++ {
		if toks[k].Kind == prose.Word {
			words = append(words, toks[k].Text)
			if g == 0 {
				g = genderOfTitle(toks[k])
			}
		}
	}
	return strings.Join(words, " "), g
}

// findPeople finds the names a source gives. A name is listed as a person when the source shows it is
// one: an honorific ("Mr", "Dr"), a role before the name ("Foreign Secretary Jeremy Hunt", "Head of X,
// Jane Doe,") or after it ("Jane Doe, chief executive of X"). Other full names are remembered so that a
// later surname resolves to them; later mentions of a known name, in full or in part, are recorded.
func findPeople(d *doc) *peopleIndex {
	idx := newPeopleIndex()
	for _, s := range d.sents {
		if isHeadline(s) {
			continue // "Obama: I’m Optimistic Americans Will …": capitals that name nobody
		}
		findNamesIn(d, idx, s)
	}
	for _, s := range d.sents { // surname references: "Mr Kok", "Cunnington said"
		toks := s.toks
		// a name word alone, with no name word on either side: each token is judged once
		prev, cur := false, len(toks) > 0 && validNameToken(toks[0])
		for i, t := range toks {
			next := i+1 < len(toks) && validNameToken(toks[i+1])
			alone := cur && !next && !prev
			prev, cur = cur, next
			if !alone {
				continue
			}
			if r := idx.resolve(t.Text); r != nil {
				r.mentions = append(r.mentions, s.start+t.Start)
				r.bySurname = r.bySurname || len(r.parts) > 1 && r.parts[len(r.parts)-1] == prose.Fold(t.Text)
				if hon, g := honorificBefore(toks, i); hon != "" && r.gender == 0 {
					r.gender = g
				}
			}
		}
	}
	for _, r := range idx.recs {
		sort.Ints(r.mentions)
	}
	inferGenders(d, idx)
	return idx
}

// inferGenders gives a gender to the people whose title and first name do not say it, from the
// pronouns the source uses after naming them: when a sentence opens with a person and the pronouns of
// that sentence and the next are all "he/him/his" (or all "she/her"), that counts for them; a person is
// given the gender only the pronouns after their name ever point to.
func inferGenders(d *doc, idx *peopleIndex) {
	votes := map[*personRec][2]int{}
	for si, s := range d.sents {
		r := subjectPerson(idx, s)
		if r == nil || r.gender != 0 {
			continue
		}
		m, f := pronounCounts(s.toks)
		if si+1 < len(d.sents) {
			m2, f2 := pronounCounts(d.sents[si+1].toks)
			m, f = m+m2, f+f2
		}
		v := votes[r]
		switch {
		case m > 0 && f == 0:
			v[0]++
		case f > 0 && m == 0:
			v[1]++
		}
		votes[r] = v
	}
	for r, v := range votes {
		switch {
		case v[0] > 0 && v[1] == 0:
			r.gender = 'm'
		case v[1] > 0 && v[0] == 0:
			r.gender = 'f'
		}
	}
}

// subjectPerson returns the known person a sentence opens with (its first name run, not after a
// preposition), or nil.
func subjectPerson(idx *peopleIndex, s sentence) *personRec {
	toks := s.toks
	for i := 0; i < len(toks) && i < 12; {
		a, b := nameAt(toks, i)
		if b <= a {
			i++
			continue
		}
		if a > 0 && isPreposition(toks[a-1]) || isPossessive(toks[b-1]) {
			return nil
		}
		return idx.resolve(s.text[toks[a].Start:toks[b-1].End])
	}
	return nil
}

// pronounCounts counts the masculine and feminine third-person pronouns among toks.
func pronounCounts(toks []prose.Token) (m, f int) {
	for _, t := range toks {
		if t.Kind != prose.Word {
			continue
		}
		switch t.Lower() {
		case "he", "him", "his", "himself":
			m++
		case "she", "her", "hers", "herself":
			f++
		}
	}
	return m, f
}

// initialledName reports whether the run [a, b) is initials and a surname after a title ("Dr S.
// Rajan"): a person, though only one word of the name is written out.
func initialledName(toks []prose.Token, a, b int) bool {
	hon, _ := honorificBefore(toks, a)
	return hon != "" && b-a >= 3 && isInitial(toks, a)
}

// isHeadline reports whether a sentence is written in title case, as headlines are.
func isHeadline(s sentence) bool {
	words := 0
	for i := range s.toks {
		t := &s.toks[i]
		if t.Kind != prose.Word || len(t.Text) <= 3 && is(t, tagStopword) {
			continue
		}
		if !t.IsCap() {
			return false // once a word is not capitalised, the sentence is no headline
		}
		words++
	}
	return words >= 4
}

// findNamesIn records the full names of one sentence, with their honorifics and roles.
func findNamesIn(d *doc, idx *peopleIndex, s sentence) {
	toks := s.toks
	for i := 0; i < len(toks); {
		a, b := nameAt(toks, i)
		if end, ok := possessiveNameEnd(s.text, toks, a, b); ok {
			recordName(d, idx, s, a, b+1, s.text[toks[a].Start:end]) // "Paul Manafort's decision" names Paul Manafort
			i = b + 1
			continue
		}
		if b > a {
			a = d.nameStart(toks, a, b, a == 0)
		}
		if b <= a || nameWords(toks[a:b]) < 2 && !initialledName(toks, a, b) || isPlaceName(s.text[toks[a].Start:toks[b-1].End]) {
			if b > i {
				i = b
			} else {
				i++
			}
			continue
		}
		recordName(d, idx, s, a, b, s.text[toks[a].Start:toks[b-1].End])
		i = b
	}
}

// nameStart returns where the person's name in the run [a, b) starts: after a capitalised common word
// the run took in — one the source also writes in lower case, a role, a description or a party label
// ("Maybe Trump" at a sentence's start, "Journalist Jorge Ramos", "Chief of Staff Denis McDonough") —
// when it opens the sentence or a first name follows it. A first name is never cut ("Hope Hicks").
func (d *doc) nameStart(toks []prose.Token, a, b int, sentenceStart bool) int {
	for b-a >= 2 && (sentenceStart || isGivenName(toks[a+1].Text)) && d.commonCapital(&toks[a]) {
		a++
		sentenceStart = false
	}
	return a
}

// commonCapital reports whether a capitalised word is a common word rather than part of a name.
func (d *doc) commonCapital(t *prose.Token) bool {
	if t.Kind != prose.Word || isGivenName(t.Text) || !t.IsCap() || t.IsAllCaps() {
		return false
	}
	return is(t, tagRoleNoun|tagDescriptionNoun|tagStopword) || isPartyLabel(t.Text) || d.writesLower(t.Lower())
}

// recordName adds the full name found at tokens [a, b) of sentence s to the index, with the honorific,
// role and gender the words around it give.
func recordName(d *doc, idx *peopleIndex, s sentence, a, b int, name string) {
	toks := s.toks
	off := s.start + toks[a].Start
	hon, g := honorificBefore(toks, a)
	role := roleBefore(s.text, toks, a)
	if role == "" && !isPossessive(toks[b-1]) {
		role = roleAfter(s.text, toks, b)
	}
	r := idx.add(name, plain(role), d.src.LineAt(off), off)
	if hon != "" {
		r.listed = true
		if r.honorific == "" {
			r.honorific = strings.ReplaceAll(hon, ".", "")
		}
	}
	if r.gender == 0 {
		r.gender = g
	}
	if r.gender == 0 {
		r.gender = genderOfFirst(toks[a].Text)
	}
}

// possessiveNameEnd reports whether the name run [a, b) goes on with a surname in the possessive
// ("Paul Manafort's decision"), which the run stops before, and returns where the name ends without
// the "'s".
func possessiveNameEnd(text string, toks []prose.Token, a, b int) (int, bool) {
	if b <= a || b >= len(toks) || nameWords(toks[a:b]) < 1 || !isPossessive(toks[b]) || !isGivenName(toks[a].Text) {
		return 0, false
	}
	t := toks[b]
	stem := strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(t.Text, "'s"), "’s"), "'’")
	if stem == "" || stem == t.Text {
		return 0, false
	}
	var buf [2]prose.Token
	st := prose.AppendTokens(buf[:0], stem)
	if len(st) != 1 || !validNameToken(st[0]) || isPlaceName(text[toks[a].Start:t.Start+len(stem)]) {
		return 0, false
	}
	return t.Start + len(stem), true
}
