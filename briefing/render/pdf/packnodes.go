package pdf

import (
	"math"
	"strconv"
	"strings"

	"github.com/briefpack/briefpack/briefing/pack"
)

// registerPackNodes maps the pack's own node kinds to their drawing functions.
func (r *renderer) registerPackNodes() {
	r.funcs[pack.KindCover] = (*renderer).cover
	r.funcs[pack.KindContents] = (*renderer).contentsPages
	r.funcs[pack.KindSection] = (*renderer).section
	r.funcs[pack.KindTimeline] = (*renderer).timeline
	r.funcs[pack.KindQuotations] = (*renderer).quotations
	r.funcs[pack.KindPeople] = (*renderer).people
	r.funcs[pack.KindThemes] = (*renderer).themes
	r.funcs[pack.KindSources] = (*renderer).sources
	r.funcs[pack.KindProvenance] = (*renderer).provenance
	r.funcs[pack.KindTitle] = (*renderer).title
	r.funcs[pack.KindDraft] = (*renderer).draft
	r.funcs[pack.KindKeyPoints] = (*renderer).keyPoints
	r.funcs[pack.KindOrganisations] = (*renderer).organisations
	r.funcs[pack.KindAgreement] = (*renderer).agreement
	r.funcs[pack.KindContacts] = (*renderer).contacts
}

func (r *renderer) packTitle() string {
	if t := r.pk.Settings.Title; t != "" {
		return t
	}
	return r.doc.Template.Title
}

func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// citeLine writes citation markers "[2] [5]" linked to the sources list, in the current font.
func (r *renderer) cites(ids []string, size float64) {
	for i, id := range ids {
		n := r.pk.Number(id)
		if n == 0 {
			continue
		}
		if i > 0 {
			r.pdf.Write(lh(size), " ")
		}
		r.pdf.SetTextColor(accent[0], accent[1], accent[2])
		end := r.cite(n)
		r.pdf.WriteLinkID(lh(size), "["+strconv.Itoa(n)+"]", r.srcLink[n])
		end()
	}
	r.color(ink)
}

func (r *renderer) note(s string) {
	defer r.tag("P")()
	r.need(lh(r.sz.body))
	r.font("I", r.sz.body)
	r.color(grey)
	r.pdf.SetX(r.x())
	r.pdf.MultiCell(r.width(), lh(r.sz.body), r.clean(s), "", "L", false)
	r.color(ink)
	r.pdf.Ln(2)
}

// smallNote prints a grey line in small type that says what follows (how key points were chosen,
// where a table's rows come from); noteHeight is its height.
func (r *renderer) smallNote(s string) {
	r.font("", r.sz.small)
	r.color(grey)
	r.pdf.SetX(r.x())
	r.tagged("P", func() {
		r.pdf.MultiCell(r.width(), lh(r.sz.small), r.clean(s), "", "L", false)
	})
	r.color(ink)
	r.pdf.Ln(1.5)
}

func orUnknown(s string) string {
	if s == "" {
		return "Unattributed"
	}
	return s
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

// citeRef is a citation marker as printed: "[3]".
func (r *renderer) citeRefs(ids []string) []string {
	var out []string
	for _, id := range ids {
		if n := r.pk.Number(id); n > 0 {
			out = append(out, "["+strconv.Itoa(n)+"]")
		}
	}
	return out
}

// bulletHeight is the height of a bullet of text (with context before it and citations after),
// remembered: a theme's first passage is measured for its heading and again to be drawn.
func (r *renderer) bulletHeight(text, context string, ids []string) float64 {
	all := text + " " + strings.Join(r.citeRefs(ids), " ")
	if context != "" {
		all = context + " " + all
	}
	key := measureKey{all, r.width(), r.sz.body}
	if h, ok := r.measured[key]; ok {
		return h
	}
	r.font("", r.sz.body)
	h := float64(len(r.lines(r.clean(all), r.width()-5)))*lh(r.sz.body) + 1.2
	if r.measured == nil {
		r.measured = map[measureKey]float64{}
	}
	r.measured[key] = h
	return h
}

// noteHeight is the height of a note in small type across the column, as note paragraphs are drawn
// (the intro of a themes block, of the quotations not to quote).
func (r *renderer) noteHeight(text string) float64 {
	r.font("", r.sz.small)
	return float64(len(r.lines(r.clean(text), r.width())))*lh(r.sz.small) + 1.5
}

// keepWithFirst is the height a heading must find room for on its page: itself (drawn at size)
// and the first item under it, at most a page, so a heading never ends a page alone.
func (r *renderer) keepWithFirst(size, first float64) float64 {
	return math.Min(lh(size)+2+first, r.pageH-r.top-r.bottom-30)
}

type measureKey struct {
	text        string
	width, size float64
}

// bullet draws one bulleted passage kept on one page: the context (in grey) and the text, and its
// citations, which never stand alone on a line. A key point's bullet is in the accent colour.
func (r *renderer) bullet(text, context string, ids []string, key bool) {
	r.need(r.bulletHeight(text, context, ids))
	if r.trace != nil { // the arguments cost a walk and a copy
		r.tracef("passage size=%.1f key=%v %q", r.sz.body, key, first(text, 30))
	}
	r.font("", r.sz.body)
	r.color(ink)
	if key {
		r.font("B", r.sz.body)
		r.color(accent)
	}
	r.pdf.SetX(r.x())
	endItem := r.listItem(func() { r.pdf.CellFormat(5, lh(r.sz.body), "•", "", 0, "L", false, 0, "") })
	r.color(ink)
	r.indent += 5
	done := r.startFlow()
	if context != "" {
		r.color(grey)
		r.write(context+" ", "", r.sz.body)
		r.color(ink)
	}
	r.writeCited(text, "", r.sz.body, ids, r.sz.small)
	endItem()
	done()
	r.indent -= 5
	r.pdf.Ln(lh(r.sz.body))
	r.pdf.Ln(1.2)
}

// writeCited flows text and then its citation markers, keeping the last word with the markers so a
// lone "[2]" never wraps onto a line of its own.
func (r *renderer) writeCited(text, style string, size float64, ids []string, citeSize float64) {
	text = strings.TrimSpace(text)
	refs := r.citeRefs(ids)
	if len(refs) == 0 {
		r.write(text, style, size)
		return
	}
	head, last := "", text
	if k := strings.LastIndexByte(text, ' '); k >= 0 {
		head, last = text[:k+1], text[k+1:]
	}
	r.write(head, style, size)
	r.font(style, size)
	need := r.pdf.GetStringWidth(r.clean(last) + " ")
	r.font("", citeSize)
	need += r.pdf.GetStringWidth(strings.Join(refs, " "))
	// Write wraps within the right margin less its cell margin on both sides, so the test does too
	if _, _, right, _ := r.pdf.GetMargins(); r.pdf.GetX()+need > r.pageW-right-2*r.pdf.GetCellMargin() && head != "" {
		r.pdf.Ln(lh(size))
	}
	r.write(last+" ", style, size)
	r.font("", citeSize)
	r.cites(ids, citeSize)
}

// loneCites matches a line that is nothing but citation markers ("[3] [5]", "[2]."), by hand: it
// runs on every line of every table cell.
var loneCites = citeLineMatcher{}

type citeLineMatcher struct{}

// MatchString reports whether s is one or more "[n]" markers, spaces between, perhaps ending in one
// of ".,;".
func (citeLineMatcher) MatchString(s string) bool {
	s = strings.TrimSpace(s)
	s = strings.TrimRight(s, ".,;")
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	for s != "" {
		if s[0] != '[' {
			return false
		}
		k := 1
		for k < len(s) && s[k] >= '0' && s[k] <= '9' {
			k++
		}
		if k == 1 || k >= len(s) || s[k] != ']' {
			return false
		}
		s = strings.TrimLeft(s[k+1:], " ")
	}
	return true
}

// keepCites mends lines split at a width so that no line is only citation markers: the last word
// of the line before (with any markers after it) moves down to keep them company.
func keepCites(lines []string) []string {
	for i := 1; i < len(lines); i++ {
		if !loneCites.MatchString(lines[i]) {
			continue
		}
		words := strings.Fields(lines[i-1])
		k := len(words) - 1
		for k > 0 && loneCites.MatchString(words[k]) { // "… 2025) [1]" / "[2]": move "2025) [1]"
			k--
		}
		if k <= 0 {
			continue
		}
		lines[i-1] = strings.Join(words[:k], " ")
		lines[i] = strings.Join(words[k:], " ") + " " + strings.TrimLeft(lines[i], " ")
	}
	return lines
}
