package clean

import (
	"strings"

	"github.com/briefpack/briefpack/briefing/lexicon"
)

// Furniture of news pages that sits inside or just after the article: links to other stories set
// between paragraphs ("Related: …"), editorial inserts in brackets, cookie and consent notices,
// comment counts, forms and threads, reporting and correction notes, and the author's short bio.

var (
	reCommentCount = lazyRegexp(`(?i)^\d[\d,.]*\s*k?\s*(comments?|responses?|replies|reactions)\b`)
	reReportNote   = lazyRegexp(`(?i)(\b(contributed|contributed reporting|also contributed) to this (report|story|article)\.?$|^(additional )?reporting by\s|^(writing|editing|edited) by\s|^this (version|story|article) (corrects|has been (corrected|amended))|^(correction|clarification)s?\s*:)`)
	reAuthorBio    = lazyRegexp(`^(?:\p{Lu}[\p{L}.'’-]+\s+){0,2}(\p{Lu}[\p{L}.'’-]+)\s+(?:is|was)\s+(?:a|an|the)\s+[^.]{0,80}\b(?:reporter|correspondent|writer|editor|columnist|journalist|contributor|photographer|critic|producer|freelancer)\b`)
)

// pagePattern recognises page furniture from the line alone, after the general patterns. Long lines
// reach it too, so each rule looks for a cheap sign first.
func pagePattern(f *feature) string {
	t := f.text
	lowered := f.lower
	switch {
	case f.words <= 8 && t[0] >= '0' && t[0] <= '9' && reCommentCount().MatchString(t):
		return ReasonComments
	case f.words <= 30 && (!f.terminal || f.words <= 20) && hasInlineLinkLabel(t):
		return ReasonRelated
	case f.words <= 60 && isBracketed(t):
		return ReasonInsert
	case f.words <= 80 && mayBeConsent(t) && consentPhrases.In(lowered()):
		return ReasonConsent
	case f.words <= 40 && mayBeReportNote(t) && reReportNote().MatchString(t):
		return ReasonNote
	case f.words <= 12 && mayBeCommentForm(t) && commentPhrases.In(lowered()):
		return ReasonComments
	}
	return ""
}

// The phrases pagePattern looks for, each list found in one pass.
var (
	consentPhrases = lexicon.NewFinder(lexicon.ConsentPhrases...)
	commentPhrases = lexicon.NewFinder(lexicon.CommentPhrases...)
	commentProbes  = lexicon.NewFinder("omment", "eply", "ublished", "equired", "otify", "ave my", "buse", "uidelines", "OMMENT")
	consentFinder  = lexicon.NewFinder(consentProbes...)
	journalists    = lexicon.NewFinder(journalistWords...)
)

// mayBeCommentForm is a quick test for the words of every comment-form phrase.
func mayBeCommentForm(t string) bool { return commentProbes.In(t) }

// mayBeReportNote is a quick test for the words a reporting or correction note opens or closes with.
func mayBeReportNote(t string) bool {
	if strings.Contains(t, "ontributed") {
		return true
	}
	for _, p := range []string{"reporting", "additional", "writing", "editing", "edited", "this version", "this story", "this article", "correction", "clarification"} {
		if len(t) >= len(p) && strings.EqualFold(t[:len(p)], p) {
			return true
		}
	}
	return false
}

// consentProbes are words one of which every consent phrase holds (a lexicon test keeps it so): a
// quick test before the phrases are looked for.
var consentProbes = []string{"ookie", "onsent", "references", "rivacy", "ersonal"}

// mayBeConsent is a quick test for the words every consent phrase has one of.
func mayBeConsent(t string) bool { return consentFinder.In(t) }

// hasInlineLinkLabel: the line opens with a label of a link to another story and a colon or bar
// ("Related: …", "READ MORE | …").
func hasInlineLinkLabel(t string) bool {
	i := strings.IndexAny(t, ":|")
	if i <= 0 || i > 24 || i+1 >= len(t) {
		return false
	}
	label := strings.TrimSpace(t[:i])
	for _, l := range lexicon.InlineLinkLabels {
		if strings.EqualFold(label, l) {
			return true
		}
	}
	return false
}

// isBracketed: the whole line is one bracketed aside that is no link ("[Sign up for our morning
// briefing.]", "[Editor's note: …]").
func isBracketed(t string) bool {
	return len(t) > 2 && t[0] == '[' && t[len(t)-1] == ']' && !strings.Contains(t, "](") && !strings.HasPrefix(t, "[[") &&
		strings.Count(t, "[") == 1 && !strings.Contains(t, "http")
}

// comments marks a comment thread: everything after a comments heading ("Comments", "Leave a reply",
// "12 comments") once the article has had its paragraphs. A comments link among the first lines is a
// widget, judged by the patterns alone.
func comments(res Result, feats []feature) {
	paragraphs := 0
	for i := range res.Lines {
		f := &feats[i]
		if res.Lines[i].Kind == Text && f.good {
			paragraphs++
		}
		if paragraphs < 3 || !isCommentsHeading(res, feats, i) {
			continue
		}
		for j := i; j < len(res.Lines); j++ {
			if res.Lines[j].Kind == Text || res.Lines[j].Kind == Furniture {
				res.Lines[j] = Line{Furniture, ReasonComments}
			}
		}
		return
	}
}

// isCommentsHeading: a short line that opens a comment thread — a comments heading or count followed,
// within a few lines, by a comment form or a commenter's "… says:". A section of an article that
// happens to be headed "Comments" has neither.
func isCommentsHeading(res Result, feats []feature, i int) bool {
	f := &feats[i]
	if f.words == 0 || f.words > 6 || f.terminal && !strings.HasSuffix(f.text, "?") {
		return false
	}
	l := strings.Trim(f.lower(), ":*_ ()#") // lower-casing commutes with trimming marks that are no letters
	if !lexicon.CommentHeadings.Equal(l) && !(res.Lines[i].Reason == ReasonComments && f.words <= 3) {
		return false
	}
	for j, n := i, 0; n < 6; n++ {
		if j = nextNonBlank(res, j); j < 0 {
			return false
		}
		t := feats[j].text
		if res.Lines[j].Reason == ReasonComments || strings.HasSuffix(t, " says:") || strings.HasSuffix(t, " wrote:") ||
			strings.HasSuffix(t, " said:") && feats[j].words <= 5 {
			return true
		}
	}
	return false
}

// journalistWords are the words reAuthorBio ends on: a bio names one of them.
var journalistWords = []string{"reporter", "correspondent", "writer", "editor", "columnist", "journalist", "contributor", "photographer", "critic", "producer", "freelancer"}

// namesJournalist is a quick test for reAuthorBio: the line holds one of its closing words.
func namesJournalist(t string) bool { return journalists.In(t) }

// authorBio marks the short bio of the author after the article: "Jane Roe is a reporter for …",
// among the last lines, naming someone the article itself does not (a reporter the story is about
// is named in it).
func authorBio(res Result, feats []feature) {
	seen := 0
	for i := len(res.Lines) - 1; i >= 0 && seen < 4; i-- {
		if res.Lines[i].Kind != Text {
			continue
		}
		seen++
		f := &feats[i]
		if f.words > 40 || !namesJournalist(f.text) {
			continue
		}
		m := reAuthorBio().FindStringSubmatch(f.text)
		if m == nil {
			continue
		}
		surname := strings.TrimSpace(m[1])
		named := false
		for j := range res.Lines {
			named = named || j != i && res.Lines[j].Kind == Text && strings.Contains(feats[j].text, surname)
		}
		if !named {
			res.Lines[i] = Line{Furniture, ReasonAuthorBox}
		}
	}
}
