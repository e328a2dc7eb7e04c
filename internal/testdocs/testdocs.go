// Package testdocs writes the documents briefpack's tests read: Word (.docx), OpenDocument (.odt) and
// e-mail (.eml) files made from plain blocks of text with archive/zip, encoding/xml escaping and
// mime/multipart, so the tests need no office program and no stored binary files.
package testdocs

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"strings"
	"time"
)

// Block is one block of a document.
type Block struct {
	Kind    string   // "p" (default), "h1"–"h3", "li", "row"
	Text    string   // the block's text
	Cells   []string // a table row's cells
	Note    string   // a footnote cited at the end of the block
	Deleted string   // text deleted with change tracking, at the end of the block (never to be read)
}

// Doc is a document: its properties and blocks.
type Doc struct {
	Title, Author, Company string
	Created                time.Time // zero: no date
	Blocks                 []Block
}

// FromLines makes a document of one paragraph per non-empty line.
func FromLines(lines []string) Doc {
	var d Doc
	for _, l := range lines {
		if strings.TrimSpace(l) != "" {
			d.Blocks = append(d.Blocks, Block{Text: l})
		}
	}
	return d
}

func esc(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

// Zip writes the named parts (in the order given) as a zip archive; the first part is stored
// uncompressed, as the OpenDocument mimetype must be.
func Zip(parts ...[2]string) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for i, p := range parts {
		method := zip.Deflate
		if i == 0 && p[0] == "mimetype" {
			method = zip.Store
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: p[0], Method: method})
		if err != nil {
			panic(err)
		}
		if _, err := w.Write([]byte(p[1])); err != nil {
			panic(err)
		}
	}
	if err := zw.Close(); err != nil {
		panic(err)
	}
	return buf.Bytes()
}

const wNS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`

// DOCX writes d as a Word document: headings and list items by paragraph style, tables, footnotes,
// tracked deletions, and the title, author, date and company as document properties.
func DOCX(d Doc) []byte {
	var body, notes strings.Builder
	nNotes := 0
	for _, b := range d.Blocks {
		if b.Kind == "row" {
			body.WriteString("<w:tbl><w:tr>")
			for _, c := range b.Cells {
				fmt.Fprintf(&body, "<w:tc><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:tc>", esc(c))
			}
			body.WriteString("</w:tr></w:tbl>")
			continue
		}
		body.WriteString("<w:p>")
		switch b.Kind {
		case "h1", "h2", "h3":
			fmt.Fprintf(&body, `<w:pPr><w:pStyle w:val="Heading%s"/></w:pPr>`, b.Kind[1:])
		case "li":
			body.WriteString(`<w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>`)
		}
		// the text split into two runs, as Word does at a formatting change
		half := strings.IndexByte(b.Text, ' ')
		if half < 0 {
			half = len(b.Text)
		}
		fmt.Fprintf(&body, `<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r><w:r><w:t xml:space="preserve">%s</w:t></w:r>`, esc(b.Text[:half]), esc(b.Text[half:]))
		if b.Deleted != "" {
			fmt.Fprintf(&body, `<w:del w:id="9%d" w:author="Editor"><w:r><w:delText xml:space="preserve"> %s</w:delText></w:r></w:del>`, nNotes, esc(b.Deleted))
		}
		if b.Note != "" {
			nNotes++
			fmt.Fprintf(&body, `<w:r><w:footnoteReference w:id="%d"/></w:r>`, nNotes)
			fmt.Fprintf(&notes, `<w:footnote w:id="%d"><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:footnote>`, nNotes, esc(b.Note))
		}
		body.WriteString("</w:p>")
	}
	parts := [][2]string{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`},
		{"word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ` + wNS + ` xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>` + body.String() + `<w:sectPr/></w:body></w:document>`},
		{"word/styles.xml", `<?xml version="1.0" encoding="UTF-8"?><w:styles ` + wNS + `><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Heading1"/></w:style><w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/></w:style><w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/></w:style></w:styles>`},
		{"word/footnotes.xml", `<?xml version="1.0" encoding="UTF-8"?><w:footnotes ` + wNS + `><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>` + notes.String() + `</w:footnotes>`},
		{"docProps/core.xml", coreXML(d)},
		{"docProps/app.xml", `<?xml version="1.0" encoding="UTF-8"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Company>` + esc(d.Company) + `</Company></Properties>`},
	}
	return Zip(parts...)
}

func coreXML(d Doc) string {
	date := ""
	if !d.Created.IsZero() {
		date = `<dcterms:created xsi:type="dcterms:W3CDTF">` + d.Created.UTC().Format(time.RFC3339) + `</dcterms:created>`
	}
	return `<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>` +
		esc(d.Title) + `</dc:title><dc:creator>` + esc(d.Author) + `</dc:creator>` + date + `</cp:coreProperties>`
}

const odfNS = `xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"`

// ODT writes d as an OpenDocument text: headings at their outline level, lists, tables, notes, a
// tracked deletion (kept in text:tracked-changes, as LibreOffice does), and meta.xml.
func ODT(d Doc) []byte {
	var body, changes strings.Builder
	nNotes := 0
	for _, b := range d.Blocks {
		switch b.Kind {
		case "row":
			body.WriteString("<table:table><table:table-row>")
			for _, c := range b.Cells {
				fmt.Fprintf(&body, "<table:table-cell><text:p>%s</text:p></table:table-cell>", esc(c))
			}
			body.WriteString("</table:table-row></table:table>")
			continue
		case "h1", "h2", "h3":
			fmt.Fprintf(&body, `<text:h text:outline-level="%s">%s</text:h>`, b.Kind[1:], esc(b.Text))
			continue
		}
		open, close := "<text:p>", "</text:p>"
		if b.Kind == "li" {
			open, close = "<text:list><text:list-item><text:p>", "</text:p></text:list-item></text:list>"
		}
		body.WriteString(open + esc(b.Text))
		if b.Deleted != "" {
			id := fmt.Sprintf("ct%d", len(changes.String()))
			fmt.Fprintf(&changes, `<text:changed-region text:id="%s"><text:deletion><office:change-info><dc:creator>Editor</dc:creator></office:change-info><text:p>%s</text:p></text:deletion></text:changed-region>`, id, esc(b.Deleted))
			fmt.Fprintf(&body, `<text:change text:change-id="%s"/>`, id)
		}
		if b.Note != "" {
			nNotes++
			fmt.Fprintf(&body, `<text:note text:id="ftn%d" text:note-class="footnote"><text:note-citation>%d</text:note-citation><text:note-body><text:p>%s</text:p></text:note-body></text:note>`, nNotes, nNotes, esc(b.Note))
		}
		body.WriteString(close)
	}
	tracked := ""
	if changes.Len() > 0 {
		tracked = "<text:tracked-changes>" + changes.String() + "</text:tracked-changes>"
	}
	date := ""
	if !d.Created.IsZero() {
		date = "<meta:creation-date>" + d.Created.UTC().Format("2006-01-02T15:04:05") + "</meta:creation-date>"
	}
	return Zip(
		[2]string{"mimetype", "application/vnd.oasis.opendocument.text"},
		[2]string{"content.xml", `<?xml version="1.0" encoding="UTF-8"?><office:document-content ` + odfNS + `><office:body><office:text>` + tracked + body.String() + `</office:text></office:body></office:document-content>`},
		[2]string{"meta.xml", `<?xml version="1.0" encoding="UTF-8"?><office:document-meta ` + odfNS + `><office:meta><dc:title>` + esc(d.Title) + `</dc:title><dc:creator>` + esc(d.Author) + `</dc:creator>` + date + `</office:meta></office:document-meta>`},
	)
}
