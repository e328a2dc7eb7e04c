package pdf

import (
	"strconv"

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
