package pack

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/lexicon"
	"github.com/briefpack/briefpack/briefing/prose"
)

// Person is one row of the who's who as a protocol officer needs it: the name with its honorific, the
// role as the newest source states it (with that source and its date), the other roles stated,
// the side the roles place the person on, and the signings they signed or witnessed.
type Person struct {
	Entry briefing.PersonEntry
	Name  string // with the honorific the sources give ("Dr Vivian Balakrishnan")
	// Role is the role to show: the newest dated statement that is not "former" (or, when every one
	// is, the newest). Zero when no source states a role.
	Role Role
	// Others are the other roles stated, newest first.
	Others []Role
	Side   string // country or organisation, "" when the sources do not place the person
	Parts  []SigningPart
}

// Role is a role as stated, grouped over the sources that state it in the same words on the same date.
type Role struct {
	Text      string
	Former    bool
	AsOf      briefing.Date // zero when the source has no date
	Citations []briefing.Citation
}

// SigningPart says that a person signed or witnessed a signing.
type SigningPart struct {
	Signing   *Signing
	Witness   bool // witnessed rather than signed
	Present   bool // was there, the sources say, without witnessing
	Citations []briefing.Citation
}

// PeopleGroup is one side of the who's who.
type PeopleGroup struct {
	Side   string // "" for people the sources do not place
	People []Person
}

// whosWho builds the who's who rows from the merged people and the signings.
func (p *Pack) whosWho() []Person {
	var out []Person
	for _, e := range p.People {
		pr := Person{Entry: e, Name: e.Name}
		h := e.Honorific
		if h == "" {
			h = p.honorificInNotes(e.Name)
		}
		if h != "" && !strings.HasPrefix(e.Name, h+" ") {
			pr.Name = h + " " + e.Name
		}
		roles := groupRoles(p.mentionsOf(e))
		if len(roles) > 0 {
			pick := currentRole(roles)
			pr.Role = roles[pick]
			pr.Others = append(append([]Role{}, roles[:pick]...), roles[pick+1:]...)
		}
		pr.Side = p.sideOf(pr)
		for _, sg := range p.Signings {
			for _, party := range sg.Signatories {
				if party.Name == e.Name {
					pr.Parts = append(pr.Parts, SigningPart{Signing: sg, Citations: party.Citations})
				}
			}
			for _, party := range sg.Witnesses {
				if party.Name == e.Name {
					pr.Parts = append(pr.Parts, SigningPart{Signing: sg, Witness: true, Citations: party.Citations})
				}
			}
			for _, party := range sg.Present {
				if party.Name == e.Name && !pr.takesPart(sg) {
					pr.Parts = append(pr.Parts, SigningPart{Signing: sg, Present: true, Citations: party.Citations})
				}
			}
		}
		out = append(out, pr)
	}
	// protocol order: by the rank the current role carries (heads of state, heads of government,
	// ministers, envoys, then officials and everyone else), keeping the sources' order within a rank
	sort.SliceStable(out, func(i, j int) bool { return precedence(out[i]) < precedence(out[j]) })
	return out
}

// honorificInNotes finds the honorific a source's "About" notes give a person whom its text names
// without one ("the Rt. Hon. Jeremy Hunt" in a note on a partnership): the words right before the
// name that are all honorifics, without their dots ("Rt Hon"); "" when no note gives one.
func (p *Pack) honorificInNotes(name string) string {
	for _, x := range p.Extractions {
		for _, a := range x.About {
			for rest := a.Text; ; {
				k := strings.Index(rest, name)
				if k < 0 {
					break
				}
				if h := honorificEnding(rest[:k]); h != "" {
					return h
				}
				rest = rest[k+len(name):]
			}
		}
	}
	return ""
}

// honorificEnding returns the honorifics that end s ("… Secretary the Rt. Hon. " → "Rt Hon").
func honorificEnding(s string) string {
	words := strings.Fields(s)
	i := len(words)
	for i > 0 && lexicon.Honorifics.Has(strings.ToLower(strings.TrimRight(words[i-1], "."))) {
		i--
	}
	var out []string
	for _, w := range words[i:] {
		out = append(out, strings.TrimRight(w, "."))
	}
	return strings.Join(out, " ")
}

// currentRole picks, from roles newest first, the one to show: the newest that is not "former" (or
// the newest, when every one is) — unless a source calls the person the former holder of that very
// role ("the former Director General of GDS" beside "Director General of GDS U.K."), which can only
// have been said after the role was held: that statement, undated or no older, is the current one.
func currentRole(roles []Role) int {
	pick := 0
	for i, r := range roles {
		if !r.Former {
			pick = i
			break
		}
	}
	if roles[pick].Former {
		return pick
	}
	for i, r := range roles {
		if r.Former && (r.AsOf.IsZero() || !r.AsOf.Before(roles[pick].AsOf)) && sameOffice(r.Text, roles[pick].Text) {
			return i
		}
	}
	return pick
}

// sameOffice reports whether a former role names the office of role: every word of the former role
// but "former" (and words such as "of" and "the") is a word of role, "former Director General of GDS"
// for "Director General of GDS U.K.".
func sameOffice(former, role string) bool {
	have := map[string]bool{}
	for _, w := range strings.Fields(roleKey(role)) {
		have[strings.Trim(w, ".,")] = true
	}
	n := 0
	for _, w := range strings.Fields(roleKey(former)) {
		w = strings.Trim(w, ".,")
		switch w {
		case "former", "ex", "outgoing", "of", "the", "and", "for", "a", "an", "":
			continue
		}
		if !have[w] {
			return false
		}
		n++
	}
	return n > 0
}

// takesPart reports whether the person signed or witnessed sg.
func (pr *Person) takesPart(sg *Signing) bool {
	for _, part := range pr.Parts {
		if part.Signing == sg {
			return true
		}
	}
	return false
}

// Label is how a who's who names the part: "Signatory", "Witness" or "Present".
func (sp SigningPart) Label() string {
	switch {
	case sp.Witness:
		return "Witness"
	case sp.Present:
		return "Present"
	}
	return "Signatory"
}

// precedence is a person's place in protocol order: the rank of their current role, or that of a
// named person when no role (or only a former one) carries a rank.
func precedence(pr Person) int {
	role, former := pr.Role.Text, pr.Role.Former
	if role == "" {
		role, former = pr.Entry.Role, isFormer(pr.Entry.Role)
	}
	if r := rankOfRole(role); r > 0 && !former {
		return r
	}
	return rankNamed
}

// mentionsOf returns the roles stated for a person: the merged entry's (once the extraction states
// them), else those each source's person gives, dated by the source.
func (p *Pack) mentionsOf(e briefing.PersonEntry) []briefing.RoleMention {
	if len(e.Stated) > 0 {
		return e.Stated
	}
	name := prose.Fold(e.Name)
	var out []briefing.RoleMention
	for _, x := range p.Extractions {
		for _, per := range x.People {
			if prose.Fold(per.Name) != name {
				continue
			}
			if len(per.Stated) > 0 {
				out = append(out, per.Stated...)
				continue
			}
			for _, r := range append([]string{per.Role}, per.Roles...) {
				if strings.TrimSpace(r) == "" {
					continue
				}
				out = append(out, briefing.RoleMention{Role: r, Former: isFormer(r), Source: x.Source.ID, Line: per.Line, AsOf: x.Source.Published})
			}
		}
	}
	return out
}

func isFormer(role string) bool {
	f := prose.Fold(role)
	return strings.HasPrefix(f, "former ") || strings.HasPrefix(f, "ex ") || strings.HasPrefix(f, "outgoing ")
}

// groupRoles groups mentions by folded words and date, newest first (undated last), citing each
// source once.
func groupRoles(ms []briefing.RoleMention) []Role {
	var out []Role
	var keys []string // roleKey of each of out
	for _, m := range ms {
		c := briefing.Citation{Source: m.Source, Line: m.Line, Text: m.Role}
		key := roleKey(m.Role)
		found := false
		for i := range out {
			if keys[i] == key && out[i].AsOf == m.AsOf && out[i].Former == m.Former {
				if !citesSource(out[i].Citations, m.Source) {
					out[i].Citations = append(out[i].Citations, c)
				}
				if startsLower(out[i].Text) && !startsLower(m.Role) {
					out[i].Text = m.Role // the capitalised wording, as a title is written
				}
				found = true
				break
			}
		}
		if !found {
			out = append(out, Role{Text: m.Role, Former: m.Former, AsOf: m.AsOf, Citations: []briefing.Citation{c}})
			keys = append(keys, key)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i].AsOf, out[j].AsOf
		if a.IsZero() != b.IsZero() {
			return !a.IsZero()
		}
		if a != b {
			return b.Before(a)
		}
		return len(out[i].Citations) > len(out[j].Citations)
	})
	return out
}

// roleKey compares roles as words, a possessive aside: "UK’s Foreign Secretary" is "UK Foreign
// Secretary".
func roleKey(role string) string { return prose.Fold(possessives.Replace(role)) }

var possessives = strings.NewReplacer("’s ", " ", "'s ", " ")

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

func citesSource(cs []briefing.Citation, id string) bool {
	for _, c := range cs {
		if c.Source == id {
			return true
		}
	}
	return false
}

// sideOf places a person by country: a country its roles name ("UK Foreign Secretary"), else one a
// source writes right before the role ("the UK's Chancellor of the Exchequer"); "" when none does.
func (p *Pack) sideOf(pr Person) string {
	roles := append([]Role{pr.Role}, pr.Others...)
	for _, r := range roles {
		if c := countryIn(prose.Fold(r.Text)); c != "" {
			return c
		}
	}
	texts := p.texts()
	for _, r := range roles {
		f := prose.Fold(r.Text)
		if f == "" {
			continue
		}
		for _, id := range pr.Entry.Sources {
			if t := texts[id]; t != nil {
				for _, sent := range t.folds {
					if c := countryBefore(" "+sent+" ", f); c != "" {
						return c
					}
				}
			}
		}
	}
	return ""
}

// countryBefore returns the country a folded text writes just before a folded role ("the uks
// chancellor of the exchequer"), "" when none. Forms too common as words ("us", "un") do not count.
func countryBefore(text, role string) string {
	needle := " " + role + " "
	for from := 0; ; {
		k := strings.Index(text[from:], needle)
		if k < 0 {
			return ""
		}
		k += from
		before := strings.Fields(text[max(0, k-40):k])
		for n := 1; n <= 2 && n <= len(before); n++ {
			w := strings.Join(before[len(before)-n:], " ")
			if c := countryNamed(w); c != "" {
				return c
			}
			if c := countryNamed(strings.TrimSuffix(w, "s")); c != "" && strings.HasSuffix(w, "s") {
				return c // a possessive, folded: "uks", "singapores"
			}
		}
		from = k + 1
	}
}

// countryNamed returns the country whose form w is exactly ("" when none, or when w is too common
// a word to place anyone by).
func countryNamed(w string) string {
	if w == "us" || w == "un" {
		return ""
	}
	for _, c := range countries {
		for _, form := range c.forms {
			if form == w {
				return c.name
			}
		}
	}
	return ""
}

// countryIn returns the first country a folded text names ("" when none).
func countryIn(f string) string {
	best, at := "", -1
	padded := " " + f + " "
	for _, c := range countries {
		for _, form := range c.forms {
			for _, v := range []string{form, form + "s"} { // "singapores minister"
				if k := strings.Index(padded, " "+v+" "); k >= 0 && (at < 0 || k < at) {
					best, at = c.name, k
				}
			}
		}
	}
	return best
}

// groupPeople groups rows by side, sides in the order their first person comes, the people the
// sources do not place last.
func groupPeople(ps []Person) []PeopleGroup {
	var out []PeopleGroup
	index := map[string]int{}
	for _, pr := range ps {
		if pr.Side == "" {
			continue
		}
		i, ok := index[pr.Side]
		if !ok {
			i = len(out)
			index[pr.Side] = i
			out = append(out, PeopleGroup{Side: pr.Side})
		}
		out[i].People = append(out[i].People, pr)
	}
	var rest PeopleGroup
	for _, pr := range ps {
		if pr.Side == "" {
			rest.People = append(rest.People, pr)
		}
	}
	if len(rest.People) > 0 {
		out = append(out, rest)
	}
	return out
}
