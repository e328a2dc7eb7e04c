package gofpdf

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"sync"
)

// This file is a briefpack patch (see PATCHES.md, items 1 and 11): the zlib
// streams are framed here around a pooled raw deflate writer, with the
// Adler-32 checksum computed eight bytes at a time and runs of zero bytes
// (most of a font's CID-to-glyph map, 128 KB of which a few hundred entries
// are set) skipped in one step. The bytes are those compress/zlib writes at
// the same level: its two-byte header, the deflate stream, the checksum.

// flateWriters keeps compressors for reuse: each new writer allocates about
// 1 MB of state, and a document compresses one stream per page, font file and
// image. A writer that is Reset produces the same bytes as a new one.
var flateWriters = sync.Pool{New: func() interface{} {
	w, _ := flate.NewWriter(nil, flate.BestSpeed)
	return w
}}

// zlibHeader is the header compress/zlib writes for flate.BestSpeed (RFC 1950:
// deflate with a 32 KB window, the fastest level, no dictionary).
var zlibHeader = [2]byte{0x78, 0x01}

// sliceCompress returns a zlib-compressed copy of the specified byte array
func sliceCompress(data []byte) []byte {
	var buf bytes.Buffer
	buf.Write(zlibHeader[:])
	w := flateWriters.Get().(*flate.Writer)
	w.Reset(&buf)
	w.Write(data)
	w.Close()
	flateWriters.Put(w)
	var sum [4]byte
	binary.BigEndian.PutUint32(sum[:], adler32(data))
	buf.Write(sum[:])
	return buf.Bytes()
}

const (
	adlerMod  = 65521 // the largest prime below 65536
	adlerNmax = 5552  // the most bytes summed before the sums must be reduced (RFC 1950)
)

// adler32 is the Adler-32 checksum of p (hash/adler32.Checksum). Eight bytes
// at a time, s1 gains the bytes and s2 eight times s1 plus the bytes weighted
// 8, 7, …, 1: the sums one byte at a time reach, in fewer steps. The bytes are
// summed in 16-bit lanes of the word (four lanes of two bytes each, a
// multiplication gathering them into the top lane), and a word of zeros only
// adds to s2.
func adler32(p []byte) uint32 {
	const (
		lanes = 0x00FF00FF00FF00FF
		ones  = 0x0001000100010001
		even  = 8<<48 | 6<<32 | 4<<16 | 2 // the weights of bytes 0, 2, 4, 6
		odd   = 7<<48 | 5<<32 | 3<<16 | 1 // and of bytes 1, 3, 5, 7
	)
	s1, s2 := uint32(1), uint32(0)
	for len(p) > 0 {
		q := p
		if len(q) > adlerNmax {
			q = q[:adlerNmax]
		}
		p = p[len(q):]
		n := len(q) &^ 7
		for i := 0; i < n; i += 8 {
			w := binary.LittleEndian.Uint64(q[i : i+8])
			s2 += s1 << 3
			if w == 0 {
				continue
			}
			e, o := w&lanes, w>>8&lanes
			s2 += uint32(e*even>>48) + uint32(o*odd>>48)
			s1 += uint32((e + o) * ones >> 48)
		}
		for _, x := range q[n:] {
			s1 += uint32(x)
			s2 += s1
		}
		s1 %= adlerMod
		s2 %= adlerMod
	}
	return s2<<16 | s1
}
