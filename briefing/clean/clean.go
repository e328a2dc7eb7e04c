// Package clean decides, line by line, what of a source is article text and what is page furniture:
// navigation crumbs, image file names, photo credits, bylines and e-mail handles, share and subscribe
// prompts, lists of other headlines ("Most Read", "Recent Stories"), embedded-tweet signatures, bare link
// lines and contact details.
//
// It works in three passes, in the spirit of jusText: patterns that name a kind of furniture outright;
// "more stories" regions that start at a list heading; and context, where a short line with furniture on
// both sides is furniture too. Front matter is metadata, never furniture; blank and markup-only lines
// are neither.
package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/prose"
)

// Kind is what a line of a source is.
type Kind uint8

// Line kinds.
const (
	Text      Kind = iota // article text: every extractor reads it
	Blank                 // empty, or markup only ("<br>", "---")
	Meta                  // front matter
	Furniture             // page furniture: not read by extractors
	Overlong              // too long to analyse; kept, but not read
)

// Line is the verdict on one line.
type Line struct {
	Kind   Kind
	Reason string // for furniture: which rule ("navigation", "image file name", …)
}

// Reasons given for furniture.
const (
	ReasonNav         = "navigation"
	ReasonImage       = "image file name"
	ReasonCredit      = "photo credit"
	ReasonByline      = "byline or handle"
	ReasonDateline    = "dateline"
	ReasonPrompt      = "share or subscribe prompt"
	ReasonListHeading = "list of other stories"
	ReasonMoreStories = "other stories"
	ReasonTweetSig    = "embedded-tweet signature"
	ReasonLink        = "bare link"
	ReasonContact     = "contact details"
	ReasonLabel       = "widget label"
	ReasonPunct       = "stray punctuation"
	ReasonContext     = "short line among furniture"
	ReasonIssuer      = "issuer line"
	ReasonEnclosure   = "enclosure line"
	ReasonAbout       = "note about an organisation"
	ReasonAuthorBox   = "about the author"
	ReasonHandling    = "release handling line"
	ReasonEndMark     = "end mark"
	ReasonPlaceholder = "scraper placeholder"
	ReasonTags        = "tags"
	ReasonPageNumber  = "page number"
	ReasonLinkList    = "list of links"
	ReasonHeading     = "heading over furniture"
	ReasonHeader      = "scraper header" // a Meta line, not furniture
	ReasonComments    = "comments"
	ReasonRelated     = "link to another story"
	ReasonInsert      = "editorial insert"
	ReasonConsent     = "cookie or consent notice"
	ReasonNote        = "reporting or correction note"
)

// Result is the classification of every line of a source; Lines[0] is line 1.
type Result struct {
	Lines []Line
}

// Keep reports whether line n (1-based) is article text.
func (r Result) Keep(n int) bool { return n >= 1 && n <= len(r.Lines) && r.Lines[n-1].Kind == Text }

// Furniture returns the 1-based numbers of the lines judged furniture.
func (r Result) Furniture() []int {
	var out []int
	for i, l := range r.Lines {
		if l.Kind == Furniture {
			out = append(out, i+1)
		}
	}
	return out
}

// feature is what the passes need to know about a line.
type feature struct {
	text      string // visible text: trimmed, markup stripped
	words     int    // word tokens
	terminal  bool   // ends with sentence punctuation
	headline  bool   // reads like a headline: several words, no closing punctuation
	good      bool   // a real paragraph: long enough, with sentence shape
	short     bool
	hasLetter bool
	heading   bool // marked up as a heading: "## …", a line all in bold, <h2>
	toks      []prose.Token
	spare     []prose.Token // a buffer tokens may fill, lent by Classify for the patterns
	low       string        // text in lower case, once asked for
}

// Classify classifies every line of src.
func Classify(src *briefing.Source) Result {
	n := src.NumLines()
	res := Result{Lines: make([]Line, n)}
	feats := make([]feature, n)
	var scratch []prose.Token // the patterns' tokens of one line, then of the next
	for i := 0; i < n; i++ {
		ln := i + 1
		raw := src.Line(ln)
		switch {
		case ln <= src.FrontMatterEnd:
			res.Lines[i].Kind = Meta
			continue
		case src.MarkedFurniture[ln] != "": // the loader knows (an e-mail's quoted reply, its signature)
			res.Lines[i] = Line{Furniture, src.MarkedFurniture[ln]}
			continue
		case len(raw) > prose.MaxAnalysedLine:
			res.Lines[i].Kind = Overlong
			continue
		}
		vis := visible(raw)
		if vis == "" {
			res.Lines[i].Kind = Blank
			if isEmptyHeading(raw) {
				res.Lines[i] = Line{Furniture, ReasonPlaceholder}
			}
			continue
		}
		feats[i] = describe(vis)
		f := &feats[i] // the passes after this one see what the patterns worked out (tokens, lower case)
		f.heading = isHeadingMarkup(raw)
		f.spare = scratch[:0]
		if reason := markupPattern(f, raw); reason != "" {
			res.Lines[i] = Line{Furniture, reason}
		} else if reason := pattern(f, raw); reason != "" {
			res.Lines[i] = Line{Furniture, reason}
		}
		if cap(f.toks) > cap(scratch) {
			scratch = f.toks
		}
		f.toks, f.spare = nil, nil // the buffer goes on to the next line; a later pass tokenizes again
	}
	raws := func(i int) string { return src.Line(i + 1) }
	scraperHeader(res, feats, raws)
	releaseMatter(res, feats, raws)
	labels(res, feats)
	moreStories(res, feats)
	comments(res, feats)
	authorBio(res, feats)
	linkLists(res, feats, raws)
	title := titleLine(res, feats)
	furnitureHeadings(res, feats, raws, title)
	context(res, feats, title)
	markupInFurniture(res, src)
	return res
}

var (
	reHTMLTag  = lazyRegexp(`<[/!]?[a-zA-Z][^<>]*>`)
	reThematic = lazyRegexp(`^\s*([-*_=]\s*){3,}$`)
	reMdLink   = lazyRegexp(`\[([^\]]*)\]\([^)]*\)`)
)

// visible strips layout markup (HTML tags, Markdown heading/emphasis/list marks, link syntax) and
// surrounding space; "" when nothing readable is left.
func visible(raw string) string {
	t := strings.TrimSpace(raw)
	if t == "" || isThematicBreak(t) {
		return ""
	}
	if strings.IndexByte(t, '<') >= 0 {
		if strings.Contains(t, "<http") || strings.IndexByte(t, '@') >= 0 { // what an autolink needs
			t = reAutoLink().ReplaceAllString(t, "$1")
		}
		t = strings.TrimSpace(reHTMLTag().ReplaceAllString(t, ""))
	}
	if strings.Contains(t, "](") { // what a Markdown link needs
		t = reMdLink().ReplaceAllString(t, "$1")
	}
	t = strings.TrimLeft(t, "#> ")
	t = strings.Trim(t, "*_ ")
	return strings.TrimSpace(t)
}

// isEmptyHeading: a heading mark with nothing after it ("### "), left where a scraper found no text.
func isEmptyHeading(raw string) bool {
	t := strings.TrimSpace(raw)
	return t != "" && strings.Trim(t, "#") == ""
}

// markupInFurniture gives a markup-only line ("<br>") inside a run of furniture the verdict of the
// line before it: it belongs to the block it sits in. Elsewhere such a line stays blank.
func markupInFurniture(res Result, src *briefing.Source) {
	for i, l := range res.Lines {
		if l.Kind != Blank || strings.TrimSpace(src.Line(i+1)) == "" || isThematicBreak(src.Line(i+1)) {
			continue
		}
		p, n := prevNonBlank(res, i), nextNonBlank(res, i)
		if p >= 0 && n >= 0 && res.Lines[p].Kind == Furniture && res.Lines[n].Kind == Furniture {
			res.Lines[i] = Line{Furniture, res.Lines[p].Reason}
		}
	}
}

// isHeadingMarkup: a Markdown heading, a line wholly in bold, or an HTML heading.
func isHeadingMarkup(raw string) bool {
	t := strings.TrimSpace(raw)
	switch {
	case strings.HasPrefix(t, "#"):
		return true
	case len(t) > 4 && (strings.HasPrefix(t, "**") && strings.HasSuffix(t, "**") || strings.HasPrefix(t, "__") && strings.HasSuffix(t, "__")):
		return !strings.Contains(t[2:len(t)-2], "**")
	case len(t) > 4 && t[0] == '<' && (t[1] == 'h' || t[1] == 'H') && t[2] >= '1' && t[2] <= '6':
		return true
	}
	return false
}

func describe(vis string) feature {
	f := feature{text: vis}
	var stop int
	f.words, stop = countWordsAndStopwords(vis, goodWords)
	for _, r := range vis {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			f.hasLetter = true
			break
		}
	}
	last, _ := utf8.DecodeLastRuneInString(vis)
	f.terminal = strings.ContainsRune(".!?\"”’)", last)
	f.good = f.words >= goodWords || f.words >= 8 && f.terminal && stop*5 >= f.words
	f.short = f.words <= 4 || f.words <= 6 && !f.terminal
	f.headline = !f.terminal && f.words >= 3 && f.words <= 20 && !strings.HasSuffix(vis, ":") && !strings.HasSuffix(vis, ",")
	return f
}

// tokens tokenizes the line on first use: only the few lines a rule looks at closely need tokens.
func (f *feature) tokens() []prose.Token {
	if f.toks == nil {
		if f.spare != nil {
			f.toks = prose.AppendTokens(f.spare, f.text)
		} else {
			f.toks = prose.Tokenize(f.text)
		}
	}
	return f.toks
}

// lower returns the text in lower case, computed on first use.
func (f *feature) lower() string {
	if f.low == "" {
		f.low = prose.Lower(f.text)
	}
	return f.low
}

// goodWords is the length at which a line counts as prose whatever its words.
const goodWords = 15

// countWordsAndStopwords counts the words of s and how many of the first upTo are stopwords (past
// that, the count no longer matters), without allocating.
func countWordsAndStopwords(s string, upTo int) (words, stop int) {
	var buf [12]byte
	n := 0 // letters of the current word copied (lower-cased) into buf; -1 when too long or not ASCII
	in := false
	end := func() {
		if in {
			words++
			if n > 0 && words <= upTo && prose.IsStopword(string(buf[:n])) {
				stop++
			}
		}
		in, n = false, 0
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
			if !in {
				in, n = true, 0
			}
			if n >= 0 && n < len(buf) {
				buf[n] = c | 0x20
				n++
			} else {
				n = -1
			}
		case c >= 0x80 || c >= '0' && c <= '9' || c == '\'' && in:
			if !in {
				in, n = true, -1
			} else if c != '\'' {
				n = -1
			} else if n >= 0 && n < len(buf) {
				buf[n] = c
				n++
			}
		default:
			end()
		}
	}
	end()
	return words, stop
}

// KeptText returns the article text of src as the extractors read it: the lines judged text, in
// order, with one blank line where the source had blank lines or removed lines between paragraphs.
func (r Result) KeptText(src *briefing.Source) string {
	var b strings.Builder
	size := 0 // every kept line and a break before it: room enough, so the text is copied once
	for i, l := range r.Lines {
		if l.Kind == Text {
			size += len(src.Line(i+1)) + 2
		}
	}
	b.Grow(size)
	gap := false
	for i, l := range r.Lines {
		if l.Kind != Text {
			gap = gap || b.Len() > 0
			continue
		}
		if gap {
			b.WriteString("\n\n")
		} else if b.Len() > 0 {
			b.WriteByte('\n')
		}
		gap = false
		b.WriteString(strings.TrimRight(src.Line(i+1), " \t\r"))
	}
	return b.String()
}
