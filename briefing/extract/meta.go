package extract

import (
	"strings"

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
	if src.Title != "" && src.Publisher == "" {
		if t, site := cutSiteSuffix(src.Title); site != "" {
			src.Title, src.Publisher = t, site
		}
	}
	if src.Publisher == "" {
		src.Publisher = publisherFromText(d)
	}
	switch {
	case src.Author == "":
		src.Author, src.AuthorFrom = authorFromText(d)
	case src.AuthorFrom == "" && src.FrontMatter != nil:
		src.AuthorFrom = AuthorFromFrontMatter
	case src.AuthorFrom == "":
		src.AuthorFrom = AuthorFromDocument
	}
}

// cutSiteSuffix splits a headline that ends with its site's name after a bar ("Ferry fares to rise |
// The Island Times") into the headline and the name. A bar is no punctuation of English headlines,
// so the short part after the last one is the site's name (or its section's).
func cutSiteSuffix(title string) (headline, site string) {
	i := strings.LastIndex(title, " | ")
	if i <= 0 {
		return title, ""
	}
	head, tail := strings.TrimSpace(title[:i]), strings.TrimSpace(title[i+3:])
	if n := prose.CountWords(tail); n == 0 || n > 4 || prose.CountWords(head) < 3 {
		return title, ""
	}
	return head, tail
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
