package pack

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/prose"
)

// Signing is a signing the timeline records, with what the sources state about it: the agreement,
// the parties, who signed, who witnessed, where. Each part is the sources' own words, cited; a part
// no source states is empty. Signatories and witnesses are read conservatively — a person counts only
// when a source names them, in full or as "Mr Surname", right after "signed by", "representing … were",
// "witnessing the signing are", or as the subject of "sign a MoU" — because a wrong signatory is worse
// than none.
type Signing struct {
	Key  string // the timeline entry's key
	Date briefing.Date
	What string
	// Agreement, Parties and Place are the sources' words ("Memorandum of Understanding (MoU)",
	// "The Ferry Board and the Harbour Council", "the old customs house"), each with its citation.
	Agreement, Parties, Place []Stated
	Signatories, Witnesses    []Party
	// Present are people the sources place at the signing without calling them witnesses ("looking
	// on was …", "… attended the ceremony"): in protocol a witness is a formal part, not a guest.
	Present []Party
}

// Stated is a piece of a source's text and where it is.
type Stated struct {
	Text     string
	Citation briefing.Citation
}

// Party is a person who signed or witnessed, as the who's who names them, and where sources say so.
type Party struct {
	Name      string
	Citations []briefing.Citation
}

// signingWindow is how many sentences after a signing's evidence may name its signatories.
const signingWindow = 3

// findSignings reads the signings out of the included timeline.
func (p *Pack) findSignings() []*Signing {
	texts := p.texts()
	people := newNameIndex(p.People)
	var out []*Signing
	evidence := map[sentRef]string{} // sentence → the signing it states
	perSource := map[string]int{}    // source → how many signings it states
	counted := map[[2]string]bool{}  // (source, signing) already counted
	p.signingAlias = map[string]string{}
	for _, it := range p.IncludedTimeline() {
		if it.Added || it.Entry.Derived || !isSigning(it.Entry.What) {
			continue // the end of a signed agreement's term is no signing
		}
		sg := &Signing{Key: it.Key, Date: it.Entry.Date, What: it.Entry.What}
		if len(out) > 0 && sameSigning(out[len(out)-1], sg) {
			// signed on Thursday, announced on Friday: one signing (as the merge flags neighbouring
			// days), told by both entries
			sg = out[len(out)-1]
			p.signingAlias[it.Key] = sg.Key
		} else {
			out = append(out, sg)
		}
		for _, c := range it.Entry.Citations {
			if t := texts[c.Source]; t != nil {
				if i := t.find(c.Text, c.Line); i >= 0 {
					evidence[sentRef{c.Source, i}] = sg.Key
					if k := [2]string{c.Source, sg.Key}; !counted[k] {
						counted[k] = true
						perSource[c.Source]++
					}
				}
			}
		}
	}
	for _, sg := range out {
		kinds := agreementKinds(sg.What)
		for _, ref := range p.signingSentences(sg, evidence, perSource) {
			t := texts[ref.src]
			isEvidence := evidence[ref] == sg.Key
			if !isEvidence && !sameAgreement(kinds, agreementKindsFolded(t.foldedSent(ref.i))) {
				continue // a sentence about another agreement ("the signing of the trade agreement")
			}
			readSigningSentence(sg, t, ref.i, people, isEvidence)
		}
	}
	return out
}

// agreementKinds are the agreement words of a text, with "memorandum" and "MoU" as one. "The
// agreement" or "this MoU" refers back to whatever was signed and names no kind; "a trade agreement"
// or "the Digital Economy Agreement" names one.
func agreementKinds(s string) map[string]bool { return agreementKindsFolded(prose.Fold(s)) }

func agreementKindsFolded(f string) map[string]bool {
	out := map[string]bool{}
	ws := strings.Fields(f)
	for k, w := range ws {
		if !agreementWords[w] {
			continue
		}
		if k > 0 && referringWords[ws[k-1]] {
			continue // "the agreement": a reference, not a kind
		}
		if w == "memorandum" {
			w = "mou"
		}
		out[w] = true
	}
	return out
}

// sameAgreement reports whether a sentence naming the agreements b can be about a signing of a: it
// names none, or one of a's (a signing whose description names none takes any).
func sameAgreement(a, b map[string]bool) bool {
	if len(a) == 0 || len(b) == 0 {
		return true
	}
	for w := range b {
		if a[w] {
			return true
		}
	}
	return false
}

// signingSentences are the sentences that may tell of signing sg: its evidence and the few after it
// (up to another signing's evidence), and, in a source that tells of no other signing, every
// sentence that speaks of "the signing" or of signing an agreement.
func (p *Pack) signingSentences(sg *Signing, evidence map[sentRef]string, perSource map[string]int) []sentRef {
	texts := p.texts()
	seen := map[sentRef]bool{}
	var out []sentRef
	add := func(r sentRef) {
		if !seen[r] {
			seen[r] = true
			out = append(out, r)
		}
	}
	for ref, key := range evidence {
		if key != sg.Key {
			continue
		}
		t := texts[ref.src]
		add(ref)
		for i := ref.i + 1; i < len(t.sents) && i <= ref.i+signingWindow; i++ {
			if other, ok := evidence[sentRef{ref.src, i}]; ok && other != sg.Key {
				break
			}
			add(sentRef{ref.src, i})
		}
		if perSource[ref.src] == 1 {
			for i := range t.sents {
				if speaksOfSigning(t.foldedSent(i)) {
					add(sentRef{ref.src, i})
				}
			}
		}
	}
	sort.Slice(out, func(a, b int) bool {
		if out[a].src != out[b].src {
			return p.Number(out[a].src) < p.Number(out[b].src)
		}
		return out[a].i < out[b].i
	})
	return out
}

// isSigning reports whether a timeline description tells of a signing.
func isSigning(what string) bool {
	for _, w := range strings.Fields(prose.Fold(what)) {
		if signingWords[w] {
			return true
		}
	}
	return false
}

// speaksOfSigning reports whether a folded sentence refers to a signing: "the signing", or a form of
// "sign" with an agreement word close before or after it ("sign a MoU", "the agreement was signed").
func speaksOfSigning(f string) bool {
	if containsWords(f, "the signing") {
		return true
	}
	ws := strings.Fields(f)
	for i, w := range ws {
		if !signingWords[w] {
			continue
		}
		for k := max(0, i-3); k < len(ws) && k <= i+3; k++ {
			if agreementWords[ws[k]] {
				return true
			}
		}
	}
	return false
}

// readSigningSentence adds what sentence i of t states about sg.
func readSigningSentence(sg *Signing, t *sourceText, i int, people *nameIndex, isEvidence bool) {
	if f := t.foldedSent(i); !strings.Contains(f, "sign") && !strings.Contains(f, "witness") && !strings.Contains(f, "looking on") &&
		!strings.Contains(f, "presence") && !strings.Contains(f, "place") && !strings.Contains(f, "held") && !strings.Contains(f, "attended") {
		return // every cue read below holds one of these
	}
	s := t.text(i)
	cite := t.citation(i)
	witnessAt := cueAt(s, witnessCues)
	// witnesses: after a witness cue, or before "attended the ceremony"
	if witnessAt >= 0 {
		for _, n := range people.namesIn(nameList(s[witnessAt:])) {
			sg.Witnesses = addParty(sg.Witnesses, n, cite)
		}
	}
	if at := cueAt(s, presenceCues); at >= 0 {
		for _, n := range people.namesIn(nameList(s[at:])) {
			sg.Present = addParty(sg.Present, n, cite)
		}
	}
	if at := cueStart(s, attendanceCues); at > 0 {
		for _, n := range people.namesIn(s[:at]) {
			sg.Present = addParty(sg.Present, n, cite)
		}
	}
	upTo := len(s)
	if witnessAt >= 0 {
		upTo = witnessAt
	}
	head := s[:upTo]
	var subject, object string
	var found, read bool
	clause := func() (string, string, bool) { // read once, when needed
		if !read {
			subject, object, found = signingClause(head)
			read = true
		}
		return subject, object, found
	}
	// signatories: after "signed by", after "representing … were", or the subject of "sign a MoU"
	if at := cueAt(head, signatoryCues); at >= 0 {
		for _, n := range people.namesIn(nameList(head[at:])) {
			sg.Signatories = addParty(sg.Signatories, n, cite)
		}
	} else if at := representingAt(head); at >= 0 {
		for _, n := range people.namesIn(nameList(head[at:])) {
			sg.Signatories = addParty(sg.Signatories, n, cite)
		}
	} else if subj, _, ok := clause(); ok {
		names := people.namesIn(subj)
		for _, n := range names {
			sg.Signatories = addParty(sg.Signatories, n, cite)
		}
		if subj = partiesOf(subj); len(names) == 0 && isEvidence && subj != "" {
			sg.Parties = addStated(sg.Parties, subj, cite)
		}
	}
	if _, obj, ok := clause(); ok && isEvidence && obj != "" {
		sg.Agreement = addStated(sg.Agreement, obj, cite)
	} else if isEvidence {
		if obj := passiveAgreement(head); obj != "" {
			sg.Agreement = addStated(sg.Agreement, obj, cite)
		}
	}
	if pl := placeIn(head); pl != "" {
		sg.Place = addStated(sg.Place, pl, cite)
	}
}

// addStated adds a statement unless a source already stated the same words.
func addStated(list []Stated, text string, c briefing.Citation) []Stated {
	for _, st := range list {
		if prose.Fold(st.Text) == prose.Fold(text) {
			return list
		}
	}
	return append(list, Stated{text, c})
}

// partiesOf trims a signing's subject to the parties: up to a comma or a date word ("The Board
// and the Council today, i.e., …" → "The Board and the Council").
func partiesOf(subj string) string {
	end := len(subj)
	depth := 0
	for _, t := range prose.Tokenize(subj) {
		switch {
		case t.Text == "(":
			depth++
		case t.Text == ")":
			depth--
		case depth == 0 && (t.Text == "," || t.Kind == prose.Number || t.Kind == prose.Word && (dateWords[t.Lower()] || monthWords[t.Lower()])):
			end = t.Start
		}
		if end < len(subj) {
			break
		}
	}
	out := strings.TrimSpace(subj[:end])
	for { // "… (GDS) have", "… formally": cut from the end, so the rest stays the source's words
		k := strings.LastIndexAny(out, " \t\n")
		if k < 0 || !verbLeadWords[strings.ToLower(out[k+1:])] {
			return out
		}
		out = strings.TrimSpace(out[:k])
	}
}

// nameList cuts the words after a cue at the end of its list of names.
func nameList(s string) string {
	low := strings.ToLower(s)
	end := len(s)
	for _, e := range listEnds {
		if k := strings.Index(low, e); k >= 0 && k < end {
			end = k
		}
	}
	return s[:end]
}

func addParty(ps []Party, name string, c briefing.Citation) []Party {
	for i := range ps {
		if ps[i].Name == name {
			for _, have := range ps[i].Citations {
				if have.Source == c.Source {
					return ps
				}
			}
			ps[i].Citations = append(ps[i].Citations, c)
			return ps
		}
	}
	return append(ps, Party{Name: name, Citations: []briefing.Citation{c}})
}

// cueAt returns the byte offset just after the first of cues in s (matched case-insensitively as
// whole words), or -1.
func cueAt(s string, cues []string) int {
	low := strings.ToLower(s)
	best := -1
	for _, c := range cues {
		for from := 0; ; {
			k := strings.Index(low[from:], c)
			if k < 0 {
				break
			}
			k += from
			end := k + len(c)
			if wordEdge(low, k-1) && wordEdge(low, end) {
				if best < 0 || end < best {
					best = end
				}
				break
			}
			from = k + 1
		}
	}
	return best
}

// cueStart returns where the first of cues starts in s, as whole words, or -1.
func cueStart(s string, cues []string) int {
	best := -1
	for _, c := range cues {
		if end := cueAt(s, []string{c}); end >= 0 && (best < 0 || end-len(c) < best) {
			best = end - len(c)
		}
	}
	return best
}

// wordEdge reports whether byte i of s is outside a word (or outside s).
func wordEdge(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return true
	}
	c := s[i]
	return !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 0x80)
}

// representingAt finds "Representing … were|was|are" in a sentence about signing and returns the
// offset after the verb, or -1.
func representingAt(s string) int {
	at := cueAt(s, representingCues)
	if at < 0 || !speaksOfSigning(prose.Fold(s)) {
		return -1
	}
	rest := strings.ToLower(s[at:])
	for _, v := range []string{" were ", " was ", " are "} {
		if k := strings.Index(rest, v); k >= 0 {
			return at + k + len(v)
		}
	}
	return -1
}

// signingClause splits "SUBJECT sign(ed|s) a|an|the AGREEMENT …" into the subject and the agreement's
// words (up to the first word that starts another part of the clause); ok is false when the sentence
// has no such clause. The passive "was signed" has no subject here.
func signingClause(s string) (subject, agreement string, ok bool) {
	toks := prose.Tokenize(s)
	for k, t := range toks {
		if t.Kind != prose.Word || !signingWords[t.Lower()] || t.Lower() == "signing" || t.Lower() == "signature" {
			continue
		}
		if k > 0 && isPassive(toks[k-1].Lower()) {
			return "", "", false // "was signed": passive, the signers come after "by"
		}
		if k+1 >= len(toks) || !isArticle(toks[k+1].Lower()) {
			continue
		}
		obj := agreementAfter(s, toks[k+2:])
		if obj == "" {
			continue
		}
		return s[:t.Start], obj, true
	}
	return "", "", false
}

// isPassive reports whether a word before "signed" makes it passive ("was signed").
func isPassive(w string) bool {
	switch w {
	case "was", "were", "is", "are", "be", "been", "being":
		return true
	}
	return false
}

// passiveAgreement returns what "… was signed" says was signed, when it names an agreement: "The
// first MoU between the two agencies was signed on …" → "The first MoU between the two agencies".
func passiveAgreement(s string) string {
	toks := prose.Tokenize(s)
	for k := 1; k < len(toks); k++ {
		if toks[k].Kind != prose.Word || !signingWords[toks[k].Lower()] || !isPassive(toks[k-1].Lower()) {
			continue
		}
		subject := strings.TrimSpace(s[:toks[k-1].Start])
		if len(agreementKinds(subject)) == 0 && !strings.Contains(prose.Fold(subject), "agreement") && !strings.Contains(prose.Fold(subject), "mou") {
			return ""
		}
		return subject
	}
	return ""
}

func isArticle(w string) bool {
	return w == "a" || w == "an" || w == "the" || w == "their" || w == "its"
}

// agreementAfter returns the agreement's name from the tokens after the article: words and
// parentheses up to a preposition, a date word, "to"+verb or a comma; "" when no agreement word is
// among them.
func agreementAfter(s string, toks []prose.Token) string {
	if len(toks) == 0 {
		return ""
	}
	start, end := toks[0].Start, toks[0].Start
	has := false
	depth := 0
	for _, t := range toks {
		w := t.Lower()
		if t.Text == "(" {
			depth++
		}
		if depth == 0 && t.Kind == prose.Word && stopsAgreement(w) {
			break
		}
		if depth == 0 && (t.Text == "," || t.Text == ";" || t.Text == ".") {
			break
		}
		if t.Text == ")" {
			depth--
		}
		if agreementWords[w] {
			has = true
		}
		end = t.End
	}
	if !has {
		return ""
	}
	return strings.TrimSpace(s[start:end])
}

func stopsAgreement(w string) bool {
	switch w {
	case "to", "on", "in", "at", "with", "yesterday", "today", "tomorrow", "last", "this", "that", "which", "for", "during", "after", "before", "and":
		return true
	}
	return monthWords[w]
}

// placeIn returns where a sentence says a signing took place: the words after "took place at",
// "was held in", "signed in" …, to the end of the sentence; "" when none, or when what follows is a
// date ("signed in June").
func placeIn(s string) string {
	at := cueAt(s, placeCues)
	if at < 0 {
		return placeAfterSigned(s)
	}
	rest := strings.TrimSpace(s[at:])
	rest = strings.TrimRight(rest, ". ")
	first := strings.Fields(rest)
	if len(first) == 0 {
		return ""
	}
	w := strings.ToLower(strings.Trim(first[0], ",.;"))
	r := []rune(first[0])
	if monthWords[w] || unicode.IsDigit(r[0]) || !(unicode.IsUpper(r[0]) || w == "the") {
		return ""
	}
	return rest
}

// placeAfterSigned reads the place of "signed a new MoU on 3 March in Port Aster": the capitalised
// words after the first "in" that follows a form of "sign" — a place's name, not a month or a year.
func placeAfterSigned(s string) string {
	low := strings.ToLower(s)
	at := cueAt(low, signForms) // the end of the first form of "sign"
	if at < 0 {
		return ""
	}
	k := strings.Index(low[at:], " in ")
	if k < 0 || insideQuote(s[:at]) {
		return ""
	}
	// the place of the signing, not of whom it was signed with: "signed the charter with the
	// partners in Vallen" names none
	if seg := low[at : at+k]; strings.ContainsAny(seg, "\"“”") || strings.Contains(seg, " with ") || len(strings.Fields(seg)) > 12 {
		return ""
	}
	var run []string
	for _, f := range strings.Fields(s[at+k+4:]) {
		w := strings.TrimRight(f, ",.;:")
		r, _ := utf8.DecodeRuneInString(w)
		if w == "" || !unicode.IsUpper(r) || monthWords[strings.ToLower(w)] {
			break
		}
		run = append(run, w)
		if w != f || len(run) == 4 { // punctuation ends the name
			break
		}
	}
	return strings.Join(run, " ")
}

// insideQuote reports whether the end of s lies inside a quotation: an odd number of marks before it.
func insideQuote(s string) bool {
	n := strings.Count(s, "\"")
	open, closed := strings.Count(s, "“"), strings.Count(s, "”")
	return n%2 == 1 || open > closed
}

// nameIndex finds the who's who's people in text: by full name, or by an honorific and one of their
// names when that name is no one else's ("Mr Kok").
type nameIndex struct {
	full   []string // folded full names
	names  []string // the who's who names
	single map[string]int
}

func newNameIndex(people []briefing.PersonEntry) *nameIndex {
	ix := &nameIndex{single: map[string]int{}}
	count := map[string]int{}
	for i, p := range people {
		ix.full = append(ix.full, prose.Fold(p.Name))
		ix.names = append(ix.names, p.Name)
		for _, w := range strings.Fields(prose.Fold(p.Name)) {
			count[w]++
			ix.single[w] = i
		}
	}
	for w, n := range count {
		if n > 1 {
			delete(ix.single, w)
		}
	}
	return ix
}

// namesIn returns the people named in s, in the order they appear.
func (ix *nameIndex) namesIn(s string) []string {
	f := " " + prose.Fold(s) + " "
	type hit struct {
		at   int
		name string
	}
	var hits []hit
	found := map[int]bool{}
	for i, full := range ix.full {
		if k := strings.Index(f, " "+full+" "); k >= 0 {
			hits = append(hits, hit{k, ix.names[i]})
			found[i] = true
		}
	}
	ws := strings.Fields(f)
	pos := 0
	for k, w := range ws {
		pos = strings.Index(f[pos:], " "+w+" ") + pos + 1
		if k == 0 || !honorificWords[ws[k-1]] {
			continue
		}
		if i, ok := ix.single[w]; ok && !found[i] {
			hits = append(hits, hit{pos, ix.names[i]})
			found[i] = true
		}
	}
	sort.SliceStable(hits, func(a, b int) bool { return hits[a].at < hits[b].at })
	var out []string
	for _, h := range hits {
		out = append(out, h.name)
	}
	return out
}

// sameSigning reports whether a signing entry tells of the signing before it: a day or less apart,
// and no different agreement named.
func sameSigning(a, b *Signing) bool {
	if a.Date.Precision != briefing.Day || b.Date.Precision != briefing.Day {
		return false
	}
	if d := b.Date.Time().Sub(a.Date.Time()).Hours(); d < 0 || d > 24 {
		return false
	}
	return sameAgreement(agreementKinds(a.What), agreementKinds(b.What))
}

// signingOf returns the signing a timeline entry states, or nil.
func (p *Pack) signingOf(key string) *Signing {
	if k, ok := p.signingAlias[key]; ok {
		key = k
	}
	for _, s := range p.Signings {
		if s.Key == key {
			return s
		}
	}
	return nil
}
