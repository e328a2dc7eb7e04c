package gofpdf

import "sort"

// This file is a briefpack patch (see PATCHES.md, item 8): a font's format 4
// cmap subtable is read into its segments and looked up in place, instead of
// being expanded into a map from every character the font covers to its glyph
// and a map from every glyph to its characters. Both maps were built when a
// font was loaded and again when it was subset (thousands of entries, one
// slice per glyph), to look up the few hundred characters a document uses and
// to read the widths once.

// cmap4 is the segments of a format 4 cmap subtable.
type cmap4 struct {
	data          []byte // the font file
	starts, ends  []int  // each segment's first and last character
	deltas        []int  // idDelta, signed
	offsets       []int  // idRangeOffset
	offsetsAt     int    // where the idRangeOffset array starts in data
	rim           int    // where the subtable ends in data
	sortedDisjoin bool   // every segment after the one before it, none empty
}

// readCmap4 reads the format 4 subtable at pos (upstream's
// generateSCCSDictionaries read the same fields).
func (utf *utf8FontFile) readCmap4(pos int) *cmap4 {
	utf.seek(pos + 2)
	size := utf.readUint16()
	c := &cmap4{data: utf.fileReader.array, rim: pos + size}
	utf.skip(2)
	n := utf.readUint16() / 2
	utf.skip(6)
	c.ends = make([]int, n)
	for i := range c.ends {
		c.ends[i] = utf.readUint16()
	}
	utf.skip(2)
	c.starts = make([]int, n)
	for i := range c.starts {
		c.starts[i] = utf.readUint16()
	}
	c.deltas = make([]int, n)
	for i := range c.deltas {
		c.deltas[i] = int(utf.readInt16())
	}
	c.offsetsAt = int(utf.fileReader.readerPosition)
	c.offsets = make([]int, n)
	for i := range c.offsets {
		c.offsets[i] = utf.readUint16()
	}
	c.sortedDisjoin = true
	for i := range c.starts {
		if c.starts[i] > c.ends[i] || i > 0 && c.starts[i] <= c.ends[i-1] {
			c.sortedDisjoin = false
			break
		}
	}
	return c
}

// segGlyph is the glyph segment n gives char (which it covers).
func (c *cmap4) segGlyph(n, char int) int {
	if c.offsets[n] == 0 {
		return (char + c.deltas[n]) & 0xFFFF
	}
	pos := c.offsetsAt + 2*n + (char-c.starts[n])*2 + c.offsets[n]
	if pos >= c.rim {
		return 0
	}
	g := int(c.data[pos])<<8 | int(c.data[pos+1])
	if g != 0 {
		g = (g + c.deltas[n]) & 0xFFFF
	}
	return g
}

// segment is the segment that maps char: the last one that covers it (the
// one whose entry upstream's map kept), or -1.
func (c *cmap4) segment(char int) int {
	if c.sortedDisjoin {
		n := sort.SearchInts(c.ends, char)
		if n < len(c.ends) && c.starts[n] <= char {
			return n
		}
		return -1
	}
	for n := len(c.starts) - 1; n >= 0; n-- {
		if c.starts[n] <= char && char <= c.ends[n] {
			return n
		}
	}
	return -1
}

// glyph is the glyph the subtable maps char to, and whether it maps char at
// all (a character can be mapped to glyph 0).
func (c *cmap4) glyph(char int) (int, bool) {
	n := c.segment(char)
	if n < 0 {
		return 0, false
	}
	return c.segGlyph(n, char), true
}

// each calls fn for every character the subtable maps, once, with its glyph,
// in the order of the segments.
func (c *cmap4) each(fn func(char, glyph int)) {
	for n := range c.starts {
		for char := c.starts[n]; char <= c.ends[n]; char++ {
			if !c.sortedDisjoin && c.segment(char) != n {
				continue // a later segment maps it
			}
			fn(char, c.segGlyph(n, char))
		}
	}
}

// mapsGlyph reports whether some character is mapped to glyph g.
func (c *cmap4) mapsGlyph(g int) bool {
	found := false
	c.each(func(_, glyph int) { found = found || glyph == g })
	return found
}
