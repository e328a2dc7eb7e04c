package pdf

import (
	"fmt"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// sources draws the numbered sources list (title, publisher, date, file, short SHA-256) and the files
// that could not be included.
func (r *renderer) sources(ast.Node) {
	r.tracef("sources count=%d not-included=%d", len(r.pk.Sources), len(r.pk.NotIncluded))
	num := 9.0
	if r.doc.Template.Compact { // a note that must fit one page: each source in a line or two
		r.sourcesCompact(num)
		return
	}
	endList := r.tag("L")
	for i, s := range r.pk.Sources {
		n := i + 1
		r.font("B", r.sz.body)
		titleLines := r.lines(r.clean(s.Label()), r.width()-num)
		r.need(float64(len(titleLines))*lh(r.sz.body) + 2*lh(r.sz.small) + 2)
		y := r.pdf.GetY()
		r.pdf.SetLink(r.srcLink[n], y, -1)
		r.color(accent)
		r.pdf.SetX(r.x())
		endItem := r.listItem(func() { r.pdf.CellFormat(num, lh(r.sz.body), "["+strconv.Itoa(n)+"]", "", 0, "L", false, 0, "") })
		r.color(ink)
		end := r.tag("P")
		for _, l := range titleLines {
			r.pdf.SetX(r.x() + num)
			r.pdf.CellFormat(r.width()-num, lh(r.sz.body), l, "", 2, "L", false, 0, "")
		}
		end()
		var meta []string
		if s.Publisher != "" {
			meta = append(meta, s.Publisher)
		}
		if s.Author != "" {
			meta = append(meta, s.Author)
		}
		if !s.Published.IsZero() {
			meta = append(meta, "published "+s.Published.Human())
		} else {
			meta = append(meta, "publication date not stated")
		}
		r.font("", r.sz.small)
		r.color(grey)
		r.pdf.SetX(r.x() + num)
		r.tagged("P", func() {
			r.pdf.MultiCell(r.width()-num, lh(r.sz.small), r.clean(strings.Join(meta, " · ")), "", "L", false)
		})
		r.pdf.SetX(r.x() + num)
		file := fmt.Sprintf("File %s · %s · SHA-256 %s", filepath.Base(s.File), s.Format, s.SHA256[:12])
		r.tagged("P", func() { r.pdf.MultiCell(r.width()-num, lh(r.sz.small), r.clean(file), "", "L", false) })
		endItem()
		r.color(ink)
		r.pdf.Ln(1.8)
	}
	endList()
	r.notIncluded()
}

// sourcesCompact lists the sources of a one-page note, each in a line or two.
func (r *renderer) sourcesCompact(num float64) {
	defer r.tag("L")()
	for i, s := range r.pk.Sources {
		n := i + 1
		line := s.Label()
		if s.Publisher != "" {
			line += " — " + s.Publisher
		}
		if !s.Published.IsZero() {
			line += ", " + s.Published.Human()
		}
		line += " · " + filepath.Base(s.File)
		r.font("", r.sz.small)
		lines := r.lines(r.clean(line), r.width()-num)
		r.need(float64(len(lines)) * lh(r.sz.small))
		r.pdf.SetLink(r.srcLink[n], r.pdf.GetY(), -1)
		r.color(accent)
		r.pdf.SetX(r.x())
		endItem := r.listItem(func() { r.pdf.CellFormat(num, lh(r.sz.small), "["+strconv.Itoa(n)+"]", "", 0, "L", false, 0, "") })
		r.color(ink)
		for _, l := range lines {
			r.pdf.SetX(r.x() + num)
			r.pdf.CellFormat(r.width()-num, lh(r.sz.small), l, "", 2, "L", false, 0, "")
		}
		endItem()
	}
}

// notIncluded lists the files that could not be included, under their own heading.
func (r *renderer) notIncluded() {
	if len(r.pk.NotIncluded) == 0 {
		return
	}
	r.pdf.Ln(2)
	r.need(3 * lh(r.sz.body))
	r.font("B", r.sz.body)
	r.pdf.SetX(r.x())
	r.tagged(r.headingRole(r.subheadingLevel()), func() { r.pdf.MultiCell(r.width(), lh(r.sz.body), "Not included", "", "L", false) })
	r.font("", r.sz.small)
	for _, ni := range r.pk.NotIncluded {
		r.pdf.SetX(r.x())
		r.tagged("P", func() {
			r.pdf.MultiCell(r.width(), lh(r.sz.small), r.clean(filepath.Base(ni.File)+" — "+ni.Reason), "", "L", false)
		})
	}
}
