// Package prose holds the small text tools every extractor shares: a tokenizer that keeps byte offsets,
// a sentence splitter that knows English abbreviations, paragraph blocks built from a source's kept lines,
// and the folding used to compare wordings across sources.
//
// Everything here works on offsets into the original text, so whatever an extractor finds can be cited as
// an exact substring of its source.
package prose

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind classifies a token.
type Kind uint8

// Token kinds.
const (
	Word    Kind = iota // letters, with inner apostrophes, hyphens and abbreviation dots ("U.K.", "don't")
	Number              // digits, possibly with inner separators and an ordinal suffix ("14th", "6,000", "2019-06-14")
	Punct               // one punctuation or symbol character
	URL                 // a web address or bare domain
	Handle              // @name or an e-mail address
	Hashtag             // #topic
)

// Token is a piece of text with its byte offsets [Start, End) in the text given to Tokenize.
type Token struct {
	Start, End int
	Kind       Kind
	Text       string
	low        string // Text in lower case, computed once
}

// Is reports whether the token is the given word, ignoring case.
func (t Token) Is(w string) bool { return strings.EqualFold(t.Text, w) }

// IsCap reports whether the token starts with an upper-case letter.
func (t Token) IsCap() bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsUpper(r)
}

// IsAllCaps reports whether every letter of the token is upper case (and it has at least two).
func (t Token) IsAllCaps() bool {
	n := 0
	for _, r := range t.Text {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// Lower returns the token text in lower case.
func (t Token) Lower() string {
	if t.low == "" && t.Text != "" {
		return lower(t.Text)
	}
	return t.low
}

// lower is strings.ToLower without an allocation for text that is already lower case ASCII.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(s)
		}
	}
	return s
}

// Tokenize splits s into tokens; whitespace is dropped. Offsets are relative to s.
func Tokenize(s string) []Token {
	return AppendTokens(make([]Token, 0, len(s)/5+1), s)
}

// AppendTokens appends the tokens of s to toks (offsets relative to s), so that many short texts can
// share one allocation.
func AppendTokens(toks []Token, s string) []Token {
	// one lower-case copy of the whole text serves every token, when case mapping keeps byte offsets
	low := lower(s)
	if len(low) != len(s) {
		low = ""
	}
	lowOf := func(a, b int) string {
		if low != "" {
			return low[a:b]
		}
		return lower(s[a:b])
	}
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) || r == 0xA0 {
			i += n
			continue
		}
		start := i
		if c := s[i]; c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
			// the common case, an ASCII word: scanSpecial could only find a link or an address in it
			// when the run reaching to the next break has a dot, slash or @, which it has not when the
			// word ends at a break and holds no dot
			if end := scanWord(s, i); (end == len(s) || isBreakByte(s[end])) && strings.IndexByte(s[i:end], '.') < 0 {
				toks = append(toks, Token{start, end, Word, s[start:end], lowOf(start, end)})
				i = end
				continue
			}
		}
		if end, kind, ok := scanSpecial(s, i); ok {
			toks = append(toks, Token{start, end, kind, s[start:end], lowOf(start, end)})
			i = end
			continue
		}
		switch {
		case r >= '0' && r <= '9':
			i = scanNumber(s, i)
			toks = append(toks, Token{start, i, Number, s[start:i], s[start:i]})
		case unicode.IsLetter(r) || unicode.IsDigit(r): // other scripts' digits read as word characters
			i = scanWord(s, i)
			toks = append(toks, Token{start, i, Word, s[start:i], lowOf(start, i)})
		default:
			i += n
			toks = append(toks, Token{start, i, Punct, s[start:i], s[start:i]})
		}
	}
	return toks
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

// scanWord reads letters with inner apostrophes ("don't", "Singapore’s"), hyphens ("SG-UK") and
// abbreviation dots ("U.K.", "i.e.").
func scanWord(s string, i int) int {
	start := i
	for i < len(s) {
		if c := s[i]; c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			i += n
			continue
		}
		if (isApostrophe(r) || r == '-' || r == '‑' || r == '–') && i+n < len(s) {
			r2, _ := utf8.DecodeRuneInString(s[i+n:])
			if unicode.IsLetter(r2) && (r != '–' || unicode.IsUpper(r2)) || (r == '-' && unicode.IsDigit(r2)) {
				i += n
				continue
			}
		}
		if r == '.' && isAbbrevDot(s, start, i) {
			i++
			continue
		}
		break
	}
	return i
}

// isAbbrevDot reports whether the dot at s[dot] belongs to a dotted abbreviation such as "U.K." or
// "i.e.": single letters separated by dots.
func isAbbrevDot(s string, start, dot int) bool {
	// the run so far must be single letters separated by dots: "U", "U.K", "i.e"
	seg := s[start:dot]
	for _, part := range strings.Split(seg, ".") {
		if utf8.RuneCountInString(part) != 1 {
			return false
		}
	}
	if dot+1 < len(s) {
		r, _ := utf8.DecodeRuneInString(s[dot+1:])
		if unicode.IsLetter(r) {
			// "U.K" continues only with a single letter followed by a dot or end: "U.K."
			j := dot + 1 + utf8.RuneLen(r)
			if j >= len(s) {
				return true
			}
			r2, _ := utf8.DecodeRuneInString(s[j:])
			return r2 == '.'
		}
	}
	// a trailing dot after at least two dotted letters ("U.K.", "i.e.") is part of the abbreviation
	return strings.Contains(seg, ".")
}

func scanNumber(s string, i int) int {
	for i < len(s) {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			i++
		case (c == ',' || c == '.' || c == '-' || c == '/' || c == ':') && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9':
			i++
		default:
			// ordinal or unit suffix glued to the number: 14th, 3rd, 2nd, 1st, 5pm, 10am
			for _, suf := range [...]string{"st", "nd", "rd", "th", "am", "pm", "AM", "PM"} {
				if strings.HasPrefix(s[i:], suf) && (i+2 == len(s) || !isWordByte(s[i+2])) {
					return i + 2
				}
			}
			return i
		}
	}
	return i
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// isBreakByte reports whether b ends the run scanSpecial looks at: ASCII white space or a bracket or
// straight quote.
func isBreakByte(b byte) bool {
	switch b {
	case ' ', '\t', '\n', '<', '>', '"', ')', ']', '(', '[':
		return true
	}
	return false
}

var tlds = []string{".com", ".org", ".net", ".gov", ".edu", ".io", ".co", ".uk", ".sg", ".info", ".news", ".int", ".eu", ".ly"}

// scanSpecial recognises URLs, bare domains, e-mail addresses, @handles and #hashtags.
func scanSpecial(s string, i int) (end int, kind Kind, ok bool) {
	c := s[i]
	if c == '@' || c == '#' {
		j := i + 1
		for j < len(s) && (isWordByte(s[j]) && s[j] < 0x80 || s[j] == '_') {
			j++
		}
		if j > i+1 {
			if c == '@' {
				return j, Handle, true
			}
			return j, Hashtag, true
		}
		return 0, 0, false
	}
	if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
		return 0, 0, false
	}
	// the candidate run: everything up to whitespace or a closing bracket/quote; an ordinary word
	// (no dot, slash or @ before the next space) is not a link, and is left to scanWord
	j := i
	special := false
	for j < len(s) {
		b := s[j]
		if isBreakByte(b) {
			break
		}
		if b == '.' || b == '/' || b == '@' {
			special = true
		}
		if b >= 0x80 {
			r, _ := utf8.DecodeRuneInString(s[j:])
			if unicode.IsSpace(r) || strings.ContainsRune("“”‘’«»", r) {
				break
			}
		}
		j++
	}
	if !special {
		return 0, 0, false
	}
	run := s[i:j]
	// strip trailing sentence punctuation
	for len(run) > 0 && strings.ContainsRune(".,;:!?'", rune(run[len(run)-1])) {
		run = run[:len(run)-1]
	}
	if len(run) < 4 || strings.IndexAny(run, "./@") < 0 { // the common case: an ordinary word
		return 0, 0, false
	}
	low := lower(run)
	switch {
	case strings.HasPrefix(low, "http://") || strings.HasPrefix(low, "https://") || strings.HasPrefix(low, "www."):
		return i + len(run), URL, true
	case strings.Contains(run, "@") && strings.Contains(run[strings.Index(run, "@"):], "."):
		at := strings.Index(run, "@")
		if at > 0 && isEmailLocal(run[:at]) {
			return i + len(run), Handle, true
		}
	}
	if strings.Contains(low, "/") || strings.Count(low, ".") >= 1 {
		host := low
		if k := strings.IndexByte(host, '/'); k >= 0 {
			host = host[:k]
		}
		for _, t := range tlds {
			if strings.HasSuffix(host, t) && len(host) > len(t)+1 && strings.Count(host, ".") >= 1 && !strings.Contains(host, "..") && hostChars(host) {
				return i + len(run), URL, true
			}
		}
	}
	return 0, 0, false
}

func isEmailLocal(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(isWordByte(c) && c < 0x80 || c == '.' || c == '_' || c == '-' || c == '+') {
			return false
		}
	}
	return true
}

func hostChars(h string) bool {
	for i := 0; i < len(h); i++ {
		c := h[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '-') {
			return false
		}
	}
	return true
}

// CountWords counts runs of letters and digits in s, without allocating: a cheap stand-in for
// len(Words(s)) where only the number matters.
func CountWords(s string) int {
	n := 0
	in := false
	for _, r := range s {
		w := unicode.IsLetter(r) || unicode.IsDigit(r) || (in && (r == '\'' || r == '’' || r == '-'))
		if w && !in {
			n++
		}
		in = w
	}
	return n
}

// Words returns only the word tokens, lower-cased.
func Words(s string) []string {
	var out []string
	for _, t := range Tokenize(s) {
		if t.Kind == Word {
			out = append(out, t.Lower())
		}
	}
	return out
}
