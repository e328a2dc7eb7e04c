package source

import (
	"strings"
	"testing"
	"time"

	"github.com/briefpack/briefpack/internal/testdocs"
)

// structured is a small document with every structure the Word and OpenDocument loaders read.
var structured = testdocs.Doc{
	Title: "Ferry timetable note", Author: "Harbour Office", Company: "Island Board",
	Created: time.Date(2024, 6, 3, 9, 30, 0, 0, time.UTC),
	Blocks: []testdocs.Block{
		{Kind: "h1", Text: "Ferry timetable"},
		{Text: "The councils agreed the timetable on 3 June 2024.", Note: "Minutes of the June meeting."},
		{Kind: "h2", Text: "Next steps"},
		{Kind: "li", Text: "Publish the timetable"},
		{Kind: "li", Text: "Review it in 2025"},
		{Kind: "row", Cells: []string{"Route", "Sailings"}},
		{Kind: "row", Cells: []string{"Vallen – Orr", "4 a day"}},
		{Text: "“We listened to every island,” said Marta Ilves.", Deleted: "SECRET DRAFT WORDS"},
	},
}

const structuredText = `# Ferry timetable
The councils agreed the timetable on 3 June 2024.[1]
## Next steps
- Publish the timetable
- Review it in 2025
| Route | Sailings |
| Vallen – Orr | 4 a day |
“We listened to every island,” said Marta Ilves.
## Notes
[1] Minutes of the June meeting.
`

// TestWordAndOpenDocument: headings as "#" lines, list items, table rows, footnotes at the end, tracked
// deletions left out, and the document properties as metadata — the same from .docx and .odt.
func TestWordAndOpenDocument(t *testing.T) {
	for name, b := range map[string][]byte{"note.docx": testdocs.DOCX(structured), "note.odt": testdocs.ODT(structured)} {
		t.Run(name, func(t *testing.T) {
			src, err := LoadBytes(name, b)
			if err != nil {
				t.Fatal(err)
			}
			if src.Text != structuredText {
				t.Errorf("text:\n%s\nwant:\n%s", src.Text, structuredText)
			}
			if strings.Contains(src.Text, "SECRET") {
				t.Error("a tracked deletion was read as text")
			}
			if src.Title != "Ferry timetable note" || src.Author != "Harbour Office" || src.Published.String() != "2024-06-03" {
				t.Errorf("metadata: title %q author %q published %s", src.Title, src.Author, src.Published)
			}
			if name == "note.docx" && src.Publisher != "Island Board" {
				t.Errorf("publisher %q, want the company", src.Publisher)
			}
		})
	}
}

// TestBadDocuments: each broken or hostile document gets a clear message naming the file.
func TestBadDocuments(t *testing.T) {
	bomb := testdocs.Zip([2]string{"word/document.xml", "<w:document>" + strings.Repeat(" ", 50<<20) + "</w:document>"})
	cases := []struct {
		name string
		data []byte
		want string
	}{
		{"not-a-zip.docx", []byte("This is plain text saved with the wrong name."), "not a zip archive"},
		{"bomb.docx", bomb, "zip bomb"},
		{"truncated.docx", testdocs.DOCX(structured)[:200], "damaged"},
		{"no-body.docx", testdocs.Zip([2]string{"hello.txt", "hi"}), "no word/document.xml"},
		{"sheet.odt", testdocs.Zip([2]string{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"}, [2]string{"content.xml", "<x/>"}), "not spreadsheets"},
		{"empty.docx", testdocs.DOCX(testdocs.Doc{}), "has no text"},
		{"old.doc", []byte("\xd0\xcf\x11\xe0 whatever"), "save it as .docx"},
		{"letter.rtf", []byte(`{\rtf1 Hello}`), "save it as .docx"},
	}
	for _, c := range cases {
		_, err := LoadBytes(c.name, c.data)
		if err == nil || !strings.HasPrefix(err.Error(), c.name+": ") || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want it to say %q", c.name, err, c.want)
		}
	}
}
