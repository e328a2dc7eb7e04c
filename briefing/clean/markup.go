package clean

import (
	"strings"
	"unicode"

	"github.com/briefpack/briefpack/briefing/lexicon"
)

// Furniture that the markup of a line gives away, whatever its words: image embeds, tag blocks, a
// scraper's placeholders, page numbers.

var (
	reImageEmbed = lazyRegexp(`^\[?!\[[^\]]*\]\([^)]*\)(\]\([^)]*\))?$`)
	reTagGroup   = lazyRegexp(`^(\[\[[^\[\]]*\]\]\s*)+$`)
	rePageNumber = lazyRegexp(`^(?i:page\s+|p\.\s*)?\d{1,3}$`)
	reLinkItem   = lazyRegexp(`^(?:[*+•-]|\d{1,3}[.)])?\s*(?:\[[^\]]*\]\([^)]*\)|<https?://[^>]+>|\[?https?://\S+?\]?)\s*[.,;]?$`)
)

// markupPattern recognises a line by its markup: "![alt](file.jpg)", "[[Tag]] [[Other tag]]", a
// placeholder a scraper left ("Unknown"), or a bare page number. raw is the line as written.
func markupPattern(f *feature, raw string) string {
	t := strings.TrimSpace(raw)
	switch {
	case strings.Contains(t, "![") && reImageEmbed().MatchString(t):
		return ReasonImage
	case strings.HasPrefix(t, "[[") && reTagGroup().MatchString(t):
		return ReasonTags
	case f.words <= 3 && lexicon.Placeholders.Equal(f.lower()):
		return ReasonPlaceholder
	case f.words <= 2 && !f.heading && !hasLetters(f.text) && rePageNumber().MatchString(f.text),
		f.words == 2 && !f.heading && rePageNumber().MatchString(f.text):
		return ReasonPageNumber
	}
	return ""
}

// hasLetters reports whether s holds a letter (digits do not count).
func hasLetters(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// isLinkItem: the line is one link and nothing else, perhaps as a list item ("* [Headline](url)",
// "- <https://…>", "2. [https://…]").
func isLinkItem(raw string) bool {
	t := strings.TrimSpace(raw)
	return (strings.Contains(t, "](") || strings.Contains(t, "http")) && reLinkItem().MatchString(t)
}
