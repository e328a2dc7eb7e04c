package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefpack/briefpack/briefing/prose"
)

// Hand-written matchers for patterns that are costly to compile as regular expressions (large Unicode
// classes, counted repetition): every run that meets one of them would pay more to compile it than
// to match all its lines. Each matches exactly what the expression in its comment matches, as
// Go's regexp package reads it (leftmost-first, (?i) folding "s" with "ſ" and "k" with the Kelvin
// sign, \s as ASCII white space, \d and \w as ASCII); matchers_test.go holds each to its expression.

// emailSpan returns where the first e-mail address in s stands, as the expression
//
//	[\p{L}\d._%+'-]+@[\p{L}\d.-]+\.[\p{L}]{2,}
//
// finds it (start and end byte offsets), or -1, -1. The user part is the longest run of its
// characters before an "@"; the domain ends at the last dot of its run that two letters follow.
func emailSpan(s string) (int, int) {
	run := -1 // start of the current run of user-part characters
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '@':
			if run >= 0 {
				if end := emailDomainEnd(s, i+1); end >= 0 {
					return run, end
				}
			}
			run = -1
		case isEmailUserRune(r):
			if run < 0 {
				run = i
			}
		default:
			run = -1
		}
		i += w
	}
	return -1, -1
}

// emailDomainEnd matches [\p{L}\d.-]+\.[\p{L}]{2,} at s[at:] as a backtracking matcher would: the
// longest run before a dot that is followed by two letters or more, and all the letters after it.
// It returns the end of the match, or -1.
func emailDomainEnd(s string, at int) int {
	end := -1
	for i := at; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		if !isEmailDomainRune(r) {
			break
		}
		if r == '.' && i > at {
			j, letters := i+1, 0
			for j < len(s) {
				l, lw := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsLetter(l) {
					break
				}
				j += lw
				letters++
			}
			if letters >= 2 {
				end = j
			}
		}
		i += w
	}
	return end
}

func isEmailUserRune(r rune) bool {
	return unicode.IsLetter(r) || r < utf8.RuneSelf && (r >= '0' && r <= '9' || strings.IndexByte("._%+'-", byte(r)) >= 0)
}

func isEmailDomainRune(r rune) bool {
	return unicode.IsLetter(r) || r >= '0' && r <= '9' || r == '.' || r == '-'
}

// hasEmail reports whether s holds an e-mail address (emailSpan finds one).
func hasEmail(s string) bool {
	start, _ := emailSpan(s)
	return start >= 0
}

// firstEmail returns the first e-mail address in s, or "".
func firstEmail(s string) string {
	start, end := emailSpan(s)
	if start < 0 {
		return ""
	}
	return s[start:end]
}

// contactLabels are the labels of isContactLine, in the expression's order. None holds an "s" or a
// "k", so ASCII case folding is all of (?i) for them.
var contactLabels = []string{"tel", "telephone", "phone", "fax", "mobile", "mob", "cell", "email", "e-mail", "t", "m", "e", "f"}

// isContactLine reports whether t matches
//
//	(?i)^(tel|telephone|phone|fax|mobile|mob|cell|email|e-mail|t|m|e|f)\s*[.:]\s*[+(<\d\p{L}]
//
// a label, a colon or full stop, and the start of a number, an address or a name.
func isContactLine(t string) bool {
	for _, l := range contactLabels {
		if len(t) < len(l) || !strings.EqualFold(t[:len(l)], l) {
			continue
		}
		i := prose.SkipSpaceBytes(t, len(l))
		if i == len(t) || t[i] != '.' && t[i] != ':' {
			continue
		}
		i = prose.SkipSpaceBytes(t, i+1)
		if i == len(t) {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(t[i:]); r == '+' || r == '(' || r == '<' || r >= '0' && r <= '9' || isFoldedLetter(r) {
			return true
		}
	}
	return false
}

// isFoldedLetter reports whether r is in \p{L} under (?i): a letter, or the one mark that case
// folding joins to letters (U+0345, the Greek iota subscript, which folds with "ι").
func isFoldedLetter(r rune) bool { return unicode.IsLetter(r) || r == '\u0345' }

// imageExtensions are the extensions of isImageFileName, lower case.
var imageExtensions = []string{"jpeg", "jpg", "png", "gif", "webp", "svg", "bmp", "tiff", "tif", "heic"}

// isImageFileName reports whether t matches
//
//	(?i)^[\w\-.,()\[\]' ]{1,120}\.(jpe?g|png|gif|webp|svg|bmp|tiff?|heic)$
//
// a file name of up to 120 plain characters with an image extension: a picture's caption left
// behind.
func isImageFileName(t string) bool {
	for _, ext := range imageExtensions {
		n := foldedSuffixLen(t, ext)
		if n < 0 || len(t) < n+1 || t[len(t)-n-1] != '.' {
			continue
		}
		if name := t[:len(t)-n-1]; imageNameLen(name) {
			return true
		}
	}
	return false
}

// foldedSuffixLen returns the length in bytes of the suffix of t that ext (lower-case ASCII letters)
// matches under (?i), or -1: each letter matches itself in either case, and "s" also matches "ſ".
func foldedSuffixLen(t, ext string) int {
	end := len(t)
	for k := len(ext) - 1; k >= 0; k-- {
		c := ext[k]
		switch {
		case end > 0 && (t[end-1] == c || t[end-1] == c-'a'+'A'):
			end--
		case c == 's' && strings.HasSuffix(t[:end], "ſ"):
			end -= len("ſ")
		default:
			return -1
		}
	}
	return len(t) - end
}

// imageNameLen reports whether name is 1 to 120 characters of [\w\-.,()\[\]' ] under (?i) (which adds
// "ſ" and the Kelvin sign to \w).
func imageNameLen(name string) bool {
	n := 0
	for _, r := range name {
		ok := r < utf8.RuneSelf && (r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' ||
			strings.IndexByte("_-.,()[]' ", byte(r)) >= 0) || r == 'ſ' || r == '\u212a'
		if n++; !ok || n > 120 {
			return false
		}
	}
	return n > 0
}
