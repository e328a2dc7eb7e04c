package clean

import (
	"strings"

	"github.com/briefpack/briefpack/briefing/lexicon"
	"github.com/briefpack/briefpack/briefing/prose"
)

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
		if l.Kind == Furniture && isReleaseReason(l.Reason) { // the release's own closing matter
			in = false
			continue
		}
		if !in || l.Kind != Text {
			continue
		}
		f := &feats[i]
		if isReleaseSection(f) { // "Notes to editors" belongs to the release again
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
func isReleaseSection(f *feature) bool {
	// lower-casing commutes with trimming space and marks that are no letters
	l := strings.Trim(strings.TrimSpace(f.lower()), ":*#")
	for _, s := range lexicon.ReleaseSections {
		if l == s || strings.HasPrefix(s, "about") && strings.HasPrefix(l, s+" ") && len(strings.Fields(l)) <= 8 {
			return true
		}
	}
	return false
}

// isReleaseReason: a verdict of the release pass, which ends a region of other stories.
func isReleaseReason(r string) bool {
	switch r {
	case ReasonEndMark, ReasonIssuer, ReasonAbout, ReasonContact, ReasonHandling, ReasonEnclosure:
		return true
	}
	return false
}
