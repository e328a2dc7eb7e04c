// Package pdf draws a pack document as a print-ready PDF with gofpdf. It is the only package that
// imports gofpdf.
//
// The renderer walks the document's goldmark AST with one function per node kind (headings,
// paragraphs, lists, tables, …, and the pack's own nodes: cover, contents, timeline, quotations, people,
// themes, sources, provenance). Layout is a single pass: the contents pages are reserved up front and
// filled in at the end with the pages the headings really landed on.
package pdf

import (
	"bytes"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/jung-kurt/gofpdf"
	"github.com/yuin/goldmark/ast"
	"golang.org/x/image/font/sfnt"

	"github.com/briefpack/briefpack/assets"
	"github.com/briefpack/briefpack/briefing/pack"
)

// Options tune rendering.
type Options struct {
	// CreationDate is written as the PDF's creation and modification date; the zero time means the
	// pack's date (so identical inputs give identical files).
	CreationDate time.Time
	// Trace, when set, receives one line per laid-out block: page, position and what was drawn. Tests
	// compare it with a golden file.
	Trace io.Writer
	// Canvas, when set, is a document prepared ahead (see Prepare); it is used once.
	Canvas *Canvas
	// Untagged leaves out the tagging (structure tree, marked content, XMP; see tags.go). Packs are
	// tagged; this is for measuring what tagging costs.
	Untagged bool
}

// Canvas is an empty PDF document with the pack fonts loaded. Loading the fonts is the slow part of
// starting a PDF and needs nothing from the pack but the page size, so a caller can prepare the canvas
// while extraction runs on another core.
type Canvas struct {
	pdf      *gofpdf.Fpdf
	glyphs   *sfnt.Font
	pageSize string
	err      error
}

// Prepare makes a canvas for the page size ("A4" or "Letter").
func Prepare(pageSize string) *Canvas {
	size := "A4"
	if strings.EqualFold(pageSize, "letter") {
		size = "Letter"
	}
	c := &Canvas{pageSize: size}
	pdf := gofpdf.New("P", "mm", size, "")
	pdf.AliasNbPages("{nb}") // before the fonts: gofpdf then keeps the digits the alias needs
	pdf.AddUTF8FontFromBytes(family, "", assets.FontRegular)
	pdf.AddUTF8FontFromBytes(family, "B", assets.FontBold)
	pdf.AddUTF8FontFromBytes(family, "I", assets.FontItalic)
	if pdf.Err() {
		c.err = fmt.Errorf("loading the pack font: %w", pdf.Error())
		return c
	}
	glyphs, err := sfnt.Parse(assets.FontRegular)
	if err != nil {
		c.err = fmt.Errorf("reading the pack font: %w", err)
		return c
	}
	c.pdf, c.glyphs = pdf, glyphs
	return c
}

// PrepareAsync prepares a canvas on another goroutine.
func PrepareAsync(pageSize string) <-chan *Canvas {
	ch := make(chan *Canvas, 1)
	go func() { ch <- Prepare(pageSize) }()
	return ch
}

const family = "Noto"

// sizes in points: body, small, h1, h2, h3, cover title
type scale struct {
	body, small, h1, h2, h3, cover, quote float64
}

// Large print follows the UK large-print guidance: body text at 16 pt at least, and nothing a reader
// needs (citations, sources, notes) below 14 pt.
var (
	normal  = scale{11, 9, 18, 14, 12, 26, 12}
	large   = scale{16, 14, 24, 20, 17.5, 32, 17}
	compact = scale{9.5, 8, 14, 11.5, 10, 20, 10}
	// tighter are the smaller scales a one-page note falls back to, in turn, when it overflows
	tighter = []scale{{8.5, 7.5, 12.5, 10.5, 9.5, 18, 9}, {8, 7, 11.5, 10, 9, 16, 8.5}}
)

// colours (RGB)
var (
	ink    = [3]int{30, 30, 34}
	grey   = [3]int{95, 99, 104}
	accent = [3]int{22, 58, 107}
	alert  = [3]int{166, 31, 31}
	rule   = [3]int{190, 196, 204}
)

type heading struct {
	text  string
	level int
	page  int
	link  int
}

// renderer is the state of one rendering.
type renderer struct {
	pdf      *gofpdf.Fpdf
	doc      *pack.Document
	pk       *pack.Pack
	sz       scale
	trace    io.Writer
	left     float64 // page margins, mm
	right    float64
	top      float64
	bottom   float64
	pageW    float64
	pageH    float64
	indent   float64 // current extra left indent
	headings []heading
	srcLink  map[int]int // source number → link id
	contents struct {
		first, pages int
		perPage      int
		tag          int // the element drawContents fills in (tags.go)
	}
	glyphs    *sfnt.Font
	buf       sfnt.Buffer
	covered   map[rune]bool
	missing   map[rune]bool
	boldItal  bool
	source    []byte // the bytes the current AST's segments refer to
	listDepth int
	nest      int // lists and quotes open around the current block
	funcs     map[ast.NodeKind]func(r *renderer, n ast.Node)
	// unnumbered is how many pages at the front carry no page number (the cover).
	unnumbered int
	// closing is set once the last page is laid out: its footer carries the colophon.
	closing bool
	// bookmarkLevel is the level of the last bookmark, so levels never skip (a skipped level made
	// gofpdf nest an entry under itself).
	bookmarkLevel int
	// linkWarnings lists links left as text because their target is not http, https or mailto.
	linkWarnings []string
	// fontStyle and fontSize are the font last set (see font).
	fontStyle string
	fontSize  float64
	// measured remembers the heights of bullets already measured.
	measured map[measureKey]float64
	// tagging (tags.go)
	headLevels []int // visual levels of the headings open above the current place
	endTag     func()
	endArt     func()
}

// Render draws doc as a PDF into w and returns warnings (characters the font lacks, …).
func Render(doc *pack.Document, w io.Writer, opts Options) (warnings []string, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("laying out the PDF failed: %v", p)
		}
	}()
	r, err := newRenderer(doc, opts)
	if err != nil {
		return nil, err
	}
	r.layout()
	// a note that must fit one page is laid out again in smaller type until it does
	for _, sz := range tighter {
		if !doc.Template.Compact || r.pdf.PageNo() <= 1 {
			break
		}
		opts.Canvas, opts.Trace = nil, nil
		if r, err = newRenderer(doc, opts); err != nil {
			return nil, err
		}
		r.sz = sz
		r.layout()
	}
	r.closing = true // the footer of the last page, drawn as the document closes, carries the colophon
	if r.pdf.Err() {
		return nil, fmt.Errorf("laying out the PDF: %w", r.pdf.Error())
	}
	if open := r.pdf.TagDepth(); open != 0 { // a node function left an element open (tags.go)
		return nil, fmt.Errorf("laying out the PDF: %d structure elements left open", open)
	}
	var buf bytes.Buffer
	if err := r.pdf.Output(&buf); err != nil {
		return nil, fmt.Errorf("writing the PDF: %w", err)
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return nil, err
	}
	return r.warnings(), nil
}

func newRenderer(doc *pack.Document, opts Options) (*renderer, error) {
	s := doc.Pack.Settings
	c := opts.Canvas
	want := "A4"
	if strings.EqualFold(s.PageSize, "letter") {
		want = "Letter"
	}
	if c == nil || c.pageSize != want || c.pdf == nil && c.err == nil {
		c = Prepare(want)
	}
	if c.err != nil {
		return nil, c.err
	}
	pdf := c.pdf
	c.pdf = nil // a canvas is used once
	pdf.SetCompression(true)
	pdf.SetCatalogSort(true)
	tagging(pdf, !opts.Untagged)
	created := opts.CreationDate
	if created.IsZero() {
		created = time.Date(s.Date.Y, s.Date.M, max(s.Date.D, 1), 0, 0, 0, 0, time.UTC)
		if s.Date.IsZero() {
			created = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
		}
	}
	pdf.SetCreationDate(created.UTC())
	pdf.SetModificationDate(created.UTC())
	title := s.Title
	if title == "" {
		title = doc.Template.Title
	}
	pdf.SetTitle(title, true)
	pdf.SetSubject(s.Subtitle, true)
	pdf.SetAuthor(s.PreparedBy, true)
	pdf.SetCreator("briefpack "+assets.Version, true)
	pdf.SetProducer("briefpack "+assets.Version+" (gofpdf)", true)
	r := &renderer{
		pdf: pdf, doc: doc, pk: doc.Pack, trace: opts.Trace, glyphs: c.glyphs,
		covered: map[rune]bool{}, missing: map[rune]bool{}, srcLink: map[int]int{},
	}
	switch {
	case doc.Template.Compact:
		r.sz = compact
	case s.LargePrint:
		r.sz = large
	default:
		r.sz = normal
	}
	r.pageW, r.pageH = pdf.GetPageSize()
	r.left, r.right, r.top, r.bottom = 20, 20, 22, 22
	if doc.Template.Compact {
		r.left, r.right, r.top, r.bottom = 15, 15, 18, 18
	}
	pdf.SetMargins(r.left, r.top, r.right)
	pdf.SetAutoPageBreak(true, r.bottom)
	pdf.SetHeaderFuncMode(r.header, false)
	pdf.SetFooterFunc(r.footer)
	r.funcs = map[ast.NodeKind]func(*renderer, ast.Node){}
	r.registerBlocks()
	r.registerPackNodes()
	return r, nil
}

func (r *renderer) warnings() []string {
	out := append([]string{}, r.linkWarnings...)
	if r.doc.Template.Compact && r.pdf.PageNo() > 1 {
		out = append(out, fmt.Sprintf("the %s runs to %d pages even in its smallest type; shorten your sections or use limit= in the template", r.doc.Template.Title, r.pdf.PageNo()))
	}
	if len(r.missing) == 0 {
		return out
	}
	var rs []rune
	for c := range r.missing {
		rs = append(rs, c)
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i] < rs[j] })
	var parts []string
	for _, c := range rs {
		parts = append(parts, fmt.Sprintf("%c (U+%04X)", c, c))
	}
	return append(out, "the pack font has no glyph for these characters, which print as “?”: "+strings.Join(parts, ", "))
}

// marking is the protective marking in capitals ("" for none).
func (r *renderer) marking() string { return strings.ToUpper(strings.TrimSpace(r.pk.Settings.Marking)) }

// furnitureSizes are the sizes of the marking and of the footer's title and page line: in a
// large-print pack, like everything else a reader needs, at least the notes' size (14 pt).
func (r *renderer) furnitureSizes() (mark, foot float64) {
	if r.sz == large {
		return large.small, large.small
	}
	return 10, 8
}

func (r *renderer) header() {
	defer r.forgetFont()
	m := r.marking()
	if m == "" {
		return
	}
	mark, _ := r.furnitureSizes()
	r.pdf.SetY(8)
	r.font("B", mark)
	r.color(ink)
	r.pdf.CellFormat(0, 5, r.clean(m), "", 0, "C", false, 0, "")
	r.pdf.SetY(r.top)
}

// footer draws the marking, the title (with the draft mark) and the page number; the cover is not
// numbered and not counted, and the last page carries the colophon.
func (r *renderer) footer() {
	defer r.forgetFont()
	mark, foot := r.furnitureSizes()
	step := math.Max(5, lh(foot)) // the marking's line, then the title and page line
	y := r.pageH - 8 - step
	if r.closing {
		r.pdf.SetXY(r.left, y-step)
		r.font("", foot-0.5)
		r.color(grey)
		r.pdf.CellFormat(r.pageW-r.left-r.right, step-1, "Prepared with briefpack "+assets.Version+".", "", 0, "C", false, 0, "")
	}
	r.pdf.SetY(y)
	if m := r.marking(); m != "" {
		r.font("B", mark)
		r.color(ink)
		r.pdf.CellFormat(0, step, r.clean(m), "", 0, "C", false, 0, "")
	}
	if r.pdf.PageNo() <= r.unnumbered {
		return
	}
	r.pdf.SetXY(r.left, y+step)
	title := r.pk.Settings.Title
	if title == "" {
		title = r.doc.Template.Title
	}
	w := r.pageW - r.left - r.right
	lw := w * 0.7
	if !r.doc.Final() {
		r.font("B", foot)
		r.color(alert)
		dw := math.Max(14, r.pdf.GetStringWidth("DRAFT")+4)
		r.pdf.CellFormat(dw, step-1, "DRAFT", "", 0, "L", false, 0, "")
		lw -= dw
	}
	r.font("", foot)
	r.color(grey)
	r.pdf.CellFormat(lw, step-1, r.fit(r.clean(title), lw), "", 0, "L", false, 0, "")
	r.pdf.CellFormat(w*0.3, step-1, fmt.Sprintf("Page %d of {np}", r.pdf.PageNo()-r.unnumbered), "", 0, "R", false, 0, "")
}

// bookmark adds an outline entry; its level is kept within one of the previous entry's, so no entry
// ever lacks a parent.
func (r *renderer) bookmark(text string, level int) {
	if level > r.bookmarkLevel+1 {
		level = r.bookmarkLevel + 1
	}
	if r.bookmarkLevel < 0 || level < 0 {
		level = 0
	}
	r.bookmarkLevel = level
	r.pdf.Bookmark(r.clean(text), level, -1)
}

// font sets the pack font; "BI" is loaded on first use. The font last set is remembered, since most
// calls set it again; a page break (whose header and footer set their own, and gofpdf then restores
// the body's) forgets it.
func (r *renderer) font(style string, size float64) {
	if style == r.fontStyle && size == r.fontSize {
		return
	}
	if style == "BI" && !r.boldItal {
		r.pdf.AddUTF8FontFromBytes(family, "BI", assets.FontBoldItalic)
		r.boldItal = true
	}
	r.pdf.SetFont(family, style, size)
	r.fontStyle, r.fontSize = style, size
}

// forgetFont makes the next font call set the font whatever it was.
func (r *renderer) forgetFont() { r.fontStyle, r.fontSize = "?", 0 }

// color sets the text colour (gofpdf formats a colour string on every call; most calls set the
// colour already set).
func (r *renderer) color(c [3]int) {
	if cr, cg, cb := r.pdf.GetTextColor(); cr == c[0] && cg == c[1] && cb == c[2] {
		return
	}
	r.pdf.SetTextColor(c[0], c[1], c[2])
}

// lh is the line height in mm for a font size in points.
func lh(pt float64) float64 { return pt * 0.3528 * 1.38 }

func (r *renderer) width() float64 { return r.pageW - r.left - r.right - r.indent }

func (r *renderer) x() float64 { return r.left + r.indent }

// room reports whether h mm still fit on the page.
func (r *renderer) room(h float64) bool { return r.pdf.GetY()+h <= r.pageH-r.bottom }

// need starts a new page unless h mm fit.
func (r *renderer) need(h float64) {
	if !r.room(h) {
		r.pdf.AddPage()
	}
}

// clean replaces characters the font lacks with "?", records them, and drops control characters.
func (r *renderer) clean(s string) string {
	ok := true
	for _, c := range s {
		if c >= 0x20 && c < 0x7f { // printable ASCII, which has always has, without the call
			continue
		}
		if !r.has(c) {
			ok = false
			break
		}
	}
	if ok {
		return s
	}
	var b strings.Builder
	for _, c := range s {
		switch {
		case c == '\n' || c == '\t':
			b.WriteRune(' ')
		case unicode.IsControl(c):
		case r.has(c):
			b.WriteRune(c)
		default:
			r.missing[c] = true
			b.WriteByte('?')
		}
	}
	return b.String()
}

func (r *renderer) has(c rune) bool {
	if c < 0x7f && c >= 0x20 {
		return true
	}
	if v, ok := r.covered[c]; ok {
		return v
	}
	gi, err := r.glyphs.GlyphIndex(&r.buf, c)
	v := err == nil && gi != 0 && c != utf8.RuneError || c == utf8.RuneError && err == nil && gi != 0
	r.covered[c] = v
	return v
}

// fit shortens s to fit w mm in the current font, at a word boundary: the last words give way to
// " …". A single word too long for w is kept whole.
func (r *renderer) fit(s string, w float64) string {
	if r.pdf.GetStringWidth(s) <= w {
		return s
	}
	words := strings.Fields(s)
	lo, hi := 1, len(words) // the most words that fit with the ellipsis, by bisection
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if r.pdf.GetStringWidth(strings.Join(words[:mid], " ")+" …") <= w {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	if lo >= len(words) {
		return s
	}
	return strings.Join(words[:lo], " ") + " …"
}

// lines splits s into the lines it takes at width w in the current font (see spaced for the space
// each keeps when tagging).
func (r *renderer) lines(s string, w float64) []string {
	if s == "" {
		return nil
	}
	return r.spaced(r.pdf.SplitText(s, w))
}

func (r *renderer) tracef(format string, args ...any) {
	if r.trace == nil {
		return
	}
	fmt.Fprintf(r.trace, "p%d y=%5.1f ", r.pdf.PageNo(), math.Round(r.pdf.GetY()*10)/10)
	fmt.Fprintf(r.trace, format, args...)
	fmt.Fprintln(r.trace)
}

// layout draws the whole document.
func (r *renderer) layout() {
	r.source = r.doc.Source
	for i := range r.pk.Sources {
		r.srcLink[i+1] = r.pdf.AddLink()
	}
	r.bookmarkLevel = -1
	r.tracef("scale body=%.1f small=%.1f h1=%.1f quote=%.1f", r.sz.body, r.sz.small, r.sz.h1, r.sz.quote)
	r.planContents()
	end := r.tag("Document")
	r.walk(r.doc.Root)
	if r.pdf.PageNo() == 0 {
		r.pdf.AddPage() // an empty template still gives a page
	}
	r.drawContents()
	end()
	r.pdf.RegisterAlias("{np}", strconv.Itoa(r.pdf.PageNo()-r.unnumbered))
}

// walk renders a node's children with the function registered for each kind.
func (r *renderer) walk(n ast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		r.render(c)
	}
}

func (r *renderer) render(n ast.Node) {
	if r.pdf.PageNo() == 0 && n.Kind() != pack.KindCover && n.Kind() != pack.KindContents {
		r.pdf.AddPage() // no cover: the body starts on page 1
	}
	if f, ok := r.funcs[n.Kind()]; ok {
		end := r.nodeTag(n)
		f(r, n)
		end()
		return
	}
	r.walk(n) // unknown kinds: their children still count
}
