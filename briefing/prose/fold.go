package prose

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Fold reduces text to a comparable form: lower case, straight quotes, no punctuation, dotted
// abbreviations closed up ("U.K." → "uk"), single spaces. Two wordings that differ only in case,
// punctuation or "U.K."/"UK" fold to the same string.
func Fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := true
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case r == '.' && i < len(s) && !space:
			// a dot between letters ("u.k") joins them; any other dot is a separator
			prev, _ := utf8.DecodeLastRuneInString(s[:i-n])
			next, _ := utf8.DecodeRuneInString(s[i:])
			if unicode.IsLetter(prev) && unicode.IsLetter(next) && isShortAbbrevContext(s, i-n) {
				continue
			}
			if !space {
				b.WriteByte(' ')
				space = true
			}
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
			space = false
		case r == '\'' || r == '’' || r == '‘':
			// apostrophes inside words vanish ("we're" → "were" on both sides alike)
		default:
			if !space {
				b.WriteByte(' ')
				space = true
			}
		}
	}
	return strings.TrimSpace(b.String())
}

// isShortAbbrevContext reports whether the dot at s[dot] sits between single letters ("U.K", "i.e").
func isShortAbbrevContext(s string, dot int) bool {
	_, pn := utf8.DecodeLastRuneInString(s[:dot])
	before := dot - pn
	if before > 0 {
		r, _ := utf8.DecodeLastRuneInString(s[:before])
		if unicode.IsLetter(r) {
			return false
		}
	}
	_, nn := utf8.DecodeRuneInString(s[dot+1:])
	after := dot + 1 + nn
	if after < len(s) {
		r, _ := utf8.DecodeRuneInString(s[after:])
		if unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// Stem crudely strips English inflection so "signing", "signed" and "signs" compare equal.
func Stem(w string) string {
	w = strings.ToLower(w)
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	switch {
	case len(w) > 5 && strings.HasSuffix(w, "ing"):
		w = w[:len(w)-3]
	case len(w) > 4 && strings.HasSuffix(w, "eed"):
		w = w[:len(w)-1]
	case len(w) > 4 && strings.HasSuffix(w, "ied"):
		w = w[:len(w)-3] + "y"
	case len(w) > 4 && strings.HasSuffix(w, "ed"):
		w = w[:len(w)-2]
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		w = w[:len(w)-3] + "y"
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us"):
		w = w[:len(w)-1]
	}
	if irr, ok := irregular[w]; ok {
		return irr
	}
	// "signe" from "signed" → "sign"; "launche" → "launch"
	return strings.TrimSuffix(w, "e")
}

var irregular = map[string]string{
	"met": "meet", "held": "hold", "took": "take", "came": "come", "began": "begin", "became": "become",
	"gave": "give", "made": "make", "went": "go", "won": "win", "said": "say", "told": "tell", "set": "set",
	"wrote": "write", "rose": "rise", "fell": "fall", "saw": "see", "led": "lead", "left": "leave",
}

// IsStopword reports whether w (lower case) is a common English function word.
func IsStopword(w string) bool { return stopwords[w] }

var stopwords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a about above after again against all also am an and any are as at be because been
	before being below between both but by can could did do does doing down during each few for from further had has
	have having he her here hers herself him himself his how i if in into is it its itself just me more most my myself
	no nor not now of off on once only or other our ours ourselves out over own same she should so some such than that
	the their theirs them themselves then there these they this those through to too under until up very was we were
	what when where which while who whom why will with would you your yours yourself yourselves us may might must shall
	upon within without among amongst across along around via per whether however although though yet also already
	still even ever every many much several one two three its it's we're they're said says`) {
		m[w] = true
	}
	return m
}()

// Overlap counts the strings two sorted lists have in common.
func Overlap(a, b []string) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			n++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return n
}
