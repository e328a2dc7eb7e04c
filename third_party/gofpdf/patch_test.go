package gofpdf

import (
	"bytes"
	"compress/zlib"
	"io"
	"testing"
)

// TestSliceCompressPooled checks briefpack's patch: a reused compressor gives the same bytes as a
// new one, for streams of different sizes compressed one after another, and they decompress to
// the input.
func TestSliceCompressPooled(t *testing.T) {
	inputs := [][]byte{
		bytes.Repeat([]byte("BT /F1 11 Tf (Page 1 of 9) Tj ET\n"), 500),
		[]byte("x"),
		{},
		bytes.Repeat([]byte{0, 1, 2, 3, 250, 251}, 40000),
	}
	for round := 0; round < 2; round++ {
		for i, in := range inputs {
			var want bytes.Buffer
			w, _ := zlib.NewWriterLevel(&want, zlib.BestSpeed)
			w.Write(in)
			w.Close()
			got := sliceCompress(in)
			if !bytes.Equal(got, want.Bytes()) {
				t.Fatalf("round %d input %d: pooled compressor output differs from a new writer's", round, i)
			}
			r, err := zlib.NewReader(bytes.NewReader(got))
			if err != nil {
				t.Fatal(err)
			}
			back, err := io.ReadAll(r)
			if err != nil || !bytes.Equal(back, in) {
				t.Fatalf("round %d input %d: does not decompress to the input (%v)", round, i, err)
			}
		}
	}
}

// TestGenerateFontIDHashesWidths checks briefpack's patch: the id still depends on every entry of
// the width table, including the last one, whether or not the table fills its last hashing chunk,
// and is stable for equal input.
func TestGenerateFontIDHashesWidths(t *testing.T) {
	for _, size := range []int{65536, 1500} {
		def := func(last int) fontDefType {
			cw := make([]int, size)
			for i := range cw {
				cw[i] = i % 1000
			}
			cw[len(cw)-1] = last
			return fontDefType{Tp: "UTF8", Name: "notosans", Cw: cw}
		}
		a, err := generateFontID(def(7))
		if err != nil {
			t.Fatal(err)
		}
		b, _ := generateFontID(def(7))
		c, _ := generateFontID(def(8))
		if a != b {
			t.Fatalf("%d widths: same definition, different ids: %s, %s", size, a, b)
		}
		if a == c {
			t.Fatalf("%d widths: the last width changed but the id did not: %s", size, a)
		}
		withFile := def(7)
		withFile.File = "/somewhere/else.ttf"
		if d, _ := generateFontID(withFile); d != a {
			t.Fatalf("%d widths: the file name changed the id: %s, %s", size, d, a)
		}
	}
}
