package extract

import (
	"testing"

	"github.com/briefpack/briefpack/briefing/lexicon"
	"github.com/briefpack/briefpack/briefing/prose"
	"github.com/briefpack/briefpack/internal/testshared"
)

// TestTagsAreTheLists holds the tags kept on tokens to the lists they stand for: for every token of
// the seeds, the sample library and a few awkward texts, each tag is set exactly when the token's
// lower-case text is in its list.
func TestTagsAreTheLists(t *testing.T) {
	lists := map[wordTag]map[string]bool{
		tagFutureCue: lexicon.FutureCues, tagIrregularPast: lexicon.IrregularPast, tagPresentEvent: lexicon.PresentEventVerbs,
		tagNotVerbEd: lexicon.NotVerbsEd, tagSchedule: lexicon.ScheduleWords, tagFutureLead: lexicon.FutureLeadWords,
		tagIrregularParticiple: lexicon.IrregularParticiples, tagDeterminer: lexicon.Determiners, tagAuxiliary: lexicon.Auxiliaries,
		tagOpener: openers, tagCapitalStart: capitalStarts, tagNotName: notNameWords, tagReportingVerb: lexicon.ReportingVerbs,
		tagStopword: lexicon.Stopwords, tagRoleNoun: lexicon.RoleNouns, tagRoleModifier: lexicon.RoleModifiers,
		tagOrganisation: lexicon.OrganisationWords, tagNameParticle: lexicon.NameParticles, tagObjectPreposition: lexicon.ObjectPrepositions,
		tagSubordinator: lexicon.Subordinators, tagNPDeterminer: lexicon.NPDeterminers, tagCueNoun: lexicon.CueNouns,
		tagDocumentNoun: lexicon.DocumentNouns, tagSpeakerPronoun: lexicon.SpeakerPronouns, tagDescriptionNoun: lexicon.DescriptionNouns,
		tagEventNoun: lexicon.EventNouns, tagHonorific: lexicon.Honorifics, tagTitleAbbrev: lexicon.TitleAbbrevs,
	}
	texts := []string{"Jan. 5, 2019: the U.K. said www.gov.uk/news #tag @handle 3rd 5PM — will, Mr. Dr Roe’s",
		"Mary MARY mary; ELECTED elected Elected. Sept. sept. Q3 q3 mid-2019 ‘said’ shot back"}
	for _, b := range testshared.SeedTexts(t) {
		texts = append(texts, string(b))
	}
	for _, text := range texts {
		toks := prose.Tokenize(text)
		untagged := append([]prose.Token(nil), toks...)
		tagTokens(toks)
		for i := range toks {
			lw := toks[i].Lower()
			for tg, list := range lists {
				if got, want := is(&toks[i], tg), list[lw]; got != want {
					t.Fatalf("%q: tag %b is %v, the list says %v", toks[i].Text, tg, got, want)
				}
				if is(&untagged[i], tg) != list[lw] {
					t.Fatalf("%q untagged: tag %b disagrees with its list", toks[i].Text, tg)
				}
			}
			if got, want := is(&toks[i], tagFirstName), firstNameGender[lw] != 0; got != want {
				t.Fatalf("%q: first-name tag %v, want %v", toks[i].Text, got, want)
			}
		}
	}
}

// TestTaggedListsHoldWords holds up nonWordsTagged: no entry of a tagged list is a number, a mark,
// a handle or an address, so tagTokens may skip tokens that are no words. An entry that breaks this
// must turn nonWordsTagged to true.
func TestTaggedListsHoldWords(t *testing.T) {
	for w := range wordTags {
		if listHoldsNonWord(w) && !nonWordsTagged {
			t.Errorf("tagged list entry %q is no word: set nonWordsTagged", w)
		}
	}
	for _, w := range []string{"3rd", "#tag", "@handle", "gov.uk", "/", ""} {
		if !listHoldsNonWord(w) {
			t.Errorf("listHoldsNonWord(%q) = false", w)
		}
	}
	for _, w := range []string{"jan.", "said", "o'brien", "mr."} {
		if listHoldsNonWord(w) {
			t.Errorf("listHoldsNonWord(%q) = true", w)
		}
	}
}
