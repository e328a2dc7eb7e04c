package prose

import (
	"strings"
	"unicode"
)

// Acronym is an abbreviation a text defines, as in "Government Digital Service (GDS)".
type Acronym struct {
	Short string // "GDS"
	Long  string // "Government Digital Service"
}

// Acronyms finds the abbreviations a text defines by the pattern "Long Form (ABBR)", where the capitals
// of ABBR are, in order, the initials of words of Long Form ("Memorandum of Understanding (MoU)",
// "Government Technology Agency (GovTech)", "United Kingdom (U.K.)").
func Acronyms(text string) []Acronym {
	if !strings.Contains(text, "(") {
		return nil
	}
	return AcronymsIn(text, Tokenize(text))
}

// AcronymsIn is Acronyms on text already tokenized.
func AcronymsIn(text string, toks []Token) []Acronym {
	var out []Acronym
	seen := map[string]bool{}
	for i := 0; i+2 < len(toks); i++ {
		if toks[i].Text != "(" || toks[i+2].Text != ")" || toks[i+1].Kind != Word {
			continue
		}
		short := toks[i+1].Text
		caps := capitals(short)
		if len(caps) < 2 || len(caps) > 8 {
			continue
		}
		if long := matchLongForm(text, toks[:i], caps); long != "" && !seen[short] {
			seen[short] = true
			out = append(out, Acronym{Short: short, Long: long})
		}
	}
	return out
}

func capitals(s string) []rune {
	var out []rune
	for _, r := range s {
		if unicode.IsUpper(r) {
			out = append(out, r)
		}
	}
	return out
}

var acronymFiller = map[string]bool{"of": true, "and": true, "the": true, "for": true, "&": true, "on": true, "in": true}

// matchLongForm looks back from the "(" for the shortest run of up to len(caps)+2 capitalised words whose
// letters contain caps in order, starting with the run's first initial. A word contributes its initial,
// or all its capitals when it is dotted or hyphenated ("U.K.-Singapore" gives U, K, S).
func matchLongForm(text string, before []Token, caps []rune) string {
	words := 0
	for s := len(before) - 1; s >= 0 && words <= len(caps)+2; s-- {
		t := before[s]
		if t.Kind != Word && t.Text != "&" {
			return ""
		}
		if acronymFiller[t.Lower()] {
			continue
		}
		if !t.IsCap() {
			return ""
		}
		words++
		var letters []rune
		for _, w := range before[s:] {
			if acronymFiller[w.Lower()] || w.Text == "&" {
				continue
			}
			if strings.ContainsAny(w.Text, ".-") {
				letters = append(letters, capitals(w.Text)...)
			} else {
				letters = append(letters, unicode.ToUpper([]rune(w.Text)[0]))
			}
		}
		if letters[0] == caps[0] && isSubsequence(caps, letters) {
			return text[t.Start:before[len(before)-1].End]
		}
	}
	return ""
}

func isSubsequence(sub, of []rune) bool {
	k := 0
	for _, r := range of {
		if k < len(sub) && r == sub[k] {
			k++
		}
	}
	return k == len(sub)
}
