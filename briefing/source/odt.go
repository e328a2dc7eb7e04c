package source

import (
	"encoding/xml"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/briefpack/briefpack/briefing"
)

// OpenDocument text (.odt): content.xml read with encoding/xml's tokenizer in one pass. text:h is a
// heading at its outline level, text:list-item a list item, table rows Markdown rows, text:note a
// footnote (cited as [1], its text at the end); tracked changes (text:tracked-changes, where deleted text
// is kept) are not read. Title, author and date come from meta.xml.

const (
	odfTextNS  = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
	odfTableNS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
)

func loadODT(src *briefing.Source, b []byte) error {
	z, err := openZip(b, "OpenDocument text (.odt)")
	if err != nil {
		return err
	}
	if mt, ok, _ := z.read("mimetype"); ok && !strings.HasPrefix(string(mt), "application/vnd.oasis.opendocument.text") {
		return fmt.Errorf("not an OpenDocument text: it is %q (briefpack reads word-processor documents, not spreadsheets or slides)", strings.TrimSpace(string(mt)))
	}
	content, ok, err := z.read("content.xml")
	switch {
	case err != nil:
		return err
	case !ok:
		return errors.New("not an OpenDocument text: the archive has no content.xml")
	}
	var d docText
	r := &odfReader{out: &d}
	if err := r.read(content); err != nil {
		return err
	}
	if err := d.finish(src); err != nil {
		return err
	}
	readODFMeta(src, z)
	return nil
}

// odfBlock is a paragraph or heading being read.
type odfBlock struct {
	text    strings.Builder
	heading int
}

// odfReader turns OpenDocument text into blocks.
type odfReader struct {
	out    *docText
	blocks []*odfBlock // open paragraphs (a note's paragraphs sit inside the citing one)
	lists  int         // depth of open lists
	table  int
	row    []string
	cell   strings.Builder
	note   *strings.Builder // the note being read, nil outside notes
	noteIn int              // depth of blocks when the note began
	skip   int
}

func (r *odfReader) read(b []byte) error {
	return officeXML{
		skipped: skippedODF,
		start:   r.start,
		end:     r.end,
		text: func(t xml.CharData) {
			if b := r.block(); b != nil {
				b.text.Write(t)
			}
		},
		skip: &r.skip,
	}.walk(b)
}

// skippedODF: tracked changes (which hold deleted text), a note's own citation mark (briefpack numbers
// notes itself), and elements that hold no text of the document.
func skippedODF(n xml.Name) bool {
	return n.Space == odfTextNS && (n.Local == "tracked-changes" || n.Local == "note-citation" ||
		n.Local == "sequence-decls" || n.Local == "table-of-content-source")
}

func (r *odfReader) block() *odfBlock {
	if len(r.blocks) == 0 {
		return nil
	}
	return r.blocks[len(r.blocks)-1]
}

func (r *odfReader) start(t xml.StartElement) {
	b := r.block()
	switch {
	case t.Name.Space == odfTableNS:
		r.startTable(t.Name.Local)
	case t.Name.Space != odfTextNS:
	case t.Name.Local == "p":
		r.blocks = append(r.blocks, &odfBlock{})
	case t.Name.Local == "h":
		level := 1
		for _, a := range t.Attr {
			if a.Name.Local == "outline-level" {
				level, _ = strconv.Atoi(a.Value)
			}
		}
		r.blocks = append(r.blocks, &odfBlock{heading: max(level, 1)})
	case t.Name.Local == "list":
		r.lists++
	case t.Name.Local == "note":
		r.note, r.noteIn = &strings.Builder{}, len(r.blocks)
	case b == nil:
	case t.Name.Local == "s":
		n := 1
		for _, a := range t.Attr {
			if a.Name.Local == "c" {
				n, _ = strconv.Atoi(a.Value)
			}
		}
		b.text.WriteString(strings.Repeat(" ", min(max(n, 1), 100)))
	case t.Name.Local == "tab":
		b.text.WriteString(" ")
	case t.Name.Local == "line-break":
		b.text.WriteString("\n")
	}
}

func (r *odfReader) startTable(local string) {
	switch local {
	case "table":
		r.table++
	case "table-row":
		if r.table == 1 {
			r.row = r.row[:0]
		}
	case "table-cell":
		if r.table == 1 {
			r.cell.Reset()
		}
	}
}

func (r *odfReader) end(n xml.Name) {
	switch {
	case n.Space == odfTableNS:
		r.endTable(n.Local)
	case n.Space != odfTextNS:
	case n.Local == "p" || n.Local == "h":
		if b := r.block(); b != nil {
			r.blocks = r.blocks[:len(r.blocks)-1]
			r.emit(b)
		}
	case n.Local == "list":
		r.lists--
	case n.Local == "note":
		if r.note != nil {
			mark := r.out.note(r.note.String())
			r.note = nil
			if b := r.block(); b != nil {
				b.text.WriteString(mark)
			}
		}
	}
}

func (r *odfReader) endTable(local string) {
	switch local {
	case "table-cell":
		if r.table == 1 {
			r.row = append(r.row, r.cell.String())
		}
	case "table-row":
		if r.table == 1 && r.note == nil {
			r.out.row(r.row)
		}
	case "table":
		r.table--
	}
}

// emit writes a finished block where it belongs: the note being read, a table cell, or the body.
func (r *odfReader) emit(b *odfBlock) {
	text := b.text.String()
	switch {
	case r.note != nil && len(r.blocks) >= r.noteIn:
		r.note.WriteString(strings.ReplaceAll(text, "\n", " ") + " ")
	case r.table > 0:
		r.cell.WriteString(strings.ReplaceAll(text, "\n", " ") + " ")
	case b.heading > 0:
		r.out.heading(b.heading, text)
	case r.lists > 0:
		r.out.item(r.lists-1, text)
	default:
		r.out.paragraph(text)
	}
}
