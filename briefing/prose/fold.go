package prose

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefpack/briefpack/briefing/lexicon"
)

// Fold reduces text to a comparable form: lower case, straight quotes, no punctuation, dotted
// abbreviations closed up ("U.K." → "uk"), single spaces. Two wordings that differ only in case,
// punctuation or "U.K."/"UK" fold to the same string.
func Fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := true
	sep := func() {
		if !space {
			b.WriteByte(' ')
			space = true
		}
	}
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf { // ASCII, the common case, without decoding
			i++
			switch {
			case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
				b.WriteByte(c)
				space = false
			case c >= 'A' && c <= 'Z':
				b.WriteByte(c + 'a' - 'A')
				space = false
			case c == '.' && i < len(s) && !space && joinsLetters(s, i-1):
				// a dot between letters ("u.k") joins them; any other dot is a separator
			case c == '\'':
				// apostrophes inside words vanish ("we're" → "were" on both sides alike)
			default:
				sep()
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
			space = false
		case r == '’' || r == '‘':
		default:
			sep()
		}
	}
	return strings.TrimSpace(b.String())
}

// joinsLetters reports whether the dot at s[dot] joins the letters of a dotted abbreviation ("u.k").
func joinsLetters(s string, dot int) bool {
	prev, _ := utf8.DecodeLastRuneInString(s[:dot])
	next, _ := utf8.DecodeRuneInString(s[dot+1:])
	return unicode.IsLetter(prev) && unicode.IsLetter(next) && isShortAbbrevContext(s, dot)
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
func IsStopword(w string) bool { return lexicon.Stopwords[w] }

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
