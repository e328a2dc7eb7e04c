package extract

import "testing"

// TestSubjectOfSentence: what a "he" or "she" stands for is the subject of the sentence before, found
// where a subject stands — not a name deeper in the sentence, one that only qualifies a noun, one in
// an opening phrase or after the word that links the sentence to the one before.
func TestSubjectOfSentence(t *testing.T) {
	checkQuoteCases(t, []quoteCase{
		{"an opening asked-by phrase is not the subject", "Asked by Peter Holm about the ferry, Mark Roos smiled. “We will see about the timetable,” he said.\n", "We will see", "Mark Roos", false},
		{"a name that qualifies a role is not the subject", "Harbour chief Ivo Tamm hired a new aide last year. Tamm spokesman Peter Holm would not give a date. “Nothing is decided about the fares,” he said.\n", "Nothing is decided", "Peter Holm", false},
		{"a name after the verb is not the subject", "Later that day, Walz drove Peter Holm to the harbour. “It was the right call for the island,” he said.\n", "It was the right call", "", false},
		{"a linking word before the subject", "Mark Berg spoke first. Peter Holm disagreed with him. And Berg held his ground. “The bridge must come first,” he said.\n", "The bridge must come", "Mark Berg", false},
		{"a described subject is someone the pronoun may mean", "Peter Tamm spoke at noon. The former mayor listened. “I was never asked about the pier,” he said.\n", "I was never asked", "", false},
		{"reported speech of an unresolved he is kept, unattributed", "Peter Tamm spoke at noon. The former mayor listened. He said the plan was “a wise step” for the town.\n", "a wise step", "", true},
	})
}

// TestPronounAgreement: the gender a name gives, or does not give, and the one a pronoun asks for.
func TestPronounAgreement(t *testing.T) {
	checkQuoteCases(t, []quoteCase{
		{"a first name given to men and women says nothing", "Kim Sarl, a former governor of the island, backed the plan. “It will help every family here,” she said.\n", "It will help every", "Kim Sarl", false},
		{"a shared surname goes to the one of the right gender", "Mark Roos and Ann Roos run the ferry together. On Monday, Roos visited the harbour. “The boats are far too old,” she said.\n", "The boats are far", "Ann Roos", false},
		{"no unknown-gender person from further back once someone else was named", "Robin Vale, the harbour master, said the pier was safe. The crowd cheered. To the lawyer Mary Holm, the plan seemed rushed. “It was hardly discussed at all,” she said.\n", "It was hardly", "", false},
		{"he's is a pronoun", "Peter Tamm spoke at the pier on Monday. He’s predicting “a busy summer” for the ferries.\n", "a busy summer", "Peter Tamm", true},
	})
}

// TestDescribedSpeakers: descriptions that stand for someone named just before, party members, and
// documents brought out by the sentence's subject.
func TestDescribedSpeakers(t *testing.T) {
	checkQuoteCases(t, []quoteCase{
		{"a description after the person just named", "Ivo Tamm said the pier would reopen. “It is safe for everyone now,” the former mayor said. “We checked every single beam,” he added.\n", "We checked every", "Ivo Tamm", false},
		{"not when someone else was named in between", "Ivo Tamm said the pier would reopen. Peter Holm listened. “It is safe for everyone now,” the former mayor said. “We checked every single beam,” he added.\n", "We checked every", "", false},
		{"a party member is a description, not a name", "“We need the bridge before the winter,” the Ohio Republican said.\n", "We need the bridge", "the Ohio Republican", false},
		{"a document the subject released", "Ivo Tamm released a short video that said “the pier is open to all”.\n", "the pier is open", "Ivo Tamm", true},
		{"a proper noun opening the sentence keeps its capital", "Harbourside School fans chanted “open the pier now” at the match.\n", "open the pier", "Harbourside School fans", true},
		{"a first name that also opens place names", "Glen Kopp, a lawyer for the port, spoke last. “The contract was signed in good faith,” Glen Kopp said.\n", "The contract was signed", "Glen Kopp", false},
	})
}
