package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefpack/briefpack/briefing/lexicon"
	"github.com/briefpack/briefpack/briefing/prose"
)

// assemble joins the kept tokens of [lo, hi) with the source's own spacing.
func assemble(sent string, toks []prose.Token, drop []bool, lo, hi int) string {
	var b strings.Builder
	prevEnd := -1
	for i := lo; i < hi && i < len(toks); i++ {
		if drop[i] {
			prevEnd = -2 // a gap: the next token gets one space
			continue
		}
		t := toks[i]
		switch {
		case prevEnd == -1:
		case prevEnd == -2:
			if b.Len() > 0 && !isClosing(t.Text) {
				b.WriteByte(' ')
			}
		case t.Start > prevEnd:
			b.WriteByte(' ')
		}
		b.WriteString(t.Text)
		prevEnd = t.End
	}
	return b.String()
}

func isClosing(s string) bool {
	return s == "," || s == "." || s == ";" || s == ":" || s == ")" || s == "”"
}

func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || !unicode.IsUpper(r) {
		return s
	}
	// keep proper nouns ("Launched" → "launched", but "GovTech" stays)
	if n < len(s) {
		r2, _ := utf8.DecodeRuneInString(s[n:])
		if unicode.IsUpper(r2) {
			return s
		}
	}
	return string(unicode.ToLower(r)) + s[n:]
}

var tidySpaces = strings.NewReplacer(" ,", ",", " .", ".", "( ", "(", " )", ")", ",,", ",")

// detailCuts mark where trailing detail starts in a description: a comma and a word of the lexicon's
// clause-cut list (", with …"), a semicolon, a dash, a colon.
var detailCuts = func() []string {
	out := []string{"; ", " – ", " — ", " - ", ": "}
	for _, w := range lexicon.ClauseCutWords {
		out = append(out, ", "+w+" ")
	}
	return out
}()

// cleanWhat tidies a description: trailing detail cut, at most ~110 characters, first letter capital.
func cleanWhat(s string) string {
	s = squeezeSpace(s)
	s = tidySpaces.Replace(s)
	s = strings.TrimLeft(s, ",;:-–—” ")
	s = withoutLead(s)
	s = afterTitle(s)
	for _, cut := range detailCuts {
		if i := strings.Index(s, cut); i > 30 {
			s = s[:i]
		}
	}
	if len(s) > 100 {
		s = cutPurpose(s)
	}
	s = shortenWords(s, maxWhatWords)
	s = trimDangling(s)
	r, n := utf8.DecodeRuneInString(s)
	if n > 0 && unicode.IsLower(r) {
		s = string(unicode.ToUpper(r)) + s[n:]
	}
	return s
}

// withoutLead drops what a description should not open with: "According to" (the report is the
// news), "Pointing to", "Citing" (what is pointed to is), and an unmatched opening quotation mark.
func withoutLead(s string) string {
	for _, lead := range []string{"according to ", "pointing to ", "citing ", "referring to "} {
		if len(s) > len(lead)+20 && strings.EqualFold(s[:len(lead)], lead) {
			s = s[len(lead):]
			break
		}
	}
	if openQuote([]string{s}) {
		for _, m := range []string{"“", "\"", "''"} {
			if strings.HasPrefix(s, m) {
				return strings.TrimSpace(s[len(m):])
			}
		}
	}
	return s
}

// afterTitle handles a list item's title before its statement, "The Harbour Data Office (HDO):
// This office was opened within the port authority": the statement is the event, with its demonstrative
// subject replaced by the title ("The Harbour Data Office was opened within the port authority").
func afterTitle(s string) string {
	i := strings.Index(s, ": ")
	if i < 10 || strings.ContainsAny(s[:i], "\"“”'‘’") || prose.CountWords(s[:i]) > 12 || hasAction(prose.Tokenize(s[:i])) {
		return s
	}
	head, rest := strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+2:])
	rtoks := prose.Tokenize(rest)
	if !hasAction(rtoks) || len(rtoks) < 3 {
		return s
	}
	if (rtoks[0].Is("This") || rtoks[0].Is("These") || rtoks[0].Is("It")) && len(rtoks) > 2 {
		k := 1
		if rtoks[0].Is("It") {
			k = 0
		}
		if k == 0 || rtoks[1].Kind == prose.Word && !rtoks[1].IsCap() && !isActionAt(rtoks, 1, 0) {
			return head + rest[rtoks[k].End:]
		}
	}
	if rtoks[0].Is("The") && rtoks[1].Kind == prose.Word && strings.Contains(strings.ToLower(head), rtoks[1].Lower()) {
		return head + rest[rtoks[1].End:] // "Amendments to the Act: The amendments came …"
	}
	return rest
}

// maxWhatWords is the length a description is held to.
const maxWhatWords = 25

// shortenWords holds s to about max words without cutting a clause in two where it can: it ends at
// the last clause boundary (a comma, "which", "who", "while", "after", "because", "and", "but", a
// purpose "to") that leaves at least five words, else at the last word that fits. It never adds an
// ellipsis.
func shortenWords(s string, max int) string {
	words := strings.Fields(s)
	if len(words) <= max+3 {
		return s
	}
	cut := -1
	for i := max; i >= 5; i-- {
		if openQuote(words[:i]) {
			continue // never end inside a quotation
		}
		w := strings.ToLower(words[i])
		if strings.HasSuffix(words[i-1], ",") || lexicon.ClauseOpeners[w] || w == "which" || w == "who" || w == "and" || w == "but" || w == "to" && words[i-1] != "not" || w == "with" {
			cut = i
			break
		}
	}
	if cut < 0 {
		cut = max
	}
	return strings.Join(words[:cut], " ")
}

// openQuote reports whether words leave a quotation open.
func openQuote(words []string) bool {
	text := strings.Join(words, " ")
	return strings.Count(text, "“") > strings.Count(text, "”") || (strings.Count(text, "\"")+strings.Count(text, "''"))%2 == 1
}

// trimDangling removes what a removed date leaves hanging: "on the evening of", a final "of" or "the".
func trimDangling(s string) string {
	for {
		s = strings.TrimRight(s, " ,;:.")
		i := strings.LastIndexByte(s, ' ')
		if i < 0 {
			return s
		}
		if !lexicon.DanglingWords[strings.ToLower(s[i+1:])] {
			return s
		}
		s = s[:i]
	}
}

// cutPurpose drops a purpose clause ("… to strengthen collaboration in …") or a second verb
// ("… and supports …") from a long description.
func cutPurpose(s string) string {
	toks := prose.Tokenize(s)
	seenVerb, quoted := false, false
	for i, t := range toks {
		if isQuoteMark(t) {
			quoted = !quoted
		}
		if t.Kind != prose.Word || quoted {
			continue
		}
		lw := t.Lower()
		if isParticiple(t) || is(&t, tagPresentEvent|tagFutureCue) {
			seenVerb = true
			continue
		}
		if !seenVerb || i+1 >= len(toks) || t.Start < 30 {
			continue
		}
		next := toks[i+1]
		if lw == "to" && next.Kind == prose.Word && !next.IsCap() && !is(&next, tagStopword) && !toks[i-1].Is("not") &&
			!lexicon.InfinitiveVerbs[toks[i-1].Lower()] && !lexicon.ToNouns[toks[i-1].Lower()] { // "agreed to widen …", "an approach to cloud hosting": what it is about, not a purpose
			return s[:t.Start]
		}
		if lw == "and" && next.Kind == prose.Word && !next.IsCap() && (strings.HasSuffix(next.Lower(), "s") || isParticiple(next)) {
			return s[:t.Start]
		}
	}
	return s
}
