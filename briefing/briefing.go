// Package briefing holds briefpack's shared vocabulary: a loaded Source, what is extracted from it
// (events, quotes, people, theme hits), and the merged, cross-source items a pack is built from.
//
// Every extracted item carries its provenance — the source id, the 1-based line of the source text and the
// exact evidence substring — so the pack can cite it, the app can highlight it and a reviewer can check it.
// The package has no logic beyond small helpers on these types; loading, cleaning, extraction and merging
// live in the sub-packages source, clean, extract and merge.
package briefing

import (
	"strconv"
	"strings"
)

// Format is the kind of file a source was read from.
type Format string

// The formats briefpack reads.
const (
	FormatText     Format = "text"
	FormatMarkdown Format = "markdown"
	FormatHTML     Format = "html"
	FormatPDF      Format = "pdf"
	FormatWord     Format = "docx"
	FormatODT      Format = "odt"
	FormatEmail    Format = "email"
)

// Source is one loaded item: its decoded text, split into lines, and its metadata.
//
// Text is the decoded file with line endings normalised to "\n" (for HTML, the main text that
// go-trafilatura extracted, one block per line). Every evidence string of the source is a substring of Text,
// and every line number refers to Text's lines.
type Source struct {
	File   string // the path as given by the user
	ID     string // stable id: the first 12 hex digits of the SHA-256 of the file's bytes
	SHA256 string // full SHA-256 of the file's bytes, hex
	Format Format
	Size   int64 // bytes on disk

	Title     string
	Published Date // zero when unknown
	Publisher string
	Author    string
	URL       string

	// AuthorFrom says where Author came from: "front matter", "page metadata", "header" (a clipping
	// tool's header), "byline", or "handle" — a guess from an e-mail address or social handle.
	AuthorFrom string

	// PublishedFrom says where Published came from ("front matter", "dateline", "today, i.e. …",
	// "user"), for the provenance appendix.
	PublishedFrom string

	// FrontMatter holds the YAML front matter keys and values, as text.
	FrontMatter map[string]string
	// FrontMatterEnd is the line that closes the front matter; lines 1..FrontMatterEnd are metadata,
	// not text. 0 when the source has none.
	FrontMatterEnd int

	Text      string
	lineStart []int

	// PageStarts, for a paginated source (a PDF), lists the first line of each page: PageStarts[0] is
	// the line page 1 starts on. Empty for sources without pages.
	PageStarts []int

	// MarkedFurniture holds the lines the loader knows are not the article, with the reason (an
	// e-mail's quoted reply and signature); the cleaner classifies them as furniture.
	MarkedFurniture map[int]string

	// AttachedTo is the file of the e-mail this source came attached to ("" for a file of its own);
	// File is then "message.eml › attachment.docx".
	AttachedTo string

	// Warnings are problems that did not stop the source from loading (encoding guessed,
	// front matter not closed, a line too long to analyse, a date whose year is unknown, …).
	Warnings []string
}

// SetText sets the source text and indexes its lines.
func (s *Source) SetText(text string) {
	s.Text = text
	s.lineStart = s.lineStart[:0]
	s.lineStart = append(s.lineStart, 0)
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			s.lineStart = append(s.lineStart, i+1)
		}
	}
}

// NumLines returns the number of lines of the text (a final line without "\n" counts).
func (s *Source) NumLines() int {
	if s.Text == "" {
		return 0
	}
	n := len(s.lineStart)
	if strings.HasSuffix(s.Text, "\n") {
		n--
	}
	return n
}

// Line returns line n (1-based) without its newline; "" when out of range.
func (s *Source) Line(n int) string {
	if n < 1 || n > len(s.lineStart) {
		return ""
	}
	start := s.lineStart[n-1]
	end := len(s.Text)
	if n < len(s.lineStart) {
		end = s.lineStart[n] - 1
	}
	if start > end {
		return ""
	}
	return s.Text[start:end]
}

// LineStart returns the byte offset in Text where line n (1-based) starts.
func (s *Source) LineStart(n int) int {
	if n < 1 || n > len(s.lineStart) {
		return len(s.Text)
	}
	return s.lineStart[n-1]
}

// LineAt returns the 1-based line that holds byte offset off of Text.
func (s *Source) LineAt(off int) int {
	lo, hi := 0, len(s.lineStart)-1
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if s.lineStart[mid] <= off {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo + 1
}

// Page returns the page (1-based) that holds line n, or 0 when the source has no pages.
func (s *Source) Page(n int) int {
	p := 0
	for i, start := range s.PageStarts {
		if start > n {
			break
		}
		p = i + 1
	}
	return p
}

// Where says where line n is as a reader cites it: "p. 3, l. 12" (the line on its page) in a paginated
// source, "l. 12" otherwise.
func (s *Source) Where(n int) string {
	if p := s.Page(n); p > 0 {
		return "p. " + strconv.Itoa(p) + ", l. " + strconv.Itoa(n-s.PageStarts[p-1]+1)
	}
	return "l. " + strconv.Itoa(n)
}

// Warn records a warning on the source.
func (s *Source) Warn(msg string) {
	s.Warnings = append(s.Warnings, msg)
}

// Label is a short human name for the source: its title, else its file name.
func (s *Source) Label() string {
	if s.Title != "" {
		return s.Title
	}
	return s.File
}

// Event is a dated statement from one source: something happened (or will happen) on Date.
type Event struct {
	Date     Date
	What     string // a short readable description, taken from the source's own words
	Evidence string // exact substring of the source text: the sentence that states it
	Line     int    // line where Evidence starts
	Offset   int    // byte offset of Evidence in the source text
	Expr     string // the temporal expression as written ("yesterday (Jun 13)", "in 2019")
	Derived  bool   // the date was computed (e.g. a start date plus a stated duration)
	// DerivedFrom explains a derived date ("2022-07-04 + 3 years").
	DerivedFrom string
	// Also lists further evidence in the same source for the same event.
	Also []Evidence
	// Keys and Actions are the event's content words and action verbs, stemmed and with the
	// source's abbreviations applied ("Government Digital Service" → "gds"); merging compares them.
	Keys, Actions []string
}

// DateMention is one temporal expression of a source, normalised: what the text says, the date it
// means and how sure that is. The app highlights mentions; a reviewer checks them.
type DateMention struct {
	Text string // as written: "last Friday", "14 June 2019", "2009–2010"
	// Value is the date meant, in ISO 8601 and TIMEX3 forms: "2019-06-14", "2019-06", "2019",
	// "2021-W48" (a week), "2021-Q1", "2021-H2", "2020-SU" (a season), "199" (the 1990s), a span
	// "2009/2010"; "XXXX-06-14" when the year cannot be known; "" when nothing can be placed.
	Value string
	// Precision is "day", "week", "month", "quarter", "half", "season", "year" or "decade".
	Precision string
	Line      int // line where the expression starts
	Offset    int // byte offset of Text in the source text
	// Anchor says how the value was reached: "stated" (the text gives it in full), "published"
	// (relative to the publication date), "text" (the year the story last stated: "In May 2001 … In
	// August"), "none" (it needs a publication date the source does not give, and stays unresolved).
	Anchor string
}

// Evidence is an exact substring of a source and where it starts.
type Evidence struct {
	Text   string
	Line   int
	Offset int
}

// Quote is a quotation from one source.
type Quote struct {
	Text    string // the quoted words; pieces of a quote split over paragraphs are joined by a space
	Speaker string // the fullest name the source gives; an organisation can be a speaker
	Role    string // the speaker's role as the source states it
	Line    int    // line where the quotation starts
	Parts   []Evidence
	Form    string // how it was recognised: "marks", "block", "tweet"
	// Partial marks words quoted inside reported speech ("called the plan “a disaster”"): kept as
	// evidence, never shown as a pull quote.
	Partial bool
}

// Person is a named person with the role the source states.
type Person struct {
	Name      string
	Honorific string // as the source gives it: "Dr", "Rt Hon", "Mr"; "" when none
	Role      string
	Line      int // first mention
	Roles     []string
	// Stated are the roles with where the source states them (and whether it says "former").
	Stated []RoleMention
}

// RoleMention is one role as one source states it for a person: where, and as of when.
type RoleMention struct {
	Role   string // as written: "Chancellor of the Exchequer"
	Former bool   // the source calls it former ("former minister", "ex-chief executive")
	Source string // source id
	Line   int
	// AsOf is the date the role was stated: the source's published date (zero when unknown).
	AsOf Date
}

// Abbreviation is a short form and the long form it stands for.
type Abbreviation struct {
	Short, Long string
}

// Contact is a press or enquiry contact a source lists (a release's media block).
type Contact struct {
	Name         string
	Role         string
	Organisation string
	Phone        string
	Email        string
	Line         int // the contact's first line
}

// OrgNote is an "About <organisation>" note to editors: not article text, but useful background.
type OrgNote struct {
	Organisation string
	Text         string // the note's text, its lines joined
	Line         int    // the heading's line
}

// ThemeHit is the evidence one source gives for one theme.
type ThemeHit struct {
	Theme    string // theme id
	Phrases  []string
	Evidence []Evidence
}

// Extraction is everything extracted from one source.
type Extraction struct {
	Source    *Source
	Furniture []int // 1-based lines judged page furniture (boilerplate)
	// Kept is the article text the extractors read: the lines judged text, furniture and metadata
	// removed, a blank line between paragraphs.
	Kept   string
	Events []Event
	Dates  []DateMention // every temporal expression of the text, in order
	Quotes []Quote
	People []Person
	Themes []ThemeHit
	// Abbreviations are the ones the source defines ("Memorandum of Understanding (MoU)"), for
	// comparing its wording with other sources'.
	Abbreviations []Abbreviation
	Contacts      []Contact // press contacts the source lists (furniture, kept for the pack's annex)
	About         []OrgNote // "About …" notes to editors (furniture, kept for organisation notes)
	// Warnings are what extraction could not do (a date whose year is unknown, an overlong line).
	Warnings []string
}

// Citation points at evidence in one source.
type Citation struct {
	Source string // source id
	Line   int
	Text   string
}

// CitedSources returns the source ids of citations, each once, in order.
func CitedSources(cs []Citation) []string {
	var out []string
	seen := map[string]bool{}
	for _, c := range cs {
		if !seen[c.Source] {
			seen[c.Source] = true
			out = append(out, c.Source)
		}
	}
	return out
}

// TimelineEntry is one merged event: the same event told by several sources is one entry.
type TimelineEntry struct {
	Date      Date
	What      string
	Sources   []string // source ids, in input order
	Conflict  string   // non-empty when sources give different dates for it
	Derived   bool
	Citations []Citation
}

// Quotation is one merged quotation: the same words in several sources are one entry.
type Quotation struct {
	Text      string
	Speaker   string
	Role      string
	Sources   []string
	Variants  []string // other wordings of the same quotation (case, spelling, a sentence more or less)
	Citations []Citation
}

// PersonEntry is one person of the merged who's who.
type PersonEntry struct {
	Name      string
	Honorific string
	Role      string   // the role most sources state
	Roles     []string // every distinct role stated, in source order
	Sources   []string
	// Citations point at the first mention of the person in each source.
	Citations []Citation
	// Stated are the roles with the source and date each was stated, newest first.
	Stated []RoleMention
}

// UnionSorted merges two sorted lists of strings (an event's keys, its actions), each string once.
func UnionSorted(a, b []string) []string {
	out := make([]string, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j >= len(b) || i < len(a) && a[i] < b[j]:
			out = append(out, a[i])
			i++
		case i >= len(a) || b[j] < a[i]:
			out = append(out, b[j])
			j++
		default:
			out = append(out, a[i])
			i++
			j++
		}
	}
	return out
}
