package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefpack/briefpack/briefing/lexicon"
	"github.com/briefpack/briefpack/briefing/prose"
)

// Word tags: which of the word lists the passes ask about most a word is in, as bits, looked up once
// per token of the source (prepare keeps them on the token, in Tags) instead of once per question.
// A token made later (a part of a sentence tokenized again) has none kept and is looked up when
// asked. Each bit means exactly what the look-up it stands for means: the list, keyed by the
// token's lower-case text.

// wordTag is a set of word lists, as bits.
type wordTag uint32

// The lists a word may be in.
const (
	tagFutureCue           wordTag = 1 << iota // lexicon.FutureCues
	tagIrregularPast                           // lexicon.IrregularPast
	tagPresentEvent                            // lexicon.PresentEventVerbs
	tagNotVerbEd                               // lexicon.NotVerbsEd
	tagSchedule                                // lexicon.ScheduleWords
	tagFutureLead                              // lexicon.FutureLeadWords
	tagIrregularParticiple                     // lexicon.IrregularParticiples
	tagDeterminer                              // lexicon.Determiners
	tagAuxiliary                               // lexicon.Auxiliaries
	tagOpener                                  // openers: may start a date in lower case
	tagCapitalStart                            // capitalStarts: may start a date capitalised
	tagNotName                                 // notNameWords
	tagFirstName                               // a common first name (firstNameGender)
	tagReportingVerb                           // lexicon.ReportingVerbs
	tagPhrasalFirst                            // the first word of a lexicon.PhrasalCues entry
	tagStopword                                // lexicon.Stopwords
	tagRoleNoun                                // lexicon.RoleNouns
	tagRoleModifier                            // lexicon.RoleModifiers
	tagOrganisation                            // lexicon.OrganisationWords
	tagNameParticle                            // lexicon.NameParticles
	tagObjectPreposition                       // lexicon.ObjectPrepositions
	tagSubordinator                            // lexicon.Subordinators
	tagNPDeterminer                            // lexicon.NPDeterminers
	tagCueNoun                                 // lexicon.CueNouns
	tagDocumentNoun                            // lexicon.DocumentNouns
	tagSpeakerPronoun                          // lexicon.SpeakerPronouns
	tagDescriptionNoun                         // lexicon.DescriptionNouns
	tagEventNoun                               // lexicon.EventNouns
	tagHonorific                               // lexicon.Honorifics
	tagTitleAbbrev                             // lexicon.TitleAbbrevs

	tagKnown wordTag = 1 << 31 // on a token: its tags were worked out
)

// taggedLists pairs each tag with the word list it stands for (the first-name and phrasal-cue tags,
// made from a map of genders and from phrases, are added apart).
var taggedLists = []struct {
	tag   wordTag
	words map[string]bool
}{
	{tagFutureCue, lexicon.FutureCues},
	{tagIrregularPast, lexicon.IrregularPast},
	{tagPresentEvent, lexicon.PresentEventVerbs},
	{tagNotVerbEd, lexicon.NotVerbsEd},
	{tagSchedule, lexicon.ScheduleWords},
	{tagFutureLead, lexicon.FutureLeadWords},
	{tagIrregularParticiple, lexicon.IrregularParticiples},
	{tagDeterminer, lexicon.Determiners},
	{tagAuxiliary, lexicon.Auxiliaries},
	{tagOpener, openers},
	{tagCapitalStart, capitalStarts},
	{tagNotName, notNameWords},
	{tagReportingVerb, lexicon.ReportingVerbs},
	{tagStopword, lexicon.Stopwords},
	{tagRoleNoun, lexicon.RoleNouns},
	{tagRoleModifier, lexicon.RoleModifiers},
	{tagOrganisation, lexicon.OrganisationWords},
	{tagNameParticle, lexicon.NameParticles},
	{tagObjectPreposition, lexicon.ObjectPrepositions},
	{tagSubordinator, lexicon.Subordinators},
	{tagNPDeterminer, lexicon.NPDeterminers},
	{tagCueNoun, lexicon.CueNouns},
	{tagDocumentNoun, lexicon.DocumentNouns},
	{tagSpeakerPronoun, lexicon.SpeakerPronouns},
	{tagDescriptionNoun, lexicon.DescriptionNouns},
	{tagEventNoun, lexicon.EventNouns},
	{tagHonorific, lexicon.Honorifics},
	{tagTitleAbbrev, lexicon.TitleAbbrevs},
}

// wordTags maps every word of the tagged lists to its tags.
var wordTags = func() map[string]wordTag {
	m := make(map[string]wordTag, 4096) // about 3,600 words: no growing while it is filled
	for _, l := range taggedLists {
		for w, in := range l.words {
			if in {
				m[w] |= l.tag
			}
		}
	}
	for _, names := range [...]lexicon.List{lexicon.FirstNamesFemale, lexicon.FirstNamesMale, lexicon.FirstNamesUnisex} {
		for _, w := range names { // the words of firstNameGender, each of a gender
			m[w] |= tagFirstName
		}
	}
	for p := range lexicon.PhrasalCues { // so that most words need no pair looked up
		first, _, _ := strings.Cut(p, " ")
		m[first] |= tagPhrasalFirst
	}
	return m
}()

// tagTokens works out and keeps the tags of every token.
func tagTokens(toks []prose.Token) {
	for i := range toks {
		if toks[i].Kind != prose.Word && !nonWordsTagged {
			toks[i].Tags = uint32(tagKnown) // in no list
			continue
		}
		toks[i].Tags = uint32(wordTags[toks[i].Lower()] | tagKnown)
	}
}

// nonWordsTagged says whether a token that is no word could be in a tagged list. The lists hold
// words only (TestTaggedListsHoldWords checks every entry, see listHoldsNonWord), so tokens that are
// numbers, marks or addresses need no look-up.
const nonWordsTagged = false

// listHoldsNonWord reports whether entry w is something the tokenizer would not make a Word of: it
// starts with a digit (a number), is one character that is no letter (a mark), holds "@" or "#" (a
// handle, a hashtag), or holds a dot or a slash without ending in a stop (an address: the tokenizer
// leaves a closing stop out of it; "jan." among the month names ends in its stop).
func listHoldsNonWord(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	last, _ := utf8.DecodeLastRuneInString(w)
	address := strings.ContainsAny(w, "./") && !strings.ContainsRune(".,;:!?'", last)
	return w == "" || unicode.IsDigit(r) || n == len(w) && !unicode.IsLetter(r) || strings.ContainsAny(w, "@#") || address
}

// tagsOf returns the tags of token t: those kept on it, else looked up.
func tagsOf(t *prose.Token) wordTag {
	if tg := wordTag(t.Tags); tg&tagKnown != 0 {
		return tg
	}
	return wordTags[t.Lower()]
}

// is reports whether token t is in any of the lists of tg.
func is(t *prose.Token, tg wordTag) bool { return tagsOf(t)&tg != 0 }
