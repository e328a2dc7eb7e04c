package source_test

import (
	"archive/zip"
	"bytes"
	"testing"

	"github.com/briefpack/briefpack/briefing/render/pdf"
	"github.com/briefpack/briefpack/briefing/source"
	"github.com/briefpack/briefpack/internal/testdocs"
)

// BenchmarkPDFText: issue 12's target is at least 50 pages/s of PDF text on one core (make bench runs
// it with -cpu 1); the document is 100 pages of prose with a running header and page numbers.
func BenchmarkPDFText(b *testing.B) {
	doc, err := pdf.PlainDocument(pdf.PlainDoc{Title: "Bench", Header: "Running header", Paragraphs: paragraphsFor(1900)})
	if err != nil {
		b.Fatal(err)
	}
	var pages int
	b.SetBytes(int64(len(doc)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		src, err := source.LoadBytes("bench.pdf", doc)
		if err != nil {
			b.Fatal(err)
		}
		pages = len(src.PageStarts)
	}
	b.ReportMetric(float64(pages*b.N)/b.Elapsed().Seconds(), "pages/s")
}

// BenchmarkDOCX: issue 12's target is at least 5 MB/s of document XML on one core; the document is
// 4,000 paragraphs with headings, list items, a table row and footnotes.
func BenchmarkDOCX(b *testing.B) {
	d := testdocs.Doc{Title: "Bench"}
	for i, p := range paragraphsFor(4000) {
		blk := testdocs.Block{Text: p}
		switch i % 10 {
		case 0:
			blk.Kind = "h2"
		case 3, 4:
			blk.Kind = "li"
		case 7:
			blk = testdocs.Block{Kind: "row", Cells: []string{p[:20], p[20:]}}
		case 9:
			blk.Note = "A note on " + p[:30]
		}
		d.Blocks = append(d.Blocks, blk)
	}
	file := testdocs.DOCX(d)
	xmlSize := unpackedSize(b, file)
	b.SetBytes(xmlSize) // MB/s of XML, as the target is stated
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := source.LoadBytes("bench.docx", file); err != nil {
			b.Fatal(err)
		}
	}
}

func unpackedSize(b *testing.B, file []byte) int64 {
	z, err := zipReader(file)
	if err != nil {
		b.Fatal(err)
	}
	var n int64
	for _, f := range z.File {
		n += int64(f.UncompressedSize64)
	}
	return n
}

func zipReader(b []byte) (*zip.Reader, error) {
	return zip.NewReader(bytes.NewReader(b), int64(len(b)))
}
