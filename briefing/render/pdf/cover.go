package pdf

import (
	"fmt"
	"strings"

	"github.com/yuin/goldmark/ast"

	"github.com/briefpack/briefpack/assets"
)

// cover draws the cover page: title, occasion, date, marking, who prepared it.
func (r *renderer) cover(ast.Node) {
	r.pdf.AddPage()
	r.tracef("cover %q", r.packTitle())
	s := r.pk.Settings
	w := r.pageW - r.left - r.right
	r.pdf.SetY(r.pageH * 0.22)
	r.font("", r.sz.small+1)
	r.color(grey)
	end := r.tag("P")
	r.pdf.MultiCell(w, lh(r.sz.small+1), r.clean(strings.ToUpper(r.doc.Template.Title)), "", "L", false)
	end()
	r.pdf.Ln(4)
	r.font("B", r.sz.cover)
	r.color(accent)
	end = r.headingTag(1)
	r.pdf.MultiCell(w, lh(r.sz.cover)*0.95, r.clean(r.packTitle()), "", "L", false)
	end()
	if s.Subtitle != "" {
		r.pdf.Ln(3)
		r.font("", r.sz.h2)
		r.color(ink)
		end = r.tag("P")
		r.pdf.MultiCell(w, lh(r.sz.h2), r.clean(s.Subtitle), "", "L", false)
		end()
	}
	r.pdf.Ln(6)
	y := r.pdf.GetY()
	end = r.artifact()
	r.pdf.SetDrawColor(accent[0], accent[1], accent[2])
	r.pdf.SetLineWidth(0.8)
	r.pdf.Line(r.left, y, r.left+40, y)
	end()
	r.pdf.Ln(6)
	r.font("", r.sz.body+1)
	r.color(ink)
	if !s.Date.IsZero() {
		end = r.tag("P")
		r.pdf.MultiCell(w, lh(r.sz.body+1), s.Date.Human(), "", "L", false)
		end()
	}
	if s.PreparedBy != "" {
		end = r.tag("P")
		r.pdf.MultiCell(w, lh(r.sz.body+1), r.clean("Prepared by "+s.PreparedBy), "", "L", false)
		end()
	}
	if m := r.marking(); m != "" {
		r.pdf.Ln(8)
		r.font("B", r.sz.h2)
		r.pdf.SetDrawColor(ink[0], ink[1], ink[2])
		r.pdf.SetLineWidth(0.4)
		mw := r.pdf.GetStringWidth(r.clean(m)) + 10
		end = r.pagination() // the marking, as on every page's head and foot
		r.pdf.CellFormat(mw, lh(r.sz.h2)+3, r.clean(m), "1", 1, "C", false, 0, "")
		end()
	}
	// what the pack holds, at the foot of the page
	r.pdf.SetY(r.pageH - r.bottom - 4*lh(r.sz.small) - 6)
	r.font("", r.sz.small)
	r.color(grey)
	summary := "Built from " + count(len(r.pk.Sources), "source", "sources") + ": " + count(len(r.pk.IncludedTimeline()), "dated event", "dated events") +
		", " + count(len(r.pk.IncludedQuotations()), "quotation", "quotations") + ", " + count(len(r.pk.People), "person", "people") +
		". Every extracted item is traced to its source line in the annex."
	if len(r.pk.NotIncluded) > 0 {
		summary += fmt.Sprintf(" %d file%s could not be included (see Sources).", len(r.pk.NotIncluded), plural(len(r.pk.NotIncluded)))
	}
	end = r.tag("P")
	r.pdf.MultiCell(w, lh(r.sz.small), summary, "", "L", false)
	end()
	end = r.tag("P")
	r.pdf.MultiCell(w, lh(r.sz.small), "Prepared with briefpack "+assets.Version+".", "", "L", false)
	end()
	r.color(ink)
}
