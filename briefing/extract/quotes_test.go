package extract

import (
	"strings"
	"testing"
)

// quoteCase is one short text written for these tests and the quotation it must give.
type quoteCase struct {
	name, text string
	quote      string // the start of the quotation's text
	speaker    string // "" for unattributed
	partial    bool
}

func checkQuoteCases(t *testing.T, tests []quoteCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := run(t, "case.txt", tc.text)
			checkProvenance(t, x)
			for _, q := range x.Quotes {
				if strings.HasPrefix(q.Text, tc.quote) {
					if q.Speaker != tc.speaker {
						t.Errorf("speaker %q, want %q", q.Speaker, tc.speaker)
					}
					if q.Partial != tc.partial {
						t.Errorf("partial %v, want %v", q.Partial, tc.partial)
					}
					return
				}
			}
			t.Errorf("no quotation starting %q; got %+v", tc.quote, x.Quotes)
		})
	}
}

// TestCueForms: every way news writes who said something, before or after the words, in any tense,
// with or without a comma.
func TestCueForms(t *testing.T) {
	checkQuoteCases(t, []quoteCase{
		{"said after, name first", "“The bridge opens in May,” Lena Morr said.\n", "The bridge opens", "Lena Morr", false},
		{"said after, verb first", "“The bridge opens in May,” said Lena Morr.\n", "The bridge opens", "Lena Morr", false},
		{"says, present tense", "\"We are not giving up on the line,\" Ivo Tamm says.\n", "We are not giving up", "Ivo Tamm", false},
		{"told reporters", "“Nobody has asked us yet,” Ivo Tamm told reporters on Friday.\n", "Nobody has asked us", "Ivo Tamm", false},
		{"added", "“It will cost less than the tunnel,” Ivo Tamm added.\n", "It will cost less", "Ivo Tamm", false},
		{"wrote", "“The figures do not add up,” Ivo Tamm wrote in a letter to the board.\n", "The figures do not", "Ivo Tamm", false},
		{"noted", "“Two of the ferries are thirty years old,” noted Ivo Tamm.\n", "Two of the ferries", "Ivo Tamm", false},
		{"asked", "“Who will pay for the night service?” Ivo Tamm asked.\n", "Who will pay", "Ivo Tamm", false},
		{"argued", "“A toll would only push drivers onto the old road,” Ivo Tamm argued.\n", "A toll would only", "Ivo Tamm", false},
		{"warned", "“Without repairs the pier will close,” warned Ivo Tamm.\n", "Without repairs", "Ivo Tamm", false},
		{"urged", "“Sign the petition before Monday,” Ivo Tamm urged residents.\n", "Sign the petition", "Ivo Tamm", false},
		{"announced", "“Fares will fall by a tenth,” Ivo Tamm announced.\n", "Fares will fall", "Ivo Tamm", false},
		{"tweeted", "“Thank you to every volunteer today,” Ivo Tamm tweeted.\n", "Thank you to every", "Ivo Tamm", false},
		{"posted", "“The harbour is open again,” Ivo Tamm posted on his page.\n", "The harbour is open", "Ivo Tamm", false},
		{"according to", "“The survey found cracks in two piers,” according to Ivo Tamm.\n", "The survey found", "Ivo Tamm", false},
		{"in a statement", "“We regret the delay,” Ivo Tamm said in a statement.\n", "We regret the delay", "Ivo Tamm", false},
		{"introduced words ending in a cry are not the next sentence's", "Mara Lind met Peter Holm at the pier. Peter Holm wrote to her that night, telling her, “you are the best we have!” She replied that it was an honour.\n", "you are the best", "Peter Holm", false},
		{"colon before", "Ivo Tamm said: “The line will run every hour.”\n", "The line will run", "Ivo Tamm", false},
		{"comma before", "Ivo Tamm said, \"The line will run every hour.\"\n", "The line will run", "Ivo Tamm", false},
		{"no comma before", "Ivo Tamm said \"the line will run every hour\" once the bridge opens.\n", "the line will run", "Ivo Tamm", true},
		{"verb opening the sentence", "Ivo Tamm runs the port.\n\nSaid Mr Tamm: “The queue is shorter already.”\n", "The queue is shorter", "Ivo Tamm", false},
		{"question mark, attribution a sentence of its own", "“Why now?” Ivo Tamm asked. “The money was there last year.”\n", "Why now?", "Ivo Tamm", false},
		{"shot back", "“That is simply not true,” Ivo Tamm shot back.\n", "That is simply not", "Ivo Tamm", false},
		{"asked by", "The minister was asked by host Rita Vaher, “Will the fares rise next year?”\n", "Will the fares rise", "Rita Vaher", false},
	})
}

// TestQuotationShapes: several quotations in one paragraph, a split quotation joined with its parts,
// scare quotes or a title beside a real quotation, a quotation over paragraphs, fragments inside
// reported speech.
func TestQuotationShapes(t *testing.T) {
	t.Run("two quotations by two people in one paragraph", func(t *testing.T) {
		x := run(t, "a.txt", "“We want the bridge,” Ivo Tamm said, but Rita Vaher replied: “We want the ferry.”\n")
		if len(x.Quotes) != 2 || x.Quotes[0].Speaker != "Ivo Tamm" || x.Quotes[1].Speaker != "Rita Vaher" {
			t.Fatalf("got %+v", x.Quotes)
		}
	})
	t.Run("split quotation is one quotation with two parts", func(t *testing.T) {
		x := run(t, "a.txt", "“The pier is safe,” Ivo Tamm said at the harbour. “We checked it twice this week.”\n")
		if len(x.Quotes) != 1 || len(x.Quotes[0].Parts) != 2 || x.Quotes[0].Speaker != "Ivo Tamm" {
			t.Fatalf("got %+v", x.Quotes)
		}
		checkProvenance(t, x)
	})
	t.Run("a title in quotation marks does not hide the quotation", func(t *testing.T) {
		x := run(t, "a.txt", "Speaking on the show “Island Hour”, Ivo Tamm said: “The timetable is final.”\n")
		if len(x.Quotes) != 1 || !strings.HasPrefix(x.Quotes[0].Text, "The timetable") || x.Quotes[0].Speaker != "Ivo Tamm" {
			t.Fatalf("got %+v", x.Quotes)
		}
	})
	t.Run("scare quotes are no quotation", func(t *testing.T) {
		x := run(t, "a.txt", "The so-called “island tax” has been in the news again this spring.\n")
		if len(x.Quotes) != 0 {
			t.Fatalf("got %+v", x.Quotes)
		}
	})
	checkQuoteCases(t, []quoteCase{
		{"fragment in reported speech", "Ivo Tamm called the new timetable “a step backwards” for the night workers.\n", "a step backwards", "Ivo Tamm", true},
		{"fragment after a that-clause", "Rita Vaher said that the plan was “far too late”.\n", "far too late", "Rita Vaher", true},
		{"fragment in the main clause after a while-clause", "While Ivo Tamm praised the “bold” plan, Rita Vaher called it “a gamble”.\n", "a gamble", "Rita Vaher", true},
		{"fragment after a verb only expected is the main speaker's", "Mara Lind says she expects the mayor, Peter Holm, to announce a “fresh start” for the port.\n", "fresh start", "Mara Lind", true},
		{"fragment after a subordinate verb of speech", "“We did our part,” Ivo Tamm said, after Rita Vaher said the port was “out of date”.\n", "out of date", "Rita Vaher", true},
	})
}

// TestSpeakerPasses: each pass of speaker resolution, most certain first.
func TestSpeakerPasses(t *testing.T) {
	checkQuoteCases(t, []quoteCase{
		{"name, apposition, verb", "“We will publish the survey,” Ivo Tamm, the head of the Port Office, said.\n", "We will publish", "Ivo Tamm", false},
		{"verb, name, apposition", "“We will publish the survey,” said Ivo Tamm, head of the Port Office.\n", "We will publish", "Ivo Tamm", false},
		{"role before the name", "“We will publish the survey,” Port Office director Ivo Tamm said.\n", "We will publish", "Ivo Tamm", false},
		{"role, name in apposition", "Head of the Port Office, Ivo Tamm, said: “We will publish the survey.”\n", "We will publish", "Ivo Tamm", false},
		{"name, role, organisation", "Ivo Tamm, Director, Port Office, said, “We will publish the survey.”\n", "We will publish", "Ivo Tamm", false},
		{"name qualifying a role is not the speaker", "“We will publish the survey,” Tamm spokeswoman Rita Vaher said.\n", "We will publish", "Rita Vaher", false},
		{"a name after of is not the speaker", "“We will publish the survey,” said Rita Vaher of Port Watch.\n", "We will publish", "Rita Vaher", false},
		{"title and surname to the full name", "Dr Rita Vaher leads the review.\n\n“The report is due in June,” Dr Vaher said.\n", "The report is due", "Rita Vaher", false},
		{"a capitalised common word opening the sentence is no part of the name", "Meanwhile Rita Vaher said the report was late, and meanwhile the board waited.\n\n“The report is due in June,” Vaher said.\n", "The report is due", "Rita Vaher", false},
		{"a capitalised role word before a first name is no part of the name", "The panel heard from a journalist.\n\n“Nobody checked the figures,” said Journalist Rita Vaher.\n", "Nobody checked", "Rita Vaher", false},
		{"surname to a full name given only in the possessive", "Port director Alan Reeve's plan drew a crowd.\n\n“The work starts in May,” Reeve said.\n", "The work starts", "Alan Reeve", false},
		{"surname to the full name", "Rita Vaher leads the review.\n\n“The report is due in June,” Vaher said.\n", "The report is due", "Rita Vaher", false},
		{"she to the subject of the sentence before", "Rita Vaher visited the pier on Monday. “The report is due in June,” she said.\n", "The report is due", "Rita Vaher", false},
		{"he skips a woman named since", "Ivo Tamm spoke first. His deputy, Rita Vaher, nodded. “We are ready,” he said.\n", "We are ready", "Ivo Tamm", false},
		{"he to the subject after a linking word and an aside", "John Lind, the mayor, opened the pier.\n\nPeter Nord said: “No city has managed it.”\n\nAnd Lind, for all the work he did on the plan, seems to agree. “We do not know yet,” he said.\n", "We do not know yet", "John Lind", false},
		{"he to the subject, not to people speaking in a relative clause", "“It is late,” said Peter Nord.\n\nSpeaking on the radio, John Lind avoided attacking his rivals, particularly Govs. Mark Berg and Peter Nord, who say he is new. He dismissed it, saying, “We raised more than ever.”\n", "We raised more than ever", "John Lind", false},
		{"she to the speaker of an attribution between commas", "John Lind, the mayor, opened the pier.\n\nAnd Lind, said Mary Park, who worked for him, never forgets a slight. “He keeps a list,” she said.\n", "He keeps a list", "Mary Park", false},
		{"a capitalised adverb opening the sentence is no speaker", "John Lind, the mayor, opened the pier.\n\nEarly in his term, Lind attacked the council, calling its budget “a failed plan.”\n", "a failed plan", "John Lind", true},
		{"she to the speaker of an aside after the name", "Mary Park runs the ferry office.\n\nThat, ferry chief Mary Park explained, is by design. “We planned it this way,” she said.\n", "We planned it this way", "Mary Park", false},
		{"she to the subject after an opening adverbial phrase", "Mary Park, the mayor, opened the pier.\n\nEarlier in the year, Park, who grew up by the harbour, was critical of the plan. “It is far too small,” she said.\n", "It is far too small", "Mary Park", false},
		{"an adverb before a name links, the name is the subject", "Mary Park, the mayor, opened the pier.\n\nPeter Nord spoke next. “We will build more,” he said.\n\nMeanwhile Park, who won the vote, spoke about the budget. “It is far too small,” she said.\n", "It is far too small", "Mary Park", false},
		{"a contracted has after the subject", "“We waited,” said Mary Park, a trader.\n\nJohn Lind's been saying it for weeks. “The pier is too short,” he said.\n", "The pier is too short", "John Lind", false},
		{"he to the last speaker when the sentence before names no one", "“The work starts now,” Ivo Tamm said.\n\nThe crowd cheered.\n\n“It will take a year,” he said.\n", "It will take a year", "Ivo Tamm", false},
		{"a description stays a description", "“The harbour is safe,” a port authority spokeswoman said.\n", "The harbour is safe", "a port authority spokeswoman", false},
		{"the company", "Ivo Tamm founded Tamm Ferries in 1998.\n\n“Fares will not rise,” the company said.\n", "Fares will not rise", "the company", false},
		{"officials", "“The road will reopen on Friday,” officials said.\n", "The road will reopen", "officials", false},
		{"an organisation by its acronym", "The Port Safety Board (PSB) met on Monday.\n\n“The pier can reopen,” the PSB said.\n", "The pier can reopen", "Port Safety Board (PSB)", false},
		{"a paragraph of quotation goes on with the same speaker", "“The work starts now,” Ivo Tamm said.\n\n“We have waited long enough for this bridge.”\n", "We have waited long", "Ivo Tamm", false},
		{"the statement refers to the document quoted before", "The Port Office (PO) issued a notice.\nThe PO notice states:\nThe pier closes at dusk from Monday.\nThe notice goes on to add:\nVisitors must keep to the marked paths at all times.\n", "Visitors must keep", "Port Office (PO)", false},
	})
}

// TestUnattributed: when no pass is sure, the quotation has no speaker — never a nearby name, a place,
// a party or a headline.
func TestUnattributed(t *testing.T) {
	checkQuoteCases(t, []quoteCase{
		{"no cue at all", "Ivo Tamm walked along the pier.\n\n“The tide comes in fast here, faster than anyone expects.”\n\nRita Vaher looked at the sky.\n", "The tide comes in", "", false},
		{"he with only a woman before", "Rita Vaher opened the meeting. “We will vote at noon,” he said.\n", "We will vote at noon", "", false},
		{"a place is no speaker", "“The islands deserve better,” Iowa said in the headline.\n", "The islands deserve", "", false},
		{"a party is no speaker", "“The islands deserve better,” Republicans said.\n", "The islands deserve", "", false},
		{"the words of a described person are not given to a name", "Ivo Tamm spoke at noon. The former mayor listened. “I was never asked,” he said.\n", "I was never asked", "", false},
	})
}

// TestPeopleForms: honorifics and names (Tan, Sri and He are names), initials after a title, roles
// before a name and in dashes, "former" kept.
func TestPeopleForms(t *testing.T) {
	tests := []struct {
		name, text, person, role, honorific string
		former                              bool
	}{
		{"Tan is a surname", "Mr Tan Wei Ming, chief executive of the Port Office, opened the pier.\n", "Tan Wei Ming", "chief executive of the Port Office", "Mr", false},
		{"initials after a title", "Dr S. Rajan, director of the Island Clinic, spoke first.\n", "S. Rajan", "director of the Island Clinic", "Dr", false},
		{"role before the name", "Harbour Minister Rita Vaher opened the pier.\n", "Rita Vaher", "Harbour Minister", "", false},
		{"role in dashes", "Ivo Tamm – head of the Port Office – opened the pier.\n", "Ivo Tamm", "head of the Port Office", "", false},
		{"former kept", "Ivo Tamm, former head of the Port Office, opened the pier.\n", "Ivo Tamm", "former head of the Port Office", "", true},
		{"two titles", "The Rt Hon Rita Vaher, Harbour Minister, opened the pier.\n", "Rita Vaher", "Harbour Minister", "Rt Hon", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := run(t, "p.txt", tc.text)
			for _, p := range x.People {
				if p.Name != tc.person {
					continue
				}
				if p.Role != tc.role || p.Honorific != tc.honorific {
					t.Errorf("role %q honorific %q, want %q %q", p.Role, p.Honorific, tc.role, tc.honorific)
				}
				if len(p.Stated) == 0 || p.Stated[0].Former != tc.former || p.Stated[0].Line != 1 || p.Stated[0].Source != x.Source.ID {
					t.Errorf("stated %+v, want former=%v on line 1 of this source", p.Stated, tc.former)
				}
				return
			}
			t.Errorf("no person %q in %+v", tc.person, x.People)
		})
	}
}
