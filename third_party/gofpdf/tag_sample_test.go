package gofpdf

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// sampleFonts loads briefpack's fonts, which sit two folders up from this copy.
func sampleFonts(t testing.TB, pdf *Fpdf) {
	t.Helper()
	for style, file := range map[string]string{"": "NotoSans-Regular.ttf", "B": "NotoSans-Bold.ttf", "I": "NotoSans-Italic.ttf"} {
		b, err := os.ReadFile(filepath.Join("..", "..", "assets", "fonts", file))
		if err != nil {
			t.Fatal("briefpack's fonts are not beside this copy:", err)
		}
		pdf.AddUTF8FontFromBytes("noto", style, b)
	}
}

// sampleDoc draws a three-page document with what briefpack's renderer uses: a running head and
// foot with the page-count alias, flowing text with internal and external links, cells, lines,
// circles, a filled rectangle, bookmarks, and a return to the first page to draw on it afterwards.
// It calls the tagging methods throughout; they do nothing unless tagged is set, which calls
// EnableTagging.
func sampleDoc(t testing.TB, tagged bool) []byte {
	t.Helper()
	pdf := New("P", "mm", "A4", "")
	if tagged {
		pdf.EnableTagging("en-GB")
	}
	pdf.SetCatalogSort(true)
	pdf.SetCompression(true)
	pdf.SetCreationDate(time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC))
	pdf.SetModificationDate(time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC))
	pdf.SetTitle("Sample – “tagged” pack", true)
	pdf.SetAuthor("Islands desk", true)
	pdf.SetSubject("", true) // as briefpack sets it when a pack has no occasion
	pdf.AliasNbPages("{nb}")
	sampleFonts(t, pdf)
	pdf.BeginTag(Tag{Role: "Document"})
	pdf.SetHeaderFuncMode(func() {
		pdf.SetY(8)
		pdf.SetFont("noto", "B", 10)
		pdf.CellFormat(0, 5, "OFFICIAL", "", 0, "C", false, 0, "")
	}, false)
	pdf.SetFooterFunc(func() {
		pdf.SetY(-15)
		pdf.SetFont("noto", "", 8)
		pdf.CellFormat(0, 4, "Page {nb}", "", 0, "R", false, 0, "")
	})
	target := pdf.AddLink()
	pdf.AddPage()
	toc := pdf.BeginTag(Tag{Role: "TOC"})
	pdf.EndTag()
	pdf.BeginTag(Tag{Role: "H1"})
	pdf.Bookmark("Heading", 0, -1)
	pdf.SetFont("noto", "B", 18)
	pdf.SetTextColor(22, 58, 107)
	pdf.SetX(10)
	pdf.MultiCell(0, 9, "A heading", "", "L", false)
	pdf.EndTag()
	pdf.BeginArtifact(ArtifactPlain)
	pdf.SetDrawColor(190, 196, 204)
	pdf.Line(20, 40, 190, 40)
	pdf.EndArtifact()
	pdf.SetTextColor(30, 30, 34)
	for i := 0; i < 40; i++ {
		pdf.BeginTag(Tag{Role: "P"})
		pdf.SetFont("noto", "", 11)
		pdf.Write(6, "Curly “quotes”, a dash – and Baltacıoğlu, Nguyễn, Αθήνα, Москва; the ferry link shortens every journey to the mainland. ")
		pdf.BeginTag(Tag{Role: "Link"})
		pdf.WriteLinkID(6, "[1]", target)
		pdf.EndTag()
		pdf.Write(6, " and ")
		pdf.BeginTag(Tag{Role: "Link"})
		pdf.WriteLinkString(6, "the board", "https://example.org/board")
		pdf.EndTag()
		pdf.Ln(9)
		pdf.EndTag()
	}
	pdf.BeginTag(Tag{Role: "Figure", Alt: "Two events in 2024: the signing and the opening"})
	pdf.SetFillColor(22, 58, 107)
	pdf.Circle(30, pdf.GetY()+5, 1.6, "F")
	pdf.SetDashPattern([]float64{0.6, 0.5}, 0)
	pdf.Circle(40, pdf.GetY()+5, 1.7, "FD")
	pdf.SetDashPattern(nil, 0)
	pdf.Text(45, pdf.GetY()+6, "2024")
	pdf.EndTag()
	pdf.Ln(12)
	pdf.BeginTag(Tag{Role: "Table"})
	pdf.BeginArtifact(ArtifactLayout)
	pdf.SetFillColor(232, 236, 242)
	pdf.Rect(20, pdf.GetY(), 170, 7, "F")
	pdf.EndArtifact()
	pdf.BeginTag(Tag{Role: "TR"})
	pdf.SetFont("noto", "B", 9)
	for _, c := range [][2]string{{"Name", "0"}, {"Role", "1"}} {
		pdf.BeginTag(Tag{Role: "TH", Scope: "Column"})
		pdf.CellFormat(60, 7, c[0], "", int(c[1][0]-'0'), "L", false, 0, "")
		pdf.EndTag()
	}
	pdf.EndTag()
	pdf.BeginTag(Tag{Role: "TR"})
	pdf.SetFont("noto", "", 9)
	pdf.BeginTag(Tag{Role: "TD"})
	pdf.CellFormat(60, 7, "Marta Ilves", "", 0, "L", false, 0, "")
	pdf.EndTag()
	pdf.BeginTag(Tag{Role: "TD"})
	pdf.CellFormat(110, 7, "Head of the Island Board", "", 1, "L", false, 0, "")
	pdf.EndTag()
	pdf.EndTag()
	pdf.BeginArtifact(ArtifactPlain)
	pdf.Line(20, pdf.GetY(), 190, pdf.GetY())
	pdf.EndArtifact()
	pdf.BeginArtifact(ArtifactPagination) // a header row repeated: its tags are swallowed
	pdf.BeginTag(Tag{Role: "TR"})
	pdf.BeginTag(Tag{Role: "TH"})
	pdf.CellFormat(60, 7, "Name", "", 1, "L", false, 0, "")
	pdf.EndTag()
	pdf.EndTag()
	pdf.EndArtifact()
	pdf.EndTag()
	pdf.SetLink(target, pdf.GetY(), -1)
	last := pdf.PageNo()
	pdf.SetPage(1)
	pdf.ReopenTag(toc)
	pdf.BeginTag(Tag{Role: "TOCI"})
	pdf.BeginTag(Tag{Role: "Link"})
	pdf.SetFont("noto", "I", 9)
	pdf.Text(20, 50, "Drawn on page one after the others.")
	pdf.Link(20, 46, 60, 5, target)
	pdf.EndTag()
	pdf.EndTag()
	pdf.EndTag()
	pdf.SetPage(last)
	pdf.EndTag()
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
