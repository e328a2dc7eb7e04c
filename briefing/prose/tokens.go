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
	caps       uint8 // capFirst and capAll, worked out when the token is made
	// Tags are bits a caller may keep with the token; the tokenizer leaves them 0. (The extractors
	// keep there which word lists the token is in, worked out once per token of a source.)
	Tags uint32
	Text string
	low  string // Text in lower case, computed once
}

// Bits of Token.caps.
const (
	capFirst = 1 << iota // starts with an upper-case letter
	capAll               // every letter upper case, and at least two
)

// newToken makes the token s[start:end] of the given kind, with its lower-case text low.
func newToken(s string, start, end int, kind Kind, low string) Token {
	text := s[start:end]
	return Token{Start: start, End: end, Kind: kind, caps: capsOf(text), Text: text, low: low}
}

// capsOf works out the capFirst and capAll bits of a token's text (see IsCap and IsAllCaps).
func capsOf(text string) uint8 {
	var caps uint8
	letters := 0
	for i := 0; i < len(text); {
		r, n := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:])
		}
		upper := r >= 'A' && r <= 'Z' || r >= utf8.RuneSelf && unicode.IsUpper(r)
		if i == 0 && upper {
			caps |= capFirst
		}
		if r >= 'a' && r <= 'z' || r >= utf8.RuneSelf && unicode.IsLetter(r) && !upper {
			return caps // a lower-case letter: not all capitals
		}
		if upper || r >= utf8.RuneSelf && unicode.IsLetter(r) {
			letters++
		}
		i += n
	}
	if letters >= 2 {
		caps |= capAll
	}
	return caps
}

// Is reports whether the token is the given word, ignoring case.
func (t Token) Is(w string) bool { return strings.EqualFold(t.Text, w) }

// IsCap reports whether the token starts with an upper-case letter.
func (t Token) IsCap() bool { return t.caps&capFirst != 0 }

// IsAllCaps reports whether every letter of the token is upper case (and it has at least two).
func (t Token) IsAllCaps() bool { return t.caps&capAll != 0 }

// Lower returns the token text in lower case.
func (t Token) Lower() string {
	if t.low == "" && t.Text != "" {
		return lower(t.Text)
	}
	return t.low
}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// Lower is strings.ToLower, faster on text that holds characters beyond ASCII (see lower).
func Lower(s string) string { return lower(s) }

// lower is strings.ToLower without an allocation for text that is already lower case ASCII, and in
// one pass for text with other characters (where strings.ToLower maps rune by rune).
func lower(s string) string {
	ascii := true
	i := 0
	for ; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		if c >= 'A' && c <= 'Z' {
			break
		}
	}
	switch {
	case i == len(s):
		return s
	case ascii:
		return strings.ToLower(s)
	}
	return lowerMixed(s, i)
}

// lowerMixed is strings.ToLower of s, whose first i bytes are lower-case ASCII: ASCII bytes are
// lowered in place, other runes through unicode.ToLower, and a byte that is not UTF-8 becomes
// U+FFFD, as strings.ToLower does.
func lowerMixed(s string, i int) string {
	buf := make([]byte, i, len(s)+utf8.UTFMax)
	copy(buf, s[:i])
	changed := false
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
				changed = true
			}
			buf = append(buf, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		l := unicode.ToLower(r)
		changed = changed || l != r || n == 1 // n == 1: not UTF-8, written as U+FFFD
		buf = utf8.AppendRune(buf, l)
		i += n
	}
	if !changed {
		return s
	}
	return string(buf)
}

// Tokenize splits s into tokens; whitespace is dropped. Offsets are relative to s.
func Tokenize(s string) []Token {
	return AppendTokens(make([]Token, 0, len(s)/5+1), s)
}

// AppendTokens appends the tokens of s to toks (offsets relative to s), so that many short texts can
// share one allocation.
func AppendTokens(toks []Token, s string) []Token {
	// ASCII text is lowered token by token, which costs nothing for the words in lower case; other
	// text through one lower-case copy of the whole that serves every token, when case mapping keeps
	// byte offsets (lowering ASCII byte by byte, both give the same)
	ascii := isASCII(s)
	low := ""
	if !ascii {
		if low = lower(s); len(low) != len(s) {
			low = ""
		}
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
				toks = append(toks, newToken(s, start, end, Word, lowOf(start, end)))
				i = end
				continue
			}
		}
		if end, kind, ok := scanSpecial(s, i); ok {
			toks = append(toks, newToken(s, start, end, kind, lowOf(start, end)))
			i = end
			continue
		}
		switch {
		case r >= '0' && r <= '9':
			i = scanNumber(s, i)
			toks = append(toks, newToken(s, start, i, Number, s[start:i]))
		case unicode.IsLetter(r) || unicode.IsDigit(r): // other scripts' digits read as word characters
			i = scanWord(s, i)
			toks = append(toks, newToken(s, start, i, Word, lowOf(start, i)))
		default:
			i += n
			toks = append(toks, newToken(s, start, i, Punct, s[start:i]))
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
		if r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)) { // ASCII ones are above
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
		return scanTag(s, i)
	}
	if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
		return 0, 0, false
	}
	run, special := candidateRun(s, i)
	if !special {
		return 0, 0, false
	}
	// strip trailing sentence punctuation
	for len(run) > 0 && strings.ContainsRune(".,;:!?'", rune(run[len(run)-1])) {
		run = run[:len(run)-1]
	}
	if len(run) < 4 || strings.IndexAny(run, "./@") < 0 { // the common case: an ordinary word
		return 0, 0, false
	}
	if kind, ok := linkKind(run); ok {
		return i + len(run), kind, true
	}
	return 0, 0, false
}

// scanTag reads an @handle or a #hashtag at i.
func scanTag(s string, i int) (end int, kind Kind, ok bool) {
	j := i + 1
	for j < len(s) && (isWordByte(s[j]) && s[j] < 0x80 || s[j] == '_') {
		j++
	}
	if j == i+1 {
		return 0, 0, false
	}
	if s[i] == '@' {
		return j, Handle, true
	}
	return j, Hashtag, true
}

// candidateRun is everything from i up to white space or a closing bracket or quote, and whether it
// holds a dot, slash or @: an ordinary word (none before the next space) is not a link, and is left
// to scanWord.
func candidateRun(s string, i int) (run string, special bool) {
	j := i
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
	return s[i:j], special
}

// linkKind says whether run is a web address (with a scheme, "www.", or a host ending in a known
// top-level domain) or an e-mail address (a Handle).
func linkKind(run string) (Kind, bool) {
	low := lower(run)
	switch {
	case strings.HasPrefix(low, "http://") || strings.HasPrefix(low, "https://") || strings.HasPrefix(low, "www."):
		return URL, true
	case strings.Contains(run, "@") && strings.Contains(run[strings.Index(run, "@"):], "."):
		at := strings.Index(run, "@")
		if at > 0 && isEmailLocal(run[:at]) {
			return Handle, true
		}
	}
	if strings.Contains(low, "/") || strings.Count(low, ".") >= 1 {
		host := low
		if k := strings.IndexByte(host, '/'); k >= 0 {
			host = host[:k]
		}
		for _, t := range tlds {
			if strings.HasSuffix(host, t) && len(host) > len(t)+1 && strings.Count(host, ".") >= 1 && !strings.Contains(host, "..") && hostChars(host) {
				return URL, true
			}
		}
	}
	return 0, false
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
