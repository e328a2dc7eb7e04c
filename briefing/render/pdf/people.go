package pdf

import (
	"math"
	"strings"

	"github.com/yuin/goldmark/ast"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/pack"
)

// people draws the who's who, one table per side (country or organisation), the people the sources
// do not place last: the name with its honorific, the role as the newest source states it ("as
// stated on 14 June 2019 [3]"), other roles stated, and the signings each signed or witnessed.
func (r *renderer) people(n ast.Node) {
	pn := n.(*pack.PeopleNode)
	r.tracef("people count=%d groups=%d", len(pn.People), len(pn.Groups))
	if len(pn.People) == 0 {
		r.note("No named people were found in the selected sources.")
		return
	}
	if r.doc.Template.Compact {
		r.peopleCompact(pn)
		return
	}
	widths := r.peopleWidths(pn)
	sub := r.subheadingLevel()
	for _, g := range pn.Groups {
		rows := make([][]string, 0, len(g.People))
		for _, p := range g.People {
			rows = append(rows, []string{p.Name, r.roleCell(p), strings.Join(r.citeRefs(p.Entry.Sources), " ")})
		}
		side := g.Side
		if side == "" {
			side = "Side not stated in the sources"
		}
		if len(pn.Groups) > 1 || g.Side != "" { // the side's name stays with the header and first row
			size := r.sz.small + 0.5
			r.need(lh(r.sz.body) + 0.5 + lh(size) + r.rowPad() + r.rowHeight(r.splitRow(rows[0], r.colWidths(widths), size), size))
			r.font("B", r.sz.body)
			r.color(accent)
			r.pdf.SetX(r.x())
			r.tagged(r.headingRole(sub), func() { r.pdf.MultiCell(r.width(), lh(r.sz.body), r.clean(side), "", "L", false) })
			r.pdf.Ln(0.5)
			r.color(ink)
		}
		r.drawTable([]string{"Name", "Role, as stated, and when", "Sources"}, rows, widths)
	}
}

// peopleCompact is the who's who of a one-page note: one table, the side as a column, the current
// role with its date, and a signatory's or witness's mark.
func (r *renderer) peopleCompact(pn *pack.PeopleNode) {
	var rows [][]string
	for _, g := range pn.Groups {
		for _, p := range g.People {
			role := "No role stated"
			if p.Role.Text != "" {
				role = r.stated(p.Role, "as stated")
			}
			for _, part := range p.Parts {
				role += "; " + strings.ToLower(part.Label()) + ", signing of " + part.Signing.Date.Human()
			}
			rows = append(rows, []string{p.Name, orDash(g.Side), role})
		}
	}
	r.drawTable([]string{"Name", "Side", "Role, as stated, and when"}, rows, []float64{0.26, 0.17, 0.57})
}

// peopleStart is the height of the who's who's start: the first side's name, the header and the
// first row (0 when there is no one).
func (r *renderer) peopleStart(pn *pack.PeopleNode) float64 {
	if len(pn.Groups) == 0 || len(pn.Groups[0].People) == 0 {
		return 0
	}
	size := r.sz.small + 0.5
	p := pn.Groups[0].People[0]
	if r.doc.Template.Compact {
		return 2*(lh(size)+r.rowPad()) + 2*lh(size)
	}
	row := []string{p.Name, r.roleCell(p), strings.Join(r.citeRefs(p.Entry.Sources), " ")}
	return lh(r.sz.body) + 0.5 + lh(size) + r.rowPad() + r.rowHeight(r.splitRow(row, r.colWidths(r.peopleWidths(pn)), size), size)
}

// colWidths turns width fractions into mm.
func (r *renderer) colWidths(frac []float64) []float64 {
	out := make([]float64, len(frac))
	for i, f := range frac {
		out[i] = f * r.width()
	}
	return out
}

// peopleWidths sizes the columns: names as wide as the longest (names do not wrap), the sources as
// their markers, the role the rest.
func (r *renderer) peopleWidths(pn *pack.PeopleNode) []float64 {
	r.font("", r.sz.small+0.5)
	nameW, refW := 0.0, 0.0
	for _, g := range pn.Groups {
		for _, p := range g.People {
			nameW = math.Max(nameW, r.pdf.GetStringWidth(p.Name)+9) // + cell padding and gofpdf's own margins
			refW = math.Max(refW, r.pdf.GetStringWidth(strings.Join(r.citeRefs(p.Entry.Sources), " "))+9)
		}
	}
	w := r.width()
	nameW = math.Min(math.Max(nameW, 25), w*0.36)
	refW = math.Min(math.Max(refW, 18), w*0.22)
	return []float64{nameW / w, (w - nameW - refW) / w, refW / w}
}

// roleCell is the role column of a person: the role as stated with its date, the other roles, the
// signings.
func (r *renderer) roleCell(p pack.Person) string {
	var lines []string
	if p.Role.Text == "" {
		lines = append(lines, "No role stated in the sources")
	} else {
		lines = append(lines, r.stated(p.Role, "as stated"))
	}
	if len(p.Others) > 0 {
		var also []string
		for _, o := range p.Others {
			also = append(also, r.alsoStated(o))
		}
		lines = append(lines, "Also stated: "+strings.Join(also, "; "))
	}
	for _, part := range p.Parts {
		lines = append(lines, part.Label()+", signing of "+part.Signing.Date.Human()+" "+strings.Join(r.citeRefs(briefing.CitedSources(part.Citations)), " "))
	}
	return strings.Join(lines, "\n")
}

// alsoStated is another role, shorter: "Head of the UK Government Digital Service (14 June 2019) [5]".
func (r *renderer) alsoStated(ro pack.Role) string {
	refs := strings.Join(r.citeRefs(briefing.CitedSources(ro.Citations)), " ")
	when := "date unknown"
	if !ro.AsOf.IsZero() {
		when = ro.AsOf.Human()
	}
	return ro.Text + " (" + when + ") " + refs
}

// stated is a role with when and where it was stated: "Chancellor of the Exchequer — as stated on
// 14 June 2019 [3]"; "… — as stated, date unknown [1]".
func (r *renderer) stated(ro pack.Role, verb string) string {
	refs := strings.Join(r.citeRefs(briefing.CitedSources(ro.Citations)), " ")
	switch {
	case ro.AsOf.IsZero():
		return ro.Text + " — " + verb + ", date unknown " + refs
	case ro.AsOf.Precision != briefing.Day:
		return ro.Text + " — " + verb + " in " + ro.AsOf.Human() + " " + refs
	}
	return ro.Text + " — " + verb + " on " + ro.AsOf.Human() + " " + refs
}
