package pack

import (
	"strings"
	"unicode/utf8"
)

// How the provenance annex (PDF and HTML alike) shows an item's label and its evidence.

// Opening returns the first words of a text for an annex label: up to ten words without the quote
// marks around them, and " …" when there are more, joined to the last word by a no-break space so
// the ellipsis never wraps onto a line of its own. The evidence under the label is always whole.
func Opening(s string) string {
	ws := strings.Fields(strings.Trim(s, quoteMarks+" "))
	if len(ws) <= openingWords {
		return strings.Join(ws, " ")
	}
	return strings.Join(ws[:openingWords], " ") + "\u00a0…"
}

// openingWords is how many words an annex label gives of its text.
const openingWords = 10

// ShownEvidence returns a citation's exact words as the annex shows them: on one line, inside
// typographic quotation marks. A mark of the words' own at either end (a quotation's opening or
// closing words) stands for the frame's at that end rather than be doubled, so the frame is never
// left open: “It will … organisations.” for words that end with their quotation's closing mark.
func ShownEvidence(text string) string {
	text = strings.Join(strings.Fields(text), " ")
	if text == "" {
		return text
	}
	first, _ := utf8.DecodeRuneInString(text)
	last, _ := utf8.DecodeLastRuneInString(text)
	openAt, closeAt := strings.ContainsRune(quoteMarks, first), strings.ContainsRune(quoteMarks, last)
	switch {
	case openAt && closeAt, (openAt || closeAt) && marksPaired(text):
		return text // “We are ready,” she said.
	case closeAt:
		return "“" + text // a quotation's closing words
	case openAt:
		return text + "”" // its opening words
	}
	return "“" + text + "”"
}

// marksPaired reports whether the double quotation marks of s come in pairs.
func marksPaired(s string) bool {
	return strings.Count(s, "\"")%2 == 0 && strings.Count(s, "“") == strings.Count(s, "”")
}
