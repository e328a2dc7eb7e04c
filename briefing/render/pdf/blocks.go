package pdf

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/pack"
)

// registerBlocks maps each Markdown node kind to the function that draws it.
func (r *renderer) registerBlocks() {
	r.funcs[ast.KindHeading] = (*renderer).heading
	r.funcs[ast.KindParagraph] = (*renderer).paragraph
	r.funcs[ast.KindTextBlock] = (*renderer).textBlock
	r.funcs[ast.KindList] = (*renderer).list
	r.funcs[ast.KindBlockquote] = (*renderer).blockquote
	r.funcs[ast.KindFencedCodeBlock] = (*renderer).codeBlock
	r.funcs[ast.KindCodeBlock] = (*renderer).codeBlock
	r.funcs[ast.KindThematicBreak] = (*renderer).thematicBreak
	r.funcs[ast.KindHTMLBlock] = func(*renderer, ast.Node) {} // raw HTML has no place on paper
	r.funcs[east.KindTable] = (*renderer).table
}

// headingText is the plain text of a heading.
func (r *renderer) plainText(n ast.Node) string {
	var b strings.Builder
	ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch t := c.(type) {
		case *ast.Text:
			b.Write(t.Segment.Value(r.source))
			if t.SoftLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			b.Write(t.Value)
		}
		return ast.WalkContinue, nil
	})
	return strings.Join(strings.Fields(b.String()), " ")
}

func (r *renderer) headingSize(level int) float64 {
	switch level {
	case 1:
		return r.sz.h1
	case 2:
		return r.sz.h2
	}
	return r.sz.h3
}

// heading draws a heading, keeping it with at least a few lines of what follows, and records it for
// the contents, the bookmarks and links.
func (r *renderer) heading(n ast.Node) {
	h := n.(*ast.Heading)
	r.drawHeading(r.plainText(h), h.Level, r.startHeight(n.NextSibling()))
}

// startHeight is how much of the next block must fit under a heading for the heading to stay on this
// page: a few lines of text, or the first item of a pack block as it will be drawn (a theme's heading
// and first passage, the legend and first timeline entry, the first pull quote, a table's header and
// first row, a draft box).
func (r *renderer) startHeight(next ast.Node) float64 {
	lines := 4 * lh(r.sz.body)
	if next == nil {
		return lines
	}
	switch t := next.(type) {
	case *pack.ThemesNode:
		if len(t.Themes) > 0 && len(t.Themes[0].Passages) > 0 {
			p := t.Themes[0].Passages[0] // the intro, the first theme's heading and its first passage
			return r.noteHeight(themesIntro) + 2*lh(r.sz.h2) + 3.5 + r.bulletHeight(p.Shown(), p.Lead(), briefing.CitedSources(p.Citations))
		}
	case *pack.TimelineNode:
		if len(t.Items) > 0 {
			return lh(r.sz.small) + 4 + r.layEntry(t.Items[0]).h
		}
	case *pack.QuotationsNode:
		for _, it := range t.Items {
			if it.Kind == pack.PullQuote {
				return math.Min(r.layQuote(it).h, r.pageH-r.top-r.bottom-30)
			}
		}
	case *pack.KeyPointsNode:
		if len(t.Points) > 0 {
			p := t.Points[0]
			return 2*lh(r.sz.small) + r.bulletHeight(p.Text, "", briefing.CitedSources(p.Citations))
		}
	case *pack.OrganisationsNode:
		if len(t.Notes) > 0 {
			n := t.Notes[0]
			return r.keepWithFirst(r.sz.body, r.bulletHeight(n.Text, "", briefing.CitedSources([]briefing.Citation{n.Citation})))
		}
	case *pack.DraftNode:
		return 3*lh(r.sz.body) + 2*lh(r.sz.small) + 8
	case *pack.PeopleNode:
		if h := r.peopleStart(t); h > 0 {
			return h
		}
	case *pack.ProvenanceNode: // its introduction, a group's title and its first item
		return 3*lh(r.sz.small) + lh(r.sz.body) + 5*lh(r.sz.small) + 4
	case *pack.SourcesNode, *pack.AgreementNode, *pack.ContactsNode:
		if r.doc.Template.Compact {
			return 4 * lh(r.sz.small)
		}
		return lh(r.sz.body) + 6*lh(r.sz.small+0.5) + 8
	}
	return lines
}

func (r *renderer) drawHeading(text string, level int, follow float64) {
	size := r.headingSize(level)
	space := lh(size) * 0.6
	if level == 1 {
		space = lh(size)
	}
	r.need(space + lh(size) + 3.5 + follow) // 3.5: the rule and gap under the heading
	if r.pdf.GetY() > r.top+0.5 {           // no space above a heading at the top of a page
		r.pdf.Ln(space)
	}
	r.tracef("heading L%d %q", level, text)
	link := r.pdf.AddLink()
	r.pdf.SetLink(link, -1, -1)
	r.bookmark(text, min(level-1, 2))
	if level <= 2 {
		r.headings = append(r.headings, heading{text: text, level: level, page: r.pdf.PageNo(), link: link})
	}
	endTag := r.headingTag(level)
	r.font("B", size)
	if level == 1 {
		r.color(accent)
	} else {
		r.color(ink)
	}
	r.pdf.SetX(r.x())
	r.pdf.MultiCell(r.width(), lh(size), r.clean(text), "", "L", false)
	endTag()
	if level == 1 {
		y := r.pdf.GetY() + 0.5
		end := r.artifact()
		r.pdf.SetDrawColor(rule[0], rule[1], rule[2])
		r.pdf.SetLineWidth(0.3)
		r.pdf.Line(r.x(), y, r.x()+r.width(), y)
		end()
		r.pdf.Ln(2.5)
	} else {
		r.pdf.Ln(1)
	}
	r.color(ink)
}

// inline writes a block's inline content as flowing text at the current position.
func (r *renderer) inline(n ast.Node, style string, size float64) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch t := c.(type) {
		case *ast.Text:
			s := string(t.Segment.Value(r.source))
			if t.SoftLineBreak() {
				s += " "
			}
			r.write(s, style, size)
			if t.HardLineBreak() {
				r.pdf.Ln(lh(size))
				r.pdf.SetX(r.x())
			}
		case *ast.String:
			r.write(string(t.Value), style, size)
		case *ast.Emphasis:
			st := style
			add := "I"
			if t.Level >= 2 {
				add = "B"
			}
			if !strings.Contains(st, add) {
				st = normStyle(st + add)
			}
			r.inline(t, st, size)
		case *ast.CodeSpan:
			r.inline(t, style, size)
		case *ast.Link:
			r.link(r.plainText(t), string(t.Destination), style, size)
		case *ast.AutoLink:
			u := string(t.URL(r.source))
			r.link(u, u, style, size)
		case *ast.Image:
			r.write("["+r.plainText(t)+"]", style, size)
		case *ast.RawHTML:
			seg := t.Segments.At(0)
			if strings.HasPrefix(strings.ToLower(string(seg.Value(r.source))), "<br") {
				r.pdf.Ln(lh(size))
				r.pdf.SetX(r.x())
			}
		case *east.Strikethrough:
			r.inline(t, style+"S", size)
		case *east.TaskCheckBox:
			box := "☐ "
			if t.IsChecked {
				box = "☑ "
			}
			r.write(box, style, size)
		default:
			r.inline(c, style, size)
		}
	}
}

func normStyle(s string) string {
	out := ""
	for _, c := range "BIUS" {
		if strings.ContainsRune(s, c) {
			out += string(c)
		}
	}
	if strings.Contains(out, "B") && strings.Contains(out, "I") {
		return strings.Replace(strings.Replace(out, "B", "", 1), "I", "", 1) + "BI"
	}
	return out
}

// write flows text in a style, wrapping at the right margin and the current indent.
func (r *renderer) write(s, style string, size float64) {
	if s == "" {
		return
	}
	r.font(style, size)
	inPieces(r.clean(s), func(p string) { r.pdf.Write(lh(size), p) })
}

// link writes a link; a target other than http, https or mailto (javascript:, data:, file:, a
// relative path) is written as plain text, and listed in the build's warnings.
func (r *renderer) link(text, url, style string, size float64) {
	if !pack.SafeLink(url) {
		r.linkWarnings = append(r.linkWarnings, fmt.Sprintf("link %q (%s) is not http, https or mailto; shown as text without the link", url, text))
		r.write(text, style, size)
		return
	}
	defer r.tag("Link")()
	r.font(normStyle(style+"U"), size)
	r.pdf.SetTextColor(accent[0], accent[1], accent[2])
	inPieces(r.clean(text), func(p string) { r.pdf.WriteLinkString(lh(size), p, url) })
	r.color(ink)
}

// pieceLen is the longest piece of text handed to gofpdf's Write at once, in bytes.
const pieceLen = 120

// inPieces hands s to write in pieces that end just after a space. gofpdf's Write re-decodes the
// whole string for every character (quadratic in its length: a long paragraph cost milliseconds);
// it wraps each piece from the current position exactly as it would the whole, so the lines come
// out the same and the cost is linear.
func inPieces(s string, write func(string)) {
	for len(s) > pieceLen {
		cut := strings.LastIndexByte(s[:pieceLen], ' ')
		if cut < 0 {
			if cut = strings.IndexByte(s[pieceLen:], ' '); cut < 0 {
				break
			}
			cut += pieceLen
		}
		write(s[:cut+1])
		s = s[cut+1:]
	}
	if s != "" {
		write(s)
	}
}

// startFlow prepares flowing text at the current indent.
func (r *renderer) startFlow() func() {
	old := r.left
	r.pdf.SetLeftMargin(r.x())
	r.pdf.SetX(r.x())
	return func() { r.pdf.SetLeftMargin(old) }
}

func (r *renderer) paragraph(n ast.Node) {
	r.need(2 * lh(r.sz.body))
	if r.trace != nil { // the arguments cost a walk and a copy
		r.tracef("paragraph size=%.1f %q", r.sz.body, first(r.plainText(n), 40))
	}
	r.color(ink)
	done := r.startFlow()
	r.inline(n, "", r.sz.body)
	done()
	r.pdf.Ln(lh(r.sz.body))
	r.pdf.Ln(lh(r.sz.body) * 0.45)
}

func (r *renderer) textBlock(n ast.Node) {
	r.color(ink)
	done := r.startFlow()
	r.inline(n, "", r.sz.body)
	done()
	r.pdf.Ln(lh(r.sz.body))
}

func (r *renderer) list(n ast.Node) {
	l := n.(*ast.List)
	r.tracef("list items=%d", l.ChildCount())
	num := l.Start
	if num == 0 {
		num = 1
	}
	r.listDepth++
	r.nest++
	for item := l.FirstChild(); item != nil; item = item.NextSibling() {
		r.need(lh(r.sz.body))
		marker := "•"
		if r.listDepth > 1 {
			marker = "–"
		}
		if l.IsOrdered() {
			marker = strconv.Itoa(num) + "."
			num++
		}
		r.font("", r.sz.body)
		r.color(ink)
		r.pdf.SetX(r.x())
		endItem := r.listItem(func() { r.pdf.CellFormat(6, lh(r.sz.body), marker, "", 0, "L", false, 0, "") })
		step := listStep(r.nest)
		r.indent += step
		r.pdf.SetX(r.x())
		first := true
		for c := item.FirstChild(); c != nil; c = c.NextSibling() {
			if !first {
				r.pdf.SetX(r.x())
			}
			r.render(c)
			first = false
		}
		endItem()
		r.indent -= step
	}
	r.listDepth--
	r.nest--
	if r.listDepth == 0 {
		r.pdf.Ln(lh(r.sz.body) * 0.4)
	}
}

// maxIndentLevels is how many levels of lists and quotes indent further; deeper ones stay at that
// indent, so the text keeps a readable width.
const maxIndentLevels = 6

// listStep is how far a list item or quote at nesting depth indents its text.
func listStep(depth int) float64 {
	if depth > maxIndentLevels {
		return 0
	}
	return 6
}

func (r *renderer) blockquote(n ast.Node) {
	r.tracef("blockquote")
	startPage, startY := r.pdf.PageNo(), r.pdf.GetY()
	r.nest++
	step := listStep(r.nest)
	r.indent += step
	r.walk(n)
	r.indent -= step
	r.nest--
	r.sideBar(startPage, startY, r.pdf.PageNo(), r.pdf.GetY()-lh(r.sz.body)*0.45, rule, 0.8)
}

// sideBar draws a vertical bar at the current indent from (page1, y1) to (page2, y2), one piece per page.
func (r *renderer) sideBar(page1 int, y1 float64, page2 int, y2 float64, col [3]int, w float64) {
	cur := r.pdf.PageNo()
	x := r.x() + 1.5
	defer r.artifact()()
	r.pdf.SetDrawColor(col[0], col[1], col[2])
	r.pdf.SetLineWidth(w)
	for p := page1; p <= page2; p++ {
		r.pdf.SetPage(p)
		top, bot := r.top, r.pageH-r.bottom
		if p == page1 {
			top = y1
		}
		if p == page2 {
			bot = y2
		}
		if bot > top {
			r.pdf.Line(x, top, x, bot)
		}
	}
	r.pdf.SetPage(cur)
	r.forgetFont()
}

func (r *renderer) codeBlock(n ast.Node) {
	var lines []string
	segs := n.Lines()
	for i := 0; i < segs.Len(); i++ {
		seg := segs.At(i)
		lines = append(lines, strings.TrimRight(string(seg.Value(r.source)), "\n"))
	}
	r.tracef("code lines=%d", len(lines))
	size := r.sz.small
	r.font("", size)
	r.pdf.SetFillColor(243, 244, 246)
	for _, l := range lines { // a long line wraps rather than losing its end
		wrapped := r.lines(r.clean(l), r.width()-2)
		if len(wrapped) == 0 {
			wrapped = []string{""}
		}
		for _, w := range wrapped {
			r.need(lh(size))
			r.pdf.SetX(r.x())
			end := r.artifact() // the shading, under the text
			r.pdf.Rect(r.x(), r.pdf.GetY(), r.width(), lh(size), "F")
			end()
			r.pdf.CellFormat(r.width(), lh(size), w, "", 1, "L", false, 0, "")
		}
	}
	r.pdf.Ln(lh(r.sz.body) * 0.5)
}

func (r *renderer) thematicBreak(ast.Node) {
	r.need(6)
	y := r.pdf.GetY() + 3
	r.pdf.SetDrawColor(rule[0], rule[1], rule[2])
	r.pdf.SetLineWidth(0.3)
	r.pdf.Line(r.x()+r.width()*0.3, y, r.x()+r.width()*0.7, y)
	r.pdf.Ln(6)
}

// table draws a GFM table with its header repeated on each page it runs onto.
func (r *renderer) table(n ast.Node) {
	var rows [][]string
	var header []string
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		var cells []string
		for cell := c.FirstChild(); cell != nil; cell = cell.NextSibling() {
			cells = append(cells, r.plainText(cell))
		}
		if c.Kind() == east.KindTableHeader {
			header = cells
		} else {
			rows = append(rows, cells)
		}
	}
	r.drawTable(header, rows, nil)
}

func first(s string, n int) string {
	rs := []rune(s)
	if len(rs) > n {
		return string(rs[:n]) + "…"
	}
	return s
}
