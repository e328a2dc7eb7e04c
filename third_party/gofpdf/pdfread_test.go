package gofpdf

// A reader for the PDFs this package writes, enough for the tagging tests to
// check what a tagged document holds: objects (no object streams), their
// dictionaries, arrays and references, and their Flate-compressed streams.

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"io/ioutil"
	"regexp"
	"strconv"
)

type pdfRef int     // an indirect reference "n 0 R"
type pdfName string // a name, without its slash
type pdfDict map[string]interface{}
type pdfArray []interface{}

// pdfObj is one indirect object: its value and, for a stream, its decoded data.
type pdfObj struct {
	val    interface{}
	stream []byte
}

type pdfFile struct {
	objs    map[int]pdfObj
	trailer pdfDict
}

var (
	objHead = regexp.MustCompile(`(?m)^(\d+) 0 obj\n`)
	refTail = regexp.MustCompile(`^\s+0\s+R\b`)
)

func readPDF(data []byte) (*pdfFile, error) {
	f := &pdfFile{objs: map[int]pdfObj{}}
	for _, m := range objHead.FindAllSubmatchIndex(data, -1) {
		n, _ := strconv.Atoi(string(data[m[2]:m[3]]))
		body := data[m[1]:]
		end := bytes.Index(body, []byte("\nendobj"))
		if end < 0 {
			return nil, fmt.Errorf("object %d has no endobj", n)
		}
		body = body[:end]
		var obj pdfObj
		if s := bytes.Index(body, []byte("stream\n")); s >= 0 && bytes.HasSuffix(body, []byte("endstream")) {
			raw := body[s+len("stream\n") : len(body)-len("\nendstream")]
			var err error
			if obj.val, _, err = parseValue(body[:s], 0); err != nil {
				return nil, fmt.Errorf("object %d: %v", n, err)
			}
			obj.stream = raw
			if d, ok := obj.val.(pdfDict); ok && d["Filter"] == pdfName("FlateDecode") {
				r, err := zlib.NewReader(bytes.NewReader(raw))
				if err != nil {
					return nil, fmt.Errorf("object %d: %v", n, err)
				}
				if obj.stream, err = ioutil.ReadAll(r); err != nil {
					return nil, fmt.Errorf("object %d: %v", n, err)
				}
			}
		} else {
			var err error
			if obj.val, _, err = parseValue(body, 0); err != nil {
				return nil, fmt.Errorf("object %d: %v", n, err)
			}
		}
		f.objs[n] = obj
	}
	if err := f.unpackStreams(); err != nil {
		return nil, err
	}
	t := bytes.LastIndex(data, []byte("trailer\n"))
	if t < 0 {
		return f, f.xrefStream(data)
	}
	v, _, err := parseValue(data[t+len("trailer\n"):], 0)
	if err != nil {
		return nil, fmt.Errorf("trailer: %v", err)
	}
	f.trailer, _ = v.(pdfDict)
	return f, nil
}

// unpackStreams reads the objects of every object stream.
func (f *pdfFile) unpackStreams() error {
	for n, o := range f.objs {
		d, ok := o.val.(pdfDict)
		if !ok || d["Type"] != pdfName("ObjStm") {
			continue
		}
		first := int(d["First"].(float64))
		head := bytes.Fields(o.stream[:first])
		for i := 0; i+1 < len(head); i += 2 {
			num, _ := strconv.Atoi(string(head[i]))
			off, _ := strconv.Atoi(string(head[i+1]))
			if _, dup := f.objs[num]; dup {
				return fmt.Errorf("object %d is both in object stream %d and outside", num, n)
			}
			v, _, err := parseValue(o.stream[first+off:], 0)
			if err != nil {
				return fmt.Errorf("object %d in object stream %d: %v", num, n, err)
			}
			f.objs[num] = pdfObj{val: v}
		}
	}
	return nil
}

// xrefStream checks the cross-reference stream startxref points to — every object where it
// says — and takes the trailer's entries from it.
func (f *pdfFile) xrefStream(data []byte) error {
	s := bytes.LastIndex(data, []byte("startxref\n"))
	if s < 0 {
		return fmt.Errorf("no trailer and no startxref")
	}
	off, _ := strconv.Atoi(string(bytes.Fields(data[s+len("startxref\n"):])[0]))
	m := objHead.FindSubmatch(data[off:])
	if m == nil || !bytes.HasPrefix(data[off:], m[0]) {
		return fmt.Errorf("startxref %d is not an object", off)
	}
	n, _ := strconv.Atoi(string(m[1]))
	xo := f.objs[n]
	d, ok := xo.val.(pdfDict)
	if !ok || d["Type"] != pdfName("XRef") {
		return fmt.Errorf("startxref points to object %d, not a cross-reference stream", n)
	}
	rows := xo.stream
	if len(rows) != 7*int(d["Size"].(float64)) {
		return fmt.Errorf("cross-reference stream: %d bytes for %v entries", len(rows), d["Size"])
	}
	for j := 1; j*7 < len(rows); j++ {
		r := rows[j*7 : j*7+7]
		field := int(r[1])<<24 | int(r[2])<<16 | int(r[3])<<8 | int(r[4])
		switch r[0] {
		case 1:
			want := fmt.Sprintf("%d 0 obj\n", j)
			if field >= len(data) || !bytes.HasPrefix(data[field:], []byte(want)) {
				return fmt.Errorf("cross-reference stream: object %d is not at %d", j, field)
			}
		case 2:
			if sd, _ := f.objs[field].val.(pdfDict); sd["Type"] != pdfName("ObjStm") {
				return fmt.Errorf("cross-reference stream: object %d in %d, not an object stream", j, field)
			}
		default:
			return fmt.Errorf("cross-reference stream: entry %d of type %d", j, r[0])
		}
	}
	f.trailer = d
	return nil
}

// get resolves a reference.
func (f *pdfFile) get(v interface{}) interface{} {
	if r, ok := v.(pdfRef); ok {
		return f.objs[int(r)].val
	}
	return v
}

func (f *pdfFile) dict(v interface{}) pdfDict {
	d, _ := f.get(v).(pdfDict)
	return d
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == 0 || c == '\f'
}

func isDelim(c byte) bool { return bytes.IndexByte([]byte("()<>[]{}/%"), c) >= 0 }

func skipSpace(b []byte, i int) int {
	for i < len(b) && isSpace(b[i]) {
		i++
	}
	return i
}

// parseValue reads one PDF object from b at i.
func parseValue(b []byte, i int) (interface{}, int, error) {
	i = skipSpace(b, i)
	if i >= len(b) {
		return nil, i, fmt.Errorf("unexpected end")
	}
	switch {
	case bytes.HasPrefix(b[i:], []byte("<<")):
		return parseDict(b, i+2)
	case b[i] == '[':
		var arr pdfArray
		i++
		for {
			i = skipSpace(b, i)
			if i >= len(b) {
				return nil, i, fmt.Errorf("unclosed array")
			}
			if b[i] == ']' {
				return arr, i + 1, nil
			}
			v, j, err := parseValue(b, i)
			if err != nil {
				return nil, j, err
			}
			arr, i = append(arr, v), j
		}
	case b[i] == '/':
		j := i + 1
		for j < len(b) && !isSpace(b[j]) && !isDelim(b[j]) {
			j++
		}
		return pdfName(b[i+1 : j]), j, nil
	case b[i] == '(':
		return parseLiteral(b, i+1)
	case b[i] == '<':
		j := bytes.IndexByte(b[i:], '>')
		if j < 0 {
			return nil, i, fmt.Errorf("unclosed hex string")
		}
		var out []byte
		hex := b[i+1 : i+j]
		for k := 0; k+1 < len(hex); k += 2 {
			v, _ := strconv.ParseUint(string(hex[k:k+2]), 16, 8)
			out = append(out, byte(v))
		}
		return string(out), i + j + 1, nil
	}
	j := i
	for j < len(b) && !isSpace(b[j]) && !isDelim(b[j]) {
		j++
	}
	word := string(b[i:j])
	if n, err := strconv.Atoi(word); err == nil { // "n 0 R" is a reference
		if m := refTail.FindIndex(b[j:]); m != nil {
			return pdfRef(n), j + m[1], nil
		}
		return float64(n), j, nil
	}
	if v, err := strconv.ParseFloat(word, 64); err == nil {
		return v, j, nil
	}
	switch word {
	case "true":
		return true, j, nil
	case "false":
		return false, j, nil
	case "null":
		return nil, j, nil
	}
	return nil, i, fmt.Errorf("unexpected %q", word)
}

func parseDict(b []byte, i int) (interface{}, int, error) {
	d := pdfDict{}
	for {
		i = skipSpace(b, i)
		if bytes.HasPrefix(b[i:], []byte(">>")) {
			return d, i + 2, nil
		}
		k, j, err := parseValue(b, i)
		if err != nil {
			return nil, j, err
		}
		name, ok := k.(pdfName)
		if !ok {
			return nil, j, fmt.Errorf("dictionary key %v is not a name", k)
		}
		v, j, err := parseValue(b, j)
		if err != nil {
			return nil, j, err
		}
		d[string(name)], i = v, j
	}
}

func parseLiteral(b []byte, i int) (interface{}, int, error) {
	var out []byte
	depth := 1
	for i < len(b) {
		c := b[i]
		switch {
		case c == '\\' && i+1 < len(b):
			i++
			switch b[i] {
			case 'n':
				out = append(out, '\n')
			case 'r':
				out = append(out, '\r')
			case 't':
				out = append(out, '\t')
			default:
				out = append(out, b[i])
			}
		case c == '(':
			depth++
			out = append(out, c)
		case c == ')':
			depth--
			if depth == 0 {
				return string(out), i + 1, nil
			}
			out = append(out, c)
		default:
			out = append(out, c)
		}
		i++
	}
	return nil, i, fmt.Errorf("unclosed string")
}

// contentOp is one operator of a content stream with its operands.
type contentOp struct {
	op   string
	args []interface{}
}

// parseContent splits a content stream into operators.
func parseContent(b []byte) ([]contentOp, error) {
	var ops []contentOp
	var args []interface{}
	i := 0
	for {
		i = skipSpace(b, i)
		if i >= len(b) {
			return ops, nil
		}
		c := b[i]
		if c == '/' || c == '(' || c == '<' || c == '[' || c == '-' || c == '.' || c >= '0' && c <= '9' {
			v, j, err := parseContentValue(b, i)
			if err != nil {
				return nil, err
			}
			args, i = append(args, v), j
			continue
		}
		j := i
		for j < len(b) && !isSpace(b[j]) && !isDelim(b[j]) {
			j++
		}
		if j == i {
			return nil, fmt.Errorf("unexpected %q at %d", b[i], i)
		}
		ops = append(ops, contentOp{op: string(b[i:j]), args: args})
		args, i = nil, j
	}
}

// parseContentValue is parseValue without references (a content stream has none).
func parseContentValue(b []byte, i int) (interface{}, int, error) {
	c := b[i]
	if c == '-' || c == '.' || c >= '0' && c <= '9' {
		j := i + 1
		for j < len(b) && !isSpace(b[j]) && !isDelim(b[j]) {
			j++
		}
		v, err := strconv.ParseFloat(string(b[i:j]), 64)
		return v, j, err
	}
	if c == '[' {
		var arr pdfArray
		i++
		for {
			i = skipSpace(b, i)
			if i < len(b) && b[i] == ']' {
				return arr, i + 1, nil
			}
			if i >= len(b) {
				return nil, i, fmt.Errorf("unclosed array")
			}
			v, j, err := parseContentValue(b, i)
			if err != nil {
				return nil, j, err
			}
			arr, i = append(arr, v), j
		}
	}
	return parseValue(b, i)
}
