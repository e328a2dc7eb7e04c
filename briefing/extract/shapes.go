package extract

// wordShapes is a quick test of whether a word may be in a set: the set's words, by first byte and
// length. A word of another shape is surely not in it; one of a shape the set has is looked up.
type wordShapes [256]uint64 // first byte → bit n for a word of n bytes (n < 63), bit 63 for longer ones

func shapeBit(n int) uint64 { return 1 << min(n, 63) }

// add notes the shape of w.
func (s *wordShapes) add(w string) {
	if w != "" {
		s[w[0]] |= shapeBit(len(w))
	}
}

// may reports whether a word of w's shape is in the set.
func (s *wordShapes) may(w string) bool { return w != "" && s[w[0]]&shapeBit(len(w)) != 0 }
