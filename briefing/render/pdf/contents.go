package pdf

import (
	"math"
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"

	"github.com/briefpack/briefpack/briefing/pack"
)

// planContents counts the contents entries (headings of levels 1 and 2, and theme names at those
// levels) to know how many pages to reserve.
func (r *renderer) planContents() {
	n, has := 0, false
	ast.Walk(r.doc.Root, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch t := c.(type) {
		case *pack.ContentsNode:
			has = true
		case *ast.Heading:
			if t.Level <= 2 {
				n++
			}
		case *pack.ThemesNode:
			if t.Level <= 2 {
				n += len(t.Themes)
			}
		}
		return ast.WalkContinue, nil
	})
	if !has {
		return
	}
	entry := lh(r.sz.body) + 1.2
	usable := r.pageH - r.top - r.bottom - lh(r.sz.h1) - 8
	r.contents.perPage = int(usable / entry)
	r.contents.pages = int(math.Ceil(float64(n) / float64(r.contents.perPage)))
	if r.contents.pages == 0 {
		r.contents.pages = 1
	}
}

// contentsPages reserves the contents pages; drawContents fills them in at the end.
func (r *renderer) contentsPages(ast.Node) {
	if r.contents.perPage == 0 {
		return
	}
	r.contents.tag = r.keep("Sect") // its place in the reading order; drawContents fills it
	for i := 0; i < r.contents.pages; i++ {
		r.pdf.AddPage()
		if i == 0 {
			r.contents.first = r.pdf.PageNo()
			r.pdf.SetY(r.top)
			r.bookmark("Contents", 0) // first among the bookmarks, as the contents come first
		}
	}
	r.tracef("contents reserved pages=%d", r.contents.pages)
	r.pdf.AddPage()
}

func (r *renderer) drawContents() {
	if r.contents.first == 0 {
		return
	}
	cur := r.pdf.PageNo()
	page := r.contents.first
	r.pdf.SetPage(page)
	r.forgetFont() // a page's content stream knows only the fonts set on it
	r.pdf.SetY(r.top)
	defer r.fill(r.contents.tag)()
	r.font("B", r.sz.h1)
	r.color(accent)
	r.pdf.SetX(r.left)
	endH1 := r.tag("H1")
	r.pdf.MultiCell(0, lh(r.sz.h1), "Contents", "", "L", false)
	endH1()
	defer r.tag("TOC")()
	r.pdf.Ln(4)
	entry := lh(r.sz.body) + 1.2
	w := r.pageW - r.left - r.right
	for i, h := range r.headings {
		if i > 0 && i%r.contents.perPage == 0 {
			page++
			r.pdf.SetPage(page)
			r.forgetFont()
			r.pdf.SetY(r.top)
		}
		y := r.pdf.GetY()
		x := r.left
		size := r.sz.body
		style := "B"
		if h.level > 1 {
			x += 7
			style = ""
		}
		endEntry := r.tocEntry()
		r.font(style, size)
		r.color(ink)
		num := strconv.Itoa(h.page - r.unnumbered) // the number printed in the footer
		nw := r.pdf.GetStringWidth(num)
		text := r.fit(r.clean(h.text), w-(x-r.left)-nw-12)
		tw := r.pdf.GetStringWidth(text)
		r.pdf.Text(x, y+lh(size)*0.75, r.spaceAfter(text))
		r.font("", size)
		r.color(grey)
		// dotted leader
		dots := strings.Repeat(" .", max(0, int((w-(x-r.left)-tw-nw-4)/r.pdf.GetStringWidth(" ."))))
		endDots := r.artifact()
		r.pdf.Text(x+tw+1, y+lh(size)*0.75, dots)
		endDots()
		r.color(ink)
		r.pdf.Text(r.left+w-nw, y+lh(size)*0.75, num)
		r.pdf.Link(x, y, w-(x-r.left), entry, h.link)
		endEntry()
		r.pdf.SetY(y + entry)
	}
	r.pdf.SetPage(cur)
	r.forgetFont()
}
