package gofpdf

// This file is a briefpack patch (see PATCHES.md, item 6): tagged PDF, as
// PDF/UA-1 asks for it. With tagging enabled, everything drawn on a page is
// either real content, wrapped in a marked-content sequence with an MCID that
// belongs to a structure element, or an artifact; the document gets a
// structure tree with its parent tree, its language, MarkInfo, an XMP stream
// with the PDF/UA identifier, DisplayDocTitle, tab order /S on every page, and
// link annotations that are objects of their Link elements. With tagging off
// nothing here writes a byte, and the output is upstream's.
//
// Marked content is opened lazily: out() asks tagMark, before a line goes to a
// page, whether the sequence open on that page is the one the innermost open
// element or artifact wants, and if not closes it and opens the right one. So
// a caller only says where elements begin and end; the operators gofpdf writes
// for a cell, a line or a circle land in the right sequence, and an element
// interrupted by a child or by the running head gets one MCID per piece, in
// drawing order. Only one sequence is open at a time, and it is closed before
// the page changes (AddPage, SetPage, Close), so sequences never nest and never
// cross a content stream.

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode/utf16"
)

// Tag describes a structure element (ISO 32000-1, 14.8.4). Role is a standard
// structure type ("Document", "H1", "P", "L", "LI", "Lbl", "LBody", "Table",
// "TR", "TH", "TD", "BlockQuote", "Figure", "Link", "Reference", …) or a custom
// one mapped with AddRole.
type Tag struct {
	Role       string
	Alt        string // alternative description (a Figure's, a Link's)
	ActualText string // replacement text
	Lang       string // language, when it differs from the document's
	Scope      string // for a TH: "Row", "Column" or "Both" (a Table attribute)
}

// Artifact types for BeginArtifact (ISO 32000-1, 14.8.2.2, table 330). The
// empty type writes a plain "/Artifact BMC".
const (
	ArtifactPlain      = ""
	ArtifactPagination = "Pagination"
	ArtifactLayout     = "Layout"
	ArtifactPage       = "Page"
	ArtifactBackground = "Background"
)

const (
	frameNone     = iota // content written unmarked (gofpdf's own page set-up)
	frameElem            // content of a structure element
	frameArtifact        // an artifact
)

// tagFrame is one entry of the stack of open elements and artifacts, and also
// names the marked-content sequence open on the current page.
type tagFrame struct {
	kind  int
	elem  int    // frameElem: the element's id
	props string // frameArtifact: the property list ("" for BMC)
	// swallowed: an element opened inside an artifact, which stays artifact
	swallowed bool
}

const (
	kidMCID  = iota // marked content on a page
	kidElem         // a child element
	kidAnnot        // a link annotation (an OBJR)
)

type structKid struct {
	kind int
	page int // kidMCID, kidAnnot: the page
	n    int // the MCID, the child's id, or the link's index in pageLinks[page]
}

type structElem struct {
	Tag
	parent int // -1: a child of the StructTreeRoot
	kids   []structKid
	text   strings.Builder // what a Link element shows, for its annotations' /Contents
}

// tagState is the tagging of one document; nil when tagging is off.
type tagState struct {
	lang      string
	roleMap   map[string]string
	elems     []*structElem
	roots     []int // ids of the StructTreeRoot's children
	stack     []tagFrame
	open      tagFrame // the sequence open on the current page
	pageMCIDs [][]int  // pageMCIDs[page][mcid]: the element the MCID belongs to
	// assigned while writing the document
	pageObj  []int   // object number of each page
	annotObj [][]int // annotObj[page][i]: object number of pageLinks[page][i]
	annotKey [][]int // annotKey[page][i]: its StructParent key, -1 for none
	xmpObj   int
	// spaceAfter: the line CellFormat draws ends where Write or MultiCell
	// broke it at a space, which upstream drops
	spaceAfter bool
	scratch    [20]byte // for formatting numbers without allocating
	// the structure tree's objects, in the object stream: the root's number,
	// how many, and the stream being built (tagPlan)
	structRoot int
	structN    int
	objStm     chan objStm
}

// objStm is the object stream of the structure tree, built on its own
// goroutine while the rest of the document is written: the numbers of its
// objects, in order, its offset table's length and its compressed data.
type objStm struct {
	nums  []int
	first int
	data  []byte
}

// asyncObjStm lets tests compare the output with and without building the
// object stream on a goroutine.
var asyncObjStm = true

// EnableTagging makes the document a tagged PDF in the natural language lang
// (a BCP 47 tag such as "en-GB"): PDF 1.7, marked content and a structure tree,
// /MarkInfo, /Lang, /ViewerPreferences /DisplayDocTitle, an XMP metadata
// stream with the title and the PDF/UA-1 identifier (unless SetXmpMetadata gave
// one), and /Tabs /S on every page. The header and footer functions draw
// pagination artifacts. Call it before the first page. Without it BeginTag and
// the other tagging methods do nothing, so a caller can tag unconditionally.
func (f *Fpdf) EnableTagging(lang string) {
	if f.err != nil {
		return
	}
	if f.page > 0 {
		f.err = fmt.Errorf("EnableTagging must be called before the first page")
		return
	}
	f.tag = &tagState{lang: lang, roleMap: map[string]string{}}
	if f.pdfVersion < "1.7" {
		f.pdfVersion = "1.7"
	}
}

// Tagged reports whether tagging is enabled.
func (f *Fpdf) Tagged() bool { return f.tag != nil }

// AddRole maps a custom structure type to a standard one; the document's
// RoleMap lists every mapping added (and is left out when there is none).
func (f *Fpdf) AddRole(custom, standard string) {
	if f.tag != nil {
		f.tag.roleMap[custom] = standard
	}
}

// BeginTag opens a structure element as the last child of the innermost open
// element (or of the structure tree root) and returns its id; what is drawn
// until the matching EndTag is its content, in drawing order, interleaved with
// the elements opened inside it. Link annotations made inside a Link element
// (Write with a link, CellFormat with a link, Link) become its objects.
// Inside an artifact no element is made: what is drawn stays artifact (a
// table's header row repeated on a new page is drawn by the same code as the
// first, tags and all). It returns -1 then, and when tagging is off.
func (f *Fpdf) BeginTag(t Tag) int {
	s := f.tag
	if s == nil || f.err != nil {
		return -1
	}
	parent := -1
	if top := s.top(); top.kind == frameArtifact {
		top.swallowed = true
		s.stack = append(s.stack, top)
		return -1
	} else if top.kind == frameElem {
		parent = top.elem
	}
	if t.Role == "" {
		f.err = fmt.Errorf("BeginTag without a role")
		return -1
	}
	id := len(s.elems)
	s.elems = append(s.elems, &structElem{Tag: t, parent: parent})
	if parent < 0 {
		s.roots = append(s.roots, id)
	} else {
		p := s.elems[parent]
		p.kids = append(p.kids, structKid{kind: kidElem, n: id})
	}
	s.stack = append(s.stack, tagFrame{kind: frameElem, elem: id})
	return id
}

// EndTag closes the element BeginTag or ReopenTag opened last.
func (f *Fpdf) EndTag() {
	if f.tag == nil || f.err != nil {
		return
	}
	if top := f.tag.top(); top.kind != frameElem && !top.swallowed {
		f.err = fmt.Errorf("EndTag without an open element")
		return
	}
	f.tag.pop()
}

// ReopenTag makes an element opened (and closed) earlier the innermost open
// one again, so that content drawn later — a contents page filled in at the
// end — is added to it, after what it already holds, at its place in the tree.
// Close it with EndTag.
func (f *Fpdf) ReopenTag(id int) {
	if f.tag == nil || f.err != nil {
		return
	}
	if id < 0 || id >= len(f.tag.elems) {
		f.err = fmt.Errorf("ReopenTag(%d): no such element", id)
		return
	}
	f.tag.stack = append(f.tag.stack, tagFrame{kind: frameElem, elem: id})
}

// SetTagAlt sets the alternative description of an element, for when it is
// known only once the element has been drawn.
func (f *Fpdf) SetTagAlt(id int, alt string) {
	if f.tag != nil && id >= 0 && id < len(f.tag.elems) {
		f.tag.elems[id].Alt = alt
	}
}

// BeginArtifact starts an artifact — a running head, a rule, a page number,
// anything that is not part of the document's content — of the given type
// (ArtifactPlain, ArtifactPagination, ArtifactLayout, …) until EndArtifact.
func (f *Fpdf) BeginArtifact(kind string) {
	if f.tag == nil || f.err != nil {
		return
	}
	props := ""
	if kind != "" {
		props = "<</Type /" + kind + ">>"
	}
	f.tagBegin(tagFrame{kind: frameArtifact, props: props})
}

// EndArtifact ends the artifact BeginArtifact started.
func (f *Fpdf) EndArtifact() {
	if f.tag == nil || f.err != nil {
		return
	}
	if top := f.tag.top(); top.kind != frameArtifact || top.swallowed {
		f.err = fmt.Errorf("EndArtifact without an open artifact")
		return
	}
	f.tag.pop()
}

// TagDepth is the number of elements and artifacts open (0 with tagging off).
func (f *Fpdf) TagDepth() int {
	if f.tag == nil {
		return 0
	}
	return len(f.tag.stack)
}

func (s *tagState) top() tagFrame {
	if len(s.stack) == 0 {
		return tagFrame{}
	}
	return s.stack[len(s.stack)-1]
}

func (s *tagState) pop() { s.stack = s.stack[:len(s.stack)-1] }

// tagBegin and tagEnd bracket gofpdf's own writing: the page set-up (frame
// none), the running head and foot (pagination artifacts).
func (f *Fpdf) tagBegin(fr tagFrame) {
	if f.tag != nil {
		f.tag.stack = append(f.tag.stack, fr)
	}
}

func (f *Fpdf) tagEnd() {
	if f.tag != nil && len(f.tag.stack) > 0 {
		f.tag.pop()
	}
}

var (
	headerArtifact = tagFrame{kind: frameArtifact, props: "<</Type /Pagination /Subtype /Header>>"}
	footerArtifact = tagFrame{kind: frameArtifact, props: "<</Type /Pagination /Subtype /Footer>>"}
	pageSetUp      = tagFrame{kind: frameNone}
)

// tagMark opens, on the current page, the marked-content sequence the
// innermost open element or artifact wants, closing the one open before. out()
// calls it before every line it writes to a page.
func (f *Fpdf) tagMark() {
	s := f.tag
	want := s.top()
	want.swallowed = false
	if want == s.open {
		return
	}
	buf := f.pages[f.page]
	if s.open.kind != frameNone {
		buf.WriteString("EMC\n")
	}
	s.open = want
	switch want.kind {
	case frameElem:
		for len(s.pageMCIDs) <= f.page {
			s.pageMCIDs = append(s.pageMCIDs, nil)
		}
		mcid := len(s.pageMCIDs[f.page])
		s.pageMCIDs[f.page] = append(s.pageMCIDs[f.page], want.elem)
		e := s.elems[want.elem]
		e.kids = append(e.kids, structKid{kind: kidMCID, page: f.page, n: mcid})
		buf.WriteByte('/')
		buf.WriteString(e.Role)
		buf.WriteString(" <</MCID ")
		buf.Write(strconv.AppendInt(s.scratch[:0], int64(mcid), 10))
		buf.WriteString(">> BDC\n")
	case frameArtifact:
		if want.props == "" {
			buf.WriteString("/Artifact BMC\n")
		} else {
			buf.WriteString("/Artifact ")
			buf.WriteString(want.props)
			buf.WriteString(" BDC\n")
		}
	}
}

// tagClose closes the sequence open on the current page; it is called before
// the page changes.
func (f *Fpdf) tagClose() {
	s := f.tag
	if s == nil || s.open.kind == frameNone {
		return
	}
	if f.state == 2 && f.page > 0 {
		f.pages[f.page].WriteString("EMC\n")
	}
	s.open = tagFrame{}
}

// tagLink makes the link just added to the current page an object of the
// innermost open element.
func (f *Fpdf) tagLink() {
	s := f.tag
	top := s.top()
	if top.kind != frameElem {
		return
	}
	links := f.pageLinks[f.page]
	links[len(links)-1].elem = top.elem + 1
	e := s.elems[top.elem]
	e.kids = append(e.kids, structKid{kind: kidAnnot, page: f.page, n: len(links) - 1})
}

// tagText records text drawn inside a Link element: the /Contents of its
// annotations.
func (f *Fpdf) tagText(txt string) {
	if top := f.tag.top(); top.kind == frameElem {
		if e := f.tag.elems[top.elem]; e.Role == "Link" {
			if e.text.Len() > 0 {
				e.text.WriteByte(' ')
			}
			e.text.WriteString(strings.TrimSpace(txt))
		}
	}
}

// tagSpaceAfter tells CellFormat whether the line it draws next ends at a
// space the line breaking dropped. A tagged document keeps that space in the
// shown string (it has no ink, and the line is placed as before), so that text
// extracted from the structure, or read aloud, does not run the last word of
// a line into the first of the next.
func (f *Fpdf) tagSpaceAfter(on bool) {
	if f.tag != nil {
		f.tag.spaceAfter = on
	}
}

// tagSpace is the space tagSpaceAfter keeps, encoded for the current font.
func (f *Fpdf) tagSpace() string {
	if f.isCurrentUTF8 {
		f.currentFont.usedRunes[' '] = ' '
		return utf8toutf16(" ", false)
	}
	return " "
}

// tagString is a PDF text string: PDFDocEncoding for printable ASCII, else
// UTF-16BE with a byte order mark.
func (f *Fpdf) tagString(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] >= 0x7f {
			ascii = false
			break
		}
	}
	if ascii {
		return f.textstring(s)
	}
	units := utf16.Encode([]rune(s))
	b := make([]byte, 2, 2+2*len(units))
	b[0], b[1] = 0xfe, 0xff
	for _, u := range units {
		b = append(b, byte(u>>8), byte(u))
	}
	return f.textstring(string(b))
}

// tagPageDict adds what a tagged page dictionary carries: the tab order and,
// for a page with marked content, its key in the parent tree.
func (f *Fpdf) tagPageDict(n int) {
	if n < len(f.tag.pageMCIDs) && len(f.tag.pageMCIDs[n]) > 0 {
		f.outf("/Tabs /S /StructParents %d", n-1)
	} else {
		f.out("/Tabs /S")
	}
}

// tagAssignAnnots numbers the link annotations, which a tagged document
// writes as objects after the pages (the pages keep their numbers, 3, 5, 7, …,
// that internal links and bookmarks point to), and gives each annotation of
// an element its parent-tree key.
func (f *Fpdf) tagAssignAnnots(first int) int {
	s := f.tag
	nb := f.page
	s.annotObj = make([][]int, nb+1)
	s.annotKey = make([][]int, nb+1)
	obj, key := first, nb
	for n := 1; n <= nb; n++ {
		for _, pl := range f.pageLinks[n] {
			s.annotObj[n] = append(s.annotObj[n], obj)
			obj++
			k := -1
			if pl.elem > 0 {
				k = key
				key++
			}
			s.annotKey[n] = append(s.annotKey[n], k)
		}
	}
	return obj
}

// tagPlan numbers what a tagged document writes after its pages — the page
// objects themselves (start+1, start+3, …, as putpages will write them), the
// link annotations, then the structure tree's objects — and starts building
// the structure tree's object stream on its own goroutine: the tree is final
// once the pages are laid out, and the stream is only read at the end
// (tagPutXRef), so it is compressed while the pages and fonts are written.
func (f *Fpdf) tagPlan(start int) {
	s := f.tag
	nb := f.page
	s.pageObj = make([]int, nb+1)
	for n := 1; n <= nb; n++ {
		s.pageObj[n] = start + 2*n - 1
	}
	root := f.tagAssignAnnots(start + 2*nb + 1)
	obj := s.tagKept(root + 1)
	parentTree := root + 1
	for _, o := range obj {
		if o >= parentTree {
			parentTree = o + 1
		}
	}
	s.structRoot, s.structN = root, parentTree-root+1
	s.objStm = make(chan objStm, 1)
	if !asyncObjStm {
		s.objStm <- f.tagBuildObjStm(obj, root, parentTree)
		return
	}
	go func() { s.objStm <- f.tagBuildObjStm(obj, root, parentTree) }()
}

// tagReserve takes the object numbers of the structure tree (they are in the
// object stream, not at an offset in the file); putpages calls it once the
// annotations are written.
func (f *Fpdf) tagReserve() {
	for i := 0; i < f.tag.structN; i++ {
		f.n++
		f.offsets = append(f.offsets, 0)
	}
	if f.n != f.tag.structRoot+f.tag.structN-1 {
		f.err = fmt.Errorf("tagged PDF: structure objects end at %d, not %d", f.n, f.tag.structRoot+f.tag.structN-1)
	}
}

// tagPutAnnots writes the link annotations as objects, in the order
// tagAssignAnnots numbered them. They stay out of the object stream: their
// targets (/URI) remain plain text in the file, as upstream writes them.
func (f *Fpdf) tagPutAnnots(hPt float64) {
	s := f.tag
	for n := 1; n < len(s.annotObj); n++ {
		for i, pl := range f.pageLinks[n] {
			if f.n+1 != s.annotObj[n][i] {
				f.err = fmt.Errorf("tagged PDF: annotation object %d written as %d", s.annotObj[n][i], f.n+1)
				return
			}
			var b fmtBuffer
			b.printf("<</Type /Annot /Subtype /Link /Rect [%.2f %.2f %.2f %.2f] /Border [0 0 0] /F 4",
				pl.x, pl.y, pl.x+pl.wd, pl.y-pl.ht)
			if k := s.annotKey[n][i]; k >= 0 {
				e := s.elems[pl.elem-1]
				b.printf(" /StructParent %d", k)
				if c := linkContents(e); c != "" {
					b.printf(" /Contents %s", f.tagString(c))
				}
			}
			b.printf(" %s>>", f.linkAction(pl, hPt))
			// a plain object, not in the object stream: a link's target stays readable in
			// the file, so a check for unsafe targets can see every one
			f.newobj()
			f.out(b.String())
			f.out("endobj")
		}
	}
}

// linkAction is the /A or /Dest entry of a link annotation, as upstream
// writes it inline.
func (f *Fpdf) linkAction(pl linkType, hPt float64) string {
	if pl.link == 0 {
		return "/A <</S /URI /URI " + f.textstring(pl.linkStr) + ">>"
	}
	l := f.links[pl.link]
	h := hPt
	if sz, ok := f.pageSizes[l.page]; ok {
		h = sz.Ht
	}
	return sprintf("/Dest [%d 0 R /XYZ 0 %.2f null]", 1+2*l.page, h-l.y*f.k)
}

func linkContents(e *structElem) string {
	if e.Alt != "" {
		return e.Alt
	}
	if e.ActualText != "" {
		return e.ActualText
	}
	return strings.Join(strings.Fields(e.text.String()), " ")
}

// tagKept marks the elements that hold something — content, an annotation,
// or a kept child — and numbers them, in the order they were opened, from
// first. Empty elements are left out of the tree.
func (s *tagState) tagKept(first int) []int {
	held := make([]bool, len(s.elems))
	for id := len(s.elems) - 1; id >= 0; id-- { // children are opened after their parents
		for _, k := range s.elems[id].kids {
			if k.kind != kidElem || held[k.n] {
				held[id] = true
				break
			}
		}
	}
	obj := make([]int, len(s.elems))
	n := first
	for id, h := range held {
		if h {
			obj[id] = n
			n++
		}
	}
	return obj
}

// tagBuildObjStm makes the object stream of the structure tree: the
// StructTreeRoot, the elements kept and the parent tree, numbered as tagPlan
// said. It only reads the document, so it can run beside the writing of the
// pages and fonts.
func (f *Fpdf) tagBuildObjStm(obj []int, root, parentTree int) objStm {
	s := f.tag
	var b fmtBuffer
	b.printf("<</Type /StructTreeRoot /K [")
	for _, id := range s.roots {
		if obj[id] > 0 {
			b.printf("%d 0 R ", obj[id])
		}
	}
	b.printf("] /ParentTree %d 0 R /ParentTreeNextKey %d", parentTree, f.tagNextKey())
	if len(s.roleMap) > 0 {
		var custom []string
		for c := range s.roleMap {
			custom = append(custom, c)
		}
		sort.Strings(custom)
		b.printf(" /RoleMap <<")
		for _, c := range custom {
			b.printf("/%s /%s ", c, s.roleMap[c])
		}
		b.printf(">>")
	}
	b.printf(">>")
	nums := []int{root}
	bodies := []string{b.String()}
	for id, e := range s.elems {
		if obj[id] > 0 {
			nums, bodies = append(nums, obj[id]), append(bodies, f.tagElemDict(e, obj, root))
		}
	}
	nums, bodies = append(nums, parentTree), append(bodies, f.tagParentTree(obj))
	var head, body bytes.Buffer
	var num [20]byte
	for i, n := range nums {
		head.Write(strconv.AppendInt(num[:0], int64(n), 10))
		head.WriteByte(' ')
		head.Write(strconv.AppendInt(num[:0], int64(body.Len()), 10))
		head.WriteByte(' ')
		body.WriteString(bodies[i])
		body.WriteByte('\n')
	}
	first := head.Len()
	head.Write(body.Bytes())
	return objStm{nums: nums, first: first, data: sliceCompress(head.Bytes())}
}

func (f *Fpdf) tagNextKey() int {
	key := f.page
	for _, ks := range f.tag.annotKey {
		for _, k := range ks {
			if k >= key {
				key = k + 1
			}
		}
	}
	return key
}

// tagElemDict is the dictionary of one structure element. (It and the parent
// tree append to a byte slice rather than format: they are written once for
// each of hundreds of elements.)
func (f *Fpdf) tagElemDict(e *structElem, obj []int, root int) string {
	s := f.tag
	parent := root
	if e.parent >= 0 {
		parent = obj[e.parent]
	}
	pg := 0
	for _, k := range e.kids {
		if k.kind == kidMCID {
			pg = k.page
			break
		}
	}
	b := make([]byte, 0, 96+12*len(e.kids))
	b = append(b, "<</Type /StructElem /S /"...)
	b = append(b, e.Role...)
	b = appendRef(append(b, " /P "...), parent)
	if pg > 0 {
		b = appendRef(append(b, " /Pg "...), s.pageObj[pg])
	}
	b = append(b, " /K ["...)
	for _, k := range e.kids {
		switch k.kind {
		case kidMCID:
			if k.page == pg {
				b = append(strconv.AppendInt(b, int64(k.n), 10), ' ')
			} else {
				b = appendRef(append(b, "<</Type /MCR /Pg "...), s.pageObj[k.page])
				b = append(strconv.AppendInt(append(b, " /MCID "...), int64(k.n), 10), ">> "...)
			}
		case kidElem:
			if obj[k.n] > 0 {
				b = append(appendRef(b, obj[k.n]), ' ')
			}
		case kidAnnot:
			b = appendRef(append(b, "<</Type /OBJR /Pg "...), s.pageObj[k.page])
			b = append(appendRef(append(b, " /Obj "...), s.annotObj[k.page][k.n]), ">> "...)
		}
	}
	b = append(b, ']')
	if e.Alt != "" {
		b = append(append(b, " /Alt "...), f.tagString(e.Alt)...)
	}
	if e.ActualText != "" {
		b = append(append(b, " /ActualText "...), f.tagString(e.ActualText)...)
	}
	if e.Lang != "" {
		b = append(append(b, " /Lang "...), f.tagString(e.Lang)...)
	}
	if e.Scope != "" {
		b = append(append(append(b, " /A <</O /Table /Scope /"...), e.Scope...), ">>"...)
	}
	return string(append(b, ">>"...))
}

// appendRef appends an indirect reference "n 0 R".
func appendRef(b []byte, n int) []byte {
	return append(strconv.AppendInt(b, int64(n), 10), " 0 R"...)
}

// tagParentTree is the parent tree, a number tree with all its entries in
// the root: for each page with marked content, the elements its MCIDs belong
// to; for each tagged annotation, its element.
func (f *Fpdf) tagParentTree(obj []int) string {
	s := f.tag
	b := append(make([]byte, 0, 4096), "<</Nums ["...)
	for n := 1; n < len(s.pageMCIDs) && n <= f.page; n++ {
		if len(s.pageMCIDs[n]) == 0 {
			continue
		}
		b = append(strconv.AppendInt(b, int64(n-1), 10), " ["...)
		for _, id := range s.pageMCIDs[n] {
			b = append(appendRef(b, obj[id]), ' ')
		}
		b = append(b, "] "...)
	}
	for n := 1; n < len(s.annotKey); n++ {
		for i, k := range s.annotKey[n] {
			if k >= 0 {
				b = append(strconv.AppendInt(b, int64(k), 10), ' ')
				b = append(appendRef(b, obj[f.pageLinks[n][i].elem-1]), ' ')
			}
		}
	}
	return string(append(b, "]>>"...))
}

// tagPutXRef ends a document with packed objects: the object stream, then a
// cross-reference stream (which can point into an object stream; a classic
// xref table cannot) carrying the trailer's entries, startxref and %%EOF.
func (f *Fpdf) tagPutXRef(root, info int) {
	os := <-f.tag.objStm
	f.newobj()
	stm := f.n
	f.outf("<</Type /ObjStm /N %d /First %d /Filter /FlateDecode /Length %d>>", len(os.nums), os.first, len(os.data))
	f.putstream(os.data)
	f.out("endobj")
	f.newobj()
	xref := f.n
	index := make([]int, xref+1)
	for i, n := range os.nums {
		index[n] = i + 1
	}
	rows := make([]byte, 0, 7*(xref+1))
	for j := 0; j <= xref; j++ {
		switch {
		case j == 0:
			rows = append(rows, 0, 0, 0, 0, 0, 0xff, 0xff)
		case index[j] > 0:
			i := index[j] - 1
			rows = append(rows, 2, byte(stm>>24), byte(stm>>16), byte(stm>>8), byte(stm), byte(i>>8), byte(i))
		default:
			o := f.offsets[j]
			rows = append(rows, 1, byte(o>>24), byte(o>>16), byte(o>>8), byte(o), 0, 0)
		}
	}
	data := sliceCompress(rows)
	f.outf("<</Type /XRef /Size %d /W [1 4 2] /Root %d 0 R /Info %d 0 R /Filter /FlateDecode /Length %d>>", xref+1, root, info, len(data))
	f.putstream(data)
	f.out("endobj")
	f.out("startxref")
	f.outf("%d", f.offsets[xref])
	f.out("%%EOF")
}

// tagCatalog adds the tagged document's entries to the catalog.
func (f *Fpdf) tagCatalog(root int) {
	s := f.tag
	f.outf("/StructTreeRoot %d 0 R", root)
	f.out("/MarkInfo <</Marked true>>")
	if s.lang != "" {
		f.outf("/Lang %s", f.tagString(s.lang))
	}
	f.out("/ViewerPreferences <</DisplayDocTitle true>>")
	if s.xmpObj > 0 {
		f.outf("/Metadata %d 0 R", s.xmpObj)
	}
}

// infoText decodes a document information string as the Set… methods stored
// it (UTF-16BE with a byte order mark when given as UTF-8).
func infoText(s string) string {
	if len(s) < 2 || s[0] != 0xfe || s[1] != 0xff {
		return s
	}
	units := make([]uint16, 0, (len(s)-2)/2)
	for i := 2; i+1 < len(s); i += 2 {
		units = append(units, uint16(s[i])<<8|uint16(s[i+1]))
	}
	return string(utf16.Decode(units))
}

// tagXMP is the XMP metadata packet of a tagged document: the title, author,
// subject, keywords, language, tools and dates of the document information
// dictionary, and the PDF/UA-1 identifier.
func (f *Fpdf) tagXMP() []byte {
	esc := func(s string) string {
		var b bytes.Buffer
		xml.EscapeText(&b, []byte(infoText(s)))
		return b.String()
	}
	var b bytes.Buffer
	b.WriteString("<?xpacket begin=\"\ufeff\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
	b.WriteString("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
	b.WriteString("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"" +
		" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n")
	b.WriteString("<dc:format>application/pdf</dc:format>\n")
	alt := func(name, v string) {
		if infoText(v) != "" {
			b.WriteString("<dc:" + name + "><rdf:Alt><rdf:li xml:lang=\"x-default\">" + esc(v) + "</rdf:li></rdf:Alt></dc:" + name + ">\n")
		}
	}
	alt("title", f.title)
	if infoText(f.author) != "" {
		b.WriteString("<dc:creator><rdf:Seq><rdf:li>" + esc(f.author) + "</rdf:li></rdf:Seq></dc:creator>\n")
	}
	alt("description", f.subject)
	if f.tag.lang != "" {
		b.WriteString("<dc:language><rdf:Bag><rdf:li>" + esc(f.tag.lang) + "</rdf:li></rdf:Bag></dc:language>\n")
	}
	if infoText(f.keywords) != "" {
		b.WriteString("<pdf:Keywords>" + esc(f.keywords) + "</pdf:Keywords>\n")
	}
	if infoText(f.producer) != "" {
		b.WriteString("<pdf:Producer>" + esc(f.producer) + "</pdf:Producer>\n")
	}
	if infoText(f.creator) != "" {
		b.WriteString("<xmp:CreatorTool>" + esc(f.creator) + "</xmp:CreatorTool>\n")
	}
	b.WriteString("<xmp:CreateDate>" + timeOrNow(f.creationDate).UTC().Format("2006-01-02T15:04:05Z") + "</xmp:CreateDate>\n")
	b.WriteString("<xmp:ModifyDate>" + timeOrNow(f.modDate).UTC().Format("2006-01-02T15:04:05Z") + "</xmp:ModifyDate>\n")
	b.WriteString("<pdfuaid:part>1</pdfuaid:part>\n")
	b.WriteString("</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>")
	return b.Bytes()
}
