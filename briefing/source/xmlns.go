package source

import "encoding/xml"

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
