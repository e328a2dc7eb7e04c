package prose

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefpack/briefpack/briefing/lexicon"
)

// Span is a range [Start, End) of byte offsets.
type Span struct{ Start, End int }

// Sentences splits s into sentence spans (offsets into s), trimming surrounding space. A sentence ends
// at . ! or ? (and any closing quotes or brackets after it) followed by space and a capital, digit or
// opening quote — unless the word before the dot is an abbreviation ("Mr.", "No.", "U.K." before a
// lower-case word) or an initial.
func Sentences(s string) []Span {
	var out []Span
	start := 0
	i := 0
	for i < len(s) {
		c := s[i]
		if c != '.' && c != '!' && c != '?' {
			i++
			continue
		}
		end := i + 1
		// swallow repeated terminators and closing quotes/brackets
		for end < len(s) {
			r, n := utf8.DecodeRuneInString(s[end:])
			if r == '.' || r == '!' || r == '?' || r == '"' || r == '\'' || r == '”' || r == '’' || r == ')' || r == ']' {
				end += n
				continue
			}
			break
		}
		if c == '.' && !endsSentenceAt(s, start, i) {
			i = end
			continue
		}
		// must be followed by whitespace then a plausible sentence start (or end of text)
		j := end
		sawSpace := false
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsSpace(r) && r != 0xA0 {
				break
			}
			sawSpace = true
			j += n
		}
		if j >= len(s) {
			break
		}
		r, _ := utf8.DecodeRuneInString(s[j:])
		if sawSpace && (unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"“‘'([*#@", r)) {
			if sp, ok := trimSpan(s, start, end); ok {
				out = append(out, sp)
			}
			start = j
		}
		i = end
	}
	if sp, ok := trimSpan(s, start, len(s)); ok {
		out = append(out, sp)
	}
	return out
}

// endsSentenceAt decides whether the dot at s[dot] can end a sentence.
func endsSentenceAt(s string, start, dot int) bool {
	// the word before the dot
	j := dot
	for j > start {
		r, n := utf8.DecodeLastRuneInString(s[:j])
		if !unicode.IsLetter(r) && r != '.' {
			break
		}
		j -= n
	}
	word := s[j:dot]
	if word == "" {
		return true
	}
	lw := strings.ToLower(strings.TrimRight(word, "."))
	if lexicon.Abbreviations[lw] {
		return false
	}
	if utf8.RuneCountInString(word) == 1 {
		r, _ := utf8.DecodeRuneInString(word)
		if unicode.IsUpper(r) { // an initial: "J. Smith"
			return false
		}
	}
	if strings.Contains(word, ".") { // "U.K." or "i.e.": ends a sentence only before a capital that is not a name-like continuation
		if lw == "i.e" || lw == "e.g" {
			return false
		}
	}
	return true
}

func trimSpan(s string, a, b int) (Span, bool) {
	for a < b {
		r, n := utf8.DecodeRuneInString(s[a:])
		if !unicode.IsSpace(r) && r != 0xA0 {
			break
		}
		a += n
	}
	for b > a {
		r, n := utf8.DecodeLastRuneInString(s[:b])
		if !unicode.IsSpace(r) && r != 0xA0 {
			break
		}
		b -= n
	}
	return Span{a, b}, b > a
}
