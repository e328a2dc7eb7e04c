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

var (
	normal  = scale{11, 9, 18, 14, 12, 26, 12}
	large   = scale{13.5, 11, 21, 17, 14.5, 30, 14.5}
	compact = scale{9.5, 8, 14, 11.5, 10, 20, 10}
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
	funcs     map[ast.NodeKind]func(r *renderer, n ast.Node)
	// tagging (tags.go)
	headLevels []int // visual levels of the headings open above the current place
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
	if !opts.Untagged {
		pdf.EnableTagging(packLang)
	}
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
	if len(r.missing) == 0 {
		return nil
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
	return []string{"the pack font has no glyph for these characters, which print as “?”: " + strings.Join(parts, ", ")}
}

// marking is the protective marking in capitals ("" for none).
func (r *renderer) marking() string { return strings.ToUpper(strings.TrimSpace(r.pk.Settings.Marking)) }

func (r *renderer) header() {
	m := r.marking()
	if m == "" {
		return
	}
	r.pdf.SetY(8)
	r.font("B", 10)
	r.color(ink)
	r.pdf.CellFormat(0, 5, r.clean(m), "", 0, "C", false, 0, "")
	r.pdf.SetY(r.top)
}

func (r *renderer) footer() {
	y := r.pageH - 13
	r.pdf.SetY(y)
	if m := r.marking(); m != "" {
		r.font("B", 10)
		r.color(ink)
		r.pdf.CellFormat(0, 5, r.clean(m), "", 0, "C", false, 0, "")
	}
	r.pdf.SetXY(r.left, y+5)
	r.font("", 8)
	r.color(grey)
	title := r.pk.Settings.Title
	if title == "" {
		title = r.doc.Template.Title
	}
	w := r.pageW - r.left - r.right
	r.pdf.CellFormat(w*0.7, 4, r.fit(r.clean(title), w*0.7), "", 0, "L", false, 0, "")
	r.pdf.CellFormat(w*0.3, 4, fmt.Sprintf("Page %d of {nb}", r.pdf.PageNo()), "", 0, "R", false, 0, "")
}

// font sets the pack font; "BI" is loaded on first use.
func (r *renderer) font(style string, size float64) {
	if style == "BI" && !r.boldItal {
		r.pdf.AddUTF8FontFromBytes(family, "BI", assets.FontBoldItalic)
		r.boldItal = true
	}
	r.pdf.SetFont(family, style, size)
}

func (r *renderer) color(c [3]int) { r.pdf.SetTextColor(c[0], c[1], c[2]) }

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

// fit shortens s with "…" to fit w mm in the current font.
func (r *renderer) fit(s string, w float64) string {
	if r.pdf.GetStringWidth(s) <= w {
		return s
	}
	rs := []rune(s)
	lo, hi := 0, len(rs) // the longest prefix that fits with the ellipsis, by bisection
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if r.pdf.GetStringWidth(string(rs[:mid])+"…") <= w {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return strings.TrimSpace(string(rs[:lo])) + "…"
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
	r.planContents()
	end := r.tag("Document")
	r.walk(r.doc.Root)
	if r.pdf.PageNo() == 0 {
		r.pdf.AddPage() // an empty template still gives a page
	}
	r.drawContents()
	end()
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
