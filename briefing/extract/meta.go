package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefpack/briefpack/briefing/clean"
	"github.com/briefpack/briefpack/briefing/prose"
)

// inferMetadata fills in what the file's own metadata did not give: the title from the headline, the
// published date from a dateline or a "today, i.e., <date>", the publisher and the author from the page.
func inferMetadata(d *doc) {
	src := d.src
	if src.Title == "" {
		src.Title = headline(d)
	}
	if src.Published.IsZero() {
		if p, from := publishedFromText(d); !p.IsZero() {
			src.Published, src.PublishedFrom = p, from
		}
	}
	if src.Publisher == "" {
		src.Publisher = publisherFromText(d)
	}
	if src.Author == "" {
		src.Author = authorFromText(d)
	}
}

var (
	reMarkup   = lazyRegexp(`<[^<>]+>|\*\*|__|^#+\s*|^>\s*`)
	reMdLinkTx = lazyRegexp(`\[([^\]]*)\]\([^)]*\)`)
)

// plain strips Markdown and HTML markup from a line for display.
func plain(s string) string {
	if strings.IndexAny(s, "<*_#[>") < 0 {
		return squeezeSpace(s)
	}
	s = reMdLinkTx().ReplaceAllString(s, "$1")
	s = reMarkup().ReplaceAllString(strings.TrimSpace(s), "")
	return squeezeSpace(strings.Trim(s, "*_ "))
}

// squeezeSpace is strings.Join(strings.Fields(s), " "), without allocating when s is already so.
func squeezeSpace(s string) string {
	prevSpace := true // a leading space needs work too
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' {
			if prevSpace {
				return strings.Join(strings.Fields(s), " ")
			}
			prevSpace = true
			continue
		}
		if c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' || c >= 0x80 {
			return strings.Join(strings.Fields(s), " ") // other white space, perhaps Unicode
		}
		prevSpace = false
	}
	if prevSpace && s != "" {
		return strings.Join(strings.Fields(s), " ")
	}
	return s
}

// headline is the first kept line before the first real paragraph that reads like a title; failing that,
// the first sentence of the text.
func headline(d *doc) string {
	for _, b := range d.blocks {
		t := plain(d.src.Line(b.FirstLine))
		words := prose.CountWords(t)
		if words == 0 {
			continue
		}
		last := t[len(t)-1]
		if words >= 3 && words <= 40 && !strings.ContainsRune(".!?:", rune(last)) {
			return t
		}
		if words >= 3 || strings.ContainsRune(".!?", rune(last)) {
			break // the text has begun
		}
		// a label such as "Press release" or "News" above the headline: look further
	}
	if len(d.sents) > 0 {
		t := plain(d.sents[0].text)
		if len(t) > 160 {
			t = cutWords(t, 160)
		}
		return t
	}
	return ""
}

// The lead-in words match in any case, the name only when capitalised: "Follow us on twitter" and
// "© 2024 all rights reserved" name no publisher. (With the whole pattern case-insensitive, \p{Lu}
// matched any letter; it was also three times as costly to compile, on every run.)
var (
	rePublisherWith = lazyRegexp(`^(?i:stay connected with|stay up to date with|subscribe to|read more from|follow)\s+((?:(?i:the)\s+)?\p{Lu}[\p{L}&'’.-]*(?:\s+\p{Lu}[\p{L}&'’.-]*){0,4})`)
	reCopyright     = lazyRegexp(`^(?i:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}\s*)?(?:[-–]\s*\d{4}\s*)?,?\s*((?:(?i:the)\s+)?\p{Lu}[\p{L}&'’.-]*(?:\s+\p{Lu}[\p{L}&'’.-]*){0,5})`)
	reIssuedBy      = lazyRegexp(`(?i)^(?:jointly\s+)?issued by\s+(.{3,100}?)\.?$`)
)

func hasAnyPrefix(s string, prefixes ...string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// shortLine returns line n without markup, or "" when it is longer than a line of page furniture.
func shortLine(d *doc, n int) string {
	l := d.src.Line(n)
	if len(l) > 160 {
		return ""
	}
	return plain(l)
}

// publisherFromText looks for the page's name in its own furniture: "Stay connected with The Daily
// Record", "© 2024 The Daily Record", "Issued by the Ministry of X". Only short lines are read.
func publisherFromText(d *doc) string {
	for i := 1; i <= d.src.NumLines(); i++ {
		l := d.src.Line(i)
		if len(l) > 160 || !(strings.Contains(l, "ssued by") || strings.Contains(l, "SSUED BY")) {
			continue
		}
		if m := reIssuedBy().FindStringSubmatch(plain(l)); m != nil {
			return titleCaseIfShouting(m[1], knownCasings(d))
		}
	}
	n := d.src.NumLines()
	for i := 1; i <= n && i <= 12; i++ { // "From: Department for Transport" under a government headline
		if t := strings.TrimSpace(d.src.Line(i)); strings.HasPrefix(t, "From:") && len(t) < 160 {
			if from := strings.TrimSpace(strings.TrimPrefix(t, "From:")); from != "" && unicode.IsUpper([]rune(from)[0]) {
				return plain(from)
			}
		}
	}
	for i := 1; i <= n; i++ {
		// the page's own name sits in its furniture, or in the first or last lines
		if d.lines.Keep(i) && i > 15 && i < n-15 {
			continue
		}
		l := d.src.Line(i)
		if len(l) > 160 || !mayNamePublisher(l) || d.lines.Keep(i) && prose.CountWords(l) > 12 {
			continue
		}
		t := plain(l)
		lt := strings.ToLower(t)
		if hasAnyPrefix(lt, "stay connected", "stay up to date", "subscribe to", "read more from", "follow") {
			if m := rePublisherWith().FindStringSubmatch(t); m != nil {
				if name := publisherName(m[1]); name != "" {
					return name
				}
			}
		}
		if hasAnyPrefix(lt, "©", "(c)", "copyright") {
			if m := reCopyright().FindStringSubmatch(t); m != nil {
				if name := publisherName(m[1]); name != "" {
					return name
				}
			}
		}
		// "subscribe to" on one line, the name on the next
		if lt == "subscribe to" && i < d.src.NumLines() {
			if n := shortLine(d, i+1); n != "" && prose.CountWords(n) <= 5 && unicode.IsUpper([]rune(n)[0]) {
				return n
			}
		}
	}
	return ""
}

// publisherName trims the capitalised words after a lead-in to the name they start with: it ends at
// a full stop after a word of four letters or more ("Riverton Daily News. All rights reserved"),
// not after an abbreviation ("St. Louis"), and a pronoun ("Follow Us On Twitter") is no name.
func publisherName(words string) string {
	for from := 0; ; {
		i := strings.Index(words[from:], ". ")
		if i < 0 {
			break
		}
		i += from
		if w := words[strings.LastIndexByte(words[:i], ' ')+1 : i]; utf8.RuneCountInString(w) >= 4 {
			words = words[:i]
			break
		}
		from = i + 2
	}
	first, _, _ := strings.Cut(words, " ")
	switch strings.ToLower(first) {
	case "us", "our", "me", "my", "we", "your":
		return ""
	}
	return strings.TrimRight(words, " .")
}

// mayNamePublisher is a quick test for the lines the publisher rules below read: those starting,
// after markup, with "stay …", "subscribe …", "read more from", "follow …", "©", "(c)" or "copyright".
func mayNamePublisher(l string) bool {
	t := strings.TrimLeft(l, " \t*_#>[")
	if t == "" {
		return false
	}
	switch t[0] | 0x20 { // ASCII lower case
	case 's', 'r', 'f', 'c', '(':
		return true
	}
	return strings.HasPrefix(t, "©")
}

// knownCasings maps lower-case words to the mixed-case spelling the source uses for them ("govtech"
// → "GovTech"), for restoring the case of text set in capitals.
func knownCasings(d *doc) map[string]string {
	m := map[string]string{}
	for _, s := range d.sents {
		for _, t := range s.toks {
			if t.Kind == prose.Word && t.IsCap() && !t.IsAllCaps() {
				if _, ok := m[t.Lower()]; !ok {
					m[t.Lower()] = t.Text
				}
			}
		}
	}
	return m
}

func titleCaseIfShouting(s string, known map[string]string) string {
	if strings.ToUpper(s) != s {
		return s
	}
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		if k, ok := known[w]; ok {
			words[i] = k
			continue
		}
		switch {
		case i > 0 && (w == "and" || w == "of" || w == "the" || w == "for"):
		case len(w) <= 3 && w != "new":
			words[i] = strings.ToUpper(w) // acronyms: UK, GDS, FCO
		default:
			r := []rune(w)
			r[0] = unicode.ToUpper(r[0])
			words[i] = string(r)
		}
	}
	return strings.Join(words, " ")
}

var reByName = lazyRegexp(`^(?:By|BY|Written by|Posted by|Reporting by)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})`)

// authorFromText reads a byline: "By Jane Doe", or a handle such as "@JaneDoeNews" under the headline.
func authorFromText(d *doc) string {
	limit := d.src.NumLines()
	if limit > 20 {
		limit = 20
	}
	for i := 0; i < limit; i++ {
		l := d.lines.Lines[i]
		t := shortLine(d, i+1)
		if m := reByName().FindStringSubmatch(t); m != nil {
			return m[1]
		}
		if l.Kind != clean.Furniture || l.Reason != clean.ReasonByline {
			continue
		}
		for _, tk := range prose.Tokenize(t) {
			if tk.Kind != prose.Handle {
				continue
			}
			// the last @handle of the token: "jdoe@paper.com@JaneDoeNews" → "JaneDoeNews"
			h := tk.Text[strings.LastIndex(tk.Text, "@")+1:]
			if name := splitCamelName(h); name != "" {
				return name
			}
		}
	}
	return ""
}

// splitCamelName turns "RachelMuiBT" into "Rachel Mui": capitalised parts, dropping a trailing
// all-capitals tag (a paper's initials). It returns "" unless at least two name parts remain.
func splitCamelName(h string) string {
	var parts []string
	var cur []rune
	rs := []rune(h)
	for i, r := range rs {
		if unicode.IsUpper(r) && len(cur) > 0 && (unicode.IsLower(cur[len(cur)-1]) || i+1 < len(rs) && unicode.IsLower(rs[i+1])) {
			parts = append(parts, string(cur))
			cur = nil
		}
		if !unicode.IsLetter(r) {
			return ""
		}
		cur = append(cur, r)
	}
	parts = append(parts, string(cur))
	var names []string
	for _, p := range parts {
		r := []rune(p)
		if len(r) >= 2 && unicode.IsUpper(r[0]) && unicode.IsLower(r[1]) {
			names = append(names, p)
		}
	}
	if len(names) < 2 || len(names) > 3 {
		return ""
	}
	return strings.Join(names, " ")
}

// cutWords shortens s to at most max bytes at a word boundary, adding "…".
func cutWords(s string, max int) string {
	if len(s) <= max {
		return s
	}
	cut := strings.LastIndexByte(s[:max], ' ')
	if cut < max/2 {
		cut = max
		for cut > 0 && !utf8Start(s[cut]) {
			cut--
		}
	}
	return strings.TrimRight(s[:cut], " ,;:–-") + "…"
}

func utf8Start(b byte) bool { return b&0xC0 != 0x80 }
