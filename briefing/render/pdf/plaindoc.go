package pdf

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"github.com/jung-kurt/gofpdf"

	"github.com/briefpack/briefpack/assets"
)

// PlainDoc is a plain document to lay out as PDF pages: what a ministry's PDF or a printed note looks
// like to the PDF loader, made here because this is the package that writes PDF. The tests of
// briefing/source use it to write their PDF inputs.
type PlainDoc struct {
	Title, Author string
	Created       time.Time // the document's creation date; zero for none
	Header        string    // a running header on every page ("" for none)
	// Paragraphs are laid out in turn, wrapped to the page; one starting with "# " is a heading.
	Paragraphs []string
	// ScanPages, with ScanPNG, adds that many pages holding only the image (a scanned page has no text).
	ScanPages int
	ScanPNG   []byte
	// NoPageNumbers leaves out the "Page N of M" footer (a scan has no text at all).
	NoPageNumbers bool
	// UserPassword encrypts the document (RC4, as gofpdf does) so it opens only with the password.
	UserPassword string
}

// PlainDocument writes d as a PDF: A4, the pack's font, the running header at the top of every page and
// "Page N of M" at the foot.
func PlainDocument(d PlainDoc) ([]byte, error) {
	f := gofpdf.New("P", "mm", "A4", "")
	f.AddUTF8FontFromBytes(family, "", assets.FontRegular)
	f.AddUTF8FontFromBytes(family, "B", assets.FontBold)
	f.SetTitle(d.Title, true)
	f.SetAuthor(d.Author, true)
	if !d.Created.IsZero() {
		f.SetCreationDate(d.Created)
		f.SetModificationDate(d.Created)
	}
	f.SetCatalogSort(true)
	if d.UserPassword != "" {
		f.SetProtection(gofpdf.CnProtectPrint, d.UserPassword, "owner-"+d.UserPassword)
	}
	f.SetMargins(20, 22, 20)
	f.SetAutoPageBreak(true, 20)
	plainFurniture(f, d)
	if len(d.Paragraphs) > 0 {
		f.AddPage()
	}
	for _, p := range d.Paragraphs {
		if strings.TrimSpace(p) == "" {
			continue
		}
		if h, ok := strings.CutPrefix(p, "# "); ok {
			f.SetFont(family, "B", 15)
			f.MultiCell(0, 7, h, "", "L", false)
			f.Ln(3)
			continue
		}
		f.SetFont(family, "", 10.5)
		f.MultiCell(0, 5, p, "", "L", false)
		f.Ln(3)
	}
	if d.ScanPages > 0 {
		f.RegisterImageOptionsReader("scan", gofpdf.ImageOptions{ImageType: "PNG"}, bytes.NewReader(d.ScanPNG))
		for i := 0; i < d.ScanPages; i++ {
			f.AddPage()
			f.ImageOptions("scan", 20, 30, 170, 0, false, gofpdf.ImageOptions{ImageType: "PNG"}, 0, "")
		}
	}
	var buf bytes.Buffer
	if err := f.Output(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// plainFurniture sets the running header and the "Page N of M" footer of a plain document.
func plainFurniture(f *gofpdf.Fpdf, d PlainDoc) {
	f.AliasNbPages("{nb}")
	f.SetHeaderFunc(func() {
		if d.Header == "" {
			return
		}
		f.SetFont(family, "", 8)
		f.SetXY(20, 10)
		f.CellFormat(0, 4, d.Header, "", 0, "R", false, 0, "")
		f.SetXY(20, 22)
	})
	f.SetFooterFunc(func() {
		if d.NoPageNumbers {
			return
		}
		f.SetFont(family, "", 8)
		f.SetXY(20, -14)
		f.CellFormat(0, 4, fmt.Sprintf("Page %d of {nb}", f.PageNo()), "", 0, "C", false, 0, "")
	})
}
