package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefpack/briefpack/briefing/lexicon"
	"github.com/briefpack/briefpack/briefing/prose"
)

// A description is made from the sentence's words without their markup (links, emphasis, footnote
// marks, list bullets, a leading dateline), with a pronoun subject replaced by what it stands for.

var (
	reFootnote  = lazyRegexp(`(?i)<sup>.*?</sup>|\[\d{1,3}\]`)
	reImage     = lazyRegexp(`!\[[^\]]*\]\([^)]*\)`)
	reMdLink    = lazyRegexp(`\[([^\]]*)\]\([^)]*\)|\[\[([^\]]*)\]\]`)
	reTag       = lazyRegexp(`<[^<>]{1,300}>`)
	reBareURL   = lazyRegexp(`(?i)\bhttps?://\S+|\bwww\.\S+`)
	reListStart = lazyRegexp(`^\s*(?:[-*+•>#]+|\d{1,3}[.)])\s+`)
)

// plainSentence returns s without markup, for describing; the evidence keeps the source's bytes.
// Each rewrite runs only when its sign is in the text, so plain prose costs a few scans.
func plainSentence(s string) string {
	p := s
	if strings.Contains(p, "<sup") || strings.Contains(p, "<SUP") || strings.Contains(p, "[") {
		p = reFootnote().ReplaceAllString(p, "")
	}
	if strings.Contains(p, "](") || strings.Contains(p, "[[") {
		p = reImage().ReplaceAllString(p, "")
		p = reMdLink().ReplaceAllString(p, "$1$2")
	}
	if strings.IndexByte(p, '<') >= 0 {
		p = reTag().ReplaceAllString(p, " ")
	}
	if strings.Contains(p, "http") || strings.Contains(p, "www.") {
		p = reBareURL().ReplaceAllString(p, "")
	}
	if strings.ContainsAny(p, "*_[]") {
		p = strings.NewReplacer("**", "", "__", "", "[", "", "]", "", "*", "").Replace(p)
	}
	if t := strings.TrimLeft(p, " \t"); t != "" && (strings.ContainsRune("-*+•>#", rune(t[0])) || t[0] >= '0' && t[0] <= '9' || strings.HasPrefix(t, "•")) {
		p = reListStart().ReplaceAllString(p, "")
	}
	if hasCapsWord(p) {
		p = p[datelineEnd(p):]
	}
	if p == s {
		return s
	}
	return squeezeSpace(p)
}

// hasCapsWord reports whether s starts with a word in capitals of two letters or more (a dateline's
// place: "SINGAPORE", "NEW YORK").
func hasCapsWord(s string) bool {
	w, _, _ := strings.Cut(strings.TrimSpace(s), " ")
	w = strings.TrimRight(w, ",")
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 2
}

// sameExprIn finds e again in the plain form of its sentence.
func sameExprIn(plain string, toks []prose.Token, e Expr) (Expr, bool) {
	for _, x := range findDates(plain, toks) {
		if x.Text == e.Text && x.Kind == e.Kind {
			return x, true
		}
	}
	return Expr{}, false
}

// describe makes the description of the event e states in sentence s; for a statement ("X said
// Monday …") it also gives the reporting verb.
func (f *eventFinder) describe(s sentence, e Expr, keepDate bool) (what, reported string) {
	text, toks, ex := s.text, s.toks, e
	if p := plainSentence(s.text); p != s.text {
		ptoks := prose.Tokenize(p)
		if x, ok := sameExprIn(p, ptoks, e); ok {
			text, toks, ex = p, ptoks, x
		}
	}
	if ea, eb := tokenRange(toks, ex.Start, ex.End); !keepDate {
		if n := f.nominalEvent(s, text, toks, ea, eb); n != "" {
			return n, ""
		}
	}
	what, reported = describeReported(text, toks, ex, keepDate)
	if prose.CountWords(what) < 3 { // "Bought plane": the clause was cut too far; the sentence says it
		what, reported = cleanWhat(text), ""
	}
	return f.withoutPronoun(s, what), reported
}

// withoutPronoun replaces a pronoun subject with what it stands for: "It" with the subject of the
// sentence before ("The memorandum"), "He"/"She" with the person named last. When nothing sure is
// found, the pronoun stays.
func (f *eventFinder) withoutPronoun(s sentence, what string) string {
	first, rest, ok := strings.Cut(what, " ")
	if !ok {
		return what
	}
	var ante string
	switch first {
	case "It", "This":
		ante = f.subjectBefore(s)
	case "He", "She":
		if subj := f.subjectBefore(s); isPersonName(subj) {
			ante = subj
		}
	}
	if ante == "" {
		return what
	}
	return ante + " " + rest
}

// isPersonName reports whether s reads as a person's name: two to four capitalised words, none of
// them a role, organisation word or abbreviation ("Jane Doe", "Karen Makishima").
func isPersonName(s string) bool {
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	for _, w := range prose.Tokenize(s) {
		if !validNameToken(w) {
			return false
		}
	}
	return true
}

// subjectBefore returns the subject of the sentence before s in its paragraph or the one before,
// when it is a plain noun phrase ("The memorandum", "The Digital Agency of Japan"), else "".
func (f *eventFinder) subjectBefore(s sentence) string {
	i := f.d.sentenceAt(s.start)
	if i <= 0 || f.d.sents[i-1].block < s.block-1 {
		return ""
	}
	subj := leadingNounPhrase(plainSentence(f.d.sents[i-1].text))
	if subj == "" {
		subj = strings.TrimSpace(plainSentence(subjectOf(f.d.sents[i-1].text)))
	}
	words := strings.Fields(subj)
	if len(words) == 0 || len(words) > 8 || strings.ContainsAny(subj, ",;:()\"“”") {
		return ""
	}
	r, _ := utf8.DecodeRuneInString(subj)
	lw := strings.ToLower(words[0])
	if !unicode.IsUpper(r) || lexicon.SpeakerPronouns[lw] || lw == "it" || lw == "this" || prose.IsStopword(lw) && !lexicon.Determiners[lw] ||
		prose.IsStopword(strings.ToLower(words[len(words)-1])) {
		return ""
	}
	return subj
}
