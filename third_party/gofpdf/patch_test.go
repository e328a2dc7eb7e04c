package gofpdf

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	adler32pkg "hash/adler32"
	"io"
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
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

// TestGenerateUTF8FontID checks briefpack's patches 2 and 12: a TrueType font's id comes from its
// definition and its file, is stable for equal input, changes when the file or the definition
// changes (any one byte of the file), and does not depend on where the file was read from.
func TestGenerateUTF8FontID(t *testing.T) {
	def := fontDefType{Tp: "UTF8", Name: "notosans", Cw: make([]int, 65536)}
	file := bytes.Repeat([]byte{0, 1, 0, 0, 7}, 1000)
	a := generateUTF8FontID(def, file)
	if b := generateUTF8FontID(def, file); a != b {
		t.Fatalf("same definition and file, different ids: %s, %s", a, b)
	}
	other := append([]byte(nil), file...)
	other[len(other)-1] ^= 1
	if b := generateUTF8FontID(def, other); a == b {
		t.Fatalf("the last byte of the file changed but the id did not: %s", a)
	}
	bold := def
	bold.Name = "notosansB"
	if b := generateUTF8FontID(bold, file); a == b {
		t.Fatalf("the definition changed but the id did not: %s", a)
	}
	moved := def
	moved.File = "/somewhere/else.ttf"
	if b := generateUTF8FontID(moved, file); a != b {
		t.Fatalf("the file name changed the id: %s, %s", a, b)
	}
	// patch 12: 16 hexadecimal digits, and every byte of the file counts
	if len(a) != 16 || strings.Trim(a, "0123456789abcdef") != "" {
		t.Fatalf("id %q is not 16 hexadecimal digits", a)
	}
	seen := map[string]int{a: -1}
	for i := range file {
		other := append([]byte(nil), file...)
		other[i] ^= 0x80
		id := generateUTF8FontID(def, other)
		if j, dup := seen[id]; dup {
			t.Fatalf("flipping byte %d gives the id of %d: %s", i, j, id)
		}
		seen[id] = i
	}
}

// TestCutFontsAsync checks briefpack's patch: a document whose TrueType fonts are subset on other
// goroutines while the pages are written is byte for byte the one made with the fonts subset in
// turn inside putfonts.
func TestCutFontsAsync(t *testing.T) {
	fonts := map[string]string{"": "NotoSans-Regular.ttf", "B": "NotoSans-Bold.ttf", "I": "NotoSans-Italic.ttf"}
	build := func() []byte {
		pdf := New("P", "mm", "A4", "")
		pdf.SetCatalogSort(true)
		pdf.SetCreationDate(time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC))
		pdf.SetModificationDate(time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC))
		for style, file := range fonts {
			b, err := os.ReadFile(filepath.Join("..", "..", "assets", "fonts", file))
			if err != nil {
				t.Skip("briefpack's fonts are not beside this copy:", err)
			}
			pdf.AddUTF8FontFromBytes("noto", style, b)
		}
		for page := 0; page < 3; page++ {
			pdf.AddPage()
			for _, style := range []string{"", "B", "I"} {
				pdf.SetFont("noto", style, 11)
				pdf.Write(6, "Curly “quotes”, a dash – and Baltacıoğlu, Nguyễn, Αθήνα, Москва. ")
			}
		}
		var buf bytes.Buffer
		if err := pdf.Output(&buf); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	async := build()
	asyncFontCuts = false
	defer func() { asyncFontCuts = true }()
	inTurn := build()
	if !bytes.Equal(async, inTurn) {
		t.Fatalf("fonts subset on goroutines give a different PDF (%d bytes) than in turn (%d bytes)", len(async), len(inTurn))
	}
	if len(async) < 10000 {
		t.Fatalf("the PDF is %d bytes: the fonts were not embedded", len(async))
	}
}

// TestFreeIntKey checks patch 7: put(nil, …) gives a value the key upstream's search gave it — the
// smallest non-negative integer not yet a key — for key sets built the way the width arrays build
// them (appends, "interval", pops and deletes), small and past the patch's stack array.
func TestFreeIntKey(t *testing.T) {
	upstream := func(pa *untypedKeyMap) int { // the search the patch replaced
		for n := 0; ; n++ {
			if pa.getIndex(n) < 0 {
				return n
			}
		}
	}
	for _, size := range []int{0, 1, 5, 127, 128, 129, 400} {
		pa := &untypedKeyMap{}
		for i := 0; i < size; i++ {
			want := upstream(pa)
			if got := pa.freeIntKey(); got != want {
				t.Fatalf("size %d, step %d: free key %d, upstream gives %d", size, i, got, want)
			}
			switch i % 7 {
			case 3:
				pa.put("interval", 1)
			case 5:
				pa.delete(i / 2) // leaves a gap the next put must fill
			case 6:
				pa.pop()
			default:
				pa.put(nil, i)
			}
		}
		if got, want := pa.freeIntKey(), upstream(pa); got != want {
			t.Fatalf("size %d: free key %d, upstream gives %d", size, got, want)
		}
	}
}

// TestAdler32 checks patch 11: the checksum computed eight bytes at a time is hash/adler32's, for
// lengths around the word and the reduction interval, zero runs, bytes of 255 (the largest sums),
// and random bytes.
func TestAdler32(t *testing.T) {
	rnd := rand.New(rand.NewSource(1))
	var inputs [][]byte
	for _, n := range []int{0, 1, 7, 8, 9, 15, 16, 17, 5551, 5552, 5553, 5560, 11104, 131072, 200003} {
		ones := bytes.Repeat([]byte{255}, n)
		random := make([]byte, n)
		rnd.Read(random)
		sparse := make([]byte, n)
		for i := 0; i < n/50; i++ {
			sparse[rnd.Intn(n)] = byte(rnd.Intn(256))
		}
		inputs = append(inputs, ones, random, sparse, make([]byte, n))
	}
	for i, in := range inputs {
		if got, want := adler32(in), adler32pkg.Checksum(in); got != want {
			t.Fatalf("input %d (%d bytes): %08x, hash/adler32 gives %08x", i, len(in), got, want)
		}
	}
}

// TestUnpackArrays checks patch 13: the big-endian arrays read in place are what upstream's
// bytes.Reader loops read, for every length up to 13 bytes (partial integers at the end included).
func TestUnpackArrays(t *testing.T) {
	upstream := func(data []byte, size int) []int {
		answer := []int{0}
		r := bytes.NewReader(data)
		bs := make([]byte, size)
		c, e := r.Read(bs)
		for e == nil && c > 0 {
			if size == 2 {
				answer = append(answer, int(binary.BigEndian.Uint16(bs)))
			} else {
				answer = append(answer, int(binary.BigEndian.Uint32(bs)))
			}
			c, e = r.Read(bs)
		}
		return answer
	}
	data := []byte{1, 2, 3, 250, 5, 6, 7, 8, 9, 10, 11, 255, 13}
	for n := 0; n <= len(data); n++ {
		if got, want := unpackUint16Array(data[:n]), upstream(data[:n], 2); !reflect.DeepEqual(got, want) {
			t.Errorf("uint16, %d bytes: %v, upstream %v", n, got, want)
		}
		if got, want := unpackUint32Array(data[:n]), upstream(data[:n], 4); !reflect.DeepEqual(got, want) {
			t.Errorf("uint32, %d bytes: %v, upstream %v", n, got, want)
		}
	}
}

// TestReplaceAliases checks patch 13: aliases are replaced in every page, in UTF-8 and in UTF-16,
// and pages without them are left alone.
func TestReplaceAliases(t *testing.T) {
	f := New("P", "mm", "A4", "")
	f.RegisterAlias("{nb}", "3") // as putpages registers AliasNbPages's alias
	f.RegisterAlias("{x}", "ex")
	f.AddPage()
	f.SetFont("Helvetica", "", 10)
	f.Text(10, 10, "page 1 of {nb} {x}")
	f.AddPage()
	f.out("(" + utf8toutf16("{nb}", false) + ") no alias here")
	f.AddPage()
	f.out("nothing")
	f.replaceAliases()
	if got := f.pages[1].String(); !strings.Contains(got, "page 1 of 3 ex") || strings.Contains(got, "{") {
		t.Errorf("page 1: %q", got)
	}
	if got := f.pages[2].String(); !strings.Contains(got, "("+utf8toutf16("3", false)+")") {
		t.Errorf("page 2: %q", got)
	}
	if got := f.pages[3].String(); !strings.HasSuffix(got, "nothing\n") {
		t.Errorf("page 3: %q", got)
	}
}
