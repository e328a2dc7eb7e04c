package extract

import (
	"sort"
	"strings"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/lexicon"
	"github.com/briefpack/briefpack/briefing/prose"
)

// personRec is a person found in one source.
type personRec struct {
	name     string
	parts    []string // folded name words
	roles    []string
	line     int
	offset   int
	mentions []int // absolute offsets of every mention, in order
}

// peopleIndex holds a source's people and resolves later references to them ("Mr Kok", "he").
type peopleIndex struct {
	recs   []*personRec
	byName map[string]*personRec
}

func (p *peopleIndex) add(name, role string, line, off int) *personRec {
	key := prose.Fold(name)
	r := p.byName[key]
	if r == nil {
		r = &personRec{name: name, line: line, offset: off, parts: strings.Fields(key)}
		p.byName[key] = r
		p.recs = append(p.recs, r)
	}
	if role != "" {
		dup := false
		for _, x := range r.roles {
			if prose.Fold(x) == prose.Fold(role) {
				dup = true
			}
		}
		if !dup {
			r.roles = append(r.roles, role)
		}
	}
	r.mentions = append(r.mentions, off)
	return r
}

// resolve finds the person a partial name refers to: "Kok" or "Mr Kok" → "Kok Ping Soon". Only a
// unique match counts.
func (p *peopleIndex) resolve(ref string) *personRec {
	ref = stripHonorifics(ref)
	if ref == "" {
		return nil
	}
	if r := p.byName[prose.Fold(ref)]; r != nil {
		return r
	}
	want := strings.Fields(prose.Fold(ref))
	var found *personRec
	for _, r := range p.recs {
		if containsRun(r.parts, want) {
			if found != nil && found != r {
				return nil
			}
			found = r
		}
	}
	return found
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

// lastBefore returns the person mentioned last before offset off (for "he" and "she").
func (p *peopleIndex) lastBefore(off int) *personRec {
	var best *personRec
	bestOff := -1
	for _, r := range p.recs {
		for _, m := range r.mentions {
			if m < off && m > bestOff {
				best, bestOff = r, m
			}
		}
	}
	return best
}

func (p *peopleIndex) list() []briefing.Person {
	out := make([]briefing.Person, 0, len(p.recs))
	for _, r := range p.recs {
		per := briefing.Person{Name: r.name, Line: r.line, Roles: r.roles}
		per.Role = bestRole(r.roles)
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
	toks := prose.Tokenize(s)
	i := 0
	for i < len(toks) && (isHonorific(toks[i]) || toks[i].Text == "." || toks[i].Is("the")) {
		i++
	}
	if i >= len(toks) {
		return ""
	}
	return strings.TrimSpace(s[toks[i].Start:])
}

// findPeople finds named persons with evidence that they are people: an honorific ("Mr", "Dr"), a
// role before the name ("Foreign Secretary Jeremy Hunt", "Head of X, Jane Doe,") or after it ("Jane Doe,
// chief executive of X"). Later mentions of a known name, in full or in part, are recorded too.
func findPeople(d *doc) *peopleIndex {
	idx := &peopleIndex{byName: map[string]*personRec{}}
	type mention struct {
		off  int
		name string
	}
	var later []mention
	for _, s := range d.sents {
		toks := s.toks
		for i := 0; i < len(toks); {
			a, b := nameSpan(toks, i)
			if b-a < 2 {
				if b > i {
					i = b
				} else {
					i++
				}
				continue
			}
			name := s.text[toks[a].Start:toks[b-1].End]
			off := s.start + toks[a].Start
			hon := a > 0 && (isHonorific(toks[a-1]) || toks[a-1].Text == "." && a > 1 && isHonorific(toks[a-2]))
			role := roleBefore(s.text, toks, a)
			if role == "" {
				role = roleAfter(s.text, toks, b)
			}
			if hon || role != "" {
				idx.add(name, plain(role), d.src.LineAt(off), off)
			} else {
				later = append(later, mention{off, name})
			}
			i = b
		}
	}
	// mentions without evidence count when they name someone already known
	for _, m := range later {
		if r := idx.resolve(m.name); r != nil {
			r.mentions = append(r.mentions, m.off)
		}
	}
	for _, s := range d.sents { // surname references: "Mr Kok", "Cunnington said"
		toks := s.toks
		for i, t := range toks {
			if t.Kind != prose.Word || !validNameToken(t) {
				continue
			}
			if i+1 < len(toks) && validNameToken(toks[i+1]) || i > 0 && validNameToken(toks[i-1]) {
				continue
			}
			if r := idx.resolve(t.Text); r != nil {
				r.mentions = append(r.mentions, s.start+t.Start)
			}
		}
	}
	for _, r := range idx.recs {
		sort.Ints(r.mentions)
	}
	return idx
}

// nameSpan returns the run [a, b) of name tokens starting at i (allowing one initial such as "J.").
func nameSpan(toks []prose.Token, i int) (a, b int) {
	a, b = i, i
	for b < len(toks) && b-a < 5 {
		t := toks[b]
		if validNameToken(t) {
			b++
			continue
		}
		// an initial: "J." or "J"
		if t.Kind == prose.Word && len(t.Text) <= 2 && t.IsCap() && b+1 < len(toks) && toks[b+1].Text == "." && b > a {
			b += 2
			continue
		}
		break
	}
	if b-a > 4 { // five capitalised words in a row are a title or an organisation, not a name
		return i, i
	}
	return a, b
}

// roleBefore reads a role ending right before the name at token a: "Foreign Secretary Jeremy Hunt",
// "director general of GDS UK Kevin Cunnington", "Head of X, Kevin Cunnington,", "the CEO of X – Mr. Y".
func roleBefore(s string, toks []prose.Token, a int) string {
	j := a - 1
	// skip honorifics: "the Rt. Hon.", "Mr.", "Dr"
	for j >= 0 && (isHonorific(toks[j]) || toks[j].Text == "." && j > 0 && isHonorific(toks[j-1])) {
		j--
	}
	for j >= 0 && toks[j].Is("the") && j+1 < a && isHonorific(toks[j+1]) {
		j--
	}
	comma := false
	if j >= 0 && (toks[j].Text == "," || toks[j].Text == "–" || toks[j].Text == "—" || toks[j].Text == "-" || toks[j].Text == ":") {
		comma = toks[j].Text == ","
		j--
		if comma && !(a < len(toks)) {
			return ""
		}
	}
	end := j
	if end < 0 || !roleWordAt(toks, end) || toks[end].Is("of") || toks[end].Is("for") || toks[end].Is("the") || toks[end].Is("and") {
		return ""
	}
	k := end
	for k >= 0 && roleWordAt(toks, k) {
		if k == 0 && toks[k].Kind == prose.Word && toks[k].IsCap() && !toks[k].IsAllCaps() && !lexicon.RoleNouns[toks[k].Lower()] && !lexicon.RoleModifiers[toks[k].Lower()] && len(toks) > 1 && !toks[1].IsCap() {
			break // "Expect the Minister …": the sentence's first word, not part of the role
		}
		if toks[k].Is("and") {
			// "Chief Executive Officer and Director General", "Minister of Economic Affairs and IT":
			// one role; but "Mr Kok and director general …": stop at another person
			if k == 0 || toks[k-1].Kind != prose.Word || validNameToken(toks[k-1]) || isHonorific(toks[k-1]) ||
				!(toks[k-1].IsCap() || lexicon.RoleNouns[toks[k-1].Lower()]) {
				break
			}
			// "Governor of the Bank and Deputy Minister Eva Saar": the words after "and" are a
			// whole role of their own, so they belong to this name and what comes before to another
			if hasRoleCore(toks[k+1:end+1]) && !lexicon.RoleNouns[toks[k-1].Lower()] {
				break
			}
		}
		if validNameToken(toks[k]) && k > 0 && validNameToken(toks[k-1]) && !hasRoleCore(toks[k:end+1]) {
			break // another name
		}
		k--
	}
	start := k + 1
	for start <= end && (toks[start].Is("the") || toks[start].Is("and") || toks[start].Is("of") || toks[start].Text == ")") {
		start++
	}
	if start > end || !hasRoleCore(toks[start:end+1]) {
		return ""
	}
	// the role must end on a role word, an organisation, a country or a portfolio, never on a bare preposition
	role := toks[start : end+1]
	if lexicon.RoleNouns[role[len(role)-1].Lower()] || role[len(role)-1].IsCap() || role[len(role)-1].Text == ")" || roleWordAt(toks, end) && !prose.IsStopword(role[len(role)-1].Lower()) {
		return s[role[0].Start:role[len(role)-1].End]
	}
	return ""
}

// roleAfter reads an appositive role after the name ending at token b: "Jane Doe, chief executive of
// X," — up to a comma, a full stop, a bracket, a verb, or "and" before another person.
func roleAfter(s string, toks []prose.Token, b int) string {
	if b >= len(toks) || toks[b].Text != "," {
		return ""
	}
	start := b + 1
	k := start
	for k < len(toks) {
		t := toks[k]
		if t.Kind == prose.Punct && t.Text != "&" && t.Text != "(" && t.Text != ")" {
			break
		}
		if t.Text == "(" { // "(GDS)": keep a bracketed acronym
			if k+2 < len(toks) && toks[k+2].Text == ")" {
				k += 3
				continue
			}
			break
		}
		if t.Is("and") {
			if k+1 < len(toks) && (isHonorific(toks[k+1]) || toks[k+1].IsCap() && !lexicon.RoleNouns[toks[k+1].Lower()]) {
				break
			}
			if k+1 < len(toks) && toks[k+1].IsCap() && lexicon.RoleNouns[toks[k+1].Lower()] {
				break // "…, Chancellor of the Exchequer and Senior Minister Y": a new person's title
			}
		}
		if !roleWordAt(toks, k) {
			break
		}
		k++
	}
	for k > start && (toks[k-1].Is("and") || toks[k-1].Is("of") || toks[k-1].Is("the") || toks[k-1].Is("for") || toks[k-1].Is("at") || toks[k-1].Is("in")) {
		k--
	}
	if k <= start {
		return ""
	}
	role := toks[start:k]
	// the role noun must come early: "chief executive of X", "the UK's Foreign Secretary"
	early := role
	if len(early) > 5 {
		early = early[:5]
	}
	if !hasRoleCore(early) {
		return ""
	}
	return s[role[0].Start:role[len(role)-1].End]
}
