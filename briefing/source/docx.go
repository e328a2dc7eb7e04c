package source

import (
	"bytes"
	"encoding/xml"
	"errors"
	"strconv"
	"strings"

	"github.com/briefpack/briefpack/briefing"
)

// Word (.docx): word/document.xml read with encoding/xml's tokenizer, one pass, no recursion. Paragraph
// styles (styles.xml) say which paragraphs are headings and list items; footnotes (footnotes.xml) are
// placed at the end and cited in the text as [1]; tracked deletions (w:del) and moved-away text are not
// read; headers and footers (separate parts) are not read at all. Title, author and date come from
// docProps/core.xml, the publisher from the company in docProps/app.xml.

// wordNS reports whether space is WordprocessingML's namespace (transitional or strict).
func wordNS(space string) bool {
	return space == "http://schemas.openxmlformats.org/wordprocessingml/2006/main" ||
		space == "http://purl.oclc.org/ooxml/wordprocessingml/main"
}

const markupCompatNS = "http://schemas.openxmlformats.org/markup-compatibility/2006"

// wordStyle is what a paragraph style says about structure.
type wordStyle struct {
	heading int  // 1–9, 0 for body text
	list    bool // the style numbers its paragraphs
	basedOn string
}

func loadDOCX(src *briefing.Source, b []byte) error {
	z, err := openZip(b, "Word document (.docx)")
	if err != nil {
		return err
	}
	body, ok, err := z.read("word/document.xml")
	switch {
	case err != nil:
		return err
	case !ok:
		return errors.New("not a Word document: the archive has no word/document.xml (is it another Office format renamed?)")
	}
	styles := map[string]wordStyle{}
	if sb, ok, err := z.read("word/styles.xml"); err != nil {
		return err
	} else if ok {
		styles = readWordStyles(sb)
	}
	notes := map[string]string{}
	for _, part := range []string{"word/footnotes.xml", "word/endnotes.xml"} {
		nb, ok, err := z.read(part)
		if err != nil {
			return err
		}
		if ok {
			if err := readWordNotes(nb, notes); err != nil {
				src.Warn("the footnotes could not be read: " + err.Error())
			}
		}
	}
	var d docText
	w := &wordReader{styles: styles, notes: notes, out: &d}
	if err := w.read(body, nil); err != nil {
		return err
	}
	if err := d.finish(src); err != nil {
		return err
	}
	readOfficeProps(src, z)
	return nil
}

// wordPara is a paragraph being read.
type wordPara struct {
	text    strings.Builder
	style   string
	list    bool
	level   int
	outline int // 1-based outline level set on the paragraph itself, 0 when none
}

// wordReader turns WordprocessingML into blocks.
type wordReader struct {
	styles map[string]wordStyle
	notes  map[string]string // footnote id → text
	out    *docText

	paras []*wordPara // open paragraphs (a text box's paragraphs sit inside another's)
	table int         // depth of open tables
	row   []string
	cell  strings.Builder
	skip  int // depth inside an element whose text is not read

	inText bool // inside w:t, whose characters are the text
}

// read walks the XML of a body (or of one note, when note is not nil: its text goes there).
func (w *wordReader) read(b []byte, note *strings.Builder) error {
	return officeXML{
		skipped: skippedWord,
		start:   func(t xml.StartElement) { w.start(t, note) },
		end:     func(n xml.Name) { w.end(n, note) },
		text: func(t xml.CharData) {
			if len(w.paras) > 0 && w.inText {
				w.paras[len(w.paras)-1].text.Write(t)
			}
		},
		skip: &w.skip,
	}.walk(b)
}

// skippedWord: elements whose content is not the document's text — tracked deletions, text moved away,
// deleted text, field codes, and the fallback copy of alternate content (the choice is read).
func skippedWord(n xml.Name) bool {
	if n.Space == markupCompatNS {
		return n.Local == "Fallback"
	}
	if !wordNS(n.Space) {
		return false
	}
	switch n.Local {
	case "del", "moveFrom", "delText", "instrText", "delInstrText", "rPr", "sectPr", "footnotePr", "endnotePr":
		return true
	}
	return false
}

func (w *wordReader) para() *wordPara {
	if len(w.paras) == 0 {
		return nil
	}
	return w.paras[len(w.paras)-1]
}

func (w *wordReader) start(t xml.StartElement, note *strings.Builder) {
	if !wordNS(t.Name.Space) {
		return
	}
	p := w.para()
	switch t.Name.Local {
	case "p":
		w.paras = append(w.paras, &wordPara{})
	case "pStyle":
		if p != nil {
			p.style = wordAttr(t, "val")
		}
	case "numPr":
		if p != nil {
			p.list = true
		}
	case "ilvl":
		if p != nil {
			p.level, _ = strconv.Atoi(wordAttr(t, "val"))
		}
	case "outlineLvl":
		if n, err := strconv.Atoi(wordAttr(t, "val")); p != nil && err == nil && n < 9 {
			p.outline = n + 1
		}
	case "t":
		w.inText = true
	case "tab", "noBreakHyphen", "cr", "br":
		if p != nil {
			p.text.WriteString(map[string]string{"tab": " ", "noBreakHyphen": "-", "cr": "\n", "br": "\n"}[t.Name.Local])
		}
	case "footnoteReference", "endnoteReference":
		if text, ok := w.notes[wordAttr(t, "id")]; ok && p != nil && note == nil {
			p.text.WriteString(w.out.note(text))
		}
	case "tbl":
		w.table++
	case "tr":
		if w.table == 1 {
			w.row = w.row[:0]
		}
	case "tc":
		if w.table == 1 {
			w.cell.Reset()
		}
	}
}

func (w *wordReader) end(n xml.Name, note *strings.Builder) {
	if !wordNS(n.Space) {
		return
	}
	switch n.Local {
	case "t":
		w.inText = false
	case "p":
		p := w.para()
		if p == nil {
			return
		}
		w.paras = w.paras[:len(w.paras)-1]
		w.emit(p, note)
	case "tc":
		if w.table == 1 {
			w.row = append(w.row, w.cell.String())
		}
	case "tr":
		if w.table == 1 && note == nil {
			w.out.row(w.row)
		}
	case "tbl":
		w.table--
	}
}

// emit writes a finished paragraph where it belongs: a note, a table cell, or the body.
func (w *wordReader) emit(p *wordPara, note *strings.Builder) {
	text := p.text.String()
	switch {
	case note != nil:
		note.WriteString(text + " ")
	case w.table > 0:
		w.cell.WriteString(strings.ReplaceAll(text, "\n", " ") + " ")
	default:
		st := w.style(p.style)
		switch {
		case p.outline > 0:
			w.out.heading(p.outline, text)
		case st.heading > 0:
			w.out.heading(st.heading, text)
		case p.list || st.list:
			w.out.item(p.level, text)
		default:
			w.out.paragraph(text)
		}
	}
}

// style resolves a paragraph style through the styles it is based on.
func (w *wordReader) style(id string) wordStyle {
	var out wordStyle
	for i := 0; i < 10 && id != ""; i++ {
		st, ok := w.styles[id]
		if !ok {
			break
		}
		if out.heading == 0 {
			out.heading = st.heading
		}
		out.list = out.list || st.list
		id = st.basedOn
	}
	return out
}

// wordAttr returns the w: attribute named local ("val", "id").
func wordAttr(t xml.StartElement, local string) string {
	for _, a := range t.Attr {
		if a.Name.Local == local && (a.Name.Space == "" || wordNS(a.Name.Space)) {
			return a.Value
		}
	}
	return ""
}

// readWordStyles reads the paragraph styles: which are headings (by name, "heading 2", "Title", or by
// outline level) and which number their paragraphs.
func readWordStyles(b []byte) map[string]wordStyle {
	var doc struct {
		Styles []struct {
			Type string `xml:"type,attr"`
			ID   string `xml:"styleId,attr"`
			Name struct {
				Val string `xml:"val,attr"`
			} `xml:"name"`
			BasedOn struct {
				Val string `xml:"val,attr"`
			} `xml:"basedOn"`
			PPr struct {
				Outline *struct {
					Val string `xml:"val,attr"`
				} `xml:"outlineLvl"`
				NumPr *struct{} `xml:"numPr"`
			} `xml:"pPr"`
		} `xml:"style"`
	}
	out := map[string]wordStyle{}
	if xml.Unmarshal(b, &doc) != nil {
		return out
	}
	for _, s := range doc.Styles {
		if s.Type != "paragraph" {
			continue
		}
		st := wordStyle{list: s.PPr.NumPr != nil, basedOn: s.BasedOn.Val}
		name := strings.ToLower(s.Name.Val)
		switch {
		case name == "title":
			st.heading = 1
		case strings.HasPrefix(name, "heading "):
			st.heading, _ = strconv.Atoi(strings.TrimPrefix(name, "heading "))
		case s.PPr.Outline != nil:
			if n, err := strconv.Atoi(s.PPr.Outline.Val); err == nil && n < 9 {
				st.heading = n + 1
			}
		}
		out[s.ID] = st
	}
	return out
}

// readWordNotes reads footnotes or endnotes into notes by id; the separators Word keeps there are not
// notes.
func readWordNotes(b []byte, notes map[string]string) error {
	dec := xml.NewDecoder(bytes.NewReader(b))
	dec.Strict = false
	var doc struct {
		Notes []struct {
			ID    string `xml:"id,attr"`
			Type  string `xml:"type,attr"`
			Inner []byte `xml:",innerxml"`
		} `xml:",any"`
	}
	if err := dec.Decode(&doc); err != nil {
		return err
	}
	for _, n := range doc.Notes {
		if n.Type != "" && n.Type != "normal" {
			continue
		}
		var text strings.Builder
		w := &wordReader{out: &docText{}}
		wrapped := append(append([]byte(`<x xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="`+markupCompatNS+`">`), n.Inner...), "</x>"...)
		if err := w.read(wrapped, &text); err != nil {
			return err
		}
		notes[n.ID] = strings.ReplaceAll(text.String(), "\n", " ")
	}
	return nil
}
