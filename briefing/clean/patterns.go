package clean

import (
	"strings"
	"unicode/utf8"

	"github.com/briefpack/briefpack/briefing/lexicon"
	"github.com/briefpack/briefpack/briefing/prose"
)

var (
	reAutoLink   = lazyRegexp(`<(https?://[^>]+|[^@<>\s]+@[^<>\s]+)>`)
	reCredit     = lazyRegexp(`(?i)^(photo|photograph|picture|image|illustration|graphic|video|credit|source|file photo)s?( credit)?\s*[:/|–-]\s*\S`)
	reCreditBy   = lazyRegexp(`(?i)^(photo|picture|image|illustration)s? (by|courtesy of|:)\s`)
	reTweetSig   = lazyRegexp(`^[—–-]{1,2}\s*\S.{0,80}\(@\w{1,30}\)`)
	reByLine     = lazyRegexp(`^(By|BY|Written by|Posted by|Reporting by|Words by)\s+\p{Lu}[\p{L}.'’-]*(\s+\p{Lu}[\p{L}.'’-]*){0,3}(\s*(,|and|&|\|).{0,60})?$`)
	reCall       = lazyRegexp(`(?i)^(call|phone|tel|hotline|whatsapp)?\s*:?\s*\+?[\d][\d\s().-]{6,}$`)
	reTime       = lazyRegexp(`(?i)^\d{1,2}([:.]\d{2})?\s*(am|pm|a\.m\.|p\.m\.)?$`)
	rePreparedBy = lazyRegexp(`^(Prepared|Published|Updated|Posted|Written|Issued|Compiled|Drafted|Last updated)( by| on|:)\s`)
)

// pattern applies the rules that recognise a kind of furniture from the line alone. The cheap tests
// come first; long article paragraphs are ruled out before any regular expression runs.
func pattern(f *feature, raw string) string {
	t := f.text
	if !f.hasLetter {
		return ReasonPunct
	}
	if f.words > 30 { // a real paragraph: only a link dump could still be furniture
		if strings.Count(t, "http") > f.words/4 && isLinkLine(f) {
			return ReasonLink
		}
		return pagePattern(f)
	}
	if f.words > 16 { // long enough to be prose: only crumbs, credits and links can still match
		switch {
		case isBreadcrumb(t):
			return ReasonNav
		case isLinkLine(f):
			return ReasonLink
		}
		return pagePattern(f)
	}
	if reason := shortPattern(f, t, f.lower()); reason != "" {
		return reason
	}
	return pagePattern(f)
}

// shortPattern applies the rules for a line of sixteen words or fewer.
func shortPattern(f *feature, t, lower string) string {
	switch {
	case f.words <= 12 && isNavPhrase(lower) || isBreadcrumb(t):
		return ReasonNav
	case hasImageSuffix(lower) && isImageFileName(t):
		return ReasonImage
	case f.words <= 10 && hasAnyPrefix(lower, "photo", "picture", "image", "illustration", "graphic", "video", "credit", "source", "file photo") &&
		(reCredit().MatchString(t) || reCreditBy().MatchString(t)):
		return ReasonCredit
	case startsWithDash(t) && reTweetSig().MatchString(t):
		return ReasonTweetSig
	case f.words <= 16 && isDateline(f):
		return ReasonDateline
	case f.words <= 8 && (contactCue(lower) && isContactLine(t) || callCue(lower) && reCall().MatchString(t)):
		return ReasonContact
	case isByline(t, f):
		return ReasonByline
	case isLinkLine(f):
		return ReasonLink
	case isListHeading(lower):
		return ReasonListHeading
	case isPrompt(lower, *f):
		return ReasonPrompt
	}
	return ""
}

func isNavPhrase(lower string) bool { return navigationPhrases.In(lower) }

// The phrases the patterns look for inside a line, each list found in one pass.
var (
	navigationPhrases = lexicon.NewFinder(lexicon.NavigationPhrases...)
	promptWords       = lexicon.NewFinder(lexicon.PromptWords...)
	linkSigns         = lexicon.NewFinder("http", "www.", ".com", ".org", "/")
)

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
			// a word starts with a letter, so reTime (a digit first) matches only what starts with one
			if _, ok := prose.WeekdayNames[l]; ok || lexicon.DatelineWords[l] || l != "" && l[0] >= '0' && l[0] <= '9' && reTime().MatchString(l) {
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
	if strings.IndexByte(f.text, '.') >= 0 && !strings.ContainsAny(f.text, " \t") && reBareDomain().MatchString(f.text) {
		return true
	}
	if !linkSigns.In(f.text) { // "http", "www.", ".com", ".org" or "/"
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
	return !f.terminal && promptWords.In(lower)
}
