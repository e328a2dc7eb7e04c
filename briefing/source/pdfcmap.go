package source

import (
	"sort"
	"strings"
	utf16std "unicode/utf16"

	"github.com/ledongthuc/pdf"
)

// toUnicode is a font's ToUnicode CMap: codes (1 to 4 bytes, by the code space ranges) to Unicode text.
// The library's own CMap decoding adds a range's offset to the last byte only, which garbles ranges
// spanning more than 256 codes (gofpdf writes one range, <0000>–<FFFF>, for all of Unicode), and
// searches every mapping for every character; this one does the arithmetic on the whole code and
// looks mappings up by code.
type toUnicode struct {
	spaces []codeSpace
	chars  map[string]string // code → text
	ranges []codeRange       // sorted by lo
}

type codeSpace struct{ lo, hi string }

type codeRange struct {
	lo, hi uint32
	n      int         // code length in bytes
	dst    []uint16    // first destination (UTF-16), offset by code-lo in its last unit
	dsts   []pdf.Value // an array of destinations, one per code, instead
}

const maxCMapEntries = 1 << 17

// readToUnicode reads a ToUnicode stream; nil when it has no usable mapping. scratch is a dictionary
// value the CMap's PostScript may write into (its "begin … def … end"): the font's own, freshly read.
func readToUnicode(strm, scratch pdf.Value) *toUnicode {
	if contentSize(strm) > maxPageContent {
		return nil
	}
	m := &toUnicode{chars: map[string]string{}}
	entries := 0
	pdf.Interpret(strm, func(stk *pdf.Stack, op string) {
		switch op {
		case "findresource":
			stk.Pop()
			stk.Pop()
			stk.Push(scratch)
		case "begincmap":
			stk.Push(scratch)
		case "endcmap":
			stk.Pop()
		case "defineresource":
			stk.Pop()
			v := stk.Pop()
			stk.Pop()
			stk.Push(v)
		case "endcodespacerange", "endbfchar", "endbfrange":
			n := stk.Len()
			args := make([]pdf.Value, n)
			for i := n - 1; i >= 0; i-- {
				args[i] = stk.Pop()
			}
			if entries += n; entries <= maxCMapEntries {
				m.add(op, args)
			}
		case "begincodespacerange", "beginbfchar", "beginbfrange":
			stk.Pop() // the count: the operands up to the end operator are read instead
		}
	})
	if len(m.chars) == 0 && len(m.ranges) == 0 {
		return nil
	}
	sort.Slice(m.ranges, func(i, j int) bool { return m.ranges[i].lo < m.ranges[j].lo })
	return m
}

func (m *toUnicode) add(op string, args []pdf.Value) {
	switch op {
	case "endcodespacerange":
		for i := 0; i+1 < len(args); i += 2 {
			lo, hi := args[i].RawString(), args[i+1].RawString()
			if len(lo) >= 1 && len(lo) <= 4 && len(lo) == len(hi) {
				m.spaces = append(m.spaces, codeSpace{lo, hi})
			}
		}
	case "endbfchar":
		for i := 0; i+1 < len(args); i += 2 {
			m.chars[args[i].RawString()] = utf16Text(args[i+1].RawString())
		}
	case "endbfrange":
		for i := 0; i+2 < len(args); i += 3 {
			lo, hi := args[i].RawString(), args[i+1].RawString()
			if len(lo) < 1 || len(lo) > 4 || len(lo) != len(hi) {
				continue
			}
			r := codeRange{lo: beUint(lo), hi: beUint(hi), n: len(lo)}
			if d := args[i+2]; d.Kind() == pdf.Array {
				for j := 0; j < d.Len() && j < maxCMapEntries; j++ {
					r.dsts = append(r.dsts, d.Index(j))
				}
			} else {
				r.dst = utf16Units(d.RawString())
			}
			if r.lo <= r.hi && (len(r.dst) > 0 || len(r.dsts) > 0) {
				m.ranges = append(m.ranges, r)
			}
		}
	}
}

func beUint(s string) uint32 {
	var v uint32
	for i := 0; i < len(s); i++ {
		v = v<<8 | uint32(s[i])
	}
	return v
}

func utf16Units(s string) []uint16 {
	u := make([]uint16, 0, len(s)/2)
	for i := 0; i+1 < len(s); i += 2 {
		u = append(u, uint16(s[i])<<8|uint16(s[i+1]))
	}
	return u
}

func utf16Text(s string) string { return string(utf16std.Decode(utf16Units(s))) }

// codeLen is the length of the code at the start of raw, by the code space ranges (2 when none are
// declared and raw has two bytes, as for Identity-H).
func (m *toUnicode) codeLen(raw string) int {
	for _, sp := range m.spaces {
		n := len(sp.lo)
		if n <= len(raw) && sp.lo <= raw[:n] && raw[:n] <= sp.hi {
			return n
		}
	}
	if len(m.spaces) == 0 && len(raw) >= 2 {
		return 2
	}
	return 1
}

// Decode implements pdf.TextEncoding.
func (m *toUnicode) Decode(raw string) string {
	var b strings.Builder
	for len(raw) > 0 {
		n := m.codeLen(raw)
		code := raw[:n]
		raw = raw[n:]
		if t, ok := m.chars[code]; ok {
			b.WriteString(t)
			continue
		}
		b.WriteString(m.lookupRange(code))
	}
	return b.String()
}

func (m *toUnicode) lookupRange(code string) string {
	v := beUint(code)
	i := sort.Search(len(m.ranges), func(i int) bool { return m.ranges[i].lo > v }) - 1
	for ; i >= 0; i-- {
		r := m.ranges[i]
		if r.n != len(code) || v > r.hi {
			continue
		}
		off := v - r.lo
		if r.dsts != nil {
			if int(off) < len(r.dsts) {
				return utf16Text(r.dsts[off].RawString())
			}
			return ""
		}
		u := append([]uint16(nil), r.dst...)
		u[len(u)-1] += uint16(off)
		return string(utf16std.Decode(u))
	}
	return ""
}
