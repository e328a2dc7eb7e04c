package pdf

import (
	"math"
	"strings"
)

// drawTable draws a table; the header row is repeated when the table runs onto another page, and
// never stands at a page foot without a row under it. frac gives column widths as fractions (nil:
// from the content).
func (r *renderer) drawTable(header []string, rows [][]string, frac []float64) {
	widths := r.tableWidths(header, rows, frac)
	if widths == nil {
		return
	}
	defer r.tag("Table")()
	size := r.sz.small + 0.5
	r.need(r.tableStart(header, rows, widths, size))
	if header != nil {
		r.tableHeader(header, widths, size)
	}
	r.tracef("table rows=%d", len(rows))
	for _, row := range rows {
		r.drawRow(header, widths, r.splitRow(row, widths, size), size)
	}
	r.pdf.Ln(3)
}

// tableStart is the room a table needs before it starts: all of it when it takes less than a third
// of a page (a short table — one signing's details, a few contacts — is never split), else its
// header and first two rows, so no row stands alone at a page's foot.
func (r *renderer) tableStart(header []string, rows [][]string, widths []float64, size float64) float64 {
	head := 0.0
	if header != nil {
		head = lh(size) + r.rowPad()
	}
	whole, first := head, head
	for i, row := range rows {
		h := r.rowHeight(r.splitRow(row, widths, size), size)
		if i < 2 {
			first += h
		}
		whole += h
	}
	if whole <= (r.pageH-r.top-r.bottom)/3 {
		return whole
	}
	return math.Max(first, 4*lh(size))
}

// tableWidths gives each column its width in mm (nil for a table with no columns).
func (r *renderer) tableWidths(header []string, rows [][]string, frac []float64) []float64 {
	cols := len(header)
	for _, row := range rows {
		cols = max(cols, len(row))
	}
	if cols == 0 {
		return nil
	}
	w := r.width()
	widths := make([]float64, cols)
	if len(frac) == cols {
		for i := range widths {
			widths[i] = frac[i] * w
		}
		return widths
	}
	r.font("", r.sz.small)
	total := 0.0
	for i := 0; i < cols; i++ {
		m := 12.0
		for _, row := range append([][]string{header}, rows...) {
			if i < len(row) {
				m = math.Max(m, math.Min(r.pdf.GetStringWidth(row[i])+4, w*0.6))
			}
		}
		widths[i] = m
		total += m
	}
	for i := range widths {
		widths[i] *= w / total
	}
	return widths
}

// splitRow splits each cell into its lines at its column's width; a cell's own line breaks are kept.
func (r *renderer) splitRow(cells []string, widths []float64, size float64) [][]string {
	r.font("", size)
	split := make([][]string, len(widths))
	for i := range widths {
		var ls []string
		if i < len(cells) {
			for _, para := range strings.Split(cells[i], "\n") {
				ls = append(ls, keepCites(r.lines(r.clean(para), widths[i]-3))...)
			}
		}
		if len(ls) == 0 {
			ls = []string{""}
		}
		split[i] = ls
	}
	return split
}

func (r *renderer) rowHeight(split [][]string, size float64) float64 {
	n := 1
	for _, ls := range split {
		n = max(n, len(ls))
	}
	return float64(n)*lh(size) + r.rowPad()
}

// drawRow draws one row, on the next page under the header again when it does not fit.
func (r *renderer) drawRow(header []string, widths []float64, split [][]string, size float64) {
	h := r.rowHeight(split, size)
	if !r.room(h) {
		r.pdf.AddPage()
		if header != nil {
			end := r.pagination() // the header again: not read twice
			r.tableHeader(header, widths, size)
			end()
		}
	}
	r.font("", size)
	y := r.pdf.GetY()
	x := r.x()
	line := lh(size)
	endRow := r.tag("TR")
	for i, ls := range split {
		endCell := r.cell(header == nil && i == 0)
		for k, l := range ls {
			r.pdf.Text(x+1.5, y+r.rowPad()/2+float64(k)*line+line*0.75, l)
		}
		endCell()
		x += widths[i]
	}
	endRow()
	end := r.artifact()
	r.pdf.SetDrawColor(rule[0], rule[1], rule[2])
	r.pdf.SetLineWidth(0.2)
	r.pdf.Line(r.x(), y+h, r.x()+r.width(), y+h)
	end()
	r.pdf.SetY(y + h)
}

func (r *renderer) tableHeader(header []string, widths []float64, size float64) {
	r.font("B", size)
	line := lh(size)
	y := r.pdf.GetY()
	h := line + r.rowPad()
	end := r.artifact()
	r.pdf.SetFillColor(232, 236, 242)
	r.pdf.Rect(r.x(), y, r.width(), h, "F")
	end()
	x := r.x()
	r.color(ink)
	defer r.tag("TR")()
	for i, c := range header {
		endCell := r.columnHeader()
		r.pdf.Text(x+1.5, y+r.rowPad()/2+line*0.75, r.fit(r.clean(c), widths[i]-3))
		endCell()
		x += widths[i]
	}
	r.pdf.SetY(y + h)
}

// rowPad is the space above and below the text of a table row, together.
func (r *renderer) rowPad() float64 {
	if r.doc.Template.Compact {
		return 1.4
	}
	return 2.4
}
