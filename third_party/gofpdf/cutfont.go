package gofpdf

// This file is a briefpack patch (see PATCHES.md): the TrueType fonts are
// subset and compressed on their own goroutines while the pages are written,
// instead of one after another inside putfonts. The characters a font must
// carry are final once the pages are laid out, and each font's subsetting
// touches only that font's own state, so the output is unchanged.

// cutFont is a TrueType font subset, ready to be written.
type cutFont struct {
	stream      []byte // the subset font file, compressed
	size        int    // its length before compression
	cidToGidMap []byte // the CID to glyph id map, compressed
}

// asyncFontCuts lets tests compare the output with and without cutFontsAsync.
var asyncFontCuts = true

// cutFontsAsync starts subsetting every TrueType font of the document.
func (f *Fpdf) cutFontsAsync() {
	f.cutFonts = make(map[string]chan cutFont)
	if !asyncFontCuts {
		return
	}
	for key, font := range f.fonts {
		if font.Tp != "UTF8" {
			continue
		}
		ch := make(chan cutFont, 1)
		f.cutFonts[key] = ch
		go func(font fontDefType) { ch <- cutUTF8Font(font) }(font)
	}
}

// takeCutFont returns the subset of the font stored under key: the one
// cutFontsAsync started, or one made now.
func (f *Fpdf) takeCutFont(key string, font fontDefType) cutFont {
	if ch, ok := f.cutFonts[key]; ok {
		delete(f.cutFonts, key)
		return <-ch
	}
	return cutUTF8Font(font)
}

// cutUTF8Font subsets font to the characters it was used for and compresses
// the result, as putfonts did in place.
func cutUTF8Font(font fontDefType) cutFont {
	usedRunes := font.usedRunes
	delete(usedRunes, 0)
	utf8FontStream := font.utf8File.GenerateCutFont(usedRunes)
	codeSignDictionary := font.utf8File.CodeSymbolDictionary
	delete(codeSignDictionary, 0)

	cidToGidMap := make([]byte, 256*256*2)
	for cc, glyph := range codeSignDictionary {
		cidToGidMap[cc*2] = byte(glyph >> 8)
		cidToGidMap[cc*2+1] = byte(glyph & 0xFF)
	}
	return cutFont{
		stream:      sliceCompress(utf8FontStream),
		size:        len(utf8FontStream),
		cidToGidMap: sliceCompress(cidToGidMap),
	}
}
