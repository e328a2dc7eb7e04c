package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefpack/briefpack/briefing/lexicon"
	"github.com/briefpack/briefpack/briefing/prose"
)

// An event told as a noun: "Since its launch in October 2020, CLS has …" dates the launch, not what
// follows. The description names the happening: "Launch of CLS".

// nominalEvent returns the description of a happening told as a noun in a fronted phrase ("Since its
// launch in October 2020, …", "After the signing on Monday, …"), or "".
func (f *eventFinder) nominalEvent(s sentence, text string, toks []prose.Token, ea, eb int) string {
	if isModifierDate(toks, ea, eb) && lexicon.EventNouns[modifiedNoun(toks, eb)] {
		return modifiedPhrase(text, toks, ea, eb)
	}
	if what := nounWithDate(text, toks, ea); what != "" {
		return what
	}
	n := ea - 2 // the noun, before the preposition of the date
	if n < 1 || !lexicon.DatePrepositions[toks[ea-1].Lower()] || !is(&toks[n], tagEventNoun) {
		return ""
	}
	det := toks[n-1].Lower()
	lead := n - 2 // the preposition opening the phrase
	if lead < 0 || !lexicon.ClauseOpeners[toks[lead].Lower()] && !toks[lead].Is("following") || commaBefore(toks, lead) {
		return ""
	}
	noun := upperFirst(toks[n].Text)
	switch det {
	case "its", "their":
		if ante := f.possessor(s, text, toks); ante != "" {
			return noun + " of " + ante
		}
	case "the":
		return "The " + toks[n].Lower()
	}
	return ""
}

// modifiedPhrase describes a happening a date modifies: "Tuesday’s California primary" → "The
// California primary", "McCain's late-2007 turnaround" → "McCain's turnaround".
func modifiedPhrase(text string, toks []prose.Token, ea, eb int) string {
	end := eb
	for end < len(toks) && end < eb+4 && toks[end].Kind == prose.Word && !is(&toks[end], tagStopword) {
		end++
		if is(&toks[end-1], tagEventNoun) {
			break
		}
	}
	head := text[toks[eb].Start:toks[end-1].End]
	if ea > 0 && (strings.HasSuffix(toks[ea-1].Text, "’s") || strings.HasSuffix(toks[ea-1].Text, "'s")) && toks[ea-1].IsCap() {
		return toks[ea-1].Text + " " + head
	}
	return "The " + head
}

// nounWithDate describes a happening named before its date in a sentence that tells no other
// happening ("… promotes ideas about the Oklahoma City bombing in 1995" → "The Oklahoma City
// bombing").
func nounWithDate(text string, toks []prose.Token, ea int) string {
	n := ea - 2
	if n < 1 || !lexicon.DatePrepositions[toks[ea-1].Lower()] || !is(&toks[n], tagEventNoun) || pastOrFuture(toks) {
		return ""
	}
	np := nounPhraseBefore(toks, n+1)
	if np >= n || !toks[np].IsCap() && !isArticle(toks[np]) {
		return ""
	}
	return upperFirst(text[toks[np].Start:toks[n].End])
}

// commaBefore reports whether a comma stands before token i in its sentence (the phrase is then not
// fronted).
func commaBefore(toks []prose.Token, i int) bool {
	for k := 0; k < i; k++ {
		if toks[k].Text == "," {
			return true
		}
	}
	return false
}

// possessor is what "its" in a fronted phrase stands for: the subject of the main clause when it is a
// name ("Since its launch …, CLS has …"), else the subject of the sentence before.
func (f *eventFinder) possessor(s sentence, text string, toks []prose.Token) string {
	for k := range toks {
		if toks[k].Text == "," {
			if np := leadingNounPhrase(text[toks[k].End:]); np != "" && !startsWithNumber(np) {
				return np
			}
			break
		}
	}
	return f.subjectBefore(s)
}

func startsWithNumber(s string) bool {
	w, _, _ := strings.Cut(s, " ")
	return numberWords[strings.ToLower(w)] > 0 || w != "" && w[0] >= '0' && w[0] <= '9'
}

// leadingNounPhrase returns the noun phrase a clause opens with, after a fronted phrase ("Designed on
// an open architecture, Beeline enables …" → "Beeline"): a proper name ("The Digital Agency of
// Japan"), or an article and up to three words before the verb ("The memorandum"); "" when it does
// not open with one.
func leadingNounPhrase(text string) string {
	toks := prose.Tokenize(text)
	i := afterFrontedPhrase(toks)
	if i >= len(toks) {
		return ""
	}
	start := i
	if isArticle(toks[i]) || toks[i].Is("this") {
		i++
	}
	for j := i; j < len(toks) && j < i+8; j++ {
		if !inLeadingPhrase(toks, j, i, start) {
			return phraseText(text, toks, start, j)
		}
	}
	return ""
}

// afterFrontedPhrase returns where a clause's subject starts: after a fronted participle or
// prepositional phrase and its comma ("Designed on an open architecture, …"), else 0.
func afterFrontedPhrase(toks []prose.Token) int {
	if len(toks) == 0 || !(isParticiple(toks[0]) || is(&toks[0], tagStopword) && !is(&toks[0], tagDeterminer)) {
		return 0
	}
	i := 0
	for i < len(toks) && toks[i].Text != "," {
		i++
	}
	return i + 1
}

// inLeadingPhrase reports whether toks[j] continues a subject noun phrase that starts at start (its
// words after an article from i): a capitalised word (not a title), "of"/"and"/"for" inside a name,
// or after an article up to three common words that are not verbs ("The memorandum").
func inLeadingPhrase(toks []prose.Token, j, i, start int) bool {
	t := toks[j]
	switch {
	case t.Kind == prose.Word && (t.IsCap() || t.IsAllCaps()):
		return !lexicon.Honorifics[strings.ToLower(strings.TrimSuffix(t.Text, "."))]
	case t.Is("of") || t.Is("and") || t.Is("for"):
		return j+1 < len(toks) && toks[j+1].IsCap() && j > i
	case t.Kind != prose.Word || start == i || j-i >= 3:
		return false
	}
	lw := t.Lower()
	return !prose.IsStopword(lw) && !isActionAt(toks, j, j-1) && !lexicon.Auxiliaries[lw] && !strings.HasSuffix(lw, "s")
}

// phraseText returns the text of tokens [a, b), or "" when it has no word after an article.
func phraseText(text string, toks []prose.Token, a, b int) string {
	if b <= a || b == a+1 && isArticle(toks[a]) {
		return ""
	}
	return text[toks[a].Start:toks[b-1].End]
}

func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}
