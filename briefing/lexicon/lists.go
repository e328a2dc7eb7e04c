package lexicon

// People, roles and speakers.
var (
	Honorifics         = set("honorifics")
	HonorificsMale     = set("honorifics-male")
	HonorificsFemale   = set("honorifics-female")
	RoleNouns          = set("role-nouns")
	RoleModifiers      = set("role-modifiers")
	OrganisationWords  = set("organisation-words")
	ReportingVerbs     = set("reporting-verbs")
	SpeakerPronouns    = set("speaker-pronouns")
	CueNouns           = set("cue-nouns")
	DescriptionNouns   = set("description-nouns")
	DocumentNouns      = set("document-nouns")
	TitleAbbrevs       = set("title-abbreviations")
	FirstNamesMale     = list("first-names-male")
	FirstNamesFemale   = list("first-names-female")
	FirstNamesUnisex   = list("first-names-unisex")
	NameParticles      = set("name-particles")
	NameSuffixes       = set("name-suffixes")
	Places             = set("places")
	PlacePrefixes      = set("place-prefixes")
	PartyLabels        = set("party-labels")
	CueAdverbs         = set("cue-adverbs")
	NPDeterminers      = set("determiners-np")
	ObjectPrepositions = set("object-prepositions")
	PhrasalCues        = set("phrasal-cues")
	InvertingVerbs     = set("inverting-verbs")
	Subordinators      = set("subordinators")
	SentenceLinks      = set("sentence-links")
	OpeningAdverbs     = set("opening-adverbs")
	Modals             = set("modals")
)

// Verbs, tense and events.
var (
	IrregularPast        = set("irregular-past")
	PresentEventVerbs    = set("present-event-verbs")
	NotVerbsEd           = set("not-verbs-ed")
	FutureCues           = set("future-cues")
	Determiners          = set("determiners")
	Auxiliaries          = set("auxiliaries")
	IrregularParticiples = set("irregular-participles")
	ActionVerbs          = list("action-verbs")
)

// Dates.
var (
	TemporalPrepositions = set("temporal-prepositions")
	DurationVerbs        = set("duration-verbs")
	TermExtenders        = set("term-extenders")
	InfinitiveVerbs      = set("infinitive-verbs")
	ToNouns              = set("to-nouns")
)

// Page furniture.
var (
	DatelineWords     = set("dateline-words")
	StatementVerbs    = set("statement-verbs")
	NavigationPhrases = list("navigation-phrases")
	PromptWords       = list("prompt-words")
	PromptStarts      = list("prompt-starts")
	ListHeadings      = list("list-headings")
	ReleaseSections   = list("release-sections")
	ContactHeadings   = list("contact-headings")
	AuthorBoxNames    = list("author-box-names")
	NameJoiners       = set("name-joiners")
	Placeholders      = list("placeholders")
	HeaderKeys        = set("header-keys")
	ContactRoles      = set("contact-roles")
	ConsentPhrases    = list("consent-phrases")
	CommentHeadings   = list("comment-headings")
	CommentPhrases    = list("comment-phrases")
	HandleTags        = set("handle-tags")
	SelfNamingLeads   = list("self-naming-leads")
	InlineLinkLabels  = list("inline-link-labels")
	HandlingLabels    = list("handling-labels")
)

// Abbreviations every reader knows, as SHORT|Long form lines.
var CommonAbbreviations = list("common-abbreviations")

// Sentences and words.
var (
	Abbreviations = set("abbreviations")
	Stopwords     = set("stopwords")
)
