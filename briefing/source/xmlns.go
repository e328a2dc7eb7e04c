package source

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
)

// rawNames resolves the namespace prefixes of tokens read with xml.Decoder.RawToken, which is much
// cheaper than Token (no per-element namespace bookkeeping or copies). Office and OpenDocument files
// declare their prefixes once, on the root element, so the declarations are kept flat rather than
// scoped: a prefix declared anywhere means that namespace from then on.
type rawNames map[string]string

// resolve turns a raw name's prefix into its namespace, noting the declarations of a start element.
func (ns rawNames) resolve(t *xml.StartElement) {
	for _, a := range t.Attr {
		switch {
		case a.Name.Space == "xmlns":
			ns[a.Name.Local] = a.Value
		case a.Name.Space == "" && a.Name.Local == "xmlns":
			ns[""] = a.Value
		}
	}
	t.Name.Space = ns[t.Name.Space]
	for i := range t.Attr {
		if p := t.Attr[i].Name.Space; p != "" && p != "xmlns" && p != "xml" {
			t.Attr[i].Name.Space = ns[p]
		}
	}
}

// name resolves an end element's name.
func (ns rawNames) name(n xml.Name) xml.Name {
	n.Space = ns[n.Space]
	return n
}

// officeXML is what the Word and OpenDocument readers do with their XML: which elements hold no text
// of the document (skipped whole, with everything inside), and what to do at an element's start and
// end and with its characters outside skipped elements.
type officeXML struct {
	skipped func(xml.Name) bool
	start   func(xml.StartElement)
	end     func(xml.Name)
	text    func(xml.CharData)
	skip    *int // depth inside a skipped element, kept by the reader across the parts it walks
}

// walk reads b token by token (RawToken, names resolved through rawNames), calling the handlers.
func (h officeXML) walk(b []byte) error {
	dec := xml.NewDecoder(bytes.NewReader(b))
	dec.Strict = false
	ns := rawNames{"xml": "http://www.w3.org/XML/1998/namespace"}
	for {
		tok, err := dec.RawToken()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("the document's XML is damaged (%v)", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			ns.resolve(&t)
			if *h.skip > 0 || h.skipped(t.Name) {
				*h.skip++
				continue
			}
			h.start(t)
		case xml.EndElement:
			if *h.skip > 0 {
				*h.skip--
				continue
			}
			h.end(ns.name(t.Name))
		case xml.CharData:
			if *h.skip == 0 {
				h.text(t)
			}
		}
	}
}
