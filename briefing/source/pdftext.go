package source

import (
	"math"
	"strings"

	"github.com/ledongthuc/pdf"
)

// textRun is one string a page's content stream shows: where it starts and ends on the page (in points,
// y upwards), its font size and its text.
type textRun struct {
	x, y, endX, size float64
	text             string
}

// pdfFont is what the text interpreter needs of a font: how to decode its codes and how wide they are.
type pdfFont struct {
	enc     pdf.TextEncoding
	twoByte bool            // composite (Type0) font: two-byte codes
	first   int             // simple font: the first code Widths covers
	widths  []float64       // simple font: glyph widths in 1/1000 of the size
	cid     map[int]float64 // composite font: widths by code
	dw      float64         // composite font: the default width
}

const maxCIDWidths = 65536

func newPDFFont(f pdf.Font) *pdfFont {
	pf := &pdfFont{dw: 1000}
	if tu := f.V.Key("ToUnicode"); tu.Kind() == pdf.Stream {
		if m := readToUnicode(tu, f.V); m != nil {
			pf.enc = m
		}
	}
	if pf.enc == nil {
		pf.enc = f.Encoder()
	}
	if pf.enc == nil {
		pf.enc = identityEncoding{}
	}
	if f.V.Key("Subtype").Name() == "Type0" {
		pf.twoByte = true
		desc := f.V.Key("DescendantFonts").Index(0)
		if dw := desc.Key("DW"); !dw.IsNull() {
			pf.dw = dw.Float64()
		}
		pf.cid = cidWidths(desc.Key("W"))
		return pf
	}
	pf.first = int(f.V.Key("FirstChar").Int64())
	w := f.V.Key("Widths")
	for i := 0; i < w.Len() && i < 256; i++ {
		pf.widths = append(pf.widths, w.Index(i).Float64())
	}
	return pf
}

// cidWidths reads a composite font's W array: "c [w1 w2 …]" and "cFirst cLast w" entries.
func cidWidths(w pdf.Value) map[int]float64 {
	out := map[int]float64{}
	for i := 0; i+1 < w.Len() && len(out) < maxCIDWidths; {
		c := int(w.Index(i).Int64())
		if next := w.Index(i + 1); next.Kind() == pdf.Array {
			for j := 0; j < next.Len() && len(out) < maxCIDWidths; j++ {
				out[c+j] = next.Index(j).Float64()
			}
			i += 2
			continue
		}
		if i+2 >= w.Len() {
			break
		}
		last, width := int(w.Index(i+1).Int64()), w.Index(i+2).Float64()
		for c2 := c; c2 <= last && c2-c < maxCIDWidths && len(out) < maxCIDWidths; c2++ {
			out[c2] = width
		}
		i += 3
	}
	return out
}

// advance is the width of raw in text space units of size 1, with character and word spacing.
func (f *pdfFont) advance(raw string, size, tc, tw float64) float64 {
	var total float64
	step := 1
	if f.twoByte {
		step = 2
	}
	for i := 0; i+step <= len(raw); i += step {
		var w float64
		if f.twoByte {
			code := int(raw[i])<<8 | int(raw[i+1])
			w = f.dw
			if cw, ok := f.cid[code]; ok {
				w = cw
			}
		} else {
			code := int(raw[i])
			w = 500
			if k := code - f.first; k >= 0 && k < len(f.widths) {
				w = f.widths[k]
			}
			if code == ' ' {
				total += tw
			}
		}
		total += w/1000*size + tc
	}
	return total
}

// identityEncoding reads codes as they are: the fallback for a font without an encoding.
type identityEncoding struct{}

func (identityEncoding) Decode(raw string) string { return raw }

// textState is the part of the PDF graphics state that places text.
type textState struct {
	ctm, tm, tlm        [6]float64 // a b c d e f
	tc, tw, th, tl, tfs float64
	rise                float64
	font                *pdfFont
}

var identity = [6]float64{1, 0, 0, 1, 0, 0}

// mul is the matrix product m × n (PDF's row-vector convention).
func mul(m, n [6]float64) [6]float64 {
	return [6]float64{
		m[0]*n[0] + m[1]*n[2], m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2], m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4], m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

// pageText interprets one page's content stream and returns the text runs in stream order.
type pageText struct {
	page  pdf.Page
	fonts map[string]*pdfFont
	st    textState
	stack []textState
	runs  []textRun
}

const maxStateStack = 256

func readPageRuns(page pdf.Page, contents pdf.Value) []textRun {
	pt := &pageText{page: page, fonts: map[string]*pdfFont{}}
	pt.st = textState{ctm: identity, tm: identity, tlm: identity, th: 1}
	pdf.Interpret(contents, func(stk *pdf.Stack, op string) {
		n := stk.Len()
		args := make([]pdf.Value, n)
		for i := n - 1; i >= 0; i-- {
			args[i] = stk.Pop()
		}
		pt.op(op, args)
	})
	return pt.runs
}

func nums(args []pdf.Value, n int) ([]float64, bool) {
	if len(args) < n {
		return nil, false
	}
	out := make([]float64, n)
	for i, a := range args[len(args)-n:] {
		out[i] = a.Float64()
	}
	return out, true
}

func (pt *pageText) op(op string, args []pdf.Value) {
	st := &pt.st
	switch op {
	case "q":
		if len(pt.stack) < maxStateStack {
			pt.stack = append(pt.stack, *st)
		}
	case "Q":
		if n := len(pt.stack); n > 0 {
			*st = pt.stack[n-1]
			pt.stack = pt.stack[:n-1]
		}
	case "cm":
		if v, ok := nums(args, 6); ok {
			st.ctm = mul([6]float64(v), st.ctm)
		}
	case "BT":
		st.tm, st.tlm = identity, identity
	case "Tf":
		if len(args) >= 2 {
			st.font = pt.font(args[len(args)-2].Name())
			st.tfs = args[len(args)-1].Float64()
		}
	case "Tj", "'", "\"", "TJ":
		pt.show(op, args)
	default:
		pt.setText(op, args)
	}
}

// setText handles the operators that set text parameters or move the text position.
func (pt *pageText) setText(op string, args []pdf.Value) {
	st := &pt.st
	one := func() float64 {
		if v, ok := nums(args, 1); ok {
			return v[0]
		}
		return 0
	}
	switch op {
	case "Tc":
		st.tc = one()
	case "Tw":
		st.tw = one()
	case "Tz":
		st.th = one() / 100
	case "TL":
		st.tl = one()
	case "Ts":
		st.rise = one()
	case "Td", "TD":
		if v, ok := nums(args, 2); ok {
			if op == "TD" {
				st.tl = -v[1]
			}
			st.tlm = mul([6]float64{1, 0, 0, 1, v[0], v[1]}, st.tlm)
			st.tm = st.tlm
		}
	case "Tm":
		if v, ok := nums(args, 6); ok {
			st.tm, st.tlm = [6]float64(v), [6]float64(v)
		}
	case "T*":
		pt.nextLine()
	}
}

func (pt *pageText) nextLine() {
	st := &pt.st
	st.tlm = mul([6]float64{1, 0, 0, 1, 0, -st.tl}, st.tlm)
	st.tm = st.tlm
}

func (pt *pageText) font(name string) *pdfFont {
	if f, ok := pt.fonts[name]; ok {
		return f
	}
	f := newPDFFont(pt.page.Font(name))
	pt.fonts[name] = f
	return f
}

// show handles the text-showing operators.
func (pt *pageText) show(op string, args []pdf.Value) {
	if len(args) == 0 {
		return
	}
	st := &pt.st
	switch op {
	case "'", "\"":
		if op == "\"" && len(args) >= 3 {
			st.tw, st.tc = args[0].Float64(), args[1].Float64()
		}
		pt.nextLine()
		pt.showString(args[len(args)-1].RawString())
	case "Tj":
		pt.showString(args[len(args)-1].RawString())
	case "TJ":
		arr := args[len(args)-1]
		for i := 0; i < arr.Len(); i++ {
			x := arr.Index(i)
			if x.Kind() == pdf.String {
				pt.showString(x.RawString())
				continue
			}
			tx := -x.Float64() / 1000 * st.tfs * st.th
			st.tm = mul([6]float64{1, 0, 0, 1, tx, 0}, st.tm)
		}
	}
}

// showString places one string: a run from where the text position is to where the string ends. With
// a character spacing wide enough to read as a space (a justifying program spreads a word gap over the
// letters either side of it this way), each character is a run of its own, so the gaps are seen.
func (pt *pageText) showString(raw string) {
	st := &pt.st
	if st.font == nil {
		st.font = &pdfFont{enc: identityEncoding{}}
	}
	if step := st.font.codeStep(); st.tc > 0.15*st.tfs && len(raw) > step {
		for i := 0; i+step <= len(raw); i += step {
			pt.showRun(raw[i : i+step])
		}
		return
	}
	pt.showRun(raw)
}

// codeStep is the length of the font's codes: 2 for a composite font, 1 for a simple one.
func (f *pdfFont) codeStep() int {
	if f.twoByte {
		return 2
	}
	return 1
}

// ligatures are the presentation forms PDF fonts use for letter pairs; the text gets the letters.
var ligatures = strings.NewReplacer("ﬀ", "ff", "ﬁ", "fi", "ﬂ", "fl", "ﬃ", "ffi", "ﬄ", "ffl", "ﬅ", "st", "ﬆ", "st")

// showRun places one run of text.
func (pt *pageText) showRun(raw string) {
	st := &pt.st
	trm := mul([6]float64{st.tfs * st.th, 0, 0, st.tfs, 0, st.rise}, mul(st.tm, st.ctm))
	adv := st.font.advance(raw, st.tfs, st.tc, st.tw) * st.th
	ink := adv - st.tc*st.th // the spacing after the last glyph is a gap, not part of the run
	end := mul(mul([6]float64{1, 0, 0, 1, ink, 0}, st.tm), st.ctm)
	st.tm = mul([6]float64{1, 0, 0, 1, adv, 0}, st.tm)
	size := math.Hypot(trm[2], trm[3])
	text := ligatures.Replace(strings.ToValidUTF8(st.font.enc.Decode(raw), "\uFFFD"))
	if strings.TrimSpace(text) == "" && len(pt.runs) > 0 {
		return
	}
	pt.runs = append(pt.runs, textRun{x: trm[4], y: trm[5], endX: end[4], size: size, text: text})
}
