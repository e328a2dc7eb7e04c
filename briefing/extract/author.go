package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefpack/briefpack/briefing/clean"
	"github.com/briefpack/briefpack/briefing/lexicon"
	"github.com/briefpack/briefpack/briefing/prose"
)

// Where an author was found, as Source.AuthorFrom says it.
const (
	AuthorFromFrontMatter = "front matter"
	AuthorFromDocument    = "document metadata"
	AuthorFromHeader      = "header"
	AuthorFromByline      = "byline"
	AuthorFromHandle      = "handle" // a guess from an e-mail address or a social handle
)

// authorFromText finds the author the text states, most certain first: a clipping tool's header
// ("+ Author: Jane Roe"), a byline near the top ("By Jane Roe"), and only then a guess from an e-mail
// address or handle in a byline ("@JaneRoeNews" → "Jane Roe"), which is marked as a guess.
func authorFromText(d *doc) (name, from string) {
	for _, key := range []string{"author", "authors", "byline"} {
		if v := d.lines.HeaderField(d.src, key); v != "" {
			if n := bylineName("By " + plain(v)); n != "" {
				return n, AuthorFromHeader
			}
		}
	}
	limit := min(d.src.NumLines(), 20)
	for i := 0; i < limit; i++ {
		if !mayBeByline(d.src.Line(i + 1)) {
			continue
		}
		if n := bylineName(shortLine(d, i+1)); n != "" {
			return n, AuthorFromByline
		}
	}
	for i := 0; i < limit; i++ {
		l := d.lines.Lines[i]
		if l.Kind != clean.Furniture || l.Reason != clean.ReasonByline {
			continue
		}
		if n := nameFromHandles(shortLine(d, i+1)); n != "" {
			return n, AuthorFromHandle
		}
	}
	return "", ""
}

var reBylineLead = lazyRegexp(`^(?:By|BY|Written by|Posted by|Reporting by|Words by|Author:|Authors:)\s+`)

// mayBeByline is a quick test for a line that opens, after markup, with a byline's lead-in.
func mayBeByline(l string) bool {
	t := strings.TrimLeft(l, " \t*_#>")
	for _, lead := range []string{"by ", "written by", "posted by", "reporting by", "words by", "author:", "authors:"} {
		if len(t) >= len(lead) && strings.EqualFold(t[:len(lead)], lead) {
			return true
		}
	}
	return false
}

// bylineName reads the name of a byline line: the capitalised words after "By", up to a date, a
// comma or the end ("By JANE ROE JULY 29, 2016" → "Jane Roe"; "By Ana Silva and Rui Matos, Lisbon" →
// "Ana Silva and Rui Matos"). A sentence that starts with "By" ("By Air France's count, …") is no
// byline. Names set in capitals are written in title case.
func bylineName(line string) string {
	m := reBylineLead().FindString(line)
	if m == "" || prose.CountWords(line) > 16 {
		return ""
	}
	rest := strings.Fields(line[len(m):])
	var words []string
	ended := false // the name ended at a comma, a date or a separator, not at an ordinary word
	for i, w := range rest {
		bare := strings.TrimRight(w, ",;:|")
		lw := strings.ToLower(strings.TrimSuffix(bare, "."))
		r0, _ := utf8.DecodeRuneInString(w)
		if _, month := prose.MonthNames[lw]; month || isWeekday(lw) || unicode.IsDigit(r0) || strings.ContainsRune("|–—-(", r0) {
			ended = true
			break
		}
		r := []rune(bare)
		if len(r) == 0 || !unicode.IsUpper(r[0]) && lw != "and" && !lexicon.NameJoiners.Has(lw) {
			break
		}
		words = append(words, bare)
		if bare != w || i == len(rest)-1 {
			ended = true
			break
		}
	}
	for len(words) > 0 && lexicon.NameJoiners.Has(strings.ToLower(words[len(words)-1])) {
		words = words[:len(words)-1]
	}
	if len(words) < 2 || len(words) > 8 || !ended {
		return ""
	}
	name := strings.Join(words, " ")
	if strings.ToUpper(name) == name {
		name = titleWords(name)
	}
	return name
}

func isWeekday(w string) bool {
	_, ok := prose.WeekdayNames[w]
	return ok
}

// titleWords writes each word of a name in capitals as a capital and lower case ("JANE ROE-SMITH" →
// "Jane Roe-Smith"); "and" stays lower case.
func titleWords(s string) string {
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		if lexicon.NameJoiners.Has(w) {
			continue
		}
		r := []rune(w)
		for k := range r {
			if k == 0 || r[k-1] == '-' || r[k-1] == '\'' || r[k-1] == '’' {
				r[k] = unicode.ToUpper(r[k])
			}
		}
		words[i] = string(r)
	}
	return strings.Join(words, " ")
}

// nameFromHandles guesses a person's name from the handles and e-mail addresses of a byline line: the
// parts of a camel-case handle ("@JaneRoeNews" → "Jane Roe") or the dotted parts of an address
// ("jane.roe@paper.example" → "Jane Roe"). A part that tags the handle rather than naming a person
// ("News", "Official", a paper's initials) is dropped; the guess must leave two or three name parts.
func nameFromHandles(line string) string {
	var addresses []string
	for _, tk := range prose.Tokenize(line) {
		if tk.Kind != prose.Handle {
			continue
		}
		// "jdoe@paper.com@JaneDoeNews" is an address and a handle run together
		for _, part := range strings.Split(tk.Text, "@") {
			if part == "" {
				continue
			}
			if strings.Contains(part, ".") { // an address's domain
				continue
			}
			if n := splitCamelName(part); n != "" {
				return n
			}
		}
		if at := strings.Index(tk.Text, "@"); at > 0 {
			addresses = append(addresses, tk.Text[:at])
		}
	}
	for _, local := range addresses {
		if n := dottedName(local); n != "" {
			return n
		}
	}
	return ""
}

// splitCamelName turns "JaneRoeNews" into "Jane Roe": the capitalised parts of a handle, without a
// trailing tag in capitals (a paper's initials) or a word from the handle-tag list. It returns ""
// unless two or three parts remain that could be a person's names.
func splitCamelName(h string) string {
	var parts []string
	var cur []rune
	rs := []rune(h)
	for i, r := range rs {
		if !unicode.IsLetter(r) {
			return ""
		}
		if unicode.IsUpper(r) && len(cur) > 0 && (unicode.IsLower(cur[len(cur)-1]) || i+1 < len(rs) && unicode.IsLower(rs[i+1])) {
			parts = append(parts, string(cur))
			cur = nil
		}
		cur = append(cur, r)
	}
	parts = append(parts, string(cur))
	for len(parts) > 0 && (isShoutingWord(parts[len(parts)-1]) || lexicon.HandleTags.Has(strings.ToLower(parts[len(parts)-1]))) {
		parts = parts[:len(parts)-1]
	}
	return plausibleName(parts)
}

// dottedName turns the local part of an address into a name: "jane.roe" → "Jane Roe".
func dottedName(local string) string {
	parts := strings.FieldsFunc(local, func(r rune) bool { return r == '.' || r == '_' || r == '-' })
	for i, p := range parts {
		for _, r := range p {
			if !unicode.IsLetter(r) {
				return ""
			}
		}
		parts[i] = titleWords(p)
	}
	return plausibleName(parts)
}

// plausibleName joins two or three parts that could be a person's names: each a capital and lower
// case letters, two to fifteen long, and none a word that tags a handle, names an organisation or is a
// common function word.
func plausibleName(parts []string) string {
	if len(parts) < 2 || len(parts) > 3 {
		return ""
	}
	for _, p := range parts {
		r := []rune(p)
		lw := strings.ToLower(p)
		if len(r) < 2 || len(r) > 15 || !unicode.IsUpper(r[0]) || !unicode.IsLower(r[1]) ||
			lexicon.HandleTags.Has(lw) || lexicon.OrganisationWords.Has(lw) || prose.IsStopword(lw) {
			return ""
		}
	}
	return strings.Join(parts, " ")
}

func isShoutingWord(w string) bool {
	return strings.ToUpper(w) == w && strings.IndexFunc(w, unicode.IsLetter) >= 0
}
