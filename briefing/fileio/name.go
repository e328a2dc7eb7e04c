package fileio

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Name makes a file name safe to print in a message: control characters, bidirectional overrides and
// other characters that are not printable are written as Go escapes (\x1b, \u202e), bytes that are not
// UTF-8 as \xff, and a backslash as \\ only when escapes were needed, so an ordinary name prints as it is
// and no name can move the cursor, recolour the terminal or reorder the text around it.
func Name(name string) string {
	if printable(name) {
		return name
	}
	var b strings.Builder
	for i := 0; i < len(name); {
		r, size := utf8.DecodeRuneInString(name[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02x`, name[i])
		case r == '\\':
			b.WriteString(`\\`)
		case safeRune(r):
			b.WriteRune(r)
		case r < 0x80:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r <= 0xffff:
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			fmt.Fprintf(&b, `\U%08x`, r)
		}
		i += size
	}
	return b.String()
}

func printable(s string) bool {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || !safeRune(r) {
			return false
		}
		i += size
	}
	return true
}

// safeRune: printable (letters, marks, numbers, punctuation, symbols, the ASCII space) and not a format
// character such as a bidirectional override or a zero-width joiner.
func safeRune(r rune) bool {
	return r == ' ' || unicode.IsPrint(r) && !unicode.Is(unicode.Cf, r)
}
