package clean

import "strings"

// Cheap tests run before a regular expression: each is true of every string the expression it
// guards can match, so guarding changes no verdict, only how often the expression runs. Most lines
// of a page fail them at the first byte.

// opensWith reports whether s can start with a word whose first letter, in either case, is one of
// letters (lower case): its first byte is such a letter, or is not ASCII (a case-insensitive
// expression also matches a few letters outside ASCII, such as the Kelvin sign for "k", so those go
// on to the expression).
func opensWith(s, letters string) bool {
	if s == "" {
		return false
	}
	c := s[0]
	if c >= 0x80 {
		return true
	}
	if c >= 'A' && c <= 'Z' {
		c += 'a' - 'A'
	}
	return strings.IndexByte(letters, c) >= 0
}

// hasDigit reports whether s holds an ASCII digit (what \d matches).
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	return false
}

// isThematicBreak reports whether s is a Markdown thematic break ("---", "* * *", "___", "==="): the
// lines reThematic matches. Its first byte after ASCII white space (what \s matches) must be one of
// the marks, which almost no line's is.
func isThematicBreak(s string) bool {
	i := 0
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\f' || s[i] == '\r') {
		i++
	}
	if i == len(s) || strings.IndexByte("-*_=", s[i]) < 0 {
		return false
	}
	return reThematic().MatchString(s)
}
