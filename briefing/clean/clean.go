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
	"github.com/briefpack/briefpack/briefing/lexicon"
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
	toks      []prose.Token
}

// Classify classifies every line of src.
func Classify(src *briefing.Source) Result {
	n := src.NumLines()
	res := Result{Lines: make([]Line, n)}
	feats := make([]feature, n)
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
			continue
		}
		f := describe(vis)
		feats[i] = f
		if reason := pattern(f, raw); reason != "" {
			res.Lines[i] = Line{Furniture, reason}
		}
	}
	labels(res, feats)
	moreStories(res, feats)
	title := titleLine(res, feats)
	context(res, feats, title)
	return res
}

var (
	reHTMLTag    = lazyRegexp(`<[/!]?[a-zA-Z][^<>]*>`)
	reThematic   = lazyRegexp(`^\s*([-*_=]\s*){3,}$`)
	reMdLink     = lazyRegexp(`\[([^\]]*)\]\([^)]*\)`)
	reAutoLink   = lazyRegexp(`<(https?://[^>]+|[^@<>\s]+@[^<>\s]+)>`)
	reImageFile  = lazyRegexp(`(?i)^[\w\-.,()\[\]' ]{1,120}\.(jpe?g|png|gif|webp|svg|bmp|tiff?|heic)$`)
	reCredit     = lazyRegexp(`(?i)^(photo|photograph|picture|image|illustration|graphic|video|credit|source|file photo)s?( credit)?\s*[:/|–-]\s*\S`)
	reCreditBy   = lazyRegexp(`(?i)^(photo|picture|image|illustration)s? (by|courtesy of|:)\s`)
	reTweetSig   = lazyRegexp(`^[—–-]{1,2}\s*\S.{0,80}\(@\w{1,30}\)`)
	reByLine     = lazyRegexp(`^(By|BY|Written by|Posted by|Reporting by|Words by)\s+\p{Lu}[\p{L}.'’-]*(\s+\p{Lu}[\p{L}.'’-]*){0,3}(\s*(,|and|&|\|).{0,60})?$`)
	reContact    = lazyRegexp(`(?i)^(tel|telephone|phone|fax|mobile|mob|cell|email|e-mail|t|m|e|f)\s*[.:]\s*[+(<\d\p{L}]`)
	reCall       = lazyRegexp(`(?i)^(call|phone|tel|hotline|whatsapp)?\s*:?\s*\+?[\d][\d\s().-]{6,}$`)
	reTime       = lazyRegexp(`(?i)^\d{1,2}([:.]\d{2})?\s*(am|pm|a\.m\.|p\.m\.)?$`)
	rePreparedBy = lazyRegexp(`^(Prepared|Published|Updated|Posted|Written|Issued|Compiled|Drafted|Last updated)( by| on|:)\s`)
)

// visible strips layout markup (HTML tags, Markdown heading/emphasis/list marks, link syntax) and
// surrounding space; "" when nothing readable is left.
func visible(raw string) string {
	t := strings.TrimSpace(raw)
	if t == "" || reThematic().MatchString(t) {
		return ""
	}
	if strings.IndexByte(t, '<') >= 0 {
		t = reAutoLink().ReplaceAllString(t, "$1")
		t = strings.TrimSpace(reHTMLTag().ReplaceAllString(t, ""))
	}
	if strings.IndexByte(t, ']') >= 0 {
		t = reMdLink().ReplaceAllString(t, "$1")
	}
	t = strings.TrimLeft(t, "#> ")
	t = strings.Trim(t, "*_ ")
	return strings.TrimSpace(t)
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
		f.toks = prose.Tokenize(f.text)
	}
	return f.toks
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

// pattern applies the rules that recognise a kind of furniture from the line alone. The cheap tests
// come first; long article paragraphs are ruled out before any regular expression runs.
func pattern(f feature, raw string) string {
	t := f.text
	if !f.hasLetter {
		return ReasonPunct
	}
	if f.words > 30 { // a real paragraph: only a link dump could still be furniture
		if strings.Count(t, "http") > f.words/4 && isLinkLine(&f) {
			return ReasonLink
		}
		return ""
	}
	if f.words > 16 { // long enough to be prose: only crumbs, credits and links can still match
		switch {
		case isBreadcrumb(t):
			return ReasonNav
		case isLinkLine(&f):
			return ReasonLink
		}
		return ""
	}
	lower := strings.ToLower(t)
	switch {
	case f.words <= 12 && isNavPhrase(lower) || isBreadcrumb(t):
		return ReasonNav
	case hasImageSuffix(lower) && reImageFile().MatchString(t):
		return ReasonImage
	case f.words <= 10 && hasAnyPrefix(lower, "photo", "picture", "image", "illustration", "graphic", "video", "credit", "source", "file photo") &&
		(reCredit().MatchString(t) || reCreditBy().MatchString(t)):
		return ReasonCredit
	case startsWithDash(t) && reTweetSig().MatchString(t):
		return ReasonTweetSig
	case f.words <= 16 && isDateline(&f):
		return ReasonDateline
	case f.words <= 8 && (contactCue(lower) && reContact().MatchString(t) || callCue(lower) && reCall().MatchString(t)):
		return ReasonContact
	case isByline(t, &f):
		return ReasonByline
	case isLinkLine(&f):
		return ReasonLink
	case isListHeading(lower):
		return ReasonListHeading
	case isPrompt(lower, f):
		return ReasonPrompt
	}
	return ""
}

func isNavPhrase(lower string) bool {
	for _, p := range lexicon.NavigationPhrases {
		if strings.Contains(lower, p) {
			return true
		}
	}
	return false
}

func hasAnyPrefix(s string, prefixes ...string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// contactCue: a short label then ":" or "." near the start ("Tel:", "E.", "Email:").
func contactCue(lower string) bool {
	i := strings.IndexAny(lower, ":.")
	return i > 0 && i <= 9
}

// callCue: a phone number, perhaps after "call" or "tel".
func callCue(lower string) bool {
	if lower == "" {
		return false
	}
	return lower[0] == '+' || lower[0] >= '0' && lower[0] <= '9' || hasAnyPrefix(lower, "call", "phone", "tel", "hotline", "whatsapp")
}

func hasImageSuffix(lower string) bool {
	for _, ext := range []string{".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".bmp", ".tif", ".tiff", ".heic"} {
		if strings.HasSuffix(lower, ext) {
			return true
		}
	}
	return false
}

func startsWithDash(t string) bool {
	return strings.HasPrefix(t, "—") || strings.HasPrefix(t, "–") || strings.HasPrefix(t, "-")
}

// hasCrumbSeparator is a quick test for a byte that can belong to a crumb separator: > / | : and the
// last bytes of › and ».
func hasCrumbSeparator(t string) bool {
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case '>', '/', '|', ':', 0xBA, 0xBB:
			return true
		}
	}
	return false
}

// isBreadcrumb recognises "Home > News > Technology" trails.
func isBreadcrumb(t string) bool {
	if !hasCrumbSeparator(t) {
		return false
	}
	for _, sep := range []string{" > ", " › ", " » ", " / ", " | ", " :: "} {
		if !strings.Contains(t, sep) {
			continue
		}
		parts := strings.Split(t, sep)
		if len(parts) < 2 {
			continue
		}
		ok := true
		for _, p := range parts {
			p = strings.TrimSpace(p)
			w := len(strings.Fields(p))
			last, _ := utf8.DecodeLastRuneInString(p)
			if w == 0 || w > 5 || strings.ContainsRune(".!?", last) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

func isByline(t string, f *feature) bool {
	if f.words <= 10 && hasAnyPrefix(t, "By ", "BY ", "Written by", "Posted by", "Reporting by", "Words by") && reByLine().MatchString(t) ||
		f.words <= 12 && !f.terminal && hasAnyPrefix(t, "Prepared", "Published", "Updated", "Posted", "Written", "Issued", "Compiled", "Drafted", "Last updated") && rePreparedBy().MatchString(t) {
		return true
	}
	// e-mail addresses and @handles with at most a few other words: "jdoe@paper.com @JaneDoe"
	if !strings.ContainsRune(t, '@') {
		return false
	}
	handles, others := 0, 0
	for _, tk := range f.tokens() {
		switch tk.Kind {
		case prose.Handle:
			handles++
		case prose.Word, prose.Number:
			others++
		}
	}
	return handles > 0 && others <= 3
}

// isDateline recognises a line that is only a date and time: "Fri, Jun 14, 2019 - 12:56 PM",
// "Published: 14 June 2019", "2019-06-14".
func isDateline(f *feature) bool {
	if strings.IndexAny(f.text, "0123456789") < 0 { // a dateline has a day or a year
		return false
	}
	toks := f.tokens()
	if len(toks) == 0 || len(toks) > 16 {
		return false
	}
	hasDate := false
	for _, tk := range toks {
		switch tk.Kind {
		case prose.Punct:
			continue
		case prose.Number:
			if strings.Count(tk.Text, "-") == 2 || strings.Count(tk.Text, "/") == 2 {
				hasDate = true
			}
			continue
		case prose.Word:
			l := tk.Lower()
			l = strings.TrimSuffix(l, ".")
			if _, ok := prose.MonthNames[l]; ok {
				hasDate = true
				continue
			}
			if _, ok := prose.WeekdayNames[l]; ok || lexicon.DatelineWords[l] || reTime().MatchString(l) {
				continue
			}
			return false
		default:
			return false
		}
	}
	return hasDate
}

var reBareDomain = lazyRegexp(`^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,12}(/\S*)?$`)

// isLinkLine recognises lines that are links with at most a short lead-in ("Read more: https://…"),
// and a bare domain on a line of its own ("sponsor.example").
func isLinkLine(f *feature) bool {
	if !strings.ContainsAny(f.text, " \t") && reBareDomain().MatchString(f.text) {
		return true
	}
	if !strings.Contains(f.text, "http") && !strings.Contains(f.text, "www.") && !strings.Contains(f.text, ".com") &&
		!strings.Contains(f.text, ".org") && !strings.Contains(f.text, "/") {
		return false
	}
	urls, words := 0, 0
	for _, tk := range f.tokens() {
		switch tk.Kind {
		case prose.URL:
			urls++
		case prose.Word, prose.Number:
			words++
		}
	}
	return urls > 0 && words <= 6
}

func isListHeading(lower string) bool {
	l := strings.TrimRight(strings.TrimSpace(lower), ":")
	for _, h := range lexicon.ListHeadings {
		if l == h {
			return true
		}
	}
	return strings.HasPrefix(l, "more from ") && len(strings.Fields(l)) <= 5
}

// isPrompt recognises share, subscribe, follow and similar calls to action.
func isPrompt(lower string, f feature) bool {
	if f.words > 14 {
		return false
	}
	if f.words <= 8 || strings.HasSuffix(lower, ":") {
		for _, p := range lexicon.PromptStarts {
			if strings.HasPrefix(lower, p) {
				return true
			}
		}
	}
	if !f.terminal {
		for _, p := range lexicon.PromptWords {
			if strings.Contains(lower, p) {
				return true
			}
		}
	}
	return false
}

var endsWithFunctionWord = lazyRegexp(`(?i)\b(on|to|by|for|of|in|at|from|with|about)\s*:$`)

// labels marks widget labels: a short "Label:" whose content is missing (the next line is furniture or
// punctuation), or that breaks off at a preposition ("Market voices on:").
func labels(res Result, feats []feature) {
	for i, f := range feats {
		if res.Lines[i].Kind != Text || f.text == "" || !strings.HasSuffix(f.text, ":") {
			continue
		}
		t := strings.TrimLeft(f.text, "-•* ")
		if f.words > 4 || hasVerbish(t) {
			continue
		}
		next := nextNonBlank(res, i)
		if endsWithFunctionWord().MatchString(t) || next < 0 || res.Lines[next].Kind == Furniture && res.Lines[next].Reason == ReasonPunct {
			res.Lines[i] = Line{Furniture, ReasonLabel}
		}
	}
}

func hasVerbish(t string) bool {
	for _, w := range prose.Words(t) {
		if lexicon.StatementVerbs[w] {
			return true
		}
	}
	return false
}

func nextNonBlank(res Result, i int) int {
	for j := i + 1; j < len(res.Lines); j++ {
		if res.Lines[j].Kind != Blank {
			return j
		}
	}
	return -1
}

func prevNonBlank(res Result, i int) int {
	for j := i - 1; j >= 0; j-- {
		if res.Lines[j].Kind != Blank {
			return j
		}
	}
	return -1
}

// moreStories marks everything after a list heading ("Most Read", "Recent Stories") as other stories,
// until a real paragraph that is not the teaser of a listed headline.
func moreStories(res Result, feats []feature) {
	in := false
	for i := range res.Lines {
		l := res.Lines[i]
		if l.Kind == Furniture && l.Reason == ReasonListHeading {
			in = true
			continue
		}
		if !in || l.Kind != Text {
			continue
		}
		f := feats[i]
		if isReleaseSection(f.text) { // "Notes to editors" belongs to the release again
			in = false
			continue
		}
		if f.good && f.words >= 30 {
			// a teaser sits directly under its headline; a paragraph after a blank line resumes the article
			p := i - 1
			teaser := p >= 0 && res.Lines[p].Reason == ReasonMoreStories && feats[p].words <= 20
			if !teaser {
				in = false
				continue
			}
		}
		res.Lines[i] = Line{Furniture, ReasonMoreStories}
	}
}

// isReleaseSection recognises the closing sections of a press release, which are part of it.
func isReleaseSection(t string) bool {
	l := strings.ToLower(strings.Trim(strings.TrimSpace(t), ":*#"))
	for _, s := range lexicon.ReleaseSections {
		if l == s || strings.HasPrefix(s, "about") && strings.HasPrefix(l, s+" ") && len(strings.Fields(l)) <= 8 {
			return true
		}
	}
	return false
}

// titleLine finds the headline: the first text line before the first real paragraph that reads like a
// headline. It is never judged by context.
func titleLine(res Result, feats []feature) int {
	for i, l := range res.Lines {
		if l.Kind != Text {
			continue
		}
		if feats[i].good && feats[i].terminal {
			return -1
		}
		if feats[i].words >= 3 {
			return i
		}
	}
	return -1
}

// context marks short and headline-like lines whose neighbours on both sides are furniture (or the
// end of the text), repeating until nothing changes. A run of such lines is judged as one: the lines
// just outside the run decide.
func context(res Result, feats []feature, title int) {
	weak := func(i int) bool {
		f := feats[i]
		return res.Lines[i].Kind == Text && i != title && (f.short || f.headline && !f.good)
	}
	for changed := true; changed; {
		changed = false
		for i := 0; i < len(res.Lines); i++ {
			if !weak(i) {
				continue
			}
			// the run of weak lines starting here (blank lines do not break it)
			end := i
			for j := i + 1; j < len(res.Lines); j++ {
				if res.Lines[j].Kind == Blank {
					continue
				}
				if !weak(j) {
					break
				}
				end = j
			}
			p, n := prevNonBlank(res, i), nextNonBlank(res, end)
			// contact rows (Tel:, Email:) are furniture of their own, but the names and offices
			// listed between them are kept: they say whom to contact
			furn := func(j int) bool {
				return j < 0 || res.Lines[j].Kind == Furniture && res.Lines[j].Reason != ReasonContact
			}
			if furn(p) && furn(n) && !(p < 0 && n < 0) && !(p < 0 && !feats[i].short) {
				for j := i; j <= end; j++ {
					if res.Lines[j].Kind == Text {
						res.Lines[j] = Line{Furniture, ReasonContext}
					}
				}
				changed = true
			}
			i = end
		}
	}
}
