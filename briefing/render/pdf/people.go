package pdf

import (
	"math"
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"

	"github.com/briefpack/briefpack/briefing/pack"
)

// people draws the who's who table.
func (r *renderer) people(n ast.Node) {
	ps := n.(*pack.PeopleNode).People
	r.tracef("people count=%d", len(ps))
	if len(ps) == 0 {
		r.note("No named people were found in the selected sources.")
		return
	}
	var rows [][]string
	for _, p := range ps {
		var refs []string
		for _, id := range p.Sources {
			if n := r.pk.Number(id); n > 0 {
				refs = append(refs, "["+strconv.Itoa(n)+"]")
			}
		}
		rows = append(rows, []string{p.Name, orDash(p.Role), strings.Join(refs, " ")})
	}
	// the name column as wide as the longest name (names do not wrap), the sources column as its markers
	r.font("", r.sz.small+0.5)
	nameW, refW := 0.0, 0.0
	for _, row := range rows {
		nameW = math.Max(nameW, r.pdf.GetStringWidth(row[0])+9) // + cell padding and gofpdf's own margins
		refW = math.Max(refW, r.pdf.GetStringWidth(row[2])+9)
	}
	w := r.width()
	nameW = math.Min(math.Max(nameW, 25), w*0.4)
	refW = math.Min(math.Max(refW, 18), w*0.25)
	r.drawTable([]string{"Name", "Role, as the sources give it", "Sources"}, rows, []float64{nameW / w, (w - nameW - refW) / w, refW / w})
}
