package source

import (
	"math"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// pdfLine is a line of text on a page, rebuilt from runs on one baseline.
type pdfLine struct {
	x0, x1, y, size float64
	text            strings.Builder
}

func (l *pdfLine) String() string { return strings.TrimSpace(l.text.String()) }

// buildLines joins runs into lines: a run continues the line before it when it sits on the same baseline
// and starts near where that line ends (so two columns side by side stay two lines); a gap wider than a
// fraction of the font size is a space.
func buildLines(runs []textRun) []*pdfLine {
	var lines []*pdfLine
	var cur *pdfLine
	for _, r := range runs {
		size := math.Max(r.size, 1)
		if cur != nil && math.Abs(r.y-cur.y) < 0.5*size && r.x > cur.x1-0.5*size && r.x-cur.x1 < 3*size {
			gap := r.x - cur.x1
			prev := cur.text.String()
			if gap > 0.18*size && !strings.HasSuffix(prev, " ") && !strings.HasPrefix(r.text, " ") {
				cur.text.WriteByte(' ')
			}
			cur.text.WriteString(r.text)
			cur.x1 = math.Max(cur.x1, r.endX)
			continue
		}
		if strings.TrimSpace(r.text) == "" {
			continue
		}
		cur = &pdfLine{x0: r.x, x1: r.endX, y: r.y, size: size}
		cur.text.WriteString(r.text)
		lines = append(lines, cur)
	}
	out := lines[:0]
	for _, l := range lines {
		if l.String() != "" {
			out = append(out, l)
		}
	}
	return out
}

// pdfPage is one page's lines and height.
type pdfPage struct {
	lines  []*pdfLine
	height float64
}

var rePageNumber = regexp.MustCompile(`(?i)^[-‐‑‒–—−(\[\s]*(page|p\.|seite|página|pagina)?\s*\d{1,4}(\s*(of|/|de|von|sur)\s*\d{1,4})?[-‐‑‒–—−)\]\s]*$`)

// furnitureKey is a line as compared across pages: lower case, digits as '#', spaces squeezed.
func furnitureKey(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case unicode.IsDigit(r):
			b.WriteByte('#')
		case unicode.IsSpace(r):
			if !strings.HasSuffix(b.String(), " ") {
				b.WriteByte(' ')
			}
		default:
			b.WriteRune(r)
		}
	}
	return strings.TrimSpace(b.String())
}

// margins returns the lines of a page that may be running headers and footers: those on the top and
// bottom baselines when they sit within 12% of the page's edges (a header often has a title at the left
// and a number at the right), and those on the next baseline in from each when it is in the margin too
// and set smaller than the page's usual text.
func margins(p *pdfPage) []*pdfLine {
	byY := append([]*pdfLine(nil), p.lines...)
	sort.SliceStable(byY, func(i, j int) bool { return byY[i].y > byY[j].y })
	body := medianSize(byY)
	var out []*pdfLine
	take := func(order []*pdfLine, inMargin func(*pdfLine) bool) {
		baseline, y := 0, math.NaN()
		for _, l := range order {
			if math.IsNaN(y) || math.Abs(l.y-y) > 0.5*math.Max(l.size, 1) {
				baseline++
				y = l.y
			}
			if baseline > 2 || !inMargin(l) || baseline == 2 && l.size >= body*0.95 {
				if baseline > 2 {
					return
				}
				continue
			}
			if !contains(out, l) {
				out = append(out, l)
			}
		}
	}
	take(byY, func(l *pdfLine) bool { return l.y > p.height*0.88 })
	slices.Reverse(byY)
	take(byY, func(l *pdfLine) bool { return l.y < p.height*0.12 })
	return out
}

func medianSize(lines []*pdfLine) float64 {
	sizes := make([]float64, len(lines))
	for i, l := range lines {
		sizes[i] = l.size
	}
	sort.Float64s(sizes)
	if len(sizes) == 0 {
		return 0
	}
	return sizes[len(sizes)/2]
}

func contains(ls []*pdfLine, l *pdfLine) bool {
	for _, x := range ls {
		if x == l {
			return true
		}
	}
	return false
}

// removeRunning drops running headers and footers (a margin line repeated, digits aside, on at least
// half the pages, and on two at least) and page numbers in the margins. It returns how many lines it
// dropped and one of the running lines, for the note on the source.
func removeRunning(pages []*pdfPage) (dropped int, example string) {
	count := map[string]int{}
	for _, p := range pages {
		seen := map[string]bool{}
		for _, l := range margins(p) {
			if k := furnitureKey(l.String()); !seen[k] {
				seen[k] = true
				count[k]++
			}
		}
	}
	for _, p := range pages {
		drop := map[*pdfLine]bool{}
		for _, l := range margins(p) {
			k := furnitureKey(l.String())
			running := len(pages) >= 2 && count[k] >= 2 && count[k]*2 >= len(pages)
			if running || rePageNumber.MatchString(l.String()) {
				drop[l] = true
				if running && example == "" && !rePageNumber.MatchString(l.String()) {
					example = l.String()
				}
			}
		}
		kept := p.lines[:0]
		for _, l := range p.lines {
			if drop[l] {
				dropped++
				continue
			}
			kept = append(kept, l)
		}
		p.lines = kept
	}
	return dropped, example
}

// paragraphs rejoins a page's lines into paragraphs. A new paragraph starts after a wider gap than the
// page's usual line spacing, at a change of font size, at an indented first line, at a list bullet, or
// after a line that ends short of the text's right edge by more than the next line's first word needs
// (so it was not wrapped there); otherwise lines join, a word hyphenated across the break made whole.
// right is the text's right edge on the page.
func paragraphs(lines []*pdfLine) (paras []string, right float64) {
	if len(lines) == 0 {
		return nil, 0
	}
	spacing := usualSpacing(lines)
	right = rightEdge(lines)
	cur := lines[0].String()
	for i := 1; i < len(lines); i++ {
		prev, l := lines[i-1], lines[i]
		if breaksParagraph(prev, l, spacing, right) {
			paras = append(paras, cur)
			cur = l.String()
			continue
		}
		cur = joinLines(cur, l.String())
	}
	return append(paras, cur), right
}

// wrapped reports whether line next's first word would not have fitted after line prev, whose text
// ends at the right edge given: the text was wrapped there, not ended.
func wrapped(prev, next *pdfLine, right float64) bool {
	return prev.x1+firstWordWidth(next) >= right-0.5*math.Max(next.size, 1)
}

// rightEdge is where the page's text lines end: the right end most lines reach (the 80th percentile of
// the line ends), so one stray line further out (a page number, a wide table) does not make every
// line look short.
func rightEdge(lines []*pdfLine) float64 {
	ends := make([]float64, len(lines))
	for i, l := range lines {
		ends[i] = l.x1
	}
	sort.Float64s(ends)
	return ends[len(ends)*8/10]
}

// usualSpacing is the median distance between consecutive baselines going down the page (0 if none).
func usualSpacing(lines []*pdfLine) float64 {
	var gaps []float64
	for i := 1; i < len(lines); i++ {
		if g := lines[i-1].y - lines[i].y; g > 0 && g < 4*lines[i].size {
			gaps = append(gaps, g)
		}
	}
	if len(gaps) == 0 {
		return 0
	}
	sort.Float64s(gaps)
	return gaps[len(gaps)/2]
}

func breaksParagraph(prev, l *pdfLine, spacing, right float64) bool {
	gap := prev.y - l.y
	size := math.Max(l.size, 1)
	switch {
	case gap <= 0 || gap > 4*size: // back up the page (a new column), or far below
		return true
	case spacing > 0 && gap > spacing*1.35:
		return true
	case math.Abs(l.size-prev.size) > 0.15*size:
		return true
	case l.x0 > prev.x0+1.5*size && prev.x1 < right-2*size:
		return true
	case startsItem(l.String()):
		return true
	}
	return !wrapped(prev, l, right) // the next word would have fitted: a real break
}

// firstWordWidth estimates the width of a line's first word (and the space before it) from the line's
// average character width.
func firstWordWidth(l *pdfLine) float64 {
	text := l.String()
	n := utf8.RuneCountInString(text)
	if n == 0 {
		return 0
	}
	word, _, _ := strings.Cut(text, " ")
	return (l.x1 - l.x0) / float64(n) * float64(utf8.RuneCountInString(word)+1)
}

func startsItem(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return strings.ContainsRune("•●▪◦‣–-*", r) && len(s) > 1 && (s[utf8.RuneLen(r)] == ' ' || r == '•')
}

func endsSentence(s string) bool {
	s = strings.TrimRight(s, " ")
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?:;\"”’)»", r)
}

// joinLines joins a paragraph's next line: a hyphenated word ("negoti-" + "ations") is made whole, a
// line that ends in a dash or slash continues without a space, others with one.
func joinLines(cur, next string) string {
	if strings.HasSuffix(cur, "-") && len(cur) > 1 {
		before, _ := utf8.DecodeLastRuneInString(cur[:len(cur)-1])
		first, _ := utf8.DecodeRuneInString(next)
		if unicode.IsLetter(before) && unicode.IsLower(first) {
			return cur[:len(cur)-1] + next
		}
	}
	if strings.HasSuffix(cur, "/") || strings.HasSuffix(cur, "—") {
		return cur + next
	}
	return cur + " " + next
}

// continuesAcrossPages reports whether a page's last paragraph goes on at the top of the next page: it
// stops mid-sentence, and its last line was wrapped (full: see wrapped) or the next page starts in lower
// case.
func continuesAcrossPages(last, first string, full bool) bool {
	if last == "" || first == "" || strings.HasPrefix(last, "#") || endsSentence(last) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(first)
	return full || unicode.IsLower(r)
}
