package pdf

import "math"

// drawTable draws a table; the header row is repeated when the table runs onto another page. frac
// gives column widths as fractions (nil: from the content).
func (r *renderer) drawTable(header []string, rows [][]string, frac []float64) {
	cols := len(header)
	for _, row := range rows {
		if len(row) > cols {
			cols = len(row)
		}
	}
	if cols == 0 {
		return
	}
	defer r.tag("Table")()
	w := r.width()
	widths := make([]float64, cols)
	if len(frac) == cols {
		for i := range widths {
			widths[i] = frac[i] * w
		}
	} else {
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
	}
	size := r.sz.small + 0.5
	line := lh(size)
	drawRow := func(cells []string) {
		r.font("", size)
		var split [][]string
		hmax := 1
		for i := 0; i < cols; i++ {
			c := ""
			if i < len(cells) {
				c = r.clean(cells[i])
			}
			ls := r.lines(c, widths[i]-3)
			if len(ls) == 0 {
				ls = []string{""}
			}
			split = append(split, ls)
			hmax = max(hmax, len(ls))
		}
		h := float64(hmax)*line + 2.4
		if !r.room(h) { // the row goes on the next page, under the header again
			r.pdf.AddPage()
			if header != nil {
				end := r.pagination() // the header again: not read twice
				r.tableHeader(header, widths, size)
				end()
				r.font("", size)
			}
		}
		y := r.pdf.GetY()
		x := r.x()
		endRow := r.tag("TR")
		for i := 0; i < cols; i++ {
			endCell := r.tag("TD")
			for k, l := range split[i] {
				r.pdf.Text(x+1.5, y+1.2+float64(k)*line+line*0.75, l)
			}
			endCell()
			x += widths[i]
		}
		endRow()
		end := r.artifact()
		r.pdf.SetDrawColor(rule[0], rule[1], rule[2])
		r.pdf.SetLineWidth(0.2)
		r.pdf.Line(r.x(), y+h, r.x()+w, y+h)
		end()
		r.pdf.SetY(y + h)
	}
	r.need(4 * line)
	if header != nil {
		r.tableHeader(header, widths, size)
	}
	r.tracef("table rows=%d", len(rows))
	for _, row := range rows {
		drawRow(row)
	}
	r.pdf.Ln(3)
}

func (r *renderer) tableHeader(header []string, widths []float64, size float64) {
	r.font("B", size)
	line := lh(size)
	y := r.pdf.GetY()
	h := line + 2.4
	end := r.artifact()
	r.pdf.SetFillColor(232, 236, 242)
	r.pdf.Rect(r.x(), y, r.width(), h, "F")
	end()
	x := r.x()
	r.color(ink)
	defer r.tag("TR")()
	for i, c := range header {
		endCell := r.columnHeader()
		r.pdf.Text(x+1.5, y+1.2+line*0.75, r.fit(r.clean(c), widths[i]-3))
		endCell()
		x += widths[i]
	}
	r.pdf.SetY(y + h)
}
