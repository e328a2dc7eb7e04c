package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefpack/briefpack/briefing/prose"
)

// Quotation marks: which stretches of a paragraph are quoted.

// qspan is a quotation inside one block: offsets of the quoted words (without the marks) relative to
// the block text; closed is false when the paragraph ends before the closing mark.
type qspan struct {
	open, start, end, after int // open: offset of the opening mark; [start,end): the words; after: past the closing mark
	closed                  bool
}

// quoteSpans pairs opening and closing double quotation marks (straight or curly) in a block; when
// the block has none it falls back to curly single marks used as quotation marks (‘…’).
func quoteSpans(text string) []qspan {
	spans := pairMarks(text, "\"“”„")
	if len(spans) == 0 && strings.Contains(text, "‘") {
		spans = pairMarks(text, "‘’")
	}
	return spans
}

// pairMarks pairs the quotation marks of text that are among marks.
func pairMarks(text, marks string) []qspan {
	var out []qspan
	cur := -1 // offset of the pending opening mark
	curLen := 0
	nested := false // a straight mark opened a quotation inside the pending one ("… our "cloud-first" plan …")
	for i := 0; i < len(text); {
		i = nextMarkByte(text, i)
		if i < 0 {
			break
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if !strings.ContainsRune(marks, r) {
			i += n
			continue
		}
		m := markAt(text, i, r, n)
		switch {
		case m.inWord:
		case cur < 0 && m.opens:
			cur, curLen = i, n
		case cur >= 0 && r == '"' && !nested && m.opens && !m.atEnd:
			nested = true
		case cur >= 0 && nested && m.closes:
			nested = false
		case cur >= 0 && m.closes:
			out = append(out, qspan{open: cur, start: cur + curLen, end: i, after: i + n, closed: true})
			cur = -1
		}
		i += n
	}
	if cur >= 0 {
		out = append(out, qspan{open: cur, start: cur + curLen, end: len(text), after: len(text)})
	}
	return out
}

// nextMarkByte returns the offset from i of the next straight quotation mark or of the first byte of a
// curly one (all of them are E2 80 xx in UTF-8), or -1.
func nextMarkByte(text string, i int) int {
	for ; i < len(text); i++ {
		if c := text[i]; c == '"' || c == 0xE2 {
			return i
		}
	}
	return -1
}

// mark is what a quotation mark can do where it stands.
type mark struct {
	opens, closes, atEnd, inWord bool
}

// markAt judges the mark r (n bytes) at offset i of text by its neighbours: it opens after a space or
// an opening bracket and before a word; it closes after a word and before a space or punctuation (or,
// for ”, right after a stop with no space: “…,”Clinton said); between two letters it is an apostrophe.
func markAt(text string, i int, r rune, n int) mark {
	prev, _ := utf8.DecodeLastRuneInString(text[:i])
	next, _ := utf8.DecodeRuneInString(text[i+n:])
	atStart := i == 0 || unicode.IsSpace(prev) || strings.ContainsRune("([{—–-/:", prev)
	atEnd := i+n == len(text) || unicode.IsSpace(next) || unicode.IsPunct(next)
	return mark{
		opens:  atStart && !unicode.IsSpace(next) && r != '”',
		closes: (atEnd || r == '”' && strings.ContainsRune(",.?!", prev)) && r != '“' && r != '‘' && (!unicode.IsSpace(prev) || r == '"' && afterSingleClose(text, i)),
		atEnd:  atEnd,
		inWord: unicode.IsLetter(prev) && unicode.IsLetter(next),
	}
}

// afterSingleClose reports whether a space before offset i follows a closing single mark ("… 'above
// the president,' " said"), which typesetters separate from the double mark that closes around it.
func afterSingleClose(text string, i int) bool {
	t := strings.TrimRight(text[:i], " ")
	last, _ := utf8.DecodeLastRuneInString(t)
	return len(t) == i-1 && (last == '\'' || last == '’')
}

// outsideQuotes reports, for each token of a block, whether it lies outside every quotation.
func outsideQuotes(out []bool, toks []prose.Token, spans []qspan) []bool {
	k := 0
	for _, t := range toks {
		for k < len(spans) && spans[k].after <= t.Start {
			k++
		}
		out = append(out, k >= len(spans) || t.End <= spans[k].open || t.Start >= spans[k].after)
	}
	return out
}

// sentenceStarts returns the offsets (relative to text) where sentences start — from the starts the
// sentence splitter found, sentStarts — ignoring the sentence ends inside quotations ("“We won. We will win again,” she said." is one sentence), and text's length
// as the last entry.
func sentenceStarts(out []int, text string, sentStarts []int, spans []qspan) []int {
	k := 0
	for _, start := range sentStarts {
		for k < len(spans) && spans[k].after <= start {
			k++
		}
		inside := k < len(spans) && start > spans[k].open && start < spans[k].after
		if len(out) == 0 || !inside {
			out = append(out, start)
		}
	}
	if len(out) == 0 {
		out = append(out, 0)
	}
	return append(out, len(text))
}

// sentenceOf returns the [start, end) of the sentence holding offset off, from sentenceStarts.
func sentenceOf(starts []int, off int) (int, int) {
	for i := len(starts) - 2; i >= 0; i-- {
		if starts[i] <= off {
			return starts[i], starts[i+1]
		}
	}
	return 0, starts[len(starts)-1]
}
