package gofpdf

import (
	"crypto/sha256"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"testing"
)

// TestCutFontUnchanged checks patch 8 end to end: a subset of two of
// briefpack's fonts (letters, punctuation, Greek, Cyrillic, a ligature, and
// characters the font lacks: a control character, one past the Basic
// Multilingual Plane, U+FFFF and U+0000) has the SHA-256 the subset made
// before the patch had.
func TestCutFontUnchanged(t *testing.T) {
	const text = "Curly “quotes”, a dash – and Baltacıoğlu, Nguyễn, Αθήνα, Москва. fi ﬁ 0123456789 \u0007 😀 \uFFFF \u0000"
	want := map[string]string{
		"NotoSans-Regular.ttf":    "79c98d4465d1504a9b34d8985ff5fe36d458b2f3d6fb9724141ed958d0354dea",
		"NotoSans-BoldItalic.ttf": "6280e9eeb079b6ec88c3ed9b727743405f66e78060b69fa9208f298478dc33ec",
	}
	for file, sum := range want {
		b, err := os.ReadFile(filepath.Join("..", "..", "assets", "fonts", file))
		if err != nil {
			t.Skip("briefpack's fonts are not beside this copy:", err)
		}
		if got := fmt.Sprintf("%x", sha256.Sum256(UTF8CutFont(b, text))); got != sum {
			t.Errorf("%s: subset SHA-256 %s, want %s", file, got, sum)
		}
	}
}

// TestCmap4 checks patch 8: for each of briefpack's fonts, the cmap segments
// looked up in place map every character of the Basic Multilingual Plane as
// upstream's character-to-glyph map did (mapped or not, and to which glyph),
// and the widths read by walking them are upstream's, character by character,
// with the same default width and count.
func TestCmap4(t *testing.T) {
	for _, file := range []string{"NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf", "NotoSans-BoldItalic.ttf"} {
		b, err := os.ReadFile(filepath.Join("..", "..", "assets", "fonts", file))
		if err != nil {
			t.Skip("briefpack's fonts are not beside this copy:", err)
		}
		utf := newUTF8Font(&fileReader{array: b})
		if err := utf.parseFile(); err != nil {
			t.Fatal(err)
		}
		if !utf.cmap.sortedDisjoin {
			t.Errorf("%s: the segments should be sorted and disjoint", file)
		}
		n := utf.parseHHEATable()
		utf.SeekTable("maxp")
		utf.skip(4)
		numSymbols := utf.readUint16()
		scale := 1000.0 / float64(utf.fontElementSize)
		widths, defaultWidth := utf.CharWidths, utf.DefaultWidth

		pos := utf.parseCMAPTable(0)
		glyphChars, charGlyph := utf.upstreamSCCSDictionaries(pos)
		for char := 0; char < 1<<16; char++ {
			g, ok := utf.cmap.glyph(char)
			wantG, wantOK := charGlyph[char]
			if g != wantG || ok != wantOK {
				t.Fatalf("%s: U+%04X maps to %d (%v), upstream %d (%v)", file, char, g, ok, wantG, wantOK)
			}
		}
		mapped := 0
		utf.cmap.each(func(int, int) { mapped++ })
		if mapped != len(charGlyph) {
			t.Fatalf("%s: each visits %d characters, upstream maps %d", file, mapped, len(charGlyph))
		}
		utf.upstreamHMTXTable(n, numSymbols, glyphChars, scale)
		if defaultWidth != utf.DefaultWidth {
			t.Fatalf("%s: default width %v, upstream %v", file, defaultWidth, utf.DefaultWidth)
		}
		for char := range widths {
			if widths[char] != utf.CharWidths[char] {
				t.Fatalf("%s: width of U+%04X is %d, upstream %d", file, char, widths[char], utf.CharWidths[char])
			}
		}
	}
}

// TestCmap4Overlapping checks patch 8 on a subtable whose segments overlap (the
// format forbids it): a character covered twice takes the later segment's glyph,
// as upstream's map kept it, and is visited once.
func TestCmap4Overlapping(t *testing.T) {
	// segments 0x41–0x45 (delta 1), 0x43–0x48 (delta 10), 0xFFFF (delta 1)
	words := []int{4, 0, 0, 6, 0, 0, 0, 0x45, 0x48, 0xFFFF, 0, 0x41, 0x43, 0xFFFF, 1, 10, 1, 0, 0, 0}
	words[1] = 2 * len(words)
	var data []byte
	for _, w := range words {
		data = append(data, byte(w>>8), byte(w))
	}
	utf := newUTF8Font(&fileReader{array: data})
	c := utf.readCmap4(0)
	if c.sortedDisjoin {
		t.Fatal("overlapping segments taken for disjoint")
	}
	want := map[int]int{0x41: 0x42, 0x42: 0x43, 0x43: 0x4D, 0x45: 0x4F, 0x48: 0x52, 0xFFFF: 0}
	for char, g := range want {
		if got, ok := c.glyph(char); !ok || got != g {
			t.Errorf("U+%04X maps to %d (%v), want %d", char, got, ok, g)
		}
	}
	if _, ok := c.glyph(0x40); ok {
		t.Error("U+0040 is not covered but maps")
	}
	seen := map[int]int{}
	c.each(func(char, g int) { seen[char]++ })
	for char, k := range seen {
		if k != 1 {
			t.Errorf("U+%04X visited %d times", char, k)
		}
	}
	if len(seen) != 9 {
		t.Errorf("%d characters visited, want 9", len(seen))
	}
}

// upstreamSCCSDictionaries is the map building patch 8 replaced (with patch 4's
// sizing), kept as the reference TestCmap4 compares against.
func (utf *utf8FontFile) upstreamSCCSDictionaries(runeCmapPosition int) (symbolCharDictionary map[int][]int, charSymbolDictionary map[int]int) {
	maxRune := 0
	utf.seek(runeCmapPosition + 2)
	size := utf.readUint16()
	rim := runeCmapPosition + size
	utf.skip(2)

	segmentSize := utf.readUint16() / 2
	utf.skip(6)
	completers := make([]int, 0)
	for i := 0; i < segmentSize; i++ {
		completers = append(completers, utf.readUint16())
	}
	utf.skip(2)
	beginners := make([]int, 0)
	for i := 0; i < segmentSize; i++ {
		beginners = append(beginners, utf.readUint16())
	}
	sizes := make([]int, 0)
	for i := 0; i < segmentSize; i++ {
		sizes = append(sizes, int(utf.readInt16()))
	}
	readerPositionStart := utf.fileReader.readerPosition
	positions := make([]int, 0)
	for i := 0; i < segmentSize; i++ {
		positions = append(positions, utf.readUint16())
	}
	chars := 0
	for n := 0; n < segmentSize; n++ {
		if completers[n] >= beginners[n] {
			chars += completers[n] - beginners[n] + 1
		}
	}
	if chars > 1<<16 { // a format 4 subtable maps the Basic Multilingual Plane
		chars = 1 << 16
	}
	symbolCharDictionary = make(map[int][]int, chars)
	charSymbolDictionary = make(map[int]int, chars)
	var symbol int
	for n := 0; n < segmentSize; n++ {
		completePosition := completers[n] + 1
		for char := beginners[n]; char < completePosition; char++ {
			if positions[n] == 0 {
				symbol = (char + sizes[n]) & 0xFFFF
			} else {
				position := (char-beginners[n])*2 + positions[n]
				position = int(readerPositionStart) + 2*n + position
				if position >= rim {
					symbol = 0
				} else {
					symbol = utf.getUint16(position)
					if symbol != 0 {
						symbol = (symbol + sizes[n]) & 0xFFFF
					}
				}
			}
			charSymbolDictionary[char] = symbol
			if char < 196608 {
				maxRune = max(char, maxRune)
			}
			symbolCharDictionary[symbol] = append(symbolCharDictionary[symbol], char)
		}
	}
	return
}

// upstreamHMTXTable is the width reading patch 8 replaced, kept as the
// reference TestCmap4 compares against.
func (utf *utf8FontFile) upstreamHMTXTable(numberOfHMetrics, numSymbols int, symbolToChar map[int][]int, scale float64) {
	var widths int
	start := utf.SeekTable("hmtx")
	arrayWidths := 0
	var arr []int
	utf.CharWidths = make([]int, 256*256)
	charCount := 0
	arr = unpackUint16Array(utf.getRange(start, numberOfHMetrics*4))
	for symbol := 0; symbol < numberOfHMetrics; symbol++ {
		arrayWidths = arr[(symbol*2)+1]
		if _, OK := symbolToChar[symbol]; OK || symbol == 0 {

			if arrayWidths >= (1 << 15) {
				arrayWidths = 0
			}
			if symbol == 0 {
				utf.DefaultWidth = scale * float64(arrayWidths)
				continue
			}
			for _, char := range symbolToChar[symbol] {
				if char != 0 && char != 65535 {
					widths = int(math.Round(scale * float64(arrayWidths)))
					if widths == 0 {
						widths = 65535
					}
					if char < 196608 {
						utf.CharWidths[char] = widths
						charCount++
					}
				}
			}
		}
	}
	diff := numSymbols - numberOfHMetrics
	for pos := 0; pos < diff; pos++ {
		symbol := pos + numberOfHMetrics
		if _, OK := symbolToChar[symbol]; OK {
			for _, char := range symbolToChar[symbol] {
				if char != 0 && char != 65535 {
					widths = int(math.Round(scale * float64(arrayWidths)))
					if widths == 0 {
						widths = 65535
					}
					if char < 196608 {
						utf.CharWidths[char] = widths
						charCount++
					}
				}
			}
		}
	}
	utf.CharWidths[0] = charCount
}
