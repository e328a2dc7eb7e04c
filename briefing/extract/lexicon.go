package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefpack/briefpack/briefing/lexicon"
	"github.com/briefpack/briefpack/briefing/prose"
)

// notNameWords are the words that cannot be part of a person's name: roles, organisation words,
// titles, function words, months and weekdays (one lookup instead of seven).
var notNameWords = func() lexicon.Set {
	m := lexicon.Union(lexicon.RoleNouns, lexicon.RoleModifiers, lexicon.OrganisationWords, lexicon.Honorifics, lexicon.TitleAbbrevs, lexicon.Stopwords, lexicon.ObjectPrepositions)
	for k := range prose.MonthNames {
		m[k] = true
	}
	for k := range prose.WeekdayNames {
		m[k] = true
	}
	return m
}()

// isHonorific reports whether tok is a title such as "Mr" or "Dr" (with or without a dot).
func isHonorific(t prose.Token) bool {
	if t.Kind != prose.Word || !t.IsCap() {
		return false
	}
	if lw := t.Lower(); strings.HasSuffix(lw, ".") {
		return lexicon.Honorifics[lw[:len(lw)-1]]
	}
	return is(&t, tagHonorific)
}

// validNameToken reports whether tok can be part of a person's name: a capitalised word that is not an
// acronym, a role, an organisation word, a month or a common function word.
func validNameToken(t prose.Token) bool {
	if t.Kind != prose.Word || !t.IsCap() || t.IsAllCaps() {
		return false
	}
	lw := t.Lower()
	if is(&t, tagNotName) {
		return false
	}
	if first, _, ok := strings.Cut(lw, "-"); ok && first != lw && (lexicon.RoleNouns[first] || lexicon.RoleModifiers[first]) {
		return false // "Minister-in-charge", "Vice-President"
	}
	if strings.IndexByte(t.Text, '.') >= 0 || hasApostrophe(lw) && (strings.HasSuffix(lw, "’s") || strings.HasSuffix(lw, "'s") || isContraction(lw)) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsLetter(r) && !brandCapitals(t.Text)
}

// hasApostrophe reports whether w holds a straight or curly apostrophe.
func hasApostrophe(w string) bool {
	return strings.IndexByte(w, '\'') >= 0 || strings.Contains(w, "’")
}

// brandCapitals reports whether a word has a capital inside it that marks a brand ("GovTech",
// "iPhone") rather than a surname ("McDonald", "MacLeod", "DeSantis", "O’Brien", "Smith-Jones").
func brandCapitals(w string) bool {
	var prev rune
	for i, r := range w {
		if i > 0 && unicode.IsUpper(r) {
			surname := prev == '’' || prev == '\'' || prev == '-' || i >= 2 && (strings.HasPrefix(w, "Mc") ||
				strings.HasPrefix(w, "Mac") || strings.HasPrefix(w, "De") || strings.HasPrefix(w, "Di") ||
				strings.HasPrefix(w, "La") || strings.HasPrefix(w, "Le"))
			if !surname {
				return true
			}
		}
		prev = r
	}
	return false
}

// isContraction reports whether a word ends in a contracted verb or negation ("i’m", "we’re", "don’t").
func isContraction(lw string) bool {
	for _, end := range []string{"’m", "'m", "’re", "'re", "’ll", "'ll", "’ve", "'ve", "’d", "'d", "n’t", "n't"} {
		if strings.HasSuffix(lw, end) {
			return true
		}
	}
	return false
}

// isRoleToken reports whether tok can sit inside a role phrase ("the UK’s Foreign Secretary",
// "director general of GDS UK").
func isRoleToken(t prose.Token) bool {
	switch t.Kind {
	case prose.Word:
		lw := t.Lower()
		if is(&t, tagRoleNoun|tagRoleModifier) || lw == "of" || lw == "for" || lw == "the" || lw == "and" || lw == "to" {
			return true
		}
		return t.IsCap()
	case prose.Punct:
		return t.Text == "&" || t.Text == "(" || t.Text == ")"
	}
	return false
}

// roleWordAt reports whether toks[k] can continue a role phrase in context: a role token, a lower-case
// agent noun right after a role word ("chief negotiator", "senior economist"), a noun right before one
// ("procurement director"), or an organisation word after "the" ("at the ministry").
func roleWordAt(toks []prose.Token, k int) bool {
	t := toks[k]
	if isRoleToken(t) {
		return true
	}
	if t.Kind != prose.Word {
		return false
	}
	lw := t.Lower()
	if !t.IsCap() && (strings.HasSuffix(lw, "'s") || strings.HasSuffix(lw, "’s")) {
		return false // "the island council's head of transport": the possessor is context, not the title
	}
	switch lw {
	case "at", "in":
		return k+1 < len(toks) && (toks[k+1].Is("the") || toks[k+1].IsCap())
	}
	if is(&t, tagStopword) {
		return false
	}
	if k > 0 && is(&toks[k-1], tagRoleNoun|tagRoleModifier) && isAgentNoun(lw) {
		return true
	}
	// "head of transport", "minister for trade": the portfolio after a role noun
	if k >= 2 && (toks[k-1].Is("of") || toks[k-1].Is("for")) && is(&toks[k-2], tagRoleNoun) {
		return true
	}
	if k+1 < len(toks) && is(&toks[k+1], tagRoleNoun) {
		return true
	}
	return k > 0 && toks[k-1].Is("the") && is(&t, tagOrganisation)
}

// isAgentNoun guesses a person-noun from its ending: negotiator, economist, technician, consultant, planner.
func isAgentNoun(w string) bool {
	if len(w) < 6 {
		return false
	}
	for _, suf := range []string{"or", "ist", "ian", "ant", "er", "ent"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// hasRoleCore reports whether any token is a role noun.
func hasRoleCore(toks []prose.Token) bool {
	for i := range toks {
		if toks[i].Kind == prose.Word && is(&toks[i], tagRoleNoun) {
			return true
		}
	}
	return false
}
