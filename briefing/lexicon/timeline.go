package lexicon

// Dates, events and their descriptions (the lists the timeline is built with).
var (
	RelativeDayWords = set("relative-day-words")
	ShiftWords       = set("shift-words")
	WeekdayCues      = set("weekday-cues")
	DateBoundWords   = set("date-bound-words")
	DatePrepositions = set("date-prepositions")
	ClauseOpeners    = set("clause-openers")
	ScheduleWords    = set("schedule-words")
	IntervalUnits    = set("interval-units")
	DanglingWords    = set("dangling-words")
	ClauseCutWords   = list("clause-cut-words")
)

// More date words: what may open an expression, what follows a day, what joins a span.
var (
	DateOpeners      = set("date-openers")
	WeekdayNameWords = set("weekday-name-words")
	DayParts         = set("day-parts")
	RangeLinks       = set("range-links")
	PeriodParts      = set("period-parts")
)

// What makes a dated statement a statistic, a forecast, a reporting period or an age rather than an
// event.
var (
	StatisticVerbs   = set("statistic-verbs")
	ForecastWords    = set("forecast-words")
	MagnitudeWords   = set("magnitude-words")
	CurrencyMarks    = set("currency-marks")
	PeriodBoundWords = set("period-bound-words")
	AgeWords         = set("age-words")
)

// Words before a date that point forward whatever the tense.
var FutureLeadWords = set("future-lead-words")

// Words that make a distance in time approximate.
var Approximators = set("approximators")

// Groups of verbs that tell the same happening (one group per line, first word for the group).
var ActionSynonyms = list("action-synonyms")

// Nouns that name a happening.
var EventNouns = set("event-nouns")

// Verbs that with a percentage report a share.
var ShareVerbs = set("share-verbs")
