package prose

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefpack/briefpack/briefing"
)

// MaxAnalysedLine is the longest line the extractors read; longer lines (a 50 MB single-line dump, say)
// are kept but not analysed, with a warning, so one bad file cannot stall a whole job.
const MaxAnalysedLine = 1 << 20

// Block is a paragraph: one or more consecutive kept lines of a source that read as one piece of text.
// Text is an exact substring of the source text (lines joined by their "\n").
type Block struct {
	FirstLine, LastLine int // 1-based, inclusive
	Start, End          int // byte offsets into the source text
	Text                string
}

// Blocks groups a source's lines into paragraphs. keep reports whether a line is article text; other
// lines (blank, front matter, furniture, overlong) separate blocks.
//
// In Markdown, and in plain text that is hard-wrapped (most long lines end near one width), consecutive
// lines join into one paragraph unless a line starts a block of its own (heading, list item, quote, <br>).
// In other plain text — web clippings where each line is a paragraph — a line joins the next only when it
// is plainly broken mid-sentence (no closing punctuation and the next line starts in lower case).
func Blocks(src *briefing.Source, keep func(line int) bool) []Block {
	n := src.NumLines()
	wrapped := src.Format == briefing.FormatMarkdown || src.FrontMatterEnd > 0 || looksHardWrapped(src)
	var out []Block
	var cur *Block
	for ln := 1; ln <= n; ln++ {
		line := src.Line(ln)
		if !keep(ln) || strings.TrimSpace(line) == "" || len(line) > MaxAnalysedLine {
			cur = nil
			continue
		}
		if cur != nil && cur.LastLine == ln-1 && joins(src.Line(ln-1), line, wrapped) {
			cur.LastLine = ln
			cur.End = src.LineStart(ln) + len(line)
			cur.Text = src.Text[cur.Start:cur.End]
			continue
		}
		start := src.LineStart(ln)
		out = append(out, Block{FirstLine: ln, LastLine: ln, Start: start, End: start + len(line), Text: line})
		cur = &out[len(out)-1]
	}
	return out
}

// StartsBlock reports whether a line opens a block of its own in Markdown-like text.
func StartsBlock(line string) bool {
	t := strings.TrimLeft(line, " \t")
	switch {
	case t == "":
		return true
	case strings.HasPrefix(t, "#"), strings.HasPrefix(t, ">"), strings.HasPrefix(t, "|"),
		strings.HasPrefix(t, "<br"), strings.HasPrefix(t, "* "), strings.HasPrefix(t, "- "),
		strings.HasPrefix(t, "+ "), strings.HasPrefix(t, "• "), strings.HasPrefix(t, "```"):
		return true
	}
	// "1. " or "1) " numbered items
	i := 0
	for i < len(t) && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	return i > 0 && i+1 < len(t) && (t[i] == '.' || t[i] == ')') && t[i+1] == ' '
}

func joins(prev, next string, wrapped bool) bool {
	if StartsBlock(next) {
		return false
	}
	if p := strings.TrimLeft(prev, " \t"); strings.HasPrefix(p, "#") || strings.HasPrefix(p, "<br") {
		return false // a heading or a <br> line stands alone
	}
	if wrapped {
		return true
	}
	p := strings.TrimRight(prev, " \t")
	if p == "" {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(p)
	if strings.ContainsRune(".!?:;\"”’)", last) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(strings.TrimLeft(next, " \t"))
	return unicode.IsLower(first)
}

// looksHardWrapped reports whether the text's long lines mostly end near one width, as text wrapped at
// a fixed column does (e-mails, notes typed in an editor).
func looksHardWrapped(src *briefing.Source) bool {
	n := src.NumLines()
	if n < 4 {
		return false
	}
	var long []int
	maxLen := 0
	for ln := 1; ln <= n; ln++ {
		l := utf8.RuneCountInString(strings.TrimRight(src.Line(ln), " \t"))
		if l >= 40 {
			long = append(long, l)
			if l > maxLen {
				maxLen = l
			}
		}
	}
	if len(long) < 3 || maxLen > 100 {
		return false
	}
	near := 0
	for _, l := range long {
		if l >= maxLen-20 {
			near++
		}
	}
	return near*10 >= len(long)*7
}
