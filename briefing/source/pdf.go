package source

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/briefpack/briefpack/briefing"
	"github.com/briefpack/briefpack/briefing/fileio"
	"github.com/ledongthuc/pdf"
)

// PDF with a text layer, through github.com/ledongthuc/pdf (pure Go) for the file's structure, and a text
// interpreter of our own over its content-stream tokenizer (positions, font widths, a bounded state
// stack). Lines are rebuilt from positioned text, paragraphs rejoined across line breaks, hyphenation
// and page breaks; running headers and footers and page numbers are dropped from the text, with a note
// on the source saying so. Source.PageStarts gives each page's first line.
//
// The parse runs on its own goroutine within PDFTimeBudget: a file that would take longer (a hostile or
// damaged one, since the library has hung on some) is abandoned at the deadline — its reads then fail,
// which ends most loops — and what was read by then is kept, with a warning.

// PDFTimeBudget is how long one PDF may take to read.
var PDFTimeBudget = 4 * time.Second

// Limits on what one PDF may cost.
const (
	maxPDFPages       = 5000
	maxPageContent    = 8 << 20 // bytes of one page's decoded content stream
	maxPageTreeDepth  = 64
	maxPageTreeVisits = 200000
)

// errAbandoned is raised inside the parse goroutine when its deadline has passed.
var errAbandoned = errors.New("abandoned at its deadline")

// pdfResult is what the parse goroutine has produced so far.
type pdfResult struct {
	mu       sync.Mutex
	pages    []*pdfPage
	total    int // pages in the document
	info     pdfInfo
	empty    []int // pages with no text
	skipped  []string
	err      error
	finished bool
}

type pdfInfo struct{ title, author, date string }

func loadPDF(src *briefing.Source, b []byte) error {
	if !bytes.HasPrefix(b, []byte("%PDF-")) {
		if len(bytes.TrimSpace(b)) == 0 {
			return ErrEmpty
		}
		return errors.New("not a PDF: it does not start with %PDF- (is it another format renamed?)")
	}
	res := readPDFWithin(b, PDFTimeBudget)
	res.mu.Lock()
	defer res.mu.Unlock()
	if res.err != nil && len(res.pages) == 0 {
		return res.err
	}
	if !res.finished {
		if len(res.pages) == 0 {
			return fmt.Errorf("could not be read within %s (the PDF may be damaged, or built to be slow to read)", PDFTimeBudget)
		}
		src.Warn(fmt.Sprintf("only the first %d of %d pages could be read within %s; the rest is not in the text", len(res.pages), res.total, PDFTimeBudget))
	} else if res.err != nil {
		src.Warn(fmt.Sprintf("reading stopped after page %d: %v", len(res.pages), res.err))
	}
	return pdfSource(src, res)
}

// pdfSource sets the text, pages and metadata of src from the pages read.
func pdfSource(src *briefing.Source, res *pdfResult) error {
	dropped, example := removeRunning(res.pages)
	var lines []string
	starts := make([]int, len(res.pages))
	var prevLast *pdfLine // the last line of the last page with text, and that page's right edge
	prevRight := 0.0
	for i, p := range res.pages {
		paras, right := paragraphs(p.lines)
		if len(paras) > 0 && len(lines) > 0 {
			full := prevLast != nil && wrapped(prevLast, p.lines[0], prevRight)
			if continuesAcrossPages(lines[len(lines)-1], paras[0], full) {
				lines[len(lines)-1] = joinLines(lines[len(lines)-1], paras[0])
				paras = paras[1:]
			}
		}
		starts[i] = len(lines) + 1
		lines = append(lines, paras...)
		if len(p.lines) > 0 {
			prevLast, prevRight = p.lines[len(p.lines)-1], right
		}
	}
	if len(lines) == 0 {
		return errors.New("has no text layer: its pages are images (a scan?); briefpack does not read text from images (no OCR), so use a PDF with text, or the document it was made from")
	}
	for i := range starts { // a page with no text starts where the next text is
		starts[i] = min(starts[i], len(lines))
	}
	src.SetText(strings.Join(lines, "\n") + "\n")
	src.PageStarts = starts
	if len(res.empty) > 0 {
		src.Warn("no text on page " + joinInts(res.empty) + " (images only: a scanned page?); those pages are not read")
	}
	for _, s := range res.skipped {
		src.Warn(s)
	}
	if dropped > 0 {
		note := fmt.Sprintf("%d running header, footer and page-number lines were left out of the text", dropped)
		if example != "" {
			note += fmt.Sprintf(" (such as %q)", example)
		}
		src.Warn(note)
	}
	setDocMeta(src, res.info.title, res.info.author, "", "")
	if d, ok := parsePDFDate(res.info.date); ok {
		src.Published, src.PublishedFrom = d, "document properties"
	}
	return nil
}

func joinInts(ns []int) string {
	var parts []string
	for i, n := range ns {
		if i == 10 {
			parts = append(parts, fmt.Sprintf("and %d more", len(ns)-10))
			break
		}
		parts = append(parts, strconv.Itoa(n))
	}
	return strings.Join(parts, ", ")
}

// abandonable is the file as the library reads it; once the deadline has passed every read fails (a
// panic the goroutine recovers), which stops most parses that would otherwise go on.
type abandonable struct {
	b    []byte
	gone *atomic.Bool
}

func (a abandonable) ReadAt(p []byte, off int64) (int, error) {
	if a.gone.Load() {
		panic(errAbandoned)
	}
	if off < 0 || off >= int64(len(a.b)) {
		return 0, io.EOF
	}
	n := copy(p, a.b[off:])
	if n < len(p) {
		return n, io.EOF
	}
	return n, nil
}

// readPDFWithin parses b on a goroutine and returns what it has when it finishes or the budget runs out.
func readPDFWithin(b []byte, budget time.Duration) *pdfResult {
	res := &pdfResult{}
	gone := &atomic.Bool{}
	done := make(chan struct{})
	go func() {
		defer close(done)
		defer func() {
			if r := recover(); r != nil {
				res.mu.Lock()
				if r != errAbandoned {
					res.err = fmt.Errorf("the PDF is damaged (%v)", r)
				}
				res.mu.Unlock()
			}
		}()
		readPDF(abandonable{b, gone}, int64(len(b)), res)
	}()
	timer := time.NewTimer(budget)
	defer timer.Stop()
	select {
	case <-done:
	case <-timer.C:
		gone.Store(true)
	}
	return res
}

// readPDF reads the document's information and pages into res, page by page.
func readPDF(f io.ReaderAt, size int64, res *pdfResult) {
	r, err := pdf.NewReader(f, size)
	if err != nil {
		res.mu.Lock()
		res.err = describePDFError(err)
		res.mu.Unlock()
		return
	}
	info := r.Trailer().Key("Info")
	pages, tooDeep := pageList(r.Trailer().Key("Root").Key("Pages"))
	res.mu.Lock()
	res.info = pdfInfo{info.Key("Title").Text(), info.Key("Author").Text(), firstNonEmpty(info.Key("CreationDate").Text(), info.Key("ModDate").Text())}
	res.total = len(pages)
	switch {
	case len(pages) == 0 && tooDeep:
		res.err = fmt.Errorf("its page tree is nested more than %d deep (a real PDF nests a few levels); briefpack does not read a PDF built like this", maxPageTreeDepth)
	case len(pages) == 0:
		res.err = errors.New("the PDF has no pages briefpack can find (it may be damaged)")
	case tooDeep:
		res.skipped = append(res.skipped, fmt.Sprintf("part of its page tree is nested more than %d deep and was not read", maxPageTreeDepth))
	}
	res.mu.Unlock()
	for i, p := range pages {
		page, note := readPage(p)
		res.mu.Lock()
		res.pages = append(res.pages, page)
		if len(page.lines) == 0 {
			res.empty = append(res.empty, i+1)
		}
		if note != "" {
			res.skipped = append(res.skipped, fmt.Sprintf("page %d: %s", i+1, note))
		}
		res.mu.Unlock()
	}
	res.mu.Lock()
	res.finished = true
	res.mu.Unlock()
}

// pageList walks the page tree once (the library's Page(n) walks it again for every page), depth- and
// size-bounded so a cyclic or absurdly deep tree cannot run away; tooDeep reports a branch cut off.
func pageList(root pdf.Value) (out []pdf.Page, tooDeep bool) {
	visits := 0
	var walk func(node pdf.Value, depth int)
	walk = func(node pdf.Value, depth int) {
		visits++
		if depth > maxPageTreeDepth {
			tooDeep = true
			return
		}
		if visits > maxPageTreeVisits || len(out) >= maxPDFPages {
			return
		}
		switch node.Key("Type").Name() {
		case "Page":
			out = append(out, pdf.Page{V: node})
		default: // "Pages", or a node that forgot its type but has kids
			kids := node.Key("Kids")
			for i := 0; i < kids.Len(); i++ {
				walk(kids.Index(i), depth+1)
			}
		}
	}
	walk(root, 0)
	return out, tooDeep
}

// readPage reads one page's text lines; note says why a page was not read, when it was not.
func readPage(p pdf.Page) (*pdfPage, string) {
	page := &pdfPage{height: pageHeight(p)}
	contents := p.V.Key("Contents")
	if contents.IsNull() {
		return page, ""
	}
	if n := contentSize(contents); n > maxPageContent {
		return page, fmt.Sprintf("its drawing is too large to read (over %s)", fileio.HumanBytes(maxPageContent))
	}
	page.lines = buildLines(readPageRuns(p, contents))
	return page, ""
}

// contentSize is the decoded size of a page's content stream(s), counted up to just past the limit.
func contentSize(contents pdf.Value) int64 {
	var n int64
	streams := []pdf.Value{contents}
	if contents.Kind() == pdf.Array {
		streams = streams[:0]
		for i := 0; i < contents.Len() && i < 1000; i++ {
			streams = append(streams, contents.Index(i))
		}
	}
	for _, s := range streams {
		rc := s.Reader()
		m, _ := io.Copy(io.Discard, io.LimitReader(rc, maxPageContent+1-n))
		rc.Close()
		if n += m; n > maxPageContent {
			break
		}
	}
	return n
}

// pageHeight is the height of the page's media box, inherited from its parents; A4's when absent.
func pageHeight(p pdf.Page) float64 {
	v := p.V
	for i := 0; i < maxPageTreeDepth && !v.IsNull(); i++ {
		if box := v.Key("MediaBox"); box.Len() == 4 {
			if h := box.Index(3).Float64() - box.Index(1).Float64(); h > 0 {
				return h
			}
		}
		v = v.Key("Parent")
	}
	return 842
}

// describePDFError says in plain words why the library could not open the file.
func describePDFError(err error) error {
	msg := err.Error()
	switch {
	case errors.Is(err, pdf.ErrInvalidPassword), strings.Contains(msg, "encrypt"):
		return errors.New("is encrypted (password-protected); briefpack cannot read it: open it with its password and save or print an unprotected copy")
	case strings.Contains(msg, "invalid header"):
		return errors.New("is a PDF version briefpack cannot read (its header is not PDF 1.0–1.7)")
	case strings.Contains(msg, "%%EOF"), strings.Contains(msg, "startxref"), strings.Contains(msg, "xref"):
		return errors.New("the PDF is damaged or incomplete (truncated?): its cross-reference table cannot be found")
	}
	return fmt.Errorf("the PDF is damaged (%v)", msg)
}

// parsePDFDate reads a PDF date, "D:YYYYMMDDHHmmSS+HH'mm'" (every part after the year optional).
func parsePDFDate(v string) (briefing.Date, bool) {
	v = strings.TrimPrefix(strings.TrimSpace(v), "D:")
	digits := 0
	for digits < len(v) && digits < 14 && v[digits] >= '0' && v[digits] <= '9' {
		digits++
	}
	layouts := map[int]string{4: "2006", 6: "200601", 8: "20060102", 10: "2006010215", 12: "200601021504", 14: "20060102150405"}
	l, ok := layouts[digits]
	if !ok {
		return briefing.Date{}, false
	}
	t, err := time.Parse(l, v[:digits])
	if err != nil || digits < 8 {
		return briefing.Date{}, false
	}
	return briefing.FromTime(t), true
}
