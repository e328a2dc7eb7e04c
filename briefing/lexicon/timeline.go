package lexicon

// Dates, events and their descriptions (the lists the timeline is built with).
var (
	RelativeDayWords = set("relative-day-words")
	ShiftWords       = set("shift-words")
	WeekdayCues      = set("weekday-cues")
	DateBoundWords   = set("date-bound-words")
	DatePrepositions = set("date-prepositions")
	Subordinators    = set("subordinators")
	ScheduleWords    = set("schedule-words")
	IntervalUnits    = set("interval-units")
	DanglingWords    = set("dangling-words")
	ClauseCutWords   = list("clause-cut-words")
)
