package pack

import "strings"

// The pack's word lists, in one place. All are lower case; phrases are matched on folded text
// (prose.Fold), word by word.

// signingWords mark a timeline entry as a signing when its description uses one of them.
var signingWords = lexSet("sign signed signs signing signature")

// agreementWords name what is signed ("the MoU was signed by …").
var agreementWords = lexSet("mou memorandum agreement accord treaty convention charter declaration protocol arrangement compact pact")

// referringWords before an agreement word make it a reference back ("the agreement", "this MoU"),
// not the name of another agreement.
var referringWords = lexSet("the this that our their its same")

// signatoryCues introduce the people who signed, named after the cue.
var signatoryCues = []string{
	"signed by", "signatories were", "signatories are", "the signatories", "signing on behalf of",
}

// representingCues open "Representing the agencies at the signing were A and B": the signatories
// follow the first "were"/"was"/"are" after the cue.
var representingCues = []string{"representing"}

// listEnds end the list of names after a cue: "… was Mr Berg, with Olaf Brandt watching" names
// only Mr Berg.
var listEnds = []string{" with ", " while ", " as ", " who ", " which ", " watching", " watched", " alongside ", " accompanied ", " joined ", " before ", " after ", " in front of ", "; "}

// witnessCues introduce the people who witnessed a signing.
var witnessCues = []string{
	"witnessing the signing", "witnessed by", "in the presence of", "witnesses were", "witnessing the ceremony",
}

// presenceCues introduce people at a signing who are not said to witness it: "Looking on is …".
var presenceCues = []string{"looking on is", "looking on are", "looking on was", "looking on were"}

// signForms are the forms of "sign" a signing's place follows ("signed … in Port Aster").
var signForms = []string{"signed", "signs", "sign"}

// attendanceCues follow the people who were at a signing: "…, Ana Ortega, attended the ceremony".
var attendanceCues = []string{
	"attended the ceremony", "attended the signing", "were present at the signing", "was present at the signing",
	"were present at the ceremony", "was present at the ceremony",
}

// placeCues introduce where a signing took place.
var placeCues = []string{"took place at", "took place in", "was held at", "was held in", "were held at", "signed at", "signed in"}

// verbLeadWords end the subject of "… have signed", "… formally signed": an auxiliary or an adverb
// left at the end of the parties' names.
var verbLeadWords = lexSet("have has had will would shall also today yesterday formally officially jointly recently finally")

// monthWords and dateWords start a date, not a place or a party ("signed in June", "… today").
var (
	monthWords = lexSet("january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec")
	dateWords  = lexSet("today yesterday tomorrow on last this next monday tuesday wednesday thursday friday saturday sunday earlier")
)

// reportingVerbs say only that something was said: a timeline description made of a subject and one
// of these says nothing, and the pack shows the source's sentence instead.
var reportingVerbs = lexSet("announced announce announces said say says stated state states reported report reports confirmed confirm confirms added noted told wrote tweeted posted")

// sayingNouns name where something was said ("in a press statement"): no content of their own.
var sayingNouns = lexSet("press statement statements release releases joint conference briefing interview post tweet announcement media note")

// referringOpeners open a sentence that leans on the one before ("Since then, …", "This …", "It …").
var referringOpeners = []string{
	"since then", "after that", "this", "these", "that", "those", "it", "its", "they", "their", "them",
	"he", "she", "his", "her", "such", "the latter", "the former", "in turn", "as a result",
}

// officialWords in a publisher or title mark an official release or statement rather than news.
var officialWords = lexSet("government ministry department agency office commission embassy council service authority cabinet parliament secretariat mission consulate")

// officialPhrases in a source's text mark a release or statement.
var officialPhrases = []string{"press release", "media release", "joint statement", "issued by", "jointly issued", "for media enquiries", "notes to editors", "news release"}

// internalMarks in a source's title or opening mark the preparer's own side's notes (a note for
// file, a desk note not for release): what such a note records someone saying is evidence for the
// preparer, never words to quote back in remarks. An embargoed release ("not for release before …")
// is no such note.
var internalMarks = []string{
	"note for file", "note to file", "file note", "internal note", "for internal use", "internal use only",
	"our own notes", "not for release", "not for publication", "not for circulation", "record of conversation",
	"record of meeting", "restricted circulation",
}

// internalOpening is how far into a source's text (bytes after its front matter) internalMarks count:
// a note says what it is at its head.
const internalOpening = 400

// officialHosts are the ends of web addresses of official publishers.
var officialHosts = []string{".gov", ".gov.uk", ".gov.sg", ".gouv.fr", ".gc.ca", ".gov.au", ".govt.nz", ".int", ".mil", ".europa.eu", ".un.org"}

// rankWords give a speaker's rank from their role (lower is more senior); the first match wins, so
// longer titles come first.
var rankWords = []struct {
	phrase string
	rank   int
}{
	{"head of state", 1}, {"president", 1}, {"king", 1}, {"queen", 1}, {"emperor", 1},
	{"prime minister", 2}, {"chancellor", 2}, {"premier", 2}, {"first minister", 2},
	{"secretary of state", 3}, {"foreign secretary", 3}, {"home secretary", 3}, {"senior minister", 3},
	{"deputy prime minister", 3}, {"minister", 4}, {"secretary", 5},
	{"ambassador", 6}, {"high commissioner", 6}, {"head of mission", 6}, {"consul", 7},
	{"chief executive", 8}, {"director general", 8}, {"permanent secretary", 8}, {"head", 9}, {"director", 9},
	{"chair", 9}, {"chairman", 9}, {"chairwoman", 9}, {"governor", 9},
}

// Ranks for speakers with no recognised role.
const (
	rankNamed        = 20 // a named person
	rankOrganisation = 30 // an organisation speaking
	rankUnattributed = 40
)

// countries are the sides a who's who can group people by: the name shown, then the forms a role may
// use (names, short forms, adjectives), folded.
var countries = []struct {
	name  string
	forms []string
}{
	{"United Kingdom", []string{"united kingdom", "uk", "britain", "great britain", "british", "england", "scotland", "wales", "northern ireland"}},
	{"United States", []string{"united states", "us", "usa", "america", "american"}},
	{"Singapore", []string{"singapore", "singaporean"}},
	{"Australia", []string{"australia", "australian"}},
	{"Canada", []string{"canada", "canadian"}},
	{"New Zealand", []string{"new zealand"}},
	{"Ireland", []string{"ireland", "irish"}},
	{"France", []string{"france", "french"}},
	{"Germany", []string{"germany", "german"}},
	{"Italy", []string{"italy", "italian"}},
	{"Spain", []string{"spain", "spanish"}},
	{"Netherlands", []string{"netherlands", "dutch"}},
	{"Belgium", []string{"belgium", "belgian"}},
	{"Estonia", []string{"estonia", "estonian"}},
	{"Denmark", []string{"denmark", "danish"}},
	{"Sweden", []string{"sweden", "swedish"}},
	{"Norway", []string{"norway", "norwegian"}},
	{"Finland", []string{"finland", "finnish"}},
	{"Poland", []string{"poland", "polish"}},
	{"Japan", []string{"japan", "japanese"}},
	{"China", []string{"china", "chinese"}},
	{"India", []string{"india", "indian"}},
	{"South Korea", []string{"south korea", "korea", "korean"}},
	{"Malaysia", []string{"malaysia", "malaysian"}},
	{"Indonesia", []string{"indonesia", "indonesian"}},
	{"Brazil", []string{"brazil", "brazilian"}},
	{"Mexico", []string{"mexico", "mexican"}},
	{"European Union", []string{"european union", "eu"}},
	{"United Nations", []string{"united nations", "un"}},
	// the sample library's fictional countries
	{"Northmere", []string{"northmere", "northmerian"}},
	{"Calvera", []string{"calvera", "calveran"}},
}

// honorificWords may stand before a surname ("Mr Kok") to name a person a source named in full.
var honorificWords = lexSet("mr mrs ms miss dr prof sir dame lord lady rt hon mr. mrs. ms. dr.")

func lexSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// signpostOpeners open a sentence that only points elsewhere, at the end of an "About" note.
var signpostOpeners = []string{
	"for more information", "for further information", "for more details", "more information",
	"find out more", "learn more", "read more", "to learn more", "to find out more",
	"follow ", "visit ", "connect with", "like us", "join us on", "subscribe", "sign up",
	"media enquiries", "media contact", "press enquiries", "you can read more", "you can find out more",
	"you can learn more", "you can find more",
}
