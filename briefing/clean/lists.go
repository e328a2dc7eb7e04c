package clean

import "strings"

// linkLists judges runs of lines that are each one link ("* [Headline](url)"), however long the run:
// other stories or references, unless an article sentence introduces them ("The code is published at
// the following addresses:"), when they are part of the article.
func linkLists(res Result, feats []feature, raws func(int) string) {
	for i := 0; i < len(res.Lines); i++ {
		if !linkCandidate(res, i) || !isLinkItem(raws(i)) {
			continue
		}
		end := i
		for j := i + 1; j < len(res.Lines); j++ {
			if res.Lines[j].Kind == Blank {
				continue
			}
			if !linkCandidate(res, j) || !isLinkItem(raws(j)) {
				break
			}
			end = j
		}
		intro := prevNonBlank(res, i)
		introduced := intro >= 0 && res.Lines[intro].Kind == Text && !feats[intro].heading &&
			strings.HasSuffix(feats[intro].text, ":") && feats[intro].words >= 5
		for j := i; j <= end; j++ {
			switch {
			case res.Lines[j].Kind == Blank:
			case introduced:
				res.Lines[j] = Line{Kind: Text}
			default:
				res.Lines[j] = Line{Furniture, ReasonLinkList}
			}
		}
		i = end
	}
}

// linkCandidate: a line the link-list pass may judge — text, or a line the patterns took for a bare link.
func linkCandidate(res Result, i int) bool {
	l := res.Lines[i]
	return l.Kind == Text || l.Kind == Furniture && (l.Reason == ReasonLink || l.Reason == ReasonLinkList)
}

// headingLevel is the level of a heading line: 1–6 for Markdown "#" marks, 7 for a line in bold or a
// short label ending in ":" ("References:", "Tags:"), 0 for a line that is no heading.
func headingLevel(f *feature, raw string) int {
	t := strings.TrimSpace(raw)
	if strings.HasPrefix(t, "#") {
		n := len(t) - len(strings.TrimLeft(t, "#"))
		if n <= 6 {
			return n
		}
		return 6
	}
	if f.heading || f.words <= 4 && strings.HasSuffix(f.text, ":") || f.words <= 6 && isShouting(f.text) && !f.terminal {
		return 7
	}
	return 0
}

// furnitureHeadings marks a heading whose whole section — up to the next heading of the same or a
// higher level — is furniture ("### Related coverage" over a list of links, "## Tags:" over tag
// lines). Sections are judged from the last, so a heading over headings of furniture is furniture too.
// The headline is never judged so.
func furnitureHeadings(res Result, feats []feature, raws func(int) string, title int) {
	for i := len(res.Lines) - 1; i >= 0; i-- {
		if res.Lines[i].Kind != Text || i == title {
			continue
		}
		level := headingLevel(&feats[i], raws(i))
		if level == 0 {
			continue
		}
		furniture := 0
	scan:
		for j := i + 1; j < len(res.Lines); j++ {
			switch res.Lines[j].Kind {
			case Blank, Meta:
				continue
			case Furniture:
				furniture++
				continue
			}
			if l := headingLevel(&feats[j], raws(j)); l > 0 && l <= level {
				break scan
			}
			furniture = -1 // the section holds text
			break
		}
		if furniture > 0 {
			res.Lines[i] = Line{Furniture, ReasonHeading}
		}
	}
}
