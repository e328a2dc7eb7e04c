package extract

import (
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/briefpack/briefpack/briefing/lexicon"
	"github.com/briefpack/briefpack/briefing/prose"
)

// actionStems are the stems of verbs (and their nouns) that say what an event is.
var actionStems = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range lexicon.ActionVerbs {
		m[prose.Stem(w)] = true
	}
	return m
}()

// actionGroup maps the stem of a verb to the stem standing for its group of synonyms ("introduc" →
// "launch"), so two wordings of one happening share their action.
var actionGroup = func() map[string]string {
	m := map[string]string{}
	for _, line := range lexicon.ActionSynonyms {
		words := strings.Fields(line)
		for _, w := range words {
			m[prose.Stem(w)] = prose.Stem(words[0])
		}
	}
	return m
}()

// commonAbbreviations apply in every source (briefing/lexicon/lists/common-abbreviations.txt).
var commonAbbreviations = func() []prose.Acronym {
	var out []prose.Acronym
	for _, line := range lexicon.CommonAbbreviations {
		if short, long, ok := strings.Cut(line, "|"); ok {
			out = append(out, prose.Acronym{Short: short, Long: long})
		}
	}
	return out
}()

// withHeadNouns adds, for each long form of the shape "X of Y", its head noun X standing alone with
// "the" for the short form: a source that speaks of a "Memorandum of Understanding (MoU)" may go on to
// say "the Memorandum".
func withHeadNouns(acr []prose.Acronym) []prose.Acronym {
	out := append([]prose.Acronym(nil), acr...)
	for _, a := range acr {
		head, rest, ok := strings.Cut(a.Long, " of ")
		if ok && rest != "" && !strings.Contains(head, " ") && !lexicon.Stopwords[strings.ToLower(head)] {
			out = append(out, prose.Acronym{Short: "the " + a.Short, Long: "the " + head})
		}
	}
	return out
}

// commonAbbreviationsIn returns the common abbreviations whose long form the sentences spell out, in
// any case ("Memorandum of Understanding", "memorandum of understanding"): a pass over the words that
// compares the rest only where a long form's first word stands.
func commonAbbreviationsIn(sents []sentence) []prose.Acronym {
	found := make([]bool, len(commonAbbreviations))
	var out []prose.Acronym
	for _, s := range sents {
		for _, t := range s.toks {
			if !commonFirstShapes.may(t.Lower()) {
				continue
			}
			for _, i := range commonFirstWords[t.Lower()] {
				if !found[i] && len(s.text)-t.Start >= len(commonAbbreviations[i].Long) &&
					strings.EqualFold(s.text[t.Start:t.Start+len(commonAbbreviations[i].Long)], commonAbbreviations[i].Long) {
					found[i] = true
					out = append(out, commonAbbreviations[i])
				}
			}
		}
	}
	return out
}

// commonFirstWords maps the first word of each common long form (lower case) to its abbreviations.
var commonFirstWords = func() map[string][]int {
	m := map[string][]int{}
	for i, a := range commonAbbreviations {
		first, _, _ := strings.Cut(strings.ToLower(a.Long), " ")
		m[first] = append(m[first], i)
	}
	return m
}()

// commonFirstShapes is a quick test before commonFirstWords: the first byte and length of each word.
var commonFirstShapes = func() wordShapes {
	var s wordShapes
	for w := range commonFirstWords {
		s.add(w)
	}
	return s
}()

var timeWords = func() map[string]bool {
	m := map[string]bool{"today": true, "yesterday": true, "tomorrow": true, "year": true, "month": true,
		"week": true, "day": true, "this": true, "last": true, "next": true, "annual": true}
	for k := range prose.MonthNames {
		m[k] = true
	}
	for k := range prose.WeekdayNames {
		m[k] = true
	}
	return m
}()

// abbreviation is an abbreviation with both forms folded and padded for whole-word replacement.
type abbreviation struct{ long, short string }

// abbreviations are a source's abbreviations for eventKeys, in the order they are folded, with a
// finder of their long forms: most descriptions hold none.
type abbreviations struct {
	list        []abbreviation
	own, common *lexicon.Finder // the long forms of the source's own, and of the universal ones
}

// holds reports whether text holds the long form of one of the abbreviations.
func (a *abbreviations) holds(text string) bool { return a.own.In(text) || a.common.In(text) }

// foldAbbreviations prepares a source's abbreviations, then the universal ones, for eventKeys.
func foldAbbreviations(acr []prose.Acronym) *abbreviations {
	common := foldedCommon()
	own := withHeadNouns(acr)
	out := make([]abbreviation, 0, len(own)+len(common.list))
	for _, a := range own {
		out = append(out, abbreviation{" " + Fold(a.Long) + " ", " " + Fold(a.Short) + " "})
	}
	ownLongs := longForms(out)
	out = append(out, common.list...)
	return &abbreviations{list: out, own: lexicon.NewFinder(ownLongs...), common: common.common}
}

// longForms returns the long forms of the abbreviations.
func longForms(list []abbreviation) []string {
	out := make([]string, len(list))
	for i, a := range list {
		out[i] = a.long
	}
	return out
}

// foldedCommon is the universal abbreviations folded, once for every source.
var foldedCommon = sync.OnceValue(func() *abbreviations {
	out := make([]abbreviation, 0, len(commonAbbreviations))
	for _, a := range commonAbbreviations {
		out = append(out, abbreviation{" " + Fold(a.Long) + " ", " " + Fold(a.Short) + " "})
	}
	return &abbreviations{list: out, common: lexicon.NewFinder(longForms(out)...)}
})

// eventKeys returns the stemmed content words and action stems of a description, with abbreviations
// the source defines (and a few universal ones) folded to their short forms.
func eventKeys(text string, abbr *abbreviations) (keys, actions []string) {
	f := " " + Fold(text) + " "
	if abbr != nil && abbr.holds(f) {
		for _, a := range abbr.list {
			if strings.Contains(f, a.long) {
				f = strings.ReplaceAll(f, a.long, a.short)
			}
		}
	}
	for w := range strings.FieldsSeq(f) {
		if prose.IsStopword(w) || timeWords[w] || isDigits(w) {
			continue
		}
		st := prose.Stem(w)
		if g, ok := actionGroup[st]; ok && actionStems[st] {
			st = g
		}
		if slices.Contains(keys, st) || slices.Contains(actions, st) { // a description has a few words
			continue
		}
		if actionStems[st] {
			actions = append(actions, st)
		} else {
			keys = append(keys, st)
		}
	}
	sort.Strings(keys)
	sort.Strings(actions)
	return keys, actions
}

var possessives = strings.NewReplacer("’s ", " ", "'s ", " ", "’s,", ",", "'s,", ",", "s’ ", "s ")

// Fold is prose.Fold with possessives removed ("UK’s" → "uk"), for comparing descriptions.
func Fold(s string) string {
	if !hasApostrophe(s) { // every possessive has one
		return prose.Fold(s + " ")
	}
	return prose.Fold(possessives.Replace(s + " "))
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
