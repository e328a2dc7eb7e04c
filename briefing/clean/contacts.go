package clean

import (
	"strings"
	"unicode"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/lexicon"
	"github.com/briefpack/briefpack/briefing/prose"
)

// Contacts reads the press contacts back out of the contact blocks Classify found: one contact per
// card (the lines between blank or markup-only lines), with the name as a person would write it
// ("Joan REID (Ms)" → "Joan Reid"), the title and office lines before the organisation, and the first
// phone number and e-mail address.
func (r Result) Contacts(src *briefing.Source) []briefing.Contact {
	var out []briefing.Contact
	var card []cardLine
	flush := func() {
		if len(card) == 0 {
			return
		}
		if c, ok := readCard(card); ok {
			out = append(out, c)
		}
		card = card[:0]
	}
	for i, l := range r.Lines {
		if l.Kind != Furniture || l.Reason != ReasonContact {
			flush()
			continue
		}
		t := visible(src.Line(i + 1))
		if t == "" {
			flush()
			continue
		}
		f := describe(t)
		if isContactHeading(&f) {
			flush()
			continue
		}
		if rest, ok := contactLead(t); ok {
			flush()
			t = rest
		}
		for _, part := range splitContactLine(t) {
			card = append(card, cardLine{part, i + 1})
		}
	}
	flush()
	return out
}

type cardLine struct {
	text string
	line int
}

var (
	rePhoneLabel = lazyRegexp(`(?i)^(tel|telephone|phone|ph|mobile|mob|cell|did|direct line|direct|office|t|m|p)\s*[.:]?\s*(\+?[\d(][\d\s().-]{5,}\d)`)
	reFaxLabel   = lazyRegexp(`(?i)^(fax|f)\s*[.:]`)
	reEmailLabel = lazyRegexp(`(?i)^(email|e-mail|mail|e)\s*[.:]\s*`)
	rePhoneBare  = lazyRegexp(`^\+?[\d(][\d\s().-]{6,}\d$`)
)

// splitContactLine splits a one-line card ("Jane Roe, press officer, +44 20 7946 0000,
// jane.roe@ministry.example") into its parts; a line without a phone or address stays whole
// ("Assistant Director, Communications Unit").
func splitContactLine(t string) []string {
	if !strings.Contains(t, ",") && !strings.Contains(t, " | ") {
		return []string{t}
	}
	parts := strings.FieldsFunc(t, func(r rune) bool { return r == ',' || r == '|' })
	hasReach := false
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
		if isReach(parts[i]) {
			hasReach = true
		}
	}
	if !hasReach || len(parts) < 2 {
		return []string{t}
	}
	return parts
}

// isReach: a phone or e-mail part of a card.
func isReach(s string) bool {
	return isPhoneLabelled(s) || isBarePhone(s) || isEmailIn(s)
}

// isPhoneLabelled: rePhoneLabel, which needs a label's first letter first and a digit.
func isPhoneLabelled(s string) bool {
	return opensWith(s, "tpmcdo") && hasDigit(s) && rePhoneLabel().MatchString(s)
}

// isBarePhone: rePhoneBare, which needs "+", "(" or a digit first.
func isBarePhone(s string) bool {
	return s != "" && (s[0] == '+' || s[0] == '(' || s[0] >= '0' && s[0] <= '9') && rePhoneBare().MatchString(s)
}

// isEmailIn: s holds an e-mail address (hasEmail, which needs an "@").
func isEmailIn(s string) bool {
	return strings.IndexByte(s, '@') >= 0 && hasEmail(s)
}

// readCard turns the lines of one card into a contact; ok is false when the card names no one and
// gives no way to reach anyone.
func readCard(lines []cardLine) (briefing.Contact, bool) {
	var c briefing.Contact
	var rest []string
	for _, l := range lines {
		t := l.text
		switch {
		case opensWith(t, "f") && reFaxLabel().MatchString(t):
		case isPhoneLabelled(t):
			if c.Phone == "" {
				c.Phone = strings.TrimSpace(rePhoneLabel().FindStringSubmatch(t)[2])
			}
		case isBarePhone(t):
			if c.Phone == "" {
				c.Phone = t
			}
		case isEmailIn(t):
			if c.Email == "" {
				c.Email = strings.Trim(firstEmail(reEmailLabel().ReplaceAllString(t, "")), "<>")
			}
		case c.Name == "" && len(rest) == 0 && isPersonName(t):
			c.Name = personName(t)
		default:
			rest = append(rest, t)
		}
		if c.Line == 0 {
			c.Line = l.line
		}
	}
	switch {
	case len(rest) == 1 && hasRoleNoun(rest[0]):
		c.Role = rest[0]
	case len(rest) >= 1:
		c.Organisation = rest[len(rest)-1]
		c.Role = strings.Join(rest[:len(rest)-1], ", ")
	}
	return c, c.Name != "" || c.Phone != "" || c.Email != ""
}

// hasRoleNoun: the line names a role ("Press Officer", "Head of Communications").
func hasRoleNoun(s string) bool {
	for _, w := range prose.Words(s) {
		if lexicon.RoleNouns.Has(w) || lexicon.ContactRoles.Has(w) {
			return true
		}
	}
	return false
}

// isPersonName: two to four capitalised words, perhaps with an honorific before or in brackets after
// ("Joan REID (Ms)", "Dr Ana Silva"), and none of the words that make a name an organisation's.
func isPersonName(s string) bool {
	words := nameWords(s)
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		r := []rune(w)
		if !unicode.IsUpper(r[0]) || lexicon.OrganisationWords.Has(strings.ToLower(w)) || hasRoleNoun(w) {
			return false
		}
		for _, c := range r {
			if !unicode.IsLetter(c) && c != '-' && c != '\'' && c != '’' && c != '.' {
				return false
			}
		}
	}
	return true
}

// nameWords returns the words of a name line without its honorific: one in brackets ("Joan REID (Ms)")
// or a short one before the name ("Dr Ana Silva").
func nameWords(s string) []string {
	var out []string
	for _, w := range strings.Fields(s) {
		if strings.HasPrefix(w, "(") && strings.HasSuffix(w, ")") {
			continue
		}
		if w = strings.Trim(w, ","); w != "" {
			out = append(out, w)
		}
	}
	if len(out) >= 3 {
		if h := strings.ToLower(strings.TrimSuffix(out[0], ".")); len(h) <= 4 && lexicon.Honorifics.Has(h) {
			out = out[1:]
		}
	}
	return out
}

// personName writes a name line as a name: honorifics dropped, a surname in capitals in title case.
func personName(s string) string {
	words := nameWords(s)
	for i, w := range words {
		if isShouting(w) || len([]rune(w)) == 2 && strings.ToUpper(w) == w && w != "" {
			r := []rune(strings.ToLower(w))
			r[0] = unicode.ToUpper(r[0])
			for k := 1; k < len(r); k++ { // "MCDONALD-ROSS" → "Mcdonald-Ross"
				if r[k-1] == '-' || r[k-1] == '\'' || r[k-1] == '’' {
					r[k] = unicode.ToUpper(r[k])
				}
			}
			words[i] = string(r)
		}
	}
	return strings.Join(words, " ")
}
