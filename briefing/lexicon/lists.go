package lexicon

// People, roles and speakers.
var (
	Honorifics        = set("honorifics")
	RoleNouns         = set("role-nouns")
	RoleModifiers     = set("role-modifiers")
	OrganisationWords = set("organisation-words")
	ReportingVerbs    = set("reporting-verbs")
	SpeakerPronouns   = set("speaker-pronouns")
	GenericSpeakers   = set("generic-speakers")
	CountryCodes      = set("country-codes")
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
)

// Sentences and words.
var (
	Abbreviations = set("abbreviations")
	Stopwords     = set("stopwords")
)
