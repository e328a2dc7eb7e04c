package extract

import (
	"strings"

	"github.com/briefpack/briefpack/briefing/lexicon"
	"github.com/briefpack/briefpack/briefing/prose"
)

// Names: where a person's name starts and ends in a run of tokens, and what kind of thing a
// capitalised run names (a person, a place, a party).

// isTitleWord reports whether toks[i] is an honorific or an abbreviated title ("Mr", "Dr", "Sen.",
// "Gov."), with or without its dot.
func isTitleWord(t prose.Token) bool {
	if t.Kind != prose.Word || !t.IsCap() {
		return false
	}
	lw := t.Lower()
	if w := strings.TrimSuffix(lw, "."); w != lw {
		return lexicon.Honorifics[w] || lexicon.TitleAbbrevs[w]
	}
	return is(&t, tagHonorific|tagTitleAbbrev)
}

// titleEnd returns the index after a run of titles starting at i ("the Rt. Hon.", "Lt. Gov."), or i.
func titleEnd(toks []prose.Token, i int) int {
	j := i
	for j < len(toks) && isTitleWord(toks[j]) {
		j++
		if j < len(toks) && toks[j].Text == "." {
			j++
		}
	}
	return j
}

// isInitial reports whether toks[i] is an initial: one capital letter followed by a dot ("J.").
func isInitial(toks []prose.Token, i int) bool {
	t := toks[i]
	return t.Kind == prose.Word && len([]rune(t.Text)) == 1 && t.IsCap() && i+1 < len(toks) && toks[i+1].Text == "."
}

// nameAt returns the run [a, b) of a person's name starting at token i: capitalised name words, with
// initials ("S. Iswaran", "George W. Bush"), particles between parts ("Ursula von der Leyen") and a
// suffix ("Jr."). a == b when no name starts at i. Five name words or more are a title or an
// organisation, not a name.
func nameAt(toks []prose.Token, i int) (a, b int) {
	if t := toks[i]; t.Kind != prose.Word || !t.IsCap() {
		return i, i // a name starts with a capital
	}
	a, b = i, i
	words := 0
	for b < len(toks) {
		switch {
		case isInitial(toks, b):
			b += 2
		case validNameToken(toks[b]), words == 1 && b > 0 && isGivenName(toks[b-1].Text) && isSurnameAfterFirst(toks[b]),
			words == 0 && isFirstNameBefore(toks, b):
			b++
			words++
		case words > 0 && isParticle(toks, b):
			b++
		case words > 0 && isNameSuffix(toks[b]):
			b++
			if b < len(toks) && toks[b].Text == "." {
				b++
			}
			return a, trimNameEnd(toks, a, b)
		default:
			if words >= 5 {
				return i, i
			}
			return a, trimNameEnd(toks, a, b)
		}
	}
	if words >= 5 {
		return i, i
	}
	return a, trimNameEnd(toks, a, b)
}

// isFirstNameBefore reports whether toks[i] is a first name that is also a common word ("Bill",
// "Grant", "Rose") written before a name word: "Bill Clinton".
func isFirstNameBefore(toks []prose.Token, i int) bool {
	t := toks[i]
	return t.Kind == prose.Word && t.IsCap() && !t.IsAllCaps() && is(&t, tagFirstName) && i+1 < len(toks) && validNameToken(toks[i+1])
}

// isSurnameAfterFirst reports whether a capitalised word that is also a common noun can be a surname
// after a first name ("Kristen Day", "Jeff Bridges"): not a function word, month or title.
func isSurnameAfterFirst(t prose.Token) bool {
	return t.Kind == prose.Word && t.IsCap() && !t.IsAllCaps() && !is(&t, tagStopword|tagHonorific|tagTitleAbbrev|tagRoleNoun) && !isPossessive(t)
}

// trimNameEnd drops trailing particles and initials' dots that end no name ("Smith de" → "Smith").
func trimNameEnd(toks []prose.Token, a, b int) int {
	for b > a && (toks[b-1].Kind == prose.Word && is(&toks[b-1], tagNameParticle) && !toks[b-1].IsCap()) {
		b--
	}
	if b > a && !hasNameWord(toks[a:b]) {
		return a
	}
	return b
}

func hasNameWord(toks []prose.Token) bool {
	for _, t := range toks {
		if validNameToken(t) {
			return true
		}
	}
	return false
}

// isParticle reports whether toks[i] is a lower-case name particle followed by a name word.
func isParticle(toks []prose.Token, i int) bool {
	t := toks[i]
	return t.Kind == prose.Word && !t.IsCap() && is(&t, tagNameParticle) && i+1 < len(toks) && validNameToken(toks[i+1])
}

func isNameSuffix(t prose.Token) bool {
	return t.Kind == prose.Word && t.IsCap() && lexicon.NameSuffixes.HasLower(t.Text)
}

// nameWords counts the name words of a name run (not its initials, particles or suffixes).
func nameWords(toks []prose.Token) int {
	n := 0
	for _, t := range toks {
		if t.Kind == prose.Word && t.IsCap() && len([]rune(t.Text)) > 1 && !isNameSuffix(t) {
			n++
		}
	}
	return n
}

// isPlaceName reports whether a capitalised run is a place ("Iowa", "New York", "the U.K.", "San
// Diego"), not a person whose first name opens places too ("Glen Kopp").
func isPlaceName(s string) bool {
	s = strings.TrimPrefix(strings.TrimPrefix(s, "the "), "The ")
	if !strings.Contains(s, " ") { // one word, the common case: no prefix to look for
		return lexicon.Places.HasLower(s)
	}
	low := strings.ToLower(s)
	if lexicon.Places[low] {
		return true
	}
	first, rest, ok := strings.Cut(low, " ")
	// "Glen Kopp" is a man: a prefix that is also a first name makes a place only in the places list
	return ok && rest != "" && lexicon.PlacePrefixes[strings.TrimSuffix(first, ".")] && firstNameGender[first] == 0
}

// isPartyLabel reports whether a word or run is a party label ("Republicans", "GOP").
func isPartyLabel(s string) bool { return lexicon.PartyLabels.HasLower(s) }

// isFirstName reports whether a lower-case word is a common first name.
func isFirstName(lw string) bool { return firstNameGender[lw] != 0 }

// isGivenName reports whether a name word, as written, is a common first name (of a man, a woman, or
// either).
func isGivenName(first string) bool { return firstNameOf(first) != 0 }

// genderOfFirst returns 'm' or 'f' when the first name is a common man's or woman's name, else 0 (also
// for a name given to both).
func genderOfFirst(first string) byte {
	if g := firstNameOf(first); g != unisexName {
		return g
	}
	return 0
}

// firstNameOf returns what firstNameGender says of a name word as written.
func firstNameOf(first string) byte {
	if c := first[0]; c >= 'A' && c <= 'Z' || c >= 0x80 { // written as it is otherwise
		return lexicon.LookupLower(firstNameGender, first)
	}
	return firstNameGender[first]
}

// unisexName marks in firstNameGender a first name given to men and women alike.
const unisexName = 'u'

// firstNameGender maps the common first names to 'm', 'f' or unisexName (a name on both the men's and
// the women's lists is a man's, as genderOfFirst has always read it), so a name costs one look-up.
var firstNameGender = func() map[string]byte {
	m := make(map[string]byte, len(lexicon.FirstNamesFemale)+len(lexicon.FirstNamesMale)+len(lexicon.FirstNamesUnisex))
	for _, w := range lexicon.FirstNamesFemale {
		m[w] = 'f'
	}
	for _, w := range lexicon.FirstNamesMale {
		m[w] = 'm'
	}
	for _, w := range lexicon.FirstNamesUnisex {
		m[w] = unisexName
	}
	return m
}()

// genderOfTitle returns the gender an honorific states ("Mr" → 'm', "Ms" → 'f'), else 0.
func genderOfTitle(t prose.Token) byte {
	w := strings.TrimSuffix(t.Lower(), ".")
	switch {
	case lexicon.HonorificsMale[w]:
		return 'm'
	case lexicon.HonorificsFemale[w]:
		return 'f'
	}
	return 0
}
