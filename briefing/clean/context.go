package clean

// titleLine finds the headline: the first text line before the first real paragraph that reads like a
// headline. It is never judged by context.
func titleLine(res Result, feats []feature) int {
	for i, l := range res.Lines {
		if l.Kind != Text {
			continue
		}
		if feats[i].good && feats[i].terminal {
			return -1
		}
		if feats[i].words >= 3 {
			return i
		}
	}
	return -1
}

// context marks short and headline-like lines whose neighbours on both sides are furniture (or the
// end of the text), repeating until nothing changes. A run of such lines is judged as one: the lines
// just outside the run decide.
func context(res Result, feats []feature, title int) {
	weak := func(i int) bool {
		f := feats[i]
		return res.Lines[i].Kind == Text && i != title && (f.short || f.headline && !f.good)
	}
	for changed := true; changed; {
		changed = false
		for i := 0; i < len(res.Lines); i++ {
			if !weak(i) {
				continue
			}
			// the run of weak lines starting here (blank lines do not break it)
			end := i
			for j := i + 1; j < len(res.Lines); j++ {
				if res.Lines[j].Kind == Blank {
					continue
				}
				if !weak(j) {
					break
				}
				end = j
			}
			p, n := prevNonBlank(res, i), nextNonBlank(res, end)
			furn := func(j int) bool { return j < 0 || res.Lines[j].Kind == Furniture }
			if furn(p) && furn(n) && !(p < 0 && n < 0) && !(p < 0 && !feats[i].short) {
				for j := i; j <= end; j++ {
					if res.Lines[j].Kind == Text {
						res.Lines[j] = Line{Furniture, ReasonContext}
					}
				}
				changed = true
			}
			i = end
		}
	}
}
