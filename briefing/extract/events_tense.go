package extract

import (
	"strings"

	"github.com/briefpack/briefpack/briefing/prose"
)

// Verbs and tense: whether a sentence says that something happened or will, and which way a date in
// it looks.

// hasAction reports whether a sentence states that something happened or will happen: a past tense,
// a future, or an event verb in the present.
func hasAction(toks []prose.Token) bool {
	for i := range toks {
		if isActionAt(toks, i, i-1) {
			return true
		}
	}
	return false
}

// isActionAt reports whether toks[i] is a verb that reports an event; prev is the index of the word
// before it (-1 for none).
func isActionAt(toks []prose.Token, i, prev int) bool {
	t := &toks[i]
	if t.Kind != prose.Word {
		return false
	}
	lw := t.Lower()
	tg := tagsOf(t)
	switch {
	case tg&(tagFutureCue|tagIrregularPast) != 0:
		return true
	case tg&tagPresentEvent != 0:
		// "UK and Singapore sign MoU" is a verb; "the best sign" is a noun
		if prev >= 0 {
			p := &toks[prev]
			return !is(p, tagDeterminer) && (p.IsCap() || p.IsAllCaps() || strings.HasSuffix(lw, "s") || p.Is("to"))
		}
	case isRegularPast(*t) && (!t.IsCap() || prev < 0):
		return true
	}
	return false
}

// isRegularPast reports whether t looks like a regular past tense or participle ("signed", "agreed");
// "un…ed" words are adjectives ("unchanged", "unprecedented").
func isRegularPast(t prose.Token) bool {
	lw := t.Lower()
	return len(lw) > 4 && strings.HasSuffix(lw, "ed") && !is(&t, tagNotVerbEd) && !strings.HasPrefix(lw, "un")
}

// pastOrFuture reports whether a sentence has a past or future verb, not only a present one.
func pastOrFuture(toks []prose.Token) bool {
	for i := range toks {
		t := &toks[i]
		if t.Kind == prose.Word && (is(t, tagFutureCue|tagIrregularPast) || isRegularPast(*t) && (!t.IsCap() || i == 0)) {
			return true
		}
	}
	return false
}

// tenseNear decides whether the verb nearest to tokens [ea, eb) looks forward: "will arrive in
// April" (future) against "after they renewed it on Monday" (past). Without a verb near it, the
// sentence decides.
func tenseNear(toks []prose.Token, ea, eb int, sentenceFuture bool) bool {
	for k := ea - 1; k >= 0 && k >= ea-4; k-- {
		if is(&toks[k], tagFutureLead) {
			return true
		}
	}
	best := nearestVerb(toks, ea, eb)
	if best < 0 {
		return sentenceFuture
	}
	if is(&toks[best], tagFutureCue) {
		return true
	}
	if best+1 < len(toks) && toks[best+1].Is("to") && is(&toks[best], tagSchedule) && !wasBefore(toks, best) {
		return true // "is expected to raise rates on Wednesday", "is scheduled to launch in December"
	}
	// "will be signed on …": a participle right after a future auxiliary is future
	for j := best - 1; j >= 0 && j >= best-3; j-- {
		if is(&toks[j], tagFutureCue) {
			return true
		}
	}
	return false
}

// wasBefore reports whether "was" or "were" stands just before toks[i] ("was set to dock": a plan
// told in the past).
func wasBefore(toks []prose.Token, i int) bool {
	return i > 0 && (toks[i-1].Is("was") || toks[i-1].Is("were"))
}

// hasPresentVerb reports whether a sentence has a verb in the present after a subject ("The minister
// arrives in Vallen on Monday").
func hasPresentVerb(toks []prose.Token) bool {
	for i := 1; i < len(toks); i++ {
		t := toks[i]
		if t.Kind == prose.Word && !t.IsCap() && strings.HasSuffix(t.Lower(), "s") && !strings.HasSuffix(t.Lower(), "ss") &&
			(toks[i-1].IsCap() || toks[i-1].IsAllCaps()) && presentVerbLike(toks, i) {
			return true
		}
	}
	return false
}

// nearestVerb returns the future auxiliary or past form nearest to tokens [ea, eb), or -1.
func nearestVerb(toks []prose.Token, ea, eb int) int {
	best, dist := -1, 1<<30
	for i := range toks {
		t := &toks[i]
		if i >= ea && i < eb || t.Kind != prose.Word {
			continue
		}
		// a future cue, a participle (a regular past or an irregular one) or an irregular past
		if !is(t, tagFutureCue|tagIrregularPast) && !isRegularPast(*t) {
			continue
		}
		d := ea - i
		if i >= eb {
			d = i - eb + 1
		}
		if d < dist {
			best, dist = i, d
		}
	}
	return best
}

// isFuture reports whether a sentence speaks of the future: "will", or "due to", "plans to", ….
func isFuture(toks []prose.Token) bool {
	for i := range toks {
		tg := tagsOf(&toks[i])
		if tg&tagFutureCue != 0 {
			return true
		}
		if i+1 < len(toks) && tg&tagSchedule != 0 && toks[i+1].Is("to") {
			return true
		}
	}
	return false
}

func isParticiple(t prose.Token) bool {
	return t.Kind == prose.Word && (isRegularPast(t) || is(&t, tagIrregularPast))
}

func isReducedParticiple(t prose.Token) bool {
	return t.Kind == prose.Word && (isRegularPast(t) || is(&t, tagIrregularParticiple))
}
